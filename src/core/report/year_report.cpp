#include "core/report/year_report.hpp"

#include "core/diag/catalogue.hpp"
#include "core/diag/period_wording.hpp"
#include "core/official/nd30.hpp"
#include "core/report/svg_chart.hpp"
#include "core/report/wording.hpp"

namespace qobj::report {

using namespace official;

namespace {

constexpr int kCellSize = pt(11);

Cell cell_of(const std::vector<std::string>& lines, Align align = Align::left, bool bold = false) {
  return table_cell(lines, CellStyle{align, kCellSize, bold, ""});
}

Cell cell_of(const std::string& text, Align align = Align::left, bool bold = false) {
  return cell_of(text.empty() ? std::vector<std::string>{} : std::vector<std::string>{text}, align,
                 bold);
}

Table results_table(const eval::AgencyEvaluation& agency, Lang lang, const PageSetup& page) {
  Table table;
  table.widths = column_widths(page, {5, 18, 9, 10, 8, 12, 12, 8, 9, 9});
  const std::vector<std::string> headings = result_headings(lang);
  table.rows.push_back(
      header_row({format_message(MessageId::report_col_no, lang), headings[1], headings[2],
                  headings[3], headings[4], format_message(MessageId::report_col_cause, lang),
                  format_message(MessageId::report_col_action, lang),
                  format_message(MessageId::report_col_responsible, lang),
                  format_message(MessageId::report_col_due, lang),
                  format_message(MessageId::report_col_notes, lang)},
                 kCellSize));
  int number = 0;
  for (const ResultRow& r : result_rows(agency, lang)) {
    const RowFollowUp follow_up = row_follow_up(r, lang);
    Row row;
    row.cells.push_back(cell_of(r.is_part ? "" : std::to_string(++number), Align::center));
    Cell title;
    Paragraph p;
    p.align = Align::left;
    p.size = kCellSize;
    // An objective under its group or whole ("trong đó") is indented by its depth; a target
    // of an objective with several, a step more and in italics.
    p.left_indent = mm(4) * r.objective->depth + (r.is_part ? mm(4) : 0);
    if (r.is_part) {
      p.runs.push_back(Run{"· " + r.title, false, true, false});
    } else {
      p.runs.push_back(Run{r.id, true, false, false});
      p.runs.push_back(Run{" " + r.title, false, false, false});
    }
    title.content.emplace_back(std::move(p));
    row.cells.push_back(std::move(title));
    row.cells.push_back(cell_of(r.target_text, Align::right));
    row.cells.push_back(cell_of(r.result, Align::right));
    row.cells.push_back(cell_of(r.verdict_label, Align::left, true));
    row.cells.push_back(cell_of(follow_up.cause));
    std::vector<std::string> action;
    if (!follow_up.action.empty()) action.push_back(follow_up.action);
    if (!follow_up.effectiveness.empty())
      action.push_back(format_message(MessageId::report_effectiveness, lang) + ": " +
                       follow_up.effectiveness);
    row.cells.push_back(cell_of(action));
    row.cells.push_back(cell_of(follow_up.responsible));
    row.cells.push_back(cell_of(follow_up.due));
    row.cells.push_back(cell_of(follow_up.notes));
    table.rows.push_back(std::move(row));
  }
  return table;
}

// A heading of the body, then its lines as a dashed list.
void listed(std::vector<Block>& body, const std::string& heading,
            const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  Paragraph title = body_paragraph(heading);
  title.keep_with_next = true;
  body.emplace_back(std::move(title));
  for (const std::string& line : dashed_list(lines)) body.emplace_back(body_paragraph(line));
}

// The charts: every result against its target, then the series behind each target, captioned
// by the objective (and the target, where an objective has several).
void add_charts(std::vector<Block>& body, const eval::AgencyEvaluation& agency, Lang lang) {
  Figures charts;
  charts.heading = format_message(MessageId::report_charts_heading, lang);
  if (std::string chart = results_chart(agency, lang); !chart.empty())
    charts.figures.push_back(Figure{std::move(chart), ""});
  for (const auto& o : agency.objectives) {
    for (const auto& t : o.targets) {
      // A growth target without records of its own has its amount's series: drawn once.
      if (t.result.series_of_amount) continue;
      std::string svg = series_chart(*t.target, t.result, lang);
      if (svg.empty()) continue;
      std::string caption = o.objective->id;
      if (o.targets.size() > 1) {
        caption += "/" + t.target->id + (t.target->text.empty() ? "" : " " + t.target->text);
      } else {
        caption += " " + o.objective->title;
      }
      charts.figures.push_back(Figure{std::move(svg), std::move(caption)});
    }
  }
  if (!charts.figures.empty()) body.emplace_back(std::move(charts));
}

}  // namespace

Layout year_report_layout(const eval::AgencyEvaluation& agency, const Date& as_of, Lang lang,
                          const Issue& issue, bool charts) {
  Layout layout = nd30_layout(lang, /*landscape=*/true);  // ten columns
  const std::string kind = format_message(MessageId::report_doc_report_kind, lang);
  const std::string title =
      format_message(MessageId::report_doc_report_title, lang, {plan_period_wording(agency, lang)});
  layout.title = kind + " " + title;
  auto& body = layout.body;
  model::ObjectivesFile fallback;
  fallback.agency_name = agency.name;
  fallback.agency_parent = agency.parent;
  const model::ObjectivesFile& file = agency.file != nullptr ? *agency.file : fallback;
  body.emplace_back(heading_block(
      document_heading(file, "", lang, issue, issue.number, issue.date.value_or(as_of), "BC"),
      layout.page));
  for (Block& block : title_block(kind, title)) body.push_back(std::move(block));
  Paragraph as_of_line =
      Paragraph::of(format_message(MessageId::report_as_of_line, lang, {date_wording(as_of, lang)}),
                    Align::center, pt(14), false, true);
  as_of_line.space_after = 120;
  body.emplace_back(std::move(as_of_line));
  body.emplace_back(results_table(agency, lang, layout.page));

  Paragraph summary_heading = centred_line(format_message(MessageId::report_summary_heading, lang));
  body.emplace_back(std::move(summary_heading));
  Paragraph summary = body_paragraph(format_message(
      MessageId::report_summary, lang,
      {agency.name, std::to_string(agency.summary.met), std::to_string(agency.summary.evaluated)}));
  for (Run& run : summary.runs) run.bold = true;
  body.emplace_back(std::move(summary));
  std::vector<std::string> units;
  for (const eval::UnitSummary& unit : agency.units)
    units.push_back(unit_summary_wording(unit, lang));
  for (const std::string& line : dashed_list(units)) body.emplace_back(body_paragraph(line));
  listed(body, format_message(MessageId::report_baselines_heading, lang) + ":",
         baseline_lines(agency, lang));
  listed(body, format_message(MessageId::report_revisions_heading, lang) + ":",
         revision_lines(agency, lang));

  // Signed as the objectives were; kept on file (its recipients are the review's to name).
  Signature signature = document_signature(file.issued, lang);
  signature.recipients = {format_message(MessageId::report_doc_archive, lang)};
  signature.hint = format_message(MessageId::report_signature_hint, lang);
  body.emplace_back(signature_block(signature, layout.page));
  // After the signature, as an annex: the text to sign stays together.
  if (charts) add_charts(body, agency, lang);
  return layout;
}

}  // namespace qobj::report
