#include "core/report/text_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "core/diag/catalogue.hpp"
#include "core/parallel/parallel_for.hpp"
#include "core/report/number_format.hpp"
#include "core/report/rollup_wording.hpp"
#include "core/report/trend_wording.hpp"
#include "core/report/wording.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace qobj::report {

using eval::Verdict;
using model::Comparison;
using model::TargetKind;

namespace {

constexpr std::size_t kTitleWidth = 44;
constexpr std::size_t kTargetWidth = 40;  // "≥ 42.000 tỷ đồng, phấn đấu 45.000"

// Cuts text to a display width, with an ellipsis.
std::string fit(std::string_view text, std::size_t width) {
  return text::fit_width(text, width);
}

std::string pad(const std::string& text, std::size_t width) {
  const std::size_t shown = text::display_width(text);
  return shown >= width ? text : text + std::string(width - shown, ' ');
}

std::string_view colour_of(Verdict v) {
  switch (v) {
    case Verdict::met:
    case Verdict::exceeded:
      return "\x1b[32m";
    case Verdict::not_met:
      return "\x1b[1;31m";
    case Verdict::at_risk:
      return "\x1b[33m";
    case Verdict::incomplete:
      return "\x1b[35m";
    default:
      return "\x1b[2m";
  }
}

// The roll-up: a table of the agencies (a verdict's column only where some row has it; met and
// not met always), the targets most often not met, the agencies missing files.
std::string render_rollup(
    const eval::Evaluation& evaluation, const TextReportOptions& options,
    const std::function<std::string(std::string_view, const std::string&)>& paint) {
  const Lang lang = options.lang;
  const eval::Rollup& rollup = *evaluation.rollup;
  std::string out = paint("\x1b[1m", rollup_title(evaluation, lang)) + "\n\n";
  const std::vector<std::string> headings = rollup_headings(lang);
  const std::vector<RollupRow> rows = rollup_rows(rollup, lang);
  std::vector<bool> shown(headings.size(), true);
  for (std::size_t c = 0; c < std::size(kRollupVerdicts); ++c) {
    const eval::Verdict v = kRollupVerdicts[c];
    shown[c + 2] = v == Verdict::met || v == Verdict::not_met ||
                   rollup.total.per_verdict[static_cast<int>(v)] > 0;
  }
  std::vector<std::vector<std::string>> cells{headings};
  for (const RollupRow& row : rows) {
    std::vector<std::string> line{row.kind == RollupRow::Kind::unit ? "  " + fit(row.name, 48)
                                                                    : fit(row.name, 50)};
    for (const int n : rollup_numbers(*row.count)) line.push_back(std::to_string(n));
    cells.push_back(std::move(line));
  }
  std::vector<std::size_t> widths(headings.size(), 0);
  for (const auto& line : cells) {
    for (std::size_t c = 0; c < line.size(); ++c)
      widths[c] = std::max(widths[c], text::display_width(line[c]));
  }
  for (std::size_t r = 0; r < cells.size(); ++r) {
    std::string line = pad(cells[r][0], widths[0]);
    for (std::size_t c = 1; c < cells[r].size(); ++c) {
      if (!shown[c]) continue;
      const std::size_t width = text::display_width(cells[r][c]);
      line += "  " + std::string(widths[c] - std::min(widths[c], width), ' ') + cells[r][c];
    }
    const bool bold = r == 0 || r + 1 == cells.size();
    out += (bold ? paint("\x1b[1m", line) : line) + "\n";
  }
  out += "\n" + paint("\x1b[1m", format_message(MessageId::report_rollup_not_met_heading, lang)) +
         "\n";
  if (rollup.not_met.empty())
    out += "  " + format_message(MessageId::report_rollup_none_not_met, lang) + "\n";
  for (std::size_t i = 0; i < rollup.not_met.size() && i < kRollupNotMetShown; ++i) {
    const eval::NotMetGroup& group = rollup.not_met[i];
    out += "  " + fit(not_met_wording(rollup, group, lang), 110) + "\n";
    out += "    " + not_met_agencies(rollup, group, 5) + "\n";
  }
  if (!rollup.missing.empty()) {
    out += "\n" +
           paint("\x1b[1m", format_message(MessageId::report_rollup_missing_heading, lang,
                                           {std::to_string(rollup.year)})) +
           "\n";
    for (const eval::MissingFiles& missing : rollup.missing)
      out += "  " + missing_wording(rollup, missing, lang) + "\n";
  }
  return out + "\n";
}

// Text in an ANSI colour, when the options ask for colours.
auto painter(const TextReportOptions& options) {
  return [&options](std::string_view colour, const std::string& text) {
    return options.colour ? fmt::format("{}{}\x1b[0m", colour, text) : text;
  };
}

// One agency's part of the report.
std::string agency_text(const eval::Evaluation& evaluation, const eval::AgencyEvaluation& agency,
                        const TextReportOptions& options) {
  const Lang lang = options.lang;
  const auto paint = painter(options);
  std::string out;
  out += paint("\x1b[1m", format_message(MessageId::report_title, lang,
                                         {agency.name, plan_period_wording(agency, lang),
                                          date_wording(evaluation.as_of, lang)})) +
         "\n\n";
  // Rows first, then widths: every column lines up by display width.
  struct Row {
    std::string id, objective, target, result, verdict, gap;
    Verdict colour = Verdict::no_data;
  };
  std::vector<Row> rows;
  const auto headings = result_headings(lang);
  rows.push_back({headings[0], headings[1], headings[2], headings[3], headings[4], headings[5],
                  Verdict::no_data});
  for (const ResultRow& r : result_rows(agency, lang)) {
    const std::string indent(static_cast<std::size_t>(r.objective->depth) * 2, ' ');
    rows.push_back({r.is_part ? "" : indent + r.id,
                    fit(r.is_part ? indent + "· " + r.title : r.title, kTitleWidth),
                    fit(r.target_text, kTargetWidth), r.result, r.verdict_label, r.gap, r.verdict});
  }
  std::size_t widths[6] = {};
  for (const Row& row : rows) {
    const std::string* cells[] = {&row.id,     &row.objective, &row.target,
                                  &row.result, &row.verdict,   &row.gap};
    for (int i = 0; i < 6; ++i) widths[i] = std::max(widths[i], text::display_width(*cells[i]));
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    std::string line = pad(row.id, widths[0]) + "  " + pad(row.objective, widths[1]) + "  " +
                       pad(row.target, widths[2]) + "  " + pad(row.result, widths[3]) + "  ";
    line += r == 0 ? pad(row.verdict, widths[4])
                   : paint(colour_of(row.colour), pad(row.verdict, widths[4]));
    line += "  " + row.gap;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += (r == 0 ? paint("\x1b[1m", line) : line) + "\n";
  }

  // The objectives not met, with what the files say about why and what is being done.
  std::string failures, gaps, withdrawn;
  for (const auto& o : agency.objectives) {
    if (o.verdict == Verdict::not_met && !o.objective->is_group) {
      failures += fmt::format("  {} {}\n", o.objective->id, fit(o.objective->title, 70));
      for (const auto& note : failure_notes(o, lang)) failures += "    " + note + "\n";
    }
    if (o.verdict == Verdict::withdrawn && o.objective->withdrawn) {
      withdrawn += fmt::format("  {} {}\n    {}\n", o.objective->id, fit(o.objective->title, 70),
                               withdrawn_note(o, lang));
    }
    for (const auto& t : o.targets) {
      const std::string note = missing_data_note(t.result, lang);
      if (!note.empty()) gaps += fmt::format("  {}/{}: {}\n", o.objective->id, t.target->id, note);
    }
  }
  const auto section = [&](MessageId heading, const std::string& body) {
    if (!body.empty()) out += "\n" + paint("\x1b[1m", format_message(heading, lang)) + "\n" + body;
  };
  section(MessageId::report_not_met_heading, failures);
  section(MessageId::report_incomplete_heading, gaps);
  section(MessageId::report_withdrawn_heading, withdrawn);
  // Which baseline each growth target was compared with, and the targets revised.
  const auto listed = [](const std::vector<std::string>& lines) {
    std::string body;
    for (const auto& line : lines) body += "  " + line + "\n";
    return body;
  };
  section(MessageId::report_baselines_heading, listed(baseline_lines(agency, lang)));
  section(MessageId::report_revisions_heading, listed(revision_lines(agency, lang)));
  out += "\n" +
         format_message(MessageId::report_summary, lang,
                        {agency.name, std::to_string(agency.summary.met),
                         std::to_string(agency.summary.evaluated)}) +
         "\n";
  for (const auto& unit : agency.units) out += unit_summary_wording(unit, lang) + "\n";
  out += "\n";
  return out;
}

}  // namespace

namespace {

// Each agency's part of the table as its part comes, the roll-up last.
class TextParts final : public PartWriter {
 public:
  TextParts(const TextReportOptions& options, Sink sink)
      : m_options(options), m_sink(std::move(sink)) {}

  void agencies(const eval::Evaluation& part) override {
    // The agencies side by side, handed on in their order.
    const auto& agencies = part.agencies;
    in_order(
        m_options.summary_only ? 0 : agencies.size(), m_options.jobs,
        [&](std::size_t i) { return agency_text(part, agencies[i], m_options); }, m_sink);
  }

  void finish(const eval::Evaluation& rest) override {
    if (rest.rollup) m_sink(render_rollup(rest, m_options, painter(m_options)));
  }

 private:
  TextReportOptions m_options;
  Sink m_sink;
};

}  // namespace

std::unique_ptr<PartWriter> text_part_writer(const TextReportOptions& options, Sink sink) {
  return std::make_unique<TextParts>(options, std::move(sink));
}

void write_text_report(const eval::Evaluation& evaluation, const TextReportOptions& options,
                       const Sink& sink) {
  TextParts parts(options, sink);
  parts.agencies(evaluation);
  parts.finish(evaluation);
}

std::string render_text_report(const eval::Evaluation& evaluation,
                               const TextReportOptions& options) {
  std::string out;
  write_text_report(evaluation, options, string_sink(out));
  return out;
}

std::string render_text_trend(const eval::Trend& trend, const TextReportOptions& options) {
  const Lang lang = options.lang;
  const auto bold = [&](const std::string& text) {
    return options.colour ? "\x1b[1m" + text + "\x1b[0m" : text;
  };
  std::string out;
  for (const eval::AgencyTrend& agency : trend.agencies) {
    out += bold(trend_title(agency, trend.as_of, lang)) + "\n\n";
    const auto headings = result_headings(lang);
    std::vector<std::vector<std::string>> cells{{headings[0], headings[1], headings[2]}};
    for (const int year : agency.years) cells[0].push_back(std::to_string(year));
    for (const eval::TrendRow& row : agency.rows) {
      std::vector<std::string> line{trend_row_id(row), fit(trend_row_title(row), kTitleWidth),
                                    fit(trend_row_target(row, lang), kTargetWidth)};
      for (std::size_t y = 0; y < agency.years.size(); ++y)
        line.push_back(trend_cell(agency, row, y, lang));
      cells.push_back(std::move(line));
    }
    std::vector<std::size_t> widths(cells[0].size(), 0);
    for (const auto& line : cells) {
      for (std::size_t c = 0; c < line.size(); ++c)
        widths[c] = std::max(widths[c], text::display_width(line[c]));
    }
    for (std::size_t r = 0; r < cells.size(); ++r) {
      std::string line;
      for (std::size_t c = 0; c < cells[r].size(); ++c)
        line += (c == 0 ? "" : "  ") + pad(cells[r][c], widths[c]);
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += (r == 0 ? bold(line) : line) + "\n";
    }
    out += "\n";
  }
  if (trend.agencies.empty()) out = format_message(MessageId::report_trend_none, lang) + "\n";
  return out;
}

}  // namespace qobj::report
