#include "core/report/text_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/diag/catalogue.hpp"
#include "core/report/number_format.hpp"
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
  if (text::display_width(text) <= width) return std::string(text);
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    text::decode_code_point(text, pos);
    const std::string_view next = text.substr(start, pos - start);
    if (text::display_width(out) + text::display_width(next) + 1 > width) break;
    out.append(next);
  }
  return out + "…";
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

}  // namespace

std::string render_text_report(const eval::Evaluation& evaluation,
                               const TextReportOptions& options) {
  const Lang lang = options.lang;
  auto paint = [&](std::string_view colour, const std::string& text) {
    return options.colour ? fmt::format("{}{}\x1b[0m", colour, text) : text;
  };
  std::string out;
  for (const auto& agency : evaluation.agencies) {
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
                      fit(r.target_text, kTargetWidth), r.result, r.verdict_label, r.gap,
                      r.verdict});
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
        if (!note.empty())
          gaps += fmt::format("  {}/{}: {}\n", o.objective->id, t.target->id, note);
      }
    }
    const auto section = [&](MessageId heading, const std::string& body) {
      if (!body.empty())
        out += "\n" + paint("\x1b[1m", format_message(heading, lang)) + "\n" + body;
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
  }
  return out;
}

}  // namespace qobj::report
