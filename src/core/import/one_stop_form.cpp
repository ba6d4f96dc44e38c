#include "core/import/one_stop_form.hpp"

#include <algorithm>
#include <cctype>

#include "core/num/exact_number.hpp"
#include "core/text/unicode.hpp"

namespace qobj::import {

namespace {

using model::OneStopColumn;

// The form's column k (3 to 13) and what it counts.
constexpr std::array<OneStopColumn, 11> kFormColumns = {OneStopColumn::received,
                                                        OneStopColumn::received_online,
                                                        OneStopColumn::received_in_person,
                                                        OneStopColumn::carried_over,
                                                        OneStopColumn::resolved,
                                                        OneStopColumn::resolved_early,
                                                        OneStopColumn::resolved_on_time,
                                                        OneStopColumn::resolved_late,
                                                        OneStopColumn::pending,
                                                        OneStopColumn::pending_in_time,
                                                        OneStopColumn::pending_late};

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

// The row numbering the columns 1 to 13, left to right: where each of the form's columns is.
std::optional<std::array<std::uint32_t, 14>> numbering(const Row& row) {
  std::array<std::uint32_t, 14> columns{};
  int expected = 1;
  for (const Cell& cell : row.cells) {
    const auto n = column_number(cell.text);
    if (!n || *n != expected) return std::nullopt;
    columns[static_cast<std::size_t>(expected)] = cell.column;
    if (++expected > 13) return columns;
  }
  return std::nullopt;
}

bool is_roman_or_letter(std::string_view text) {
  if (text.empty() || text.size() > 5) return false;
  if (text.back() == '.') text.remove_suffix(1);
  if (text.size() == 1 && text.front() >= 'A' && text.front() <= 'Z') return true;
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == 'I' || c == 'V' || c == 'X' || c == 'L'; });
}

// "Tổng số", "Tổng cộng", "Cộng", "Tổng": the total row.
bool is_total_label(std::string_view text) {
  // Every spelling starts with T or C: the other labels are not folded (a long form has many).
  if (text.empty() || (text[0] != 'T' && text[0] != 't' && text[0] != 'C' && text[0] != 'c'))
    return false;
  const std::string folded = text::folded_word(text);
  return folded == "tongso" || folded == "tongcong" || folded == "cong" || folded == "tong" ||
         folded.rfind("tongso", 0) == 0 || folded.rfind("tongcong", 0) == 0;
}

class FormReader {
 public:
  FormReader(const Sheet& sheet, const mpq_class& tolerance, model::OneStopDefinition definition,
             FormReading& out)
      : m_sheet(sheet), m_tolerance(tolerance), m_definition(definition), m_out(out) {}

  void run() {
    for (const Row& row : m_sheet.rows) {
      if (const auto columns = numbering(row)) {
        m_out.found = true;
        m_out.numbers_row = &row;
        m_out.columns = *columns;
        break;
      }
    }
    if (!m_out.found) return;
    index_merged();
    find_period();
    read_rows();
    check_rows();
    choose_counts();
  }

 private:
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
      if (&row == m_out.numbers_row) break;  // the period is said above the table
    }
  }

  // The merged ranges over each count column, by first row: a lookup per cell is a binary
  // search, not a scan of every range (a hostile sheet may have thousands).
  void index_merged() {
    for (const CellRange& range : m_sheet.merged) {
      for (std::size_t k = 1; k <= 13; ++k) {
        const std::uint32_t column = m_out.columns[k];
        if (range.first_column <= column && column <= range.last_column)
          m_merged[k].push_back(&range);
      }
    }
    for (auto& ranges : m_merged) {
      std::sort(ranges.begin(), ranges.end(),
                [](const CellRange* a, const CellRange* b) { return a->first_row < b->first_row; });
    }
  }

  // The merged range covering the form's column k at `row`, if any.
  const CellRange* merged_at(std::uint32_t row, std::size_t k) const {
    const auto& ranges = m_merged[k];
    auto it = std::upper_bound(
        ranges.begin(), ranges.end(), row,
        [](std::uint32_t r, const CellRange* range) { return r < range->first_row; });
    if (it == ranges.begin()) return nullptr;
    const CellRange* range = *(it - 1);
    return row <= range->last_row ? range : nullptr;
  }

  // The rows below the numbers, one at a time into one reused row: a form of a hundred
  // thousand rows is added up, not held. Every row down to the end of the table is read: a
  // level's subtotal ("Cộng") is not the end, the last total row is the form's total.
  void read_rows() {
    const auto first = std::find_if(m_sheet.rows.begin(), m_sheet.rows.end(),
                                    [&](const Row& r) { return &r == m_out.numbers_row; });
    for (const OneStopColumn c : kFormColumns) {
      m_details[c] = mpq_class(0);
      m_headings[c] = mpq_class(0);
    }
    FormRow& r = m_row;
    for (auto it = first + 1; it != m_sheet.rows.end(); ++it) {
      const Row& row = *it;
      if (is_footer(row)) break;
      // A heading merged across the table ("I. Cấp tỉnh" over B4:M4) has no figures.
      if (const CellRange* across = merged_at(row.number, 3);
          across != nullptr && across->first_column <= m_out.columns[2])
        continue;
      r.row = &row;
      r.number.clear();
      r.label.clear();
      if (const Cell* c = row.at(m_out.columns[1])) r.number = c->text;
      if (const Cell* c = row.at(m_out.columns[2])) r.label = c->text;
      bool any = false, bad = false;
      for (std::size_t k = 3; k <= 13; ++k) {
        std::optional<mpq_class>& slot = r.counts[kFormColumns[k - 3]];
        if (!slot) slot.emplace();
        const Cell* cell = row.at(m_out.columns[k]);
        // A cell a merged range covers shows its first cell's figure, whatever it holds itself.
        if (const CellRange* merged = merged_at(row.number, k);
            merged != nullptr &&
            (merged->first_row != row.number || merged->first_column != m_out.columns[k])) {
          report(MessageId::import_merged_cell, {cell_name(row, k), label(k), merged->text()},
                 cell_location(m_sheet, row, cell, m_out.columns[k]));
          bad = any = true;
          continue;
        }
        if (cell == nullptr) {
          *slot = 0;
          continue;
        }
        any = true;
        if (cell->formula_without_value) {
          report(MessageId::import_formula_without_value, {cell_name(row, k)},
                 cell_location(m_sheet, row, cell, cell->column));
          bad = true;
          continue;
        }
        if (!read_count(*cell, *slot)) {
          report(MessageId::import_not_a_count, {cell->text, cell_name(row, k), label(k)},
                 cell_location(m_sheet, row, cell, cell->column));
          bad = true;
        }
      }
      const bool total = is_total_label(r.label) || is_total_label(r.number);
      // Blank lines of the form are not data.
      if (!any && !total) continue;
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
      r.heading = is_roman_or_letter(r.number);
      model::OneStopCounts& sum = r.heading ? m_headings : m_details;
      for (const OneStopColumn c : kFormColumns) *sum[c] += *r.counts[c];
      ++(r.heading ? m_heading_rows : m_detail_rows);
    }
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
    if (const Cell* number = row.at(m_out.columns[1]);
        number != nullptr && !number->text.empty() &&
        std::isdigit(static_cast<unsigned char>(number->text[0])))
      return false;
    bool text = false;
    for (std::size_t k = 3; k <= 13; ++k) {
      const Cell* cell = row.at(m_out.columns[k]);
      if (cell == nullptr) continue;
      if (cell->formula_without_value || cell->error_value || parse_count(cell->text)) return false;
      text = true;
    }
    return text;
  }

  void check_rows() {
    if (!m_out.total || m_bad || rows_added() == 0) return;
    const model::OneStopCounts& sum = rows_sum();
    for (std::size_t k = 3; k <= 13; ++k) {
      const OneStopColumn c = kFormColumns[k - 3];
      const mpq_class& total = *m_out.total->counts[c];
      const mpq_class& rows = *sum[c];
      if (total == rows) continue;
      const Row& row = *m_out.total->row;
      const Cell* cell = row.at(m_out.columns[k]);
      const mpq_class difference = abs(total - rows);
      report(difference, MessageId::import_total_mismatch,
             {cell_name(row, k), label(k), to_decimal_string(total), to_decimal_string(rows),
              std::to_string(rows_added()), to_decimal_string(difference)},
             cell_location(m_sheet, row, cell, m_out.columns[k]), total);
    }
  }

  void check_identities(const FormRow& r) {
    for (const model::IdentityGap& gap : model::identity_gaps(r.counts, m_definition)) {
      const std::size_t k = form_index(gap.total);
      const Cell* cell = r.row->at(m_out.columns[k]);
      const Location at = cell_location(m_sheet, *r.row, cell, m_out.columns[k]);
      if (gap.at_least) {
        report(gap.difference(), MessageId::import_received_short,
               {cell_name(*r.row, k), to_decimal_string(gap.total_value),
                to_decimal_string(gap.parts_sum)},
               at, gap.total_value);
        continue;
      }
      std::string parts;
      for (const OneStopColumn c : gap.parts)
        parts += (parts.empty() ? "" : " + ") + std::string(model::form_column_label(c));
      report(gap.difference(), MessageId::import_identity,
             {cell_name(*r.row, k), std::string(model::form_column_label(gap.total)),
              to_decimal_string(gap.total_value), parts, to_decimal_string(gap.parts_sum),
              to_decimal_string(gap.difference())},
             at, gap.total_value);
    }
  }

  // A figure that disagrees with others by `difference`: within --tolerance a warning, else an
  // error. A tolerance is offered only for what a published total is seen to be off by (a few
  // dossiers, at most 0.1% of the figure); past that, the hint says a figure is mistyped: a
  // gap of 1% can move a 95–99.5% ratio across its threshold.
  void report(const mpq_class& difference, MessageId id, std::vector<MessageArg> args, Location at,
              const mpq_class& scale) {
    const bool within = difference <= m_tolerance;
    report(within ? Severity::warning : Severity::error, id, std::move(args), std::move(at));
    if (!within && difference > 2 && difference * 1000 > abs(scale))
      m_out.diagnostics.back().hint = MessageId::hint_import_mistyped;
  }

  void choose_counts() {
    if (m_bad) return;  // a count that could not be read: said, and no figures are taken
    if (m_out.total) {
      m_out.counts = m_out.total->counts;
      m_out.source_row = m_out.total->row->number;
      m_out.counts_at = cell_location(m_sheet, *m_out.total->row, nullptr, 1);
      return;
    }
    m_out.counts_at = cell_location(m_sheet, *m_out.numbers_row, nullptr, 1);
    if (rows_added() == 0) {
      report(MessageId::import_no_rows, {}, m_out.counts_at);
      return;
    }
    m_out.counts = rows_sum();
    report(Severity::warning, MessageId::import_no_total_row, {std::to_string(rows_added())},
           m_out.counts_at);
  }

  static std::size_t form_index(OneStopColumn column) {
    for (std::size_t k = 3; k <= 13; ++k) {
      if (kFormColumns[k - 3] == column) return k;
    }
    return 3;
  }
  std::string cell_name(const Row& row, std::size_t k) const {
    return column_letters(m_out.columns[k]) + std::to_string(row.number);
  }
  static std::string label(std::size_t k) { return "(" + std::to_string(k) + ")"; }

  void report(MessageId id, std::vector<MessageArg> args, Location at) {
    report(Severity::error, id, std::move(args), std::move(at));
  }
  void report(Severity severity, MessageId id, std::vector<MessageArg> args, Location at) {
    Diagnostic d = Diagnostic::error(id, std::move(args), std::move(at));
    d.severity = severity;
    m_out.diagnostics.push_back(std::move(d));
  }

  const Sheet& m_sheet;
  const mpq_class& m_tolerance;
  model::OneStopDefinition m_definition;
  FormReading& m_out;
  bool m_bad = false;
  FormRow m_row;
  std::array<std::vector<const CellRange*>, 14> m_merged;  // by the form's column
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
  out = mpq_class(mpz_class(digits));
  return true;
}

FormReading read_one_stop_form(const Sheet& sheet, const mpq_class& tolerance,
                               model::OneStopDefinition definition) {
  FormReading out;
  FormReader(sheet, tolerance, definition, out).run();
  return out;
}

}  // namespace qobj::import
