// The XLSX workbook (libxlsxwriter): a report sheet laid out like the HTML table, with
// coloured status cells, and a data sheet of the values behind each result; before them, for a
// run over several agencies, a summary sheet of the roll-up. Numbers are
// stored as numbers, shown with the decimals the document uses.
#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <map>

#include "core/diag/catalogue.hpp"
#include "core/report/number_format.hpp"
#include "core/report/render.hpp"
#include "core/report/rollup_wording.hpp"
#include "core/report/wording.hpp"
#include "core/text/safe_text.hpp"
#include "core/text/unicode.hpp"

namespace qobj::report {

namespace {

using eval::Verdict;

lxw_color_t status_colour(Verdict v) {
  switch (v) {
    case Verdict::met:
      return 0xC8E6C9;
    case Verdict::exceeded:
      return 0xA5D6A7;
    case Verdict::not_met:
      return 0xFFCDD2;
    case Verdict::at_risk:
      return 0xFFE0B2;
    default:
      return 0xEEEEEE;
  }
}

class Workbook {
 public:
  explicit Workbook(const std::string& path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    m_book = workbook_new_opt(path.c_str(), &options);
  }
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;
  ~Workbook() {
    if (m_book != nullptr) workbook_close(m_book);
  }

  bool ok() const { return m_book != nullptr; }
  lxw_workbook* get() { return m_book; }

  // Closing writes the file; afterwards there is nothing left to free.
  lxw_error close() {
    const lxw_error result = workbook_close(m_book);
    m_book = nullptr;
    return result;
  }

  lxw_format* format(const std::string& key, const std::function<void(lxw_format*)>& set) {
    auto [it, added] = m_formats.try_emplace(key, nullptr);
    if (added) {
      it->second = workbook_add_format(m_book);
      set(it->second);
    }
    return it->second;
  }

  // "#,##0" or "#,##0.00…" for a number written with `places` decimals.
  lxw_format* number_format(int places, bool wrap_border = true) {
    return format(fmt::format("number{}{}", places, wrap_border), [&](lxw_format* f) {
      format_set_num_format(
          f, places > 0 ? ("#,##0." + std::string(static_cast<std::size_t>(places), '0')).c_str()
                        : "#,##0");
      if (wrap_border) format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
  }

  lxw_format* cell_format() {
    return format("cell", [](lxw_format* f) {
      format_set_text_wrap(f);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
  }

  // A cell indented by `level` steps: an objective under its group or whole ("trong đó").
  lxw_format* indented_format(int level) {
    if (level <= 0) return cell_format();
    return format(fmt::format("cell-indent{}", level), [&](lxw_format* f) {
      format_set_text_wrap(f);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
      format_set_indent(f, static_cast<uint8_t>(std::min(level, 15)));
    });
  }

  lxw_format* status_format(Verdict v) {
    return format(fmt::format("status{}", static_cast<int>(v)), [&](lxw_format* f) {
      format_set_bg_color(f, status_colour(v));
      format_set_bold(f);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    });
  }

  lxw_format* header_format() {
    return format("header", [](lxw_format* f) {
      format_set_bold(f);
      format_set_bg_color(f, 0xF0F0F0);
      format_set_border(f, LXW_BORDER_THIN);
      format_set_text_wrap(f);
      format_set_align(f, LXW_ALIGN_CENTER);
    });
  }

  lxw_format* title_format() {
    return format("title", [](lxw_format* f) {
      format_set_bold(f);
      format_set_font_size(f, 13);
    });
  }

 private:
  lxw_workbook* m_book = nullptr;
  std::map<std::string, lxw_format*> m_formats;
};

// A number in a cell, shown with enough decimals never to look equal to its target when it
// is not; blank when there is none.
void write_number(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col,
                  const std::optional<ExactNumber>& n, Workbook& book,
                  const std::optional<ExactNumber>& threshold = {}) {
  if (!n || !n->is_finite()) {
    worksheet_write_blank(sheet, row, col, book.cell_format());
    return;
  }
  worksheet_write_number(sheet, row, col, nearest_double(*n),
                         book.number_format(display_places(*n, threshold)));
}

void write_text(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& text,
                lxw_format* format) {
  worksheet_write_string(sheet, row, col, text::replace_unsafe(text).c_str(), format);
}

// The roll-up across agencies, on the first sheet: the agencies (units indented, the total in
// bold), every target not met somewhere with where, and the agencies missing files.
void summary_sheet(Workbook& book, const eval::Evaluation& evaluation, Lang lang) {
  const eval::Rollup& rollup = *evaluation.rollup;
  lxw_worksheet* sheet =
      workbook_add_worksheet(book.get(), lang == Lang::vi ? "Tổng hợp" : "Summary");
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);
  const std::vector<std::string> headings = rollup_headings(lang);
  worksheet_set_column(sheet, 0, 0, 44, nullptr);
  worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(headings.size() - 1), 12, nullptr);
  lxw_row_t row = 0;
  write_text(sheet, row++, 0, rollup_title(evaluation, lang), book.title_format());
  ++row;
  for (std::size_t c = 0; c < headings.size(); ++c)
    write_text(sheet, row, static_cast<lxw_col_t>(c), headings[c], book.header_format());
  worksheet_freeze_panes(sheet, row + 1, 1);
  ++row;
  lxw_format* bold = book.format("bold-cell", [](lxw_format* f) {
    format_set_bold(f);
    format_set_border(f, LXW_BORDER_THIN);
  });
  for (const RollupRow& r : rollup_rows(rollup, lang)) {
    const bool total = r.kind == RollupRow::Kind::total;
    write_text(sheet, row, 0, r.name,
               total ? bold : book.indented_format(r.kind == RollupRow::Kind::unit ? 1 : 0));
    lxw_col_t col = 1;
    for (const int n : rollup_numbers(*r.count))
      worksheet_write_number(sheet, row, col++, n, total ? bold : book.number_format(0));
    ++row;
  }
  if (!rollup.not_met.empty()) {
    ++row;
    write_text(sheet, row++, 0, format_message(MessageId::report_rollup_not_met_heading, lang),
               book.title_format());
    for (const eval::NotMetGroup& group : rollup.not_met) {
      write_text(sheet, row, 0, not_met_wording(rollup, group, lang), book.cell_format());
      worksheet_merge_range(sheet, row, 1, row, static_cast<lxw_col_t>(headings.size() - 1),
                            text::replace_unsafe(not_met_agencies(rollup, group, 0)).c_str(),
                            book.cell_format());
      ++row;
    }
  }
  if (!rollup.missing.empty()) {
    ++row;
    write_text(sheet, row++, 0,
               format_message(MessageId::report_rollup_missing_heading, lang,
                              {std::to_string(rollup.year)}),
               book.title_format());
    for (const eval::MissingFiles& missing : rollup.missing)
      write_text(sheet, row++, 0, missing_wording(rollup, missing, lang), nullptr);
  }
}

void report_sheet(Workbook& book, const eval::Evaluation& evaluation, Lang lang) {
  lxw_worksheet* sheet =
      workbook_add_worksheet(book.get(), lang == Lang::vi ? "Báo cáo" : "Report");
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);  // A4
  worksheet_fit_to_pages(sheet, 1, 0);
  const double widths[] = {6, 10, 42, 18, 14, 14, 10, 16, 14, 36, 36, 20, 12, 30};
  for (lxw_col_t c = 0; c < 14; ++c) worksheet_set_column(sheet, c, c, widths[c], nullptr);
  const auto headings = result_headings(lang);
  const std::string columns[] = {format_message(MessageId::report_col_no, lang),
                                 headings[0],
                                 headings[1],
                                 headings[2],
                                 format_message(MessageId::report_chart_target, lang),
                                 headings[3],
                                 format_message(MessageId::report_col_unit, lang),
                                 headings[4],
                                 headings[5],
                                 format_message(MessageId::report_col_cause, lang),
                                 format_message(MessageId::report_col_action, lang),
                                 format_message(MessageId::report_col_responsible, lang),
                                 format_message(MessageId::report_col_due, lang),
                                 format_message(MessageId::report_col_notes, lang)};
  lxw_row_t row = 0;
  for (const auto& agency : evaluation.agencies) {
    write_text(sheet, row++, 0, agency.name, book.title_format());
    write_text(sheet, row++, 0,
               format_message(MessageId::report_document_title, lang,
                              {text::to_upper(plan_period_wording(agency, lang))}) +
                   " " +
                   format_message(MessageId::report_as_of_line, lang,
                                  {date_wording(evaluation.as_of, lang)}),
               book.title_format());
    ++row;
    for (lxw_col_t c = 0; c < 14; ++c) write_text(sheet, row, c, columns[c], book.header_format());
    ++row;
    int number = 0;
    for (const ResultRow& r : result_rows(agency, lang)) {
      lxw_format* cell = book.cell_format();
      if (r.is_part) {
        worksheet_write_blank(sheet, row, 0, cell);
        worksheet_write_blank(sheet, row, 1, cell);
        write_text(sheet, row, 2, "· " + r.title, cell);
      } else {
        worksheet_write_number(sheet, row, 0, ++number, book.number_format(0));
        write_text(sheet, row, 1, r.id, cell);
        write_text(sheet, row, 2, r.objective->objective->title,
                   book.indented_format(r.objective->depth));
      }
      write_text(sheet, row, 3, r.target_text, cell);
      if (r.target != nullptr) {
        const model::Target& t = *r.target->target;
        write_number(sheet, row, 4, t.value.get(), book);
        write_number(sheet, row, 5, r.target->result.actual, book, t.value);
      } else {
        worksheet_write_blank(sheet, row, 4, cell);
        worksheet_write_blank(sheet, row, 5, cell);
      }
      const std::string unit = r.target != nullptr ? unit_of(*r.target->target) : "";
      write_text(sheet, row, 6, unit, cell);
      write_text(sheet, row, 7, r.verdict_label, book.status_format(r.verdict));
      if (r.target != nullptr) {
        write_number(sheet, row, 8, r.target->result.gap, book);
      } else {
        worksheet_write_blank(sheet, row, 8, cell);
      }
      const model::YearEndEvaluation* e = r.is_part ? nullptr : r.objective->year_end;
      const auto& action = e != nullptr ? e->corrective_action : std::nullopt;
      write_text(sheet, row, 9, e != nullptr ? e->cause : "", cell);
      write_text(sheet, row, 10, action ? action->action : "", cell);
      write_text(sheet, row, 11, action ? action->responsible : "", cell);
      write_text(sheet, row, 12, action ? due_wording(action->due, lang) : "", cell);
      std::string notes = r.is_part ? "" : withdrawn_note(*r.objective, lang);
      if (r.target != nullptr) {
        // A number cell holds one value: a range, or a figure as reported, is said in words.
        const eval::TargetResult& result = r.target->result;
        if (result.basis == eval::Basis::bounded || result.reported) {
          notes += (notes.empty() ? "" : "\n") + result_wording(*r.target->target, result, lang);
        } else if (result.actual) {
          // What a number mid-year was compared with: its share, an estimate, the same period
          // of the baseline year, the body's own forecast.
          const std::string basis = basis_wording(*r.target->target, result, lang);
          if (!basis.empty()) notes += (notes.empty() ? "" : "\n") + basis;
        }
        // The share of the target and stretch a number cell cannot say beside the amount, and
        // the revision the target column follows.
        const std::string ref =
            fmt::format("{}/{}", r.objective->objective->id, r.target->target->id);
        std::vector<std::string> said{plan_percent_wording(result, lang)};
        for (std::string& line : revision_wording(ref, *r.target, lang))
          said.push_back(std::move(line));
        said.push_back(missing_items_note(r.target->result, lang));
        said.push_back(missing_data_note(r.target->result, lang));
        for (const std::string& note : said) {
          if (!note.empty()) notes += (notes.empty() ? "" : "\n") + note;
        }
      }
      write_text(sheet, row, 13, notes, cell);
      ++row;
    }
    ++row;
    write_text(sheet, row++, 0,
               format_message(MessageId::report_summary, lang,
                              {agency.name, std::to_string(agency.summary.met),
                               std::to_string(agency.summary.evaluated)}),
               book.title_format());
    row += 2;
  }
}

// One row per fact behind a result: each period's value (a ratio with its counts), each
// event, checklist item and rating level, with the report's language in the headings.
void data_sheet(Workbook& book, const eval::Evaluation& evaluation, Lang lang) {
  lxw_worksheet* sheet = workbook_add_worksheet(book.get(), lang == Lang::vi ? "Số liệu" : "Data");
  const MessageId columns[] = {
      MessageId::data_col_agency,    MessageId::data_col_year,        MessageId::data_col_objective,
      MessageId::data_col_target,    MessageId::data_col_row,         MessageId::data_col_from,
      MessageId::data_col_to,        MessageId::data_col_value,       MessageId::data_col_unit,
      MessageId::data_col_numerator, MessageId::data_col_denominator, MessageId::data_col_excluded,
      MessageId::data_col_detail,    MessageId::data_col_done,        MessageId::data_col_responses,
      MessageId::data_col_evidence,  MessageId::data_col_counted,     MessageId::data_col_source,
      MessageId::data_col_note};
  constexpr lxw_col_t kColumns = 19;
  const double widths[kColumns] = {18, 6,  10, 18, 12, 12, 12, 14, 12, 12,
                                   12, 10, 40, 10, 10, 30, 10, 30, 40};
  for (lxw_col_t c = 0; c < kColumns; ++c) {
    worksheet_set_column(sheet, c, c, widths[c], nullptr);
    write_text(sheet, 0, c, format_message(columns[c], lang), book.header_format());
  }
  lxw_format* date =
      book.format("date", [](lxw_format* f) { format_set_num_format(f, "yyyy-mm-dd"); });
  const auto number = [&](lxw_row_t row, lxw_col_t column, const std::optional<ExactNumber>& n) {
    if (n && n->is_finite())
      worksheet_write_number(sheet, row, column, nearest_double(*n),
                             book.number_format(display_places(*n), false));
  };
  const std::string yes = format_message(MessageId::ui_yes, lang);
  const std::string no = format_message(MessageId::ui_no, lang);
  lxw_row_t row = 1;
  for (const auto& agency : evaluation.agencies) {
    for (const auto& o : agency.objectives) {
      for (const auto& t : o.targets) {
        // The row's first columns: whose data, what kind of row, for which days.
        const auto begin = [&](MessageId kind, const Period& p) {
          write_text(sheet, row, 0, agency.id, nullptr);
          worksheet_write_number(sheet, row, 1, agency.year, nullptr);
          write_text(sheet, row, 2, o.objective->id, nullptr);
          write_text(sheet, row, 3, t.target->id, nullptr);
          write_text(sheet, row, 4, format_message(kind, lang), nullptr);
          lxw_datetime start{p.start.year, p.start.month, p.start.day, 0, 0, 0};
          lxw_datetime end{p.end.year, p.end.month, p.end.day, 0, 0, 0};
          worksheet_write_datetime(sheet, row, 5, &start, date);
          worksheet_write_datetime(sheet, row, 6, &end, date);
        };
        if (!t.result.series_of_amount) {  // else the amount's rows are there already
          for (const auto& point : t.result.series) {
            begin(MessageId::data_row_period, point.period);
            number(row, 7, point.value());
            write_text(sheet, row, 8, unit_of(*t.target), nullptr);
            // A ratio's record as it was measured: the counts behind the percentage.
            number(row, 9, point.numerator());
            number(row, 10, point.denominator());
            if (point.record.node != 0 && evaluation.repository != nullptr) {
              const auto notes = model::record_notes(*evaluation.repository, point.record);
              number(row, 11, notes.excluded);
              const std::pair<lxw_col_t, std::string_view> texts[] = {
                  {15, notes.evidence}, {17, notes.source}, {18, notes.note}};
              for (const auto& [column, text] : texts) {
                if (!text.empty()) write_text(sheet, row, column, std::string(text), nullptr);
              }
            }
            ++row;
          }
        }
        for (const eval::Detail& d : t.result.details) {
          const MessageId kind = d.kind == eval::Detail::Kind::event  ? MessageId::data_row_event
                                 : d.kind == eval::Detail::Kind::item ? MessageId::data_row_item
                                                                      : MessageId::data_row_rating;
          begin(kind, d.period);
          write_text(sheet, row, 12, d.label, nullptr);
          if (d.done) write_text(sheet, row, 13, (*d.done ? yes : no), nullptr);
          number(row, 14, d.responses);
          if (!d.evidence.empty()) write_text(sheet, row, 15, d.evidence, nullptr);
          write_text(sheet, row, 16, (d.counted ? yes : no), nullptr);
          ++row;
        }
      }
    }
  }
  worksheet_autofilter(sheet, 0, 0, row > 1 ? row - 1 : 1, kColumns - 1);
  worksheet_freeze_panes(sheet, 1, 0);
}

}  // namespace

bool write_xlsx_report(const eval::Evaluation& evaluation, const RenderOptions& options,
                       const std::string& path, int& error) {
  // libxlsxwriter's own reasons are English: the system's errno says it in our words, and an
  // error of the library itself is an input/output error of the file.
  errno = 0;
  Workbook book(path);
  if (!book.ok()) {
    error = errno != 0 ? errno : EIO;
    return false;
  }
  if (evaluation.rollup) summary_sheet(book, evaluation, options.lang);
  if (!options.summary_only) {
    report_sheet(book, evaluation, options.lang);
    data_sheet(book, evaluation, options.lang);
  }
  errno = 0;
  if (const lxw_error result = book.close(); result != LXW_NO_ERROR) {
    error = errno != 0 ? errno : EIO;
    return false;
  }
  return true;
}

}  // namespace qobj::report
