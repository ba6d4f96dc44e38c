#include "core/report/markdown_report.hpp"

#include <fmt/format.h>

#include "core/diag/catalogue.hpp"
#include "core/report/rollup_wording.hpp"
#include "core/report/trend_wording.hpp"
#include "core/report/wording.hpp"
#include "core/text/markup.hpp"

namespace qobj::report {

namespace {

using text::markdown_cell;

// A mark beside the verdict, so a pull request shows the state at a glance.
std::string_view mark(eval::Verdict v) {
  switch (v) {
    case eval::Verdict::met:
    case eval::Verdict::exceeded:
      return "✅";
    case eval::Verdict::not_met:
      return "❌";
    case eval::Verdict::at_risk:
      return "⚠️";
    case eval::Verdict::incomplete:
      return "🟨";
    case eval::Verdict::no_data:
      return "⬜";
    case eval::Verdict::not_yet_due:
      return "⏳";
    case eval::Verdict::withdrawn:
      return "➖";
  }
  return "";
}

// The roll-up across agencies, first: what the person overseeing them reads before any one.
std::string markdown_rollup(const eval::Evaluation& evaluation, Lang lang) {
  const eval::Rollup& rollup = *evaluation.rollup;
  std::string out = "## " + markdown_cell(rollup_title(evaluation, lang)) + "\n\n|";
  const std::vector<std::string> headings = rollup_headings(lang);
  for (const std::string& heading : headings) out += " " + markdown_cell(heading) + " |";
  out += "\n|---|";
  for (std::size_t c = 1; c < headings.size(); ++c) out += "---:|";
  out += "\n";
  for (const RollupRow& row : rollup_rows(rollup, lang)) {
    const bool total = row.kind == RollupRow::Kind::total;
    std::string name = markdown_cell(row.name);
    if (row.kind == RollupRow::Kind::unit) name = "&emsp;" + name;
    if (total) name = "**" + name + "**";
    out += "| " + name + " |";
    for (const int n : rollup_numbers(*row.count))
      out += total ? fmt::format(" **{}** |", n) : fmt::format(" {} |", n);
    out += "\n";
  }
  out += "\n### " + markdown_cell(format_message(MessageId::report_rollup_not_met_heading, lang)) +
         "\n\n";
  if (rollup.not_met.empty())
    out += markdown_cell(format_message(MessageId::report_rollup_none_not_met, lang)) + "\n";
  for (std::size_t i = 0; i < rollup.not_met.size() && i < kRollupNotMetShown; ++i) {
    const eval::NotMetGroup& group = rollup.not_met[i];
    out += "- " + markdown_cell(not_met_wording(rollup, group, lang)) + "\n  - " +
           markdown_cell(not_met_agencies(rollup, group, 0)) + "\n";
  }
  if (!rollup.missing.empty()) {
    out += "\n### " +
           markdown_cell(format_message(MessageId::report_rollup_missing_heading, lang,
                                        {std::to_string(rollup.year)})) +
           "\n\n";
    for (const eval::MissingFiles& missing : rollup.missing)
      out += "- " + markdown_cell(missing_wording(rollup, missing, lang)) + "\n";
  }
  return out + "\n";
}

}  // namespace

void write_markdown_report(const eval::Evaluation& evaluation, Lang lang, const Sink& sink,
                           bool summary_only) {
  if (evaluation.rollup) sink(markdown_rollup(evaluation, lang));
  for (const auto& agency : evaluation.agencies) {
    if (summary_only) break;
    std::string out = fmt::format(
        "## {}\n\n", markdown_cell(format_message(MessageId::report_title, lang,
                                                  {agency.name, plan_period_wording(agency, lang),
                                                   date_wording(evaluation.as_of, lang)})));
    out += "**" +
           markdown_cell(format_message(MessageId::report_summary, lang,
                                        {agency.name, std::to_string(agency.summary.met),
                                         std::to_string(agency.summary.evaluated)})) +
           "**\n";
    for (const auto& unit : agency.units) {
      std::string line = unit_summary_wording(unit, lang);
      line.erase(0, line.find_first_not_of(' '));
      out += "- " + markdown_cell(line) + "\n";
    }
    const auto headings = result_headings(lang);
    out += fmt::format("\n| {} | {} | {} | {} | {} | {} |\n|---|---|---:|---:|---|---:|\n",
                       markdown_cell(headings[0]), markdown_cell(headings[1]),
                       markdown_cell(headings[2]), markdown_cell(headings[3]),
                       markdown_cell(headings[4]), markdown_cell(headings[5]));
    for (const ResultRow& r : result_rows(agency, lang)) {
      std::string indent;
      for (int i = 0; i < r.objective->depth; ++i) indent += "&emsp;";
      out += fmt::format(
          "| {} | {} | {} | {} | {} {} | {} |\n", r.is_part ? "" : indent + markdown_cell(r.id),
          r.is_part ? indent + "· " + markdown_cell(r.title) : markdown_cell(r.title),
          markdown_cell(r.target_text), markdown_cell(r.result), mark(r.verdict),
          markdown_cell(r.verdict_label), markdown_cell(r.gap));
    }
    std::string failures, gaps, withdrawn;
    for (const auto& o : agency.objectives) {
      if (o.verdict == eval::Verdict::not_met && !o.objective->is_group) {
        failures += fmt::format("- **{}** {}\n", markdown_cell(o.objective->id),
                                markdown_cell(o.objective->title));
        for (const auto& note : failure_notes(o, lang))
          failures += "  - " + markdown_cell(note) + "\n";
      }
      if (o.verdict == eval::Verdict::withdrawn && o.objective->withdrawn) {
        withdrawn +=
            fmt::format("- **{}** {}: {}\n", markdown_cell(o.objective->id),
                        markdown_cell(o.objective->title), markdown_cell(withdrawn_note(o, lang)));
      }
      for (const auto& t : o.targets) {
        const std::string note = missing_data_note(t.result, lang);
        if (!note.empty())
          gaps += fmt::format("- **{}/{}** {}\n", markdown_cell(o.objective->id),
                              markdown_cell(t.target->id), markdown_cell(note));
      }
    }
    const auto section = [&](MessageId heading, const std::string& body) {
      if (!body.empty())
        out += fmt::format("\n### {}\n\n{}", markdown_cell(format_message(heading, lang)), body);
    };
    section(MessageId::report_not_met_heading, failures);
    section(MessageId::report_incomplete_heading, gaps);
    section(MessageId::report_withdrawn_heading, withdrawn);
    const auto listed = [](const std::vector<std::string>& lines) {
      std::string body;
      for (const auto& line : lines) body += "- " + markdown_cell(line) + "\n";
      return body;
    };
    section(MessageId::report_baselines_heading, listed(baseline_lines(agency, lang)));
    section(MessageId::report_revisions_heading, listed(revision_lines(agency, lang)));
    out += "\n";
    sink(out);
  }
}

void write_markdown_trend(const eval::Trend& trend, Lang lang, const Sink& sink) {
  if (trend.agencies.empty())
    sink(markdown_cell(format_message(MessageId::report_trend_none, lang)) + "\n");
  for (const eval::AgencyTrend& agency : trend.agencies) {
    std::string out = "## " + markdown_cell(trend_title(agency, trend.as_of, lang)) + "\n\n";
    const auto headings = result_headings(lang);
    out += "| " + markdown_cell(headings[0]) + " | " + markdown_cell(headings[1]) + " | " +
           markdown_cell(headings[2]) + " |";
    for (const int year : agency.years) out += fmt::format(" {} |", year);
    out += "\n|---|---|---:|";
    for (std::size_t y = 0; y < agency.years.size(); ++y) out += "---|";
    out += "\n";
    for (const eval::TrendRow& row : agency.rows) {
      out += "| " + markdown_cell(trend_row_id(row)) + " | " + markdown_cell(trend_row_title(row)) +
             " | " + markdown_cell(trend_row_target(row, lang)) + " |";
      for (std::size_t y = 0; y < agency.years.size(); ++y) {
        const eval::TargetEvaluation* t = row.targets[y];
        out += " " + (t ? std::string(mark(t->result.verdict)) + " " : std::string()) +
               markdown_cell(trend_cell(agency, row, y, lang)) + " |";
      }
      out += "\n";
    }
    sink(out + "\n");
  }
}

}  // namespace qobj::report
