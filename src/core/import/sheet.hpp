// A worksheet as the importers read it: rows of cells, each with its text as shown and where it
// is written, whatever the file it came from (CSV, XLSX). Only the cells that hold something
// are stored, so a sheet with far-apart cells stays small.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diag/diagnostic.hpp"

namespace qobj::import {

// Cells kept from one file, all its sheets together: far beyond any report (a form of 100 000
// rows has 1.3 million), and a bound on the memory a hostile file can take.
inline constexpr std::size_t kMaxCells = 3'000'000;
// Text kept from one file, all its cells together (a workbook's cells may all show one long
// shared string: each keeps a copy).
inline constexpr std::uint64_t kMaxTextBytes = 256ULL << 20;

// What a file's cells have taken so far, against kMaxCells and kMaxTextBytes.
struct CellBudget {
  std::size_t cells = 0;
  std::uint64_t bytes = 0;

  // Counts a cell of `size` bytes; false once past either limit.
  bool take(std::size_t size) {
    bytes += size;
    return ++cells <= kMaxCells && bytes <= kMaxTextBytes;
  }
};

struct Cell {
  std::uint32_t column = 0;  // 1-based: A = 1
  std::string text;          // NFC, trimmed; a number as written (CSV) or as stored (XLSX)
  // Where the cell is written in a text file (CSV): its line and column; 0 for a workbook.
  std::uint32_t line = 0, line_column = 0;
  std::uint64_t offset = 0;
  bool formula_without_value = false;  // XLSX: a formula whose result was never saved
  bool error_value = false;            // XLSX: #REF!, #DIV/0!…
  bool numeric = false;                // XLSX: stored as a number (its text is its exact value)
};

struct Row {
  std::uint32_t number = 0;  // 1-based, as the spreadsheet numbers it
  std::vector<Cell> cells;   // by column, ascending; empty cells left out

  const Cell* at(std::uint32_t column) const;
};

struct CellRange {
  std::uint32_t first_row = 0, first_column = 0, last_row = 0, last_column = 0;
  std::string text() const;  // "A1:C1"
};

struct Sheet {
  std::string file;  // the display name of the file it is read from
  std::string name;  // the sheet's name in a workbook; empty for CSV
  bool text_file = false;
  std::vector<Row> rows;  // ascending by number; empty rows left out
  // Merged ranges, whose cells other than the first are empty by design.
  std::vector<CellRange> merged;
};

// A cell's text without the spaces, tabs, line breaks and no-break spaces around it.
std::string_view trimmed_cell(std::string_view text);

// "H12" → (12, 8); nullopt for anything else.
std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_cell_reference(std::string_view ref);
// "A", "Z", "AA"… for 1, 26, 27…
std::string column_letters(std::uint32_t column);
// "H12", or "Quý 1.2026!H12" in a workbook.
std::string cell_address(const Sheet& sheet, std::uint32_t row, std::uint32_t column);
// A diagnostic's place: the line and column of a CSV, or the workbook's cell.
Location cell_location(const Sheet& sheet, const Row& row, const Cell* cell, std::uint32_t column);

}  // namespace qobj::import
