#include "core/import/one_stop_import.hpp"

#include <algorithm>

#include "core/import/csv.hpp"
#include "core/import/json_score.hpp"
#include "core/import/one_stop_form.hpp"
#include "core/import/xls.hpp"
#include "core/import/xlsx.hpp"
#include "core/text/join.hpp"
#include "core/time/coverage.hpp"

namespace qobj::import {

namespace {

bool is_zip(std::string_view bytes) {
  return bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
}

Diagnostic make(Severity severity, MessageId id, std::vector<MessageArg> args, Location at) {
  Diagnostic d = Diagnostic::error(id, std::move(args), std::move(at));
  d.severity = severity;
  return d;
}

Location file_location(const std::string& name) {
  Location at;
  at.file = name;
  return at;
}

// The percentage a report prints beside its counts is its system's ratio: one the counts do not
// give (rounded as printed) is probably another definition than the target's.
void check_percent(const ReportedPercent& printed, const model::OneStopCounts& counts,
                   model::OneStopDefinition definition, ImportResult& out) {
  const auto terms = model::apply_definition(definition, counts).terms;
  if (!terms || sgn(terms->denominator) == 0) return;
  const mpq_class computed = terms->numerator * 100 / terms->denominator;
  mpz_class scale;
  mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(printed.decimals));
  // Printed with d decimals, it is within half a unit of its last decimal.
  const mpq_class half(1, 2 * scale);
  if (abs(computed - printed.value) <= half) return;
  // The ratio with the decimals printed (at least 2), in each language's way: 98.87, 98,87.
  const int places = std::max(printed.decimals, 2);
  mpz_class places_scale;
  mpz_ui_pow_ui(places_scale.get_mpz_t(), 10, static_cast<unsigned long>(places));
  const mpq_class scaled = computed * places_scale + mpq_class(1, 2);
  const mpz_class units = scaled.get_num() / scaled.get_den();
  std::string digits = units.get_str();
  if (digits.size() <= static_cast<std::size_t>(places))
    digits.insert(0, static_cast<std::size_t>(places) + 1 - digits.size(), '0');
  const std::string whole = digits.substr(0, digits.size() - static_cast<std::size_t>(places));
  const std::string fraction = digits.substr(digits.size() - static_cast<std::size_t>(places));
  out.diagnostics.push_back(
      make(Severity::warning, MessageId::import_percent_differs,
           {printed.text, std::string(model::code_of(definition)),
            std::string(model::formula_of(definition)),
            MessageArg::bilingual(whole + "." + fraction + "%", whole + "," + fraction + "%")},
           printed.at));
}

// One sheet's form into a period, or nothing (with its diagnostics said).
void read_sheet(const Sheet& sheet, const ImportRequest& request, ImportResult& out, bool& found) {
  FormOptions options;
  options.tolerance = request.tolerance;
  options.definition = request.definition;
  options.layout = request.layout;
  FormReading form = read_one_stop_form(sheet, options);
  if (!form.found()) {
    if (form.numbered > 0) {
      found = true;  // the table is there, the mapping does not fit it
      out.diagnostics.push_back(
          make(Severity::error, MessageId::import_mapping_column_count,
               {std::to_string(form.numbered), std::to_string(form.numbered_row),
                request.layout->file, std::to_string(request.layout->columns.size())},
               form.numbered_at));
    }
    return;
  }
  found = true;
  const std::string lacking = columns_lacking(*form.layout, request.definition);
  const auto printed_ratio = form.layout->percent_definition();
  if (!lacking.empty() && printed_ratio && *printed_ratio != request.definition) {
    // The printed ratio is another than the target's: the share online is no on-time rate.
    out.diagnostics.push_back(make(Severity::error, MessageId::import_percent_other_definition,
                                   {form.layout->name, std::string(model::code_of(*printed_ratio)),
                                    std::string(model::formula_of(*printed_ratio)),
                                    std::string(model::code_of(request.definition)),
                                    std::string(model::formula_of(request.definition))},
                                   cell_location(sheet, *form.anchor_row, nullptr, 1)));
    return;
  }
  if (!lacking.empty() && !printed_ratio) {
    out.diagnostics.push_back(
        make(Severity::error, MessageId::import_layout_lacks,
             {form.layout->name, lacking, std::string(model::code_of(request.definition)),
              std::string(model::formula_of(request.definition))},
             cell_location(sheet, *form.anchor_row, nullptr, 1)));
    return;
  }
  const bool clean = !has_errors(form.diagnostics);
  out.diagnostics.insert(out.diagnostics.end(), form.diagnostics.begin(), form.diagnostics.end());
  std::optional<Period> period = form.period;
  if (!period) period = request.period;
  if (!period) {
    out.diagnostics.push_back(make(Severity::error, MessageId::import_no_period, {sheet.file},
                                   cell_location(sheet, *form.anchor_row, nullptr, 1)));
    return;
  }
  if (form.period && request.period && *form.period != *request.period) {
    out.diagnostics.push_back(make(Severity::error, MessageId::import_period_conflict,
                                   {MessageArg(*form.period), MessageArg(*request.period)},
                                   form.period_at));
    return;
  }
  if (!clean) return;
  ImportedPeriod p;
  p.period = *period;
  if (!lacking.empty()) {
    // Only the printed percentage: taken as reported, its counts unknown.
    if (!form.percent) {
      out.diagnostics.push_back(make(Severity::error, MessageId::import_percent_missing,
                                     {form.layout->name, lacking}, form.counts_at));
      return;
    }
    p.reported_percent = form.percent->value;
    p.reported_decimals = form.percent->decimals;
  } else {
    p.counts = form.counts;
    if (form.percent && printed_ratio)
      check_percent(*form.percent, form.counts, *printed_ratio, out);
  }
  p.file = sheet.file;
  p.sheet = sheet.name;
  p.layout = form.layout->name;
  p.row = form.source_row;
  p.at = form.period ? form.period_at : form.counts_at;
  out.periods.push_back(std::move(p));
}

// What a mapping's table is found by: "(1) (2) … (9)", or its headings "«STT», «Lĩnh vực», …".
std::string anchor_text(const Layout& layout) {
  std::vector<std::string> names;
  for (std::size_t i = 0; i < layout.columns.size(); ++i) names.push_back(layout.column_name(i));
  if (layout.anchor == TableAnchor::headings) return text::join(names);
  if (names.size() <= 3) return text::join(names, " ");
  return names.front() + " " + names[1] + " … " + names.back();
}

// Excel 97–2003 workbooks (.xls) are OLE2 compound files.
bool is_ole2(std::string_view bytes) {
  return bytes.size() >= 8 &&
         bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

// A saved JSON file's score (the national index), by the mapping's json: pointers.
void read_json_file(ImportFile& file, const ImportRequest& request, ImportResult& out) {
  JsonScoreReading reading = read_json_score(file.name, std::move(file.bytes), *request.layout);
  if (reading.source) out.sources.push_back(reading.source);
  out.diagnostics.insert(out.diagnostics.end(), reading.diagnostics.begin(),
                         reading.diagnostics.end());
  if (has_errors(reading.diagnostics) || !reading.period || !reading.score) return;
  ImportedPeriod p;
  p.period = *reading.period;
  p.score = reading.score;
  p.pointer = reading.pointer;
  p.file = file.name;
  p.layout = request.layout->name;
  p.at = reading.at;
  out.periods.push_back(std::move(p));
}

void read_file(ImportFile& file, const ImportRequest& request, ImportResult& out) {
  if (request.layout != nullptr && request.layout->json) {
    read_json_file(file, request, out);
    return;
  }
  bool found = false;
  std::vector<std::string> sheet_names;
  if (is_zip(file.bytes) || is_ole2(file.bytes)) {
    XlsxReading book = is_zip(file.bytes)
                           ? read_xlsx(file.name, file.bytes, request.max_rows, request.sheet)
                           : read_xls(file.name, file.bytes, request.max_rows, request.sheet);
    out.diagnostics.insert(out.diagnostics.end(), book.diagnostics.begin(), book.diagnostics.end());
    for (const Sheet& sheet : book.sheets) {
      sheet_names.push_back(sheet.name);
      read_sheet(sheet, request, out, found);
    }
    if (has_errors(book.diagnostics)) return;
  } else {
    CsvReading csv = read_csv(file.name, std::move(file.bytes), request.max_rows);
    if (csv.source) out.sources.push_back(std::make_shared<const SourceFile>(*csv.source));
    out.diagnostics.insert(out.diagnostics.end(), csv.diagnostics.begin(), csv.diagnostics.end());
    if (has_errors(csv.diagnostics)) return;
    read_sheet(csv.sheet, request, out, found);
  }
  if (!found) {
    std::string sheets = text::join(sheet_names);
    if (!sheets.empty()) sheets = " (" + sheets + ")";
    if (request.layout == nullptr) {
      out.diagnostics.push_back(make(Severity::error, MessageId::import_no_form,
                                     {file.name, sheets}, file_location(file.name)));
    } else {
      out.diagnostics.push_back(make(Severity::error, MessageId::import_no_mapped_table,
                                     {file.name, sheets, request.layout->name,
                                      anchor_text(*request.layout), request.layout->file},
                                     file_location(file.name)));
    }
  }
}

// The periods together: one convention, no overlap, gaps said.
void check_periods(ImportResult& out, const std::optional<Period>& declared) {
  std::sort(out.periods.begin(), out.periods.end(),
            [](const ImportedPeriod& a, const ImportedPeriod& b) { return a.period < b.period; });
  if (out.periods.empty()) return;
  const Period year = declared.value_or(reporting_year_of(out.periods.front().period));
  for (const ImportedPeriod& p : out.periods) {
    // Periods of one convention start on the day its year starts on (the 15th, or the 1st).
    if (!year.contains(p.period) || p.period.start.day != year.start.day) {
      out.diagnostics.push_back(make(
          Severity::error, MessageId::import_mixed_conventions,
          {MessageArg(p.period), MessageArg(out.periods.front().period), MessageArg(year)}, p.at));
      return;
    }
  }
  for (std::size_t i = 1; i < out.periods.size(); ++i) {
    const ImportedPeriod& before = out.periods[i - 1];
    const ImportedPeriod& p = out.periods[i];
    if (!(before.period.end < p.period.start)) {
      Diagnostic d = make(Severity::error, MessageId::import_overlap,
                          {MessageArg(p.period), MessageArg(before.period), before.file}, p.at);
      out.diagnostics.push_back(std::move(d));
    } else if (next_day(before.period.end) != p.period.start) {
      out.diagnostics.push_back(make(
          Severity::warning, MessageId::import_gap,
          {MessageArg(Period{next_day(before.period.end), previous_day(p.period.start)})}, p.at));
    }
  }
  out.year = year.end.year;
  if (year != year_period(out.year)) out.reporting_year = year;
}

}  // namespace

// The columns `definition` needs that `layout` has none of, by the form's number and the
// mapping's word: "(10) resolved_late, (13) pending_late".
std::string columns_lacking(const Layout& layout, model::OneStopDefinition definition) {
  model::OneStopCounts counts;
  for (const LayoutColumn& column : layout.columns) {
    if (column.role == ColumnRole::count) counts[column.count] = mpq_class(0);
  }
  std::vector<model::OneStopColumn> missing = model::apply_definition(definition, counts).missing;
  std::sort(missing.begin(), missing.end());
  std::string out;
  for (const model::OneStopColumn c : missing)
    out += (out.empty() ? "" : ", ") + std::string(model::form_column_label(c)) + " " +
           std::string(model::code_of(c));
  return out;
}

Period reporting_year_of(const Period& period) {
  // Years start on the periods' day of the month, in December (the one-stop shop's 15/12, or
  // Lâm Đồng's 01/12) or in January (the calendar's).
  const int day = period.start.day;
  const int year = period.end.year;
  const auto starting = [&](int y, int month) {
    const Date start = make_date(y, month, std::min(day, days_in_month(y, month)));
    return Period{start, end_of_months(start, 12)};
  };
  const Period december = starting(year - 1, 12);
  const Period january = starting(year, 1);
  const bool in_december = december.contains(period), in_january = january.contains(period);
  if (in_december && (!in_january || day != 1)) return december;
  if (in_january) return january;
  return Period{period.start, end_of_months(period.start, 12)};
}

ImportResult import_one_stop(std::vector<ImportFile> files, const ImportRequest& request) {
  ImportResult out;
  for (ImportFile& file : files) read_file(file, request, out);
  if (has_errors(out.diagnostics)) {
    out.periods.clear();
    return out;
  }
  check_periods(out, request.reporting_year);
  return out;
}

}  // namespace qobj::import
