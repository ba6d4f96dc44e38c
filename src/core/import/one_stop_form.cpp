#include "core/import/one_stop_form.hpp"

#include <algorithm>
#include <cctype>

#include "core/num/exact_number.hpp"
#include "core/text/unicode.hpp"

namespace qobj::import {

namespace {

using model::OneStopColumn;

std::string lower_ascii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// A column number as the numbering row writes it: "8", "(8)".
std::optional<int> column_number(std::string_view text) {
  if (text.size() >= 2 && text.front() == '(' && text.back() == ')')
    text = text.substr(1, text.size() - 2);
  if (text.empty() || text.size() > 2) return std::nullopt;
  int n = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

// A row numbering its columns 1, 2, 3… left to right, every cell of it: the sheet column of
// each number (0: none, or the first cell is not 1).
std::vector<std::uint32_t> numbering(const Row& row) {
  std::vector<std::uint32_t> columns;
  for (const Cell& cell : row.cells) {
    const auto n = column_number(cell.text);
    if (!n || static_cast<std::size_t>(*n) != columns.size() + 1) break;
    columns.push_back(cell.column);
  }
  return columns;
}

// The row of the layout's headings: each heading found left of the next (a heading written
// twice, "Quá hạn", is matched in order); accents, case and spaces aside.
std::optional<std::vector<std::uint32_t>> headings_at(const Row& row, const Layout& layout,
                                                      const std::vector<std::string>& folded) {
  std::vector<std::uint32_t> columns;
  std::uint32_t after = 0;
  for (std::size_t i = 0; i < layout.columns.size(); ++i) {
    const auto found = std::find_if(row.cells.begin(), row.cells.end(), [&](const Cell& cell) {
      return cell.column > after && text::folded_word(cell.text) == folded[i];
    });
    if (found == row.cells.end()) return std::nullopt;
    after = found->column;
    columns.push_back(found->column);
  }
  return columns;
}

bool is_roman_or_letter(std::string_view text) {
  if (text.empty() || text.size() > 5) return false;
  if (text.back() == '.') text.remove_suffix(1);
  if (text.size() == 1 && text.front() >= 'A' && text.front() <= 'Z') return true;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L'; });
}

class FormReader {
 public:
  FormReader(const Sheet& sheet, const FormOptions& options, FormReading& out)
      : m_sheet(sheet), m_options(options), m_out(out) {}

  void run() {
    if (!find_anchor()) return;
    const Layout& layout = *m_out.layout;
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
      const LayoutColumn& column = layout.columns[i];
      if (column.role == ColumnRole::count) m_counted.push_back(i);
      if (column.role == ColumnRole::number) m_number_column = m_out.columns[i];
      if (column.role == ColumnRole::percent) m_percent_column = m_out.columns[i];
      if (column.role == ColumnRole::label && m_label_column == 0)
        m_label_column = m_out.columns[i];
    }
    for (const std::string& name : layout.known_rows) m_known.push_back(text::folded_word(name));
    m_take = text::folded_word(layout.take_row);
    if (layout.anchor == TableAnchor::headings) check_unlisted_headings();
    index_merged();
    find_period();
    read_rows();
    check_rows();
    choose_counts();
  }

 private:
  // The table's anchor: the row numbering its columns (the form's, the older layout's, or as
  // many as the mapping has), or the mapping's row of headings.
  bool find_anchor() {
    const Layout* mapping = m_options.layout;
    std::vector<std::string> folded;
    if (mapping != nullptr && mapping->anchor == TableAnchor::headings) {
      for (const LayoutColumn& column : mapping->columns)
        folded.push_back(text::folded_word(column.heading));
    }
    for (const Row& row : m_sheet.rows) {
      if (!folded.empty()) {
        if (auto columns = headings_at(row, *mapping, folded)) {
          m_out.columns = std::move(*columns);
          m_out.layout = mapping;
        }
      } else {
        std::vector<std::uint32_t> columns = numbering(row);
        // A mapping lists every column: one left out would shift every figure after it.
        const Layout* layout = mapping != nullptr
                                   ? (columns.size() == mapping->columns.size() ? mapping : nullptr)
                                   : builtin_layout_for(columns.size());
        if (layout == nullptr && mapping != nullptr && columns.size() >= 3 && m_out.numbered == 0) {
          m_out.numbered = columns.size();
          m_out.numbered_row = row.number;
          m_out.numbered_at = cell_location(m_sheet, row, &row.cells.front(), columns.front());
        }
        if (layout != nullptr) {
          columns.resize(layout->columns.size());
          m_out.columns = std::move(columns);
          m_out.layout = layout;
        }
      }
      if (m_out.found()) {
        m_out.anchor_row = &row;
        return true;
      }
    }
    return false;
  }

  // Every heading of the row is one of the mapping's columns: a heading printed twice ("Tổng
  // số" over received, resolved and pending) is otherwise matched to the first.
  void check_unlisted_headings() {
    const Row& row = *m_out.anchor_row;
    for (const Cell& cell : row.cells) {
      if (cell.text.empty() ||
          std::find(m_out.columns.begin(), m_out.columns.end(), cell.column) != m_out.columns.end())
        continue;
      report(
          MessageId::import_heading_unlisted,
          {column_letters(cell.column) + std::to_string(row.number), cell.text, m_out.layout->file},
          cell_location(m_sheet, row, &cell, cell.column));
      m_bad = true;
    }
  }

  void find_period() {
    for (const Row& row : m_sheet.rows) {
      for (const Cell& cell : row.cells) {
        if (const auto period = parse_period_line(cell.text)) {
          m_out.period = period;
          m_out.period_text = cell.text;
          m_out.period_at = cell_location(m_sheet, row, &cell, cell.column);
          if (period->end < period->start) {
            report(MessageId::import_period_reversed, {cell.text}, m_out.period_at);
            m_out.period.reset();
          }
          return;
        }
      }
      if (&row == m_out.anchor_row) break;  // the period is said above the table
    }
  }

  // The merged ranges over each counted column, by first row: a lookup per cell is a binary
  // search, not a scan of every range (a hostile sheet may have thousands).
  void index_merged() {
    m_merged.resize(m_out.columns.size());
    for (const CellRange& range : m_sheet.merged) {
      for (const std::size_t i : m_counted) {
        const std::uint32_t column = m_out.columns[i];
        if (range.first_column <= column && column <= range.last_column)
          m_merged[i].push_back(&range);
      }
    }
    for (auto& ranges : m_merged) {
      std::sort(ranges.begin(), ranges.end(),
                [](const CellRange* a, const CellRange* b) { return a->first_row < b->first_row; });
    }
  }

  // The merged range covering the layout's column i at `row`, if any.
  const CellRange* merged_at(std::uint32_t row, std::size_t i) const {
    const auto& ranges = m_merged[i];
    auto it = std::upper_bound(
        ranges.begin(), ranges.end(), row,
        [](std::uint32_t r, const CellRange* range) { return r < range->first_row; });
    if (it == ranges.begin()) return nullptr;
    const CellRange* range = *(it - 1);
    return row <= range->last_row ? range : nullptr;
  }

  OneStopColumn count_of(std::size_t i) const { return m_out.layout->columns[i].count; }

  // The rows below the anchor, one at a time into one reused row: a form of a hundred
  // thousand rows is added up, not held. Every row down to the end of the table is read: a
  // level's subtotal ("Cộng") is not the end, the last total row is the form's total.
  void read_rows() {
    const auto first = std::find_if(m_sheet.rows.begin(), m_sheet.rows.end(),
                                    [&](const Row& r) { return &r == m_out.anchor_row; });
    for (const std::size_t i : m_counted) {
      m_details[count_of(i)] = mpq_class(0);
      m_headings[count_of(i)] = mpq_class(0);
    }
    FormRow& r = m_row;
    for (auto it = first + 1; it != m_sheet.rows.end(); ++it) {
      const Row& row = *it;
      if (is_footer(row)) {
        check_after_end(row, it + 1);
        break;
      }
      // A heading merged across the table ("I. Cấp tỉnh" over B4:M4) has no figures.
      if (!m_counted.empty()) {
        if (const CellRange* across = merged_at(row.number, m_counted.front());
            across != nullptr && across->first_column <= m_label_column)
          continue;
      }
      r.row = &row;
      r.number.clear();
      r.label.clear();
      if (const Cell* c = row.at(m_number_column); c != nullptr && m_number_column != 0)
        r.number = c->text;
      if (const Cell* c = row.at(m_label_column); c != nullptr && m_label_column != 0)
        r.label = c->text;
      bool any = false, bad = false;
      for (const std::size_t i : m_counted) {
        std::optional<mpq_class>& slot = r.counts[count_of(i)];
        if (!slot) slot.emplace();
        const std::uint32_t column = m_out.columns[i];
        const Cell* cell = row.at(column);
        // A cell a merged range covers shows its first cell's figure, whatever it holds itself.
        if (const CellRange* merged = merged_at(row.number, i);
            merged != nullptr &&
            (merged->first_row != row.number || merged->first_column != column)) {
          report(MessageId::import_merged_cell,
                 {cell_name(row, i), m_out.layout->column_name(i), merged->text()},
                 cell_location(m_sheet, row, cell, column));
          bad = any = true;
          continue;
        }
        if (cell == nullptr) {
          *slot = 0;
          continue;
        }
        any = true;
        if (cell->formula_without_value) {
          report(MessageId::import_formula_without_value, {cell_name(row, i)},
                 cell_location(m_sheet, row, cell, cell->column));
          bad = true;
          continue;
        }
        if (!read_count(*cell, *slot)) {
          report(MessageId::import_not_a_count,
                 {cell->text, cell_name(row, i), m_out.layout->column_name(i)},
                 cell_location(m_sheet, row, cell, cell->column));
          bad = true;
        }
      }
      r.percent.reset();
      if (const Cell* cell = row.at(m_percent_column); cell != nullptr && m_percent_column != 0) {
        any = true;
        if (!read_percent(row, *cell, r.percent)) bad = true;
      }
      const bool total =
          m_out.layout->is_total_label(r.label) || m_out.layout->is_total_label(r.number);
      // Blank lines of the form are not data.
      if (!any && !total) continue;
      r.heading = !total && is_roman_or_letter(r.number);
      if (!total) check_known(r);
      if (bad) {
        m_bad = true;
        continue;
      }
      check_identities(r);
      if (total) {
        // Each total row ends a level; the last one is the form's.
        m_out.total = r;
        continue;
      }
      take(r);
      if (!r.heading) m_last = r;
      model::OneStopCounts& sum = r.heading ? m_headings : m_details;
      for (const std::size_t i : m_counted) *sum[count_of(i)] += *r.counts[count_of(i)];
      ++(r.heading ? m_heading_rows : m_detail_rows);
    }
  }

  // A row the mapping does not know may be another agency's, or a lĩnh vực it has not heard
  // of: either way its figures cannot be vouched for.
  void check_known(const FormRow& r) {
    if (m_known.empty()) return;
    if (std::find(m_known.begin(), m_known.end(), text::folded_word(r.label)) != m_known.end())
      return;
    const Cell* cell = r.row->at(m_label_column);
    report(MessageId::import_unknown_row,
           {column_letters(m_label_column) + std::to_string(r.row->number), r.label,
            m_out.layout->name, m_out.layout->file},
           cell_location(m_sheet, *r.row, cell, m_label_column));
  }

  // A row below the end of the table that is plainly part of it (a total, a row the mapping
  // knows): the row taken as the end was not the signature block.
  void check_after_end(const Row& end, std::vector<Row>::const_iterator next) {
    for (auto it = next; it != m_sheet.rows.end(); ++it) {
      const Cell* label = it->at(m_label_column);
      if (label == nullptr || m_label_column == 0) continue;
      const std::string folded = text::folded_word(label->text);
      const bool known = std::find(m_known.begin(), m_known.end(), folded) != m_known.end();
      if (!known && !m_out.layout->is_total_label(label->text)) continue;
      report(MessageId::import_rows_after_end,
             {std::to_string(it->number), label->text, std::to_string(end.number)},
             cell_location(m_sheet, *it, label, m_label_column));
      m_bad = true;
      return;
    }
  }

  // Without a total row, a last row that adds up the rows above it is the total under a name
  // the layout does not know: added up with them, it would count every dossier twice.
  bool unnamed_total() {
    if (!m_last || m_detail_rows < 3) return false;
    bool any = false;
    for (const std::size_t i : m_counted) {
      const mpq_class& last = *m_last->counts[count_of(i)];
      if (*m_details[count_of(i)] - last != last) return false;
      any = any || sgn(last) != 0;
    }
    if (!any) return false;
    report(MessageId::import_unnamed_total,
           {std::to_string(m_last->row->number), m_last->label, std::to_string(m_detail_rows - 1)},
           cell_location(m_sheet, *m_last->row, m_last->row->at(m_label_column), m_label_column));
    return true;
  }

  // The mapping's row (an agency's in a province's report): its figures are the record's.
  void take(const FormRow& r) {
    if (m_take.empty() || text::folded_word(r.label) != m_take) return;
    if (m_taken) {
      report(MessageId::import_row_twice,
             {std::to_string(m_taken->row->number), std::to_string(r.row->number), r.label},
             cell_location(m_sheet, *r.row, r.row->at(m_label_column), m_label_column));
      m_bad = true;
      return;
    }
    m_taken = r;
  }

  // The printed percentage of a row. A workbook's number of at most 1 is refused: a cell
  // formatted as a percentage stores 0,9919 for 99,19%, and nothing tells which it is.
  bool read_percent(const Row& row, const Cell& cell, std::optional<ReportedPercent>& out) {
    const Location at = cell_location(m_sheet, row, &cell, cell.column);
    const std::string name = column_letters(cell.column) + std::to_string(row.number);
    const auto parsed = parse_percent(cell.text);
    if (cell.error_value || cell.formula_without_value || !parsed || parsed->first > 100) {
      report(MessageId::import_not_a_percent, {cell.text, name}, at);
      return false;
    }
    if (cell.numeric && parsed->first > 0 && parsed->first <= 1) {
      report(MessageId::import_percent_ambiguous, {cell.text, name}, at);
      return false;
    }
    out = ReportedPercent{parsed->first, parsed->second, cell.text, at};
    return true;
  }

  // A count as the cell holds it: a workbook's number must be a whole one as stored (1.091 is
  // not 1091); text is read as systems print counts (1.091 is).
  static bool read_count(const Cell& cell, mpq_class& out) {
    if (cell.error_value) return false;
    // "Không phát sinh": nothing arose in that lĩnh vực this period.
    if (!cell.numeric && (cell.text[0] == 'K' || cell.text[0] == 'k') &&
        text::folded_word(cell.text) == "khongphatsinh") {
      out = 0;
      return true;
    }
    if (cell.numeric)
      return std::all_of(cell.text.begin(), cell.text.end(),
                         [](char c) { return c >= '0' && c <= '9'; }) &&
             parse_count(cell.text, out);
    return parse_count(cell.text, out);
  }

  // The rows the total adds up: the lĩnh vực rows, or the level headings when there are no
  // others (their figures repeat their rows').
  const model::OneStopCounts& rows_sum() const {
    return m_detail_rows > 0 ? m_details : m_headings;
  }
  std::size_t rows_added() const { return m_detail_rows > 0 ? m_detail_rows : m_heading_rows; }

  // Below the table: a row with text where the counts were ("Người lập biểu", "GIÁM ĐỐC"), no
  // figure and no row number: the signature block. A numbered row with text for its counts
  // ("5, Lĩnh vực Hòa giải, Không phát sinh") is a row of the table.
  bool is_footer(const Row& row) const {
    if (const Cell* number = row.at(m_number_column);
        m_number_column != 0 && number != nullptr && !number->text.empty() &&
        std::isdigit(static_cast<unsigned char>(number->text[0])))
      return false;
    bool text = false;
    for (const std::size_t i : m_counted) {
      const Cell* cell = row.at(m_out.columns[i]);
      if (cell == nullptr) continue;
      mpq_class count;
      if (cell->formula_without_value || cell->error_value || read_count(*cell, count))
        return false;
      text = true;
    }
    if (const Cell* cell = row.at(m_percent_column); cell != nullptr && m_percent_column != 0) {
      if (cell->formula_without_value || cell->error_value || parse_percent(cell->text))
        return false;
      text = true;
    }
    return text;
  }

  void check_rows() {
    if (!m_out.total || m_bad || rows_added() == 0) return;
    const model::OneStopCounts& sum = rows_sum();
    for (const std::size_t i : m_counted) {
      const mpq_class& total = *m_out.total->counts[count_of(i)];
      const mpq_class& rows = *sum[count_of(i)];
      if (total == rows) continue;
      const Row& row = *m_out.total->row;
      const Cell* cell = row.at(m_out.columns[i]);
      const mpq_class difference = abs(total - rows);
      report(difference, MessageId::import_total_mismatch,
             {cell_name(row, i), m_out.layout->column_name(i), to_decimal_string(total),
              to_decimal_string(rows), std::to_string(rows_added()), to_decimal_string(difference)},
             cell_location(m_sheet, row, cell, m_out.columns[i]), total);
    }
  }

  void check_identities(const FormRow& r) {
    const Layout& layout = *m_out.layout;
    for (const model::IdentityGap& gap : model::identity_gaps(r.counts, m_options.definition)) {
      const std::size_t i = index_of(gap.total);
      const Cell* cell = r.row->at(m_out.columns[i]);
      const Location at = cell_location(m_sheet, *r.row, cell, m_out.columns[i]);
      // The parts in the report's order: "(4) + (5)".
      std::vector<OneStopColumn> ordered = gap.parts;
      std::sort(ordered.begin(), ordered.end(),
                [&](OneStopColumn a, OneStopColumn b) { return index_of(a) < index_of(b); });
      std::string parts;
      for (const OneStopColumn c : ordered)
        parts += (parts.empty() ? "" : " + ") + layout.column_name(c);
      if (gap.at_least) {
        report(gap.difference(), MessageId::import_received_short,
               {cell_name(*r.row, i), to_decimal_string(gap.total_value),
                to_decimal_string(gap.parts_sum), layout.column_name(gap.total), parts},
               at, gap.total_value);
        continue;
      }
      report(
          gap.difference(), MessageId::import_identity,
          {cell_name(*r.row, i), layout.column_name(gap.total), to_decimal_string(gap.total_value),
           parts, to_decimal_string(gap.parts_sum), to_decimal_string(gap.difference())},
          at, gap.total_value);
    }
  }

  // A figure that disagrees with others by `difference`: within --tolerance a warning, else an
  // error. A tolerance is offered only for what a published total is seen to be off by (a few
  // dossiers, at most 0.1% of the figure); past that, the hint says a figure is mistyped: a
  // gap of 1% can move a 95–99.5% ratio across its threshold.
  void report(const mpq_class& difference, MessageId id, std::vector<MessageArg> args, Location at,
              const mpq_class& scale) {
    const bool within = difference <= m_options.tolerance;
    report(within ? Severity::warning : Severity::error, id, std::move(args), std::move(at));
    if (!within && difference > 2 && difference * 1000 > abs(scale))
      m_out.diagnostics.back().hint = MessageId::hint_import_mistyped;
  }

  void choose_counts() {
    if (m_bad) return;  // a count that could not be read: said, and no figures are taken
    if (!m_take.empty()) {
      if (!m_taken) {
        report(MessageId::import_row_not_found, {m_out.layout->take_row, m_out.layout->file},
               cell_location(m_sheet, *m_out.anchor_row, nullptr, 1));
        return;
      }
      take_figures(*m_taken);
      return;
    }
    if (m_out.total) {
      take_figures(*m_out.total);
      return;
    }
    m_out.counts_at = cell_location(m_sheet, *m_out.anchor_row, nullptr, 1);
    if (unnamed_total()) return;
    if (rows_added() == 0) {
      report(MessageId::import_no_rows, {}, m_out.counts_at);
      return;
    }
    m_out.counts = rows_sum();
    report(Severity::warning, MessageId::import_no_total_row, {std::to_string(rows_added())},
           m_out.counts_at);
  }

  void take_figures(const FormRow& r) {
    m_out.counts = r.counts;
    m_out.percent = r.percent;
    m_out.source_row = r.row->number;
    m_out.counts_at = cell_location(m_sheet, *r.row, nullptr, 1);
  }

  std::size_t index_of(OneStopColumn column) const {
    for (const std::size_t i : m_counted) {
      if (count_of(i) == column) return i;
    }
    return m_counted.empty() ? 0 : m_counted.front();
  }
  std::string cell_name(const Row& row, std::size_t i) const {
    return column_letters(m_out.columns[i]) + std::to_string(row.number);
  }

  void report(MessageId id, std::vector<MessageArg> args, Location at) {
    report(Severity::error, id, std::move(args), std::move(at));
  }
  void report(Severity severity, MessageId id, std::vector<MessageArg> args, Location at) {
    Diagnostic d = Diagnostic::error(id, std::move(args), std::move(at));
    d.severity = severity;
    m_out.diagnostics.push_back(std::move(d));
  }

  const Sheet& m_sheet;
  const FormOptions& m_options;
  FormReading& m_out;
  std::vector<std::size_t> m_counted;  // the layout's counted columns, by index
  // Sheet columns; 0: none.
  std::uint32_t m_number_column = 0, m_label_column = 0, m_percent_column = 0;
  std::vector<std::string> m_known;  // the mapping's rows, folded
  std::string m_take;                // the mapping's take_row, folded
  std::optional<FormRow> m_taken;
  std::optional<FormRow> m_last;  // the last lĩnh vực row
  bool m_bad = false;
  FormRow m_row;
  std::vector<std::vector<const CellRange*>> m_merged;  // by the layout's column
  model::OneStopCounts m_details, m_headings;
  std::size_t m_detail_rows = 0, m_heading_rows = 0;
};

}  // namespace

std::optional<Date> parse_vietnamese_date(std::string_view text) {
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int part = 0;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      if (++digits[part] > 4) return std::nullopt;
      parts[part] = parts[part] * 10 + (c - '0');
    } else if ((c == '/' || c == '-' || c == '.') && part < 2 && digits[part] > 0) {
      ++part;
    } else {
      return std::nullopt;
    }
  }
  if (part != 2 || digits[0] > 2 || digits[1] > 2 || digits[2] != 4) return std::nullopt;
  const int day = parts[0], month = parts[1], year = parts[2];
  if (month < 1 || month > 12 || year < 1900 || year > 2200 || day < 1 ||
      day > days_in_month(year, month))
    return std::nullopt;
  return make_date(year, month, day);
}

std::optional<Period> parse_period_line(std::string_view text) {
  // Accents and case do not matter: "Từ ngày", "TỪ NGÀY", "từ ngày".
  const std::string plain = lower_ascii(text::strip_accents(text));
  const auto date_after = [&](std::size_t from) -> std::pair<std::optional<Date>, std::size_t> {
    std::size_t i = from;
    while (i < plain.size() && (plain[i] == ' ' || plain[i] == ':')) ++i;
    std::size_t end = i;
    while (end < plain.size() && (std::isdigit(static_cast<unsigned char>(plain[end])) ||
                                  plain[end] == '/' || plain[end] == '-' || plain[end] == '.'))
      ++end;
    std::string_view written = std::string_view(plain).substr(i, end - i);
    while (!written.empty() && written.back() == '.') written.remove_suffix(1);
    return {parse_vietnamese_date(written), end};
  };
  const std::size_t from = plain.find("tu ngay");
  if (from == std::string::npos) return std::nullopt;
  const auto [start, after_start] = date_after(from + 7);
  if (!start) return std::nullopt;
  const std::size_t to = plain.find("den ngay", after_start);
  if (to == std::string::npos) return std::nullopt;
  const auto [end, after_end] = date_after(to + 8);
  if (!end) return std::nullopt;
  return Period{*start, *end};
}

std::optional<std::pair<mpq_class, int>> parse_percent(std::string_view text) {
  while (!text.empty() && (text.back() == '%' || text.back() == ' ')) text.remove_suffix(1);
  std::string digits;
  int decimals = -1;  // -1: no decimal separator yet
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      digits += c;
      if (decimals >= 0) ++decimals;
    } else if ((c == ',' || c == '.') && decimals < 0 && !digits.empty()) {
      decimals = 0;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty() || decimals == 0 || digits.size() > 18) return std::nullopt;
  const int places = std::max(decimals, 0);
  mpq_class value(mpz_class(digits, 10), 1);
  mpz_class scale;
  mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(places));
  value /= scale;
  value.canonicalize();
  return std::make_pair(value, places);
}

std::optional<mpq_class> parse_count(std::string_view text) {
  mpq_class value;
  if (!parse_count(text, value)) return std::nullopt;
  return value;
}

bool parse_count(std::string_view text, mpq_class& out) {
  if (text.empty() || text == "-" || text == "–") {
    out = 0;
    return true;
  }
  // The common case, digits alone: into `out` without a string for GMP (nor an allocation,
  // when `out` is reused).
  if (text.size() <= 15 &&
      std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    long value = 0;
    for (const char c : text) value = value * 10 + (c - '0');
    out = value;
    return true;
  }
  std::string digits;
  std::size_t group = 0;  // digits since the last separator
  bool separated = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      ++group;
      continue;
    }
    // Thousands separators: '.', ',', a space, a no-break space (C2 A0) or a narrow one
    // (E2 80 AF); each followed by exactly three digits.
    std::size_t width = 0;
    if (c == '.' || c == ',' || c == ' ') width = 1;
    if (text.substr(i, 2) == "\xC2\xA0") width = 2;
    if (text.substr(i, 3) == "\xE2\x80\xAF") width = 3;
    if (width == 0 || digits.empty() || (separated && group != 3) || (!separated && group > 3))
      return false;
    separated = true;
    group = 0;
    i += width - 1;
  }
  if (digits.empty() || (separated && group != 3) || digits.size() > 15) return false;
  out = mpq_class(mpz_class(digits, 10));
  return true;
}

FormReading read_one_stop_form(const Sheet& sheet, const FormOptions& options) {
  FormReading out;
  FormReader(sheet, options, out).run();
  return out;
}

}  // namespace qobj::import
