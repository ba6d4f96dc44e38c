#include "core/report/html_report.hpp"

#include <algorithm>
#include <numeric>

#include "core/diag/catalogue.hpp"
#include "core/official/html_writer.hpp"
#include "core/report/rollup_wording.hpp"
#include "core/report/svg_chart.hpp"
#include "core/report/trend_wording.hpp"
#include "core/report/wording.hpp"
#include "core/report/year_report.hpp"
#include "core/text/unicode.hpp"

namespace qobj::report {

namespace {

using namespace official;

constexpr int kCellSize = pt(11);

Cell cell_of(std::string text, Align align, bool bold = false, bool italic = false,
             int indent = 0) {
  Paragraph p = Paragraph::of(std::move(text), align, kCellSize, bold, italic);
  p.first_line_indent = indent;
  Cell cell;
  cell.content.emplace_back(std::move(p));
  return cell;
}

// The widths of a table whose first columns take `first` percents of the text width and whose
// other `rest` columns share what is left evenly (what does not divide goes to the widest).
std::vector<int> widths_of(const PageSetup& page, std::vector<int> first, std::size_t rest) {
  if (rest == 0) return column_widths(page, first);
  const int left = 100 - std::accumulate(first.begin(), first.end(), 0);
  const int each = left / static_cast<int>(rest);
  *std::max_element(first.begin(), first.end()) += left - each * static_cast<int>(rest);
  first.insert(first.end(), rest, each);
  return column_widths(page, first);
}

// A heading of the body (keeps with what follows it).
Paragraph heading_of(const std::string& text) {
  Paragraph heading = body_paragraph(text);
  for (Run& run : heading.runs) run.bold = true;
  heading.keep_with_next = true;
  return heading;
}

// The roll-up across agencies: the table (an agency's units in italics under it, the total in
// bold), the chart, the targets most often not met with the agencies that did not meet them,
// the agencies missing the year's files.
Layout rollup_layout(const eval::Evaluation& evaluation, Lang lang) {
  const eval::Rollup& rollup = *evaluation.rollup;
  Layout layout = nd30_layout(lang, /*landscape=*/true);
  layout.title = rollup_title(evaluation, lang);
  auto& body = layout.body;
  for (Block& block : title_block("", layout.title)) body.push_back(std::move(block));

  const std::vector<std::string> headings = rollup_headings(lang);
  Table table;
  table.widths = widths_of(layout.page, {30}, headings.size() - 1);
  table.rows.push_back(header_row(headings, kCellSize));
  for (const RollupRow& row : rollup_rows(rollup, lang)) {
    const bool unit = row.kind == RollupRow::Kind::unit;
    const bool total = row.kind == RollupRow::Kind::total;
    Row cells;
    cells.cells.push_back(cell_of(row.name, Align::left, total, unit, unit ? mm(5) : 0));
    for (const int n : rollup_numbers(*row.count))
      cells.cells.push_back(cell_of(std::to_string(n), Align::right, total));
    table.rows.push_back(std::move(cells));
  }
  body.emplace_back(std::move(table));

  if (std::string chart = rollup_chart(evaluation, lang); !chart.empty()) {
    body.emplace_back(Figures{format_message(MessageId::report_rollup_chart_heading, lang),
                              {Figure{std::move(chart), ""}}});
  }

  body.emplace_back(heading_of(format_message(MessageId::report_rollup_not_met_heading, lang)));
  if (rollup.not_met.empty())
    body.emplace_back(body_paragraph(format_message(MessageId::report_rollup_none_not_met, lang)));
  std::vector<std::string> groups;
  for (std::size_t i = 0; i < rollup.not_met.size() && i < kRollupNotMetShown; ++i)
    groups.push_back(not_met_wording(rollup, rollup.not_met[i], lang));
  const std::vector<std::string> items = dashed_list(groups);
  for (std::size_t i = 0; i < items.size(); ++i) {
    body.emplace_back(body_paragraph(items[i]));
    Paragraph agencies = Paragraph::of(not_met_agencies(rollup, rollup.not_met[i], 0), Align::left,
                                       pt(12), false, true);
    agencies.first_line_indent = mm(10);
    agencies.space_after = 120;
    body.emplace_back(std::move(agencies));
  }

  if (!rollup.missing.empty()) {
    body.emplace_back(heading_of(format_message(MessageId::report_rollup_missing_heading, lang,
                                                {std::to_string(rollup.year)})));
    std::vector<std::string> missing;
    for (const eval::MissingFiles& files : rollup.missing)
      missing.push_back(missing_wording(rollup, files, lang));
    for (const std::string& line : dashed_list(missing)) body.emplace_back(body_paragraph(line));
  }
  return layout;
}

// An agency's years side by side: a row per target, a column per year, then a line chart per
// target with numbers in two years or more.
Layout trend_layout(const eval::AgencyTrend& agency, const Date& as_of, Lang lang) {
  Layout layout = nd30_layout(lang, /*landscape=*/true);
  layout.title = trend_title(agency, as_of, lang);
  auto& body = layout.body;
  for (Block& block : title_block("", layout.title)) body.push_back(std::move(block));

  const std::vector<std::string> headings = result_headings(lang);
  Table table;
  table.widths = widths_of(layout.page, {11, 27, 14}, agency.years.size());
  std::vector<std::string> header = {headings[0], headings[1], headings[2]};
  for (const int year : agency.years) header.push_back(std::to_string(year));
  table.rows.push_back(header_row(header, kCellSize));
  Figures charts;
  charts.heading = format_message(MessageId::report_trend_chart_heading, lang);
  for (const eval::TrendRow& row : agency.rows) {
    Row cells;
    cells.cells.push_back(cell_of(trend_row_id(row), Align::left, true));
    cells.cells.push_back(cell_of(trend_row_title(row), Align::left));
    cells.cells.push_back(cell_of(trend_row_target(row, lang), Align::right));
    for (std::size_t y = 0; y < agency.years.size(); ++y)
      cells.cells.push_back(cell_of(trend_cell(agency, row, y, lang), Align::left));
    table.rows.push_back(std::move(cells));
    if (std::string svg = trend_chart(agency, row, lang); !svg.empty())
      charts.figures.push_back(
          Figure{std::move(svg), trend_row_id(row) + " " + trend_row_title(row)});
  }
  body.emplace_back(std::move(table));
  if (!charts.figures.empty()) body.emplace_back(std::move(charts));
  return layout;
}

}  // namespace

void write_html_report(const eval::Evaluation& evaluation, Lang lang, const official::Issue& issue,
                       const Sink& sink, bool summary_only) {
  std::string title;
  if (evaluation.rollup) title = rollup_title(evaluation, lang);
  for (const auto& agency : evaluation.agencies) {
    if (summary_only) break;
    title += (title.empty() ? "" : "; ") + agency.name + " — " +
             format_message(MessageId::report_doc_report_kind, lang) + " " +
             format_message(MessageId::report_doc_report_title, lang,
                            {plan_period_wording(agency, lang)});
  }
  const Layout setup = nd30_layout(lang, /*landscape=*/true);
  sink(html_begin(title, setup));
  if (evaluation.rollup) sink(html_section(rollup_layout(evaluation, lang)));
  for (const auto& agency : evaluation.agencies) {
    if (summary_only) break;
    sink(html_section(year_report_layout(agency, evaluation.as_of, lang, issue, /*charts=*/true)));
  }
  sink(html_end());
}

void write_html_trend(const eval::Trend& trend, Lang lang, const Sink& sink) {
  std::string title;
  for (const eval::AgencyTrend& agency : trend.agencies)
    title += (title.empty() ? "" : "; ") + trend_title(agency, trend.as_of, lang);
  const Layout setup = nd30_layout(lang, /*landscape=*/true);
  sink(html_begin(title, setup));
  if (trend.agencies.empty()) {
    Layout none = setup;
    none.body.emplace_back(body_paragraph(format_message(MessageId::report_trend_none, lang)));
    sink(html_section(none));
  }
  for (const eval::AgencyTrend& agency : trend.agencies)
    sink(html_section(trend_layout(agency, trend.as_of, lang)));
  sink(html_end());
}

}  // namespace qobj::report
