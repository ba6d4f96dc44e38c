#include "core/report/html_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/diag/catalogue.hpp"
#include "core/report/markup.hpp"
#include "core/report/rollup_wording.hpp"
#include "core/report/svg_chart.hpp"
#include "core/report/trend_wording.hpp"
#include "core/report/wording.hpp"
#include "core/text/unicode.hpp"

namespace qobj::report {

namespace {

using eval::Verdict;

// Times New Roman as administrative documents use it (Decree 30/2020/ND-CP), with fallbacks
// that have Vietnamese glyphs; A4 landscape for a nine-column table.
constexpr std::string_view kStyle = R"(
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt;
       color: #000; margin: 2em auto; max-width: 290mm; }
.heading { width: 100%; border-collapse: collapse; margin-bottom: 1.2em; }
.heading td { text-align: center; vertical-align: top; width: 50%; border: none; padding: 0; }
.parent { text-transform: uppercase; }
.agency { text-transform: uppercase; font-weight: bold; }
.nation { font-weight: bold; }
.motto { font-weight: bold; }
.rule { width: 40%; margin: 2px auto 6px; border-top: 1px solid #000; }
.date { font-style: italic; }
h1 { text-align: center; font-size: 14pt; margin: 0.8em 0 0.2em; }
.as-of { text-align: center; font-style: italic; margin: 0 0 1em; }
h2 { font-size: 13pt; margin: 1.2em 0 0.4em; }
table.results { width: 100%; border-collapse: collapse; font-size: 10.5pt; table-layout: fixed; }
table.results col.stt { width: 4%; } table.results col.objective { width: 18%; }
table.results col.target { width: 8%; } table.results col.result { width: 10%; }
table.results col.verdict { width: 8%; } table.results col.cause { width: 13%; }
table.results col.action { width: 13%; } table.results col.responsible { width: 8%; }
table.results col.due { width: 8%; } table.results col.notes { width: 10%; }
table.results th, table.results td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; }
table.results th { background: #f0f0f0; }
td.num, th.num { text-align: right; }
td.stt { text-align: center; }
tr.part td.title { padding-left: 1.5em; font-style: italic; }
.verdict { font-weight: bold; }
.v-met, .v-exceeded { color: #1b5e20; }
.v-not-met { color: #c62828; }
.v-at-risk { color: #e65100; }
.v-incomplete { color: #6a1b9a; }
.v-no-data, .v-not-yet-due, .v-withdrawn { color: #616161; }
.chart text, .series text { font-family: inherit; font-size: 11px; }
.series text.value { font-size: 9px; }
.series-list { display: flex; flex-wrap: wrap; gap: 1em; }
.series-list figure { margin: 0; break-inside: avoid; width: 364px; }
.series-list figcaption { font-size: 10pt; }
.signature { width: 100%; margin-top: 2em; }
.signature td { width: 50%; text-align: center; vertical-align: top; border: none; }
.signature .title { font-weight: bold; }
.signature .hint { font-style: italic; font-size: 11pt; }
.signature .name { font-weight: bold; margin-top: 5em; }
.footer { margin-top: 4em; font-size: 9pt; color: #555; }
table.rollup { border-collapse: collapse; font-size: 10.5pt; margin-bottom: 1em; }
table.rollup th, table.rollup td { border: 1px solid #000; padding: 2px 6px; }
table.rollup th { background: #f0f0f0; }
table.rollup tr.rollup-unit td.name { padding-left: 1.5em; font-style: italic; }
table.rollup tr.rollup-total td { font-weight: bold; }
@page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }
@media print {
  body { margin: 0; max-width: none; }
  section.report + section.report { break-before: page; }
  thead { display: table-header-group; }
  tr, figure, .signature { break-inside: avoid; }
  .v-met, .v-exceeded, .v-not-met, .v-at-risk, .v-incomplete { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

std::string text(std::string_view s) {
  return escape_markup(s);
}

void agency_section(std::string& out, const eval::Evaluation& evaluation,
                    const eval::AgencyEvaluation& agency, Lang lang, const ReportIssue& issue) {
  const Date& as_of = evaluation.as_of;
  out += "<section class=\"report\">\n<table class=\"heading\"><tr>\n";
  // The body above (cơ quan chủ quản), then the agency itself, as Decree 30/2020 lays out.
  out += "<td>";
  if (!agency.parent.empty())
    out += fmt::format("<div class=\"parent\">{}</div>", text(agency.parent));
  out += fmt::format("<div class=\"agency\">{}</div><div class=\"rule\"></div><div>{}</div></td>\n",
                     text(agency.name),
                     text(format_message(MessageId::report_number_line, lang,
                                         {issue.number.empty() ? "……/BC-……" : issue.number})));
  out += fmt::format(
      "<td><div class=\"nation\">{}</div><div class=\"motto\">{}</div><div class=\"rule\"></div>"
      "<div class=\"date\">{}</div></td>\n",
      text(format_message(MessageId::report_national_name, lang)),
      text(format_message(MessageId::report_national_motto, lang)),
      text(document_date_line(as_of, issue.place, lang)));
  out += "</tr></table>\n";
  out += fmt::format(
      "<h1>{}</h1>\n<p class=\"as-of\">{}</p>\n",
      text(format_message(MessageId::report_document_title, lang,
                          {text::to_upper(plan_period_wording(agency, lang))})),
      text(format_message(MessageId::report_as_of_line, lang, {date_wording(as_of, lang)})));

  // The results table: STT, objective, target, result, evaluation, cause, corrective action,
  // responsible, due, notes.
  const auto headings = result_headings(lang);
  out += fmt::format(
      "<table class=\"results\">\n<colgroup><col class=\"stt\"><col class=\"objective\">"
      "<col class=\"target\"><col class=\"result\"><col class=\"verdict\"><col class=\"cause\">"
      "<col class=\"action\"><col class=\"responsible\"><col class=\"due\"><col "
      "class=\"notes\"></colgroup>\n<thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th>"
      "<th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th>"
      "</tr></thead>\n<tbody>\n",
      text(format_message(MessageId::report_col_no, lang)), text(headings[1]), text(headings[2]),
      text(headings[3]), text(headings[4]), text(format_message(MessageId::report_col_cause, lang)),
      text(format_message(MessageId::report_col_action, lang)),
      text(format_message(MessageId::report_col_responsible, lang)),
      text(format_message(MessageId::report_col_due, lang)),
      text(format_message(MessageId::report_col_notes, lang)));
  int number = 0;
  for (const ResultRow& r : result_rows(agency, lang)) {
    std::string stt, title;
    const eval::ObjectiveEvaluation& o = *r.objective;
    const RowFollowUp follow_up = row_follow_up(r, lang);
    std::string action = text(follow_up.action);
    if (!follow_up.effectiveness.empty())
      action += "<br><i>" + text(format_message(MessageId::report_effectiveness, lang)) + ":</i> " +
                text(follow_up.effectiveness);
    if (r.is_part) {
      title = text("· " + r.title);
    } else {
      stt = std::to_string(++number);
      title = fmt::format("<b>{}</b> {}", text(r.id), text(r.title));
    }
    const std::vector<std::string>& notes = follow_up.notes;
    std::string notes_html;
    for (const auto& note : notes) notes_html += (notes_html.empty() ? "" : "<br>") + text(note);
    // An objective under its group or whole ("trong đó") is indented by its depth.
    const double base = r.is_part ? 1.5 : 0.3;
    const std::string indent =
        o.depth > 0 ? fmt::format(" style=\"padding-left:{:.1f}em\"", base + 1.2 * o.depth) : "";
    out += fmt::format(
        "<tr class=\"{}\"><td class=\"stt\">{}</td><td class=\"title\"{}>{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td class=\"verdict v-{}\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "</tr>\n",
        r.is_part ? "part" : "objective", stt, indent, title, text(r.target_text), text(r.result),
        eval::verdict_code(r.verdict), text(r.verdict_label), text(follow_up.cause), action,
        text(follow_up.responsible), text(follow_up.due), notes_html);
  }
  out += "</tbody>\n</table>\n";

  // The summary, per agency and unit, and the growth baselines.
  out += fmt::format("<h2>{}</h2>\n<p><b>{}</b></p>\n",
                     text(format_message(MessageId::report_summary_heading, lang)),
                     text(format_message(MessageId::report_summary, lang,
                                         {agency.name, std::to_string(agency.summary.met),
                                          std::to_string(agency.summary.evaluated)})));
  if (!agency.units.empty()) {
    out += "<ul>\n";
    for (const auto& unit : agency.units)
      out += fmt::format("<li>{}</li>\n", text(unit_summary_wording(unit, lang)));
    out += "</ul>\n";
  }
  const auto listed = [&](MessageId heading, const std::vector<std::string>& lines) {
    if (lines.empty()) return;
    out += fmt::format("<p>{}</p>\n<ul>\n", text(format_message(heading, lang)));
    for (const auto& line : lines) out += fmt::format("<li>{}</li>\n", text(line));
    out += "</ul>\n";
  };
  listed(MessageId::report_baselines_heading, baseline_lines(agency, lang));
  listed(MessageId::report_revisions_heading, revision_lines(agency, lang));

  // Charts: every result against its target, then the series behind them.
  const std::string chart = results_chart(agency, lang);
  std::string series;
  for (const auto& o : agency.objectives) {
    for (const auto& t : o.targets) {
      // A growth target without records of its own has its amount's series: drawn once.
      if (t.result.series_of_amount) continue;
      const std::string svg = series_chart(*t.target, t.result, lang);
      if (svg.empty()) continue;
      std::string caption = o.objective->id;
      if (o.targets.size() > 1) {
        caption += "/" + t.target->id + " " + (t.target->text.empty() ? "" : t.target->text);
      } else {
        caption += " " + o.objective->title;
      }
      series += fmt::format("<figure>{}<figcaption>{}</figcaption></figure>\n", svg, text(caption));
    }
  }
  if (!chart.empty() || !series.empty()) {
    out += fmt::format("<h2>{}</h2>\n{}",
                       text(format_message(MessageId::report_charts_heading, lang)), chart);
    if (!series.empty()) out += "<div class=\"series-list\">\n" + series + "</div>\n";
  }

  // Signed as the objectives were (their document's signer), else by the head of the agency.
  const model::Signer signer_of =
      agency.file != nullptr ? agency.file->issued.signer : model::Signer{};
  std::string signer =
      text(signer_of.title.empty() ? format_message(MessageId::report_signature_title, lang)
                                   : signer_of.title);
  for (std::size_t at = signer.find('\n'); at != std::string::npos; at = signer.find('\n', at))
    signer.replace(at, 1, "<br>");
  if (!signer_of.on_behalf.empty()) signer = text(signer_of.on_behalf) + "<br>" + signer;
  out += fmt::format(
      "<table class=\"signature\"><tr><td></td><td><div class=\"title\">{}</div>"
      "<div class=\"hint\">{}</div>{}</td></tr></table>\n",
      signer, text(format_message(MessageId::report_signature_hint, lang)),
      signer_of.name.empty() ? std::string()
                             : fmt::format("<div class=\"name\">{}</div>", text(signer_of.name)));
  out += fmt::format("<p class=\"footer\">{}</p>\n</section>\n",
                     text(format_message(MessageId::report_prepared_by, lang)));
}

// The roll-up across agencies, before their reports: the table, the chart, the targets most
// often not met, the agencies missing files.
void rollup_section(std::string& out, const eval::Evaluation& evaluation, Lang lang) {
  const eval::Rollup& rollup = *evaluation.rollup;
  out += fmt::format("<section class=\"report rollup\">\n<h1>{}</h1>\n",
                     text(rollup_title(evaluation, lang)));
  out += "<table class=\"rollup\">\n<thead><tr>";
  const std::vector<std::string> headings = rollup_headings(lang);
  for (std::size_t c = 0; c < headings.size(); ++c)
    out += fmt::format("<th{}>{}</th>", c == 0 ? "" : " class=\"num\"", text(headings[c]));
  out += "</tr></thead>\n<tbody>\n";
  for (const RollupRow& row : rollup_rows(evaluation, lang)) {
    const char* kind = row.kind == RollupRow::Kind::agency ? "rollup-agency"
                       : row.kind == RollupRow::Kind::unit ? "rollup-unit"
                                                           : "rollup-total";
    out += fmt::format("<tr class=\"{}\"><td class=\"name\">{}</td>", kind, text(row.name));
    for (const int n : rollup_numbers(*row.count))
      out += fmt::format("<td class=\"num\">{}</td>", n);
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (const std::string chart = rollup_chart(evaluation, lang); !chart.empty()) {
    out += fmt::format("<h2>{}</h2>\n{}",
                       text(format_message(MessageId::report_rollup_chart_heading, lang)), chart);
  }
  if (rollup.not_met.empty()) {
    out += fmt::format("<h2>{}</h2>\n<p>{}</p>\n",
                       text(format_message(MessageId::report_rollup_not_met_heading, lang)),
                       text(format_message(MessageId::report_rollup_none_not_met, lang)));
  } else {
    out += fmt::format("<h2>{}</h2>\n<ul>\n",
                       text(format_message(MessageId::report_rollup_not_met_heading, lang)));
    for (std::size_t i = 0; i < rollup.not_met.size() && i < kRollupNotMetShown; ++i) {
      const eval::NotMetGroup& group = rollup.not_met[i];
      out += fmt::format("<li>{}<br><small>{}</small></li>\n",
                         text(not_met_wording(rollup, group, lang)),
                         text(not_met_agencies(evaluation, group, 0)));
    }
    out += "</ul>\n";
  }
  if (!rollup.missing.empty()) {
    out += fmt::format("<h2>{}</h2>\n<ul>\n",
                       text(format_message(MessageId::report_rollup_missing_heading, lang,
                                           {std::to_string(rollup.year)})));
    for (const eval::MissingFiles& missing : rollup.missing)
      out += fmt::format("<li>{}</li>\n", text(missing_wording(rollup, missing, lang)));
    out += "</ul>\n";
  }
  out += fmt::format("<p class=\"footer\">{}</p>\n</section>\n",
                     text(format_message(MessageId::report_prepared_by, lang)));
}

}  // namespace

void write_html_report(const eval::Evaluation& evaluation, Lang lang, const ReportIssue& issue,
                       const Sink& sink, bool summary_only) {
  std::string title;
  if (evaluation.rollup) title = rollup_title(evaluation, lang);
  for (const auto& agency : evaluation.agencies) {
    if (summary_only) break;
    title += (title.empty() ? "" : "; ") + agency.name + " — " +
             format_message(MessageId::report_document_title, lang,
                            {text::to_upper(plan_period_wording(agency, lang))});
  }
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
      lang == Lang::vi ? "vi" : "en", text(title), kStyle);
  if (evaluation.rollup) rollup_section(out, evaluation, lang);
  sink(out);
  out.clear();
  for (const auto& agency : evaluation.agencies) {
    if (summary_only) break;
    agency_section(out, evaluation, agency, lang, issue);
    sink(out);
    out.clear();
  }
  sink("</body>\n</html>\n");
}

void write_html_trend(const eval::Trend& trend, Lang lang, const Sink& sink) {
  std::string title;
  for (const eval::AgencyTrend& agency : trend.agencies)
    title += (title.empty() ? "" : "; ") + trend_title(agency, trend.as_of, lang);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
      lang == Lang::vi ? "vi" : "en", text(title), kStyle);
  if (trend.agencies.empty())
    out += fmt::format("<p>{}</p>\n", text(format_message(MessageId::report_trend_none, lang)));
  for (const eval::AgencyTrend& agency : trend.agencies) {
    out += fmt::format("<section class=\"report trend\">\n<h1>{}</h1>\n",
                       text(trend_title(agency, trend.as_of, lang)));
    const auto headings = result_headings(lang);
    out += fmt::format("<table class=\"rollup\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th>",
                       text(headings[0]), text(headings[1]), text(headings[2]));
    for (const int year : agency.years) out += fmt::format("<th>{}</th>", year);
    out += "</tr></thead>\n<tbody>\n";
    std::string charts;
    for (const eval::TrendRow& row : agency.rows) {
      out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td>", text(trend_row_id(row)),
                         text(trend_row_title(row)), text(trend_row_target(row, lang)));
      for (std::size_t y = 0; y < agency.years.size(); ++y) {
        const eval::TargetEvaluation* t = row.targets[y];
        out += fmt::format("<td class=\"v-{}\">{}</td>",
                           t ? eval::verdict_code(t->result.verdict) : "none",
                           text(trend_cell(agency, row, y, lang)));
      }
      out += "</tr>\n";
      if (const std::string svg = trend_chart(agency, row, lang); !svg.empty()) {
        charts += fmt::format("<figure>{}<figcaption>{} {}</figcaption></figure>\n", svg,
                              text(trend_row_id(row)), text(trend_row_title(row)));
      }
    }
    out += "</tbody>\n</table>\n";
    if (!charts.empty()) {
      out += fmt::format("<h2>{}</h2>\n<div class=\"series-list\">\n{}</div>\n",
                         text(format_message(MessageId::report_trend_chart_heading, lang)), charts);
    }
    out += fmt::format("<p class=\"footer\">{}</p>\n</section>\n",
                       text(format_message(MessageId::report_prepared_by, lang)));
    sink(out);
    out.clear();
  }
  sink(out + "</body>\n</html>\n");
}

}  // namespace qobj::report
