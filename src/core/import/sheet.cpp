#include "core/import/sheet.hpp"

#include <algorithm>

namespace qobj::import {

const Cell* Row::at(std::uint32_t column) const {
  const auto found =
      std::lower_bound(cells.begin(), cells.end(), column,
                       [](const Cell& c, std::uint32_t col) { return c.column < col; });
  return found != cells.end() && found->column == column ? &*found : nullptr;
}

std::string CellRange::text() const {
  return column_letters(first_column) + std::to_string(first_row) + ":" +
         column_letters(last_column) + std::to_string(last_row);
}

std::string_view trimmed_cell(std::string_view text) {
  const auto space_at_start = [&]() -> std::size_t {
    if (text.empty()) return 0;
    const char c = text.front();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    return text.substr(0, 2) == "\xC2\xA0" ? 2 : 0;  // a no-break space
  };
  const auto space_at_end = [&]() -> std::size_t {
    if (text.empty()) return 0;
    const char c = text.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
    return text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0" ? 2 : 0;
  };
  while (const std::size_t n = space_at_start()) text.remove_prefix(n);
  while (const std::size_t n = space_at_end()) text.remove_suffix(n);
  return text;
}

std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_cell_reference(std::string_view ref) {
  std::uint64_t column = 0, row = 0;
  std::size_t i = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) {
    column = column * 26 + static_cast<std::uint64_t>(ref[i] - 'A' + 1);
    ++i;
  }
  if (column == 0 || i == ref.size()) return std::nullopt;
  for (; i < ref.size(); ++i) {
    if (ref[i] < '0' || ref[i] > '9' || row > 100000000) return std::nullopt;
    row = row * 10 + static_cast<std::uint64_t>(ref[i] - '0');
  }
  if (row == 0) return std::nullopt;
  return std::pair(static_cast<std::uint32_t>(row), static_cast<std::uint32_t>(column));
}

std::string column_letters(std::uint32_t column) {
  std::string out;
  while (column > 0) {
    --column;
    out.insert(out.begin(), static_cast<char>('A' + column % 26));
    column /= 26;
  }
  return out;
}

std::string cell_address(const Sheet& sheet, std::uint32_t row, std::uint32_t column) {
  std::string cell = column_letters(column) + std::to_string(row);
  return sheet.name.empty() ? cell : sheet.name + "!" + cell;
}

Location cell_location(const Sheet& sheet, const Row& row, const Cell* cell, std::uint32_t column) {
  Location where;
  where.file = sheet.file;
  where.cell = cell_address(sheet, row.number, column);
  if (sheet.text_file) {
    // A CSV: the cell's own place, else the row's first cell.
    const Cell* at = cell != nullptr ? cell : (row.cells.empty() ? nullptr : &row.cells.front());
    if (at != nullptr) {
      where.line = at->line;
      where.column = cell != nullptr ? at->line_column : 1;
      where.offset = at->offset;
    }
  }
  return where;
}

}  // namespace qobj::import
