// The one-stop shop's quarterly form (Biểu số 06/VPCP/KSTT, ../shared/one-stop-data.md), the
// older layout or a mapping's found in a sheet: anchored on the row that numbers its columns
// (the headings above it vary between systems) or, for a mapping that says so, on its row of
// headings; its period from the line "(Từ ngày … đến ngày …)", its rows (lĩnh vực under
// level headings) and its total row; every count checked at its cell: the form's identities,
// the total against its rows.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/import/layout.hpp"
#include "core/import/sheet.hpp"
#include "core/model/one_stop.hpp"
#include "core/time/date.hpp"

namespace qobj::import {

// A percentage as the report prints it: its value, its text, its cell.
struct ReportedPercent {
  mpq_class value;
  int decimals = 0;  // as printed: the rounding it carries
  std::string text;
  Location at;
};

struct FormRow {
  const Row* row = nullptr;
  std::string number;  // STT as written: "1", "I", "A"
  std::string label;   // lĩnh vực, unit or level heading
  model::OneStopCounts counts;
  std::optional<ReportedPercent> percent;  // the layout's percent column, when it has one
  bool heading = false;  // a level heading (I, II…; A, B…): its figures are its rows'
};

struct FormReading {
  const Layout* layout = nullptr;      // the layout found; none when the sheet holds no table
  const Row* anchor_row = nullptr;     // the row numbering the columns, or holding their headings
  std::vector<std::uint32_t> columns;  // the sheet column of each of the layout's columns
  std::optional<Period> period;
  Location period_at;
  std::string period_text;  // the line as written
  std::optional<FormRow> total;
  // The figures the record takes: the layout's row (take_row), else the total row's, else the
  // rows' summed.
  model::OneStopCounts counts;
  std::optional<ReportedPercent> percent;  // the row taken's printed percentage
  Location counts_at;                      // the row taken's first cell, else the anchor row's
  std::uint32_t source_row = 0;
  std::vector<Diagnostic> diagnostics;
  // A mapping's table not found, but a row numbering this many columns (other than the
  // mapping's count), at that place.
  std::size_t numbered = 0;
  std::uint32_t numbered_row = 0;
  Location numbered_at;

  bool found() const { return layout != nullptr; }
};

struct FormOptions {
  // How many dossiers a total may differ from its parts by before it is an error (it is still
  // a warning); published totals can be a few units off.
  mpq_class tolerance = 0;
  // The ratio the figures are taken for (under resolved-without-returned, (7) may exceed
  // (8)+(9)+(10) by the dossiers returned).
  model::OneStopDefinition definition = model::OneStopDefinition::resolved;
  // The layout the table is in; none: the built-in ones, told apart by their numbered columns.
  const Layout* layout = nullptr;
};

FormReading read_one_stop_form(const Sheet& sheet, const FormOptions& options);

// "15/12/2025", "15-12-2025", "15.12.2025" → the date.
std::optional<Date> parse_vietnamese_date(std::string_view text);
// The period of a line "(Từ ngày 15/12/2025 đến ngày 14/03/2026)", wherever it is in the text.
std::optional<Period> parse_period_line(std::string_view text);
// A percentage as a cell shows it: "99,19", "99.19%", "100"; its decimals as printed.
std::optional<std::pair<mpq_class, int>> parse_percent(std::string_view text);
// A count of dossiers as a cell shows it: "1250", "1.250", "1,250", "1 250"; "" and "-" are 0.
std::optional<mpq_class> parse_count(std::string_view text);
// The same into `out` (reused: no allocation for a plain number); false when it is not a count.
bool parse_count(std::string_view text, mpq_class& out);

}  // namespace qobj::import
