// How a report's table is laid out: which column holds what, how the table is found in a
// sheet, which rows are totals, which row names are known and which row is the agency's. The
// 13-column form (Biểu 06/VPCP/KSTT) and the older layout ("Trả đúng thời hạn") are built in;
// a mapping file (`mapping`) describes any other, as hledger's CSV rules describe a bank's
// export.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/one_stop.hpp"
#include "core/num/exact_number.hpp"

namespace qobj::import {

enum class ColumnRole : std::uint8_t {
  number,   // STT: "1", "I", "A"
  label,    // the lĩnh vực, unit or level heading
  count,    // one of the form's counted columns
  percent,  // the ratio the report prints: checked against the counts, or taken without them
  ignore,   // read past ("Ghi chú", a percentage the counts already give)
};

struct LayoutColumn {
  ColumnRole role = ColumnRole::ignore;
  model::OneStopColumn count = model::OneStopColumn::received;  // for ColumnRole::count
  // For ColumnRole::percent: the ratio it is, as its heading names it ("Tỷ lệ đúng hạn").
  model::OneStopDefinition definition = model::OneStopDefinition::due;
  // Its heading, NFC: what the table is found by (TableAnchor::headings), or a name for it in
  // messages beside its number.
  std::string heading;
};

// How the table is found: by the row numbering its columns 1, 2, 3… (the forms print one under
// their headings), or by a row of headings (a system's own export).
enum class TableAnchor : std::uint8_t { numbers, headings };

// A score in a saved JSON file (the national index of QĐ 766/QĐ-TTg), each place a JSON
// Pointer: the period from the file's root, the score within the agency's element of `rows`
// (found by its `name`, the layout's take_row), or from the root without rows.
struct JsonScore {
  std::string rows, name, score, start, end;
  ExactNumber out_of;
};

struct Layout {
  std::string name;  // said in messages: "Biểu 06/VPCP/KSTT", a mapping's name
  std::string file;  // the mapping file it was read from; empty for a built-in layout
  TableAnchor anchor = TableAnchor::numbers;
  std::vector<LayoutColumn> columns;  // left to right
  // The labels of total rows, folded (text::folded_word); empty: the forms' ("Tổng số",
  // "Tổng cộng", "Cộng", "Tổng").
  std::vector<std::string> total_labels;
  // The names of the rows the report may have, as written; empty: any name.
  std::vector<std::string> known_rows;
  // The row whose figures are the record's (an agency's row in a province's report); empty:
  // the total row's.
  std::string take_row;
  // Instead of a table: a score in a JSON file.
  std::optional<JsonScore> json;

  // How a message names the column holding `count`: "(8)" by the row of numbers (with its
  // heading when the mapping gives one), else its heading in quotes; the form's number when
  // the layout has no such column.
  std::string column_name(model::OneStopColumn count) const;
  // The same for the layout's column at `index`.
  std::string column_name(std::size_t index) const;
  bool has(model::OneStopColumn count) const;
  bool has_percent() const;
  // The ratio the percent column prints, when there is one.
  std::optional<model::OneStopDefinition> percent_definition() const;
  bool is_total_label(std::string_view text) const;
};

// The 13-column form: (1) STT, (2) lĩnh vực, (3)…(13) its counts.
const Layout& form_layout();
// The older layout (Thông tư 05/2014/TT-BTP lineage), 11 numbered columns: (1) STT,
// (2) lĩnh vực, (3) received in all, (4) carried over, (5) received new, (6) resolved in all,
// (7) "Trả đúng thời hạn", (8) "Trả quá hạn", (9) pending in all, (10) "Chưa đến hạn",
// (11) "Quá hạn".
const Layout& older_layout();

// Of the built-in layouts, the one whose numbered columns a row of `numbered` consecutive
// numbers (1, 2, … numbered) is: 13 or more the form's (a "Ghi chú" may follow its 13), 11
// the older one's.
const Layout* builtin_layout_for(std::size_t numbered);

}  // namespace qobj::import
