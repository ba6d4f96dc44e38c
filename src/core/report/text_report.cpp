#include "core/report/text_report.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/diag/catalogue.hpp"
#include "core/report/number_format.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace qobj::report {

using eval::Verdict;
using model::Comparison;
using model::TargetKind;

namespace {

constexpr std::size_t kTitleWidth = 44;
constexpr std::size_t kTargetWidth = 22;

bool in_percent(TargetKind kind) {
  return kind == TargetKind::percentage || kind == TargetKind::checklist ||
         kind == TargetKind::growth;
}

std::string_view symbol(Comparison c) {
  switch (c) {
    case Comparison::at_least:
      return "≥";
    case Comparison::greater_than:
      return ">";
    case Comparison::at_most:
      return "≤";
    case Comparison::less_than:
      return "<";
    case Comparison::equal:
      return "=";
  }
  return "";
}

std::string with_unit(const std::string& number, const model::Target& t) {
  if (in_percent(t.kind) || (t.kind == TargetKind::survey && t.measure == "share-at-least"))
    return number + "%";
  return t.unit.empty() ? number : number + " " + t.unit;
}

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
    default:
      return "\x1b[2m";
  }
}

int places_of(const std::optional<ExactNumber>& n) {
  if (!n || !n->is_finite()) return 0;
  const std::string text = to_decimal_string(*n);
  const auto dot = text.find('.');
  return dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

}  // namespace

std::string verdict_label(Verdict verdict, Lang lang) {
  switch (verdict) {
    case Verdict::met:
      return format_message(MessageId::verdict_met, lang);
    case Verdict::exceeded:
      return format_message(MessageId::verdict_exceeded, lang);
    case Verdict::not_met:
      return format_message(MessageId::verdict_not_met, lang);
    case Verdict::at_risk:
      return format_message(MessageId::verdict_at_risk, lang);
    case Verdict::no_data:
      return format_message(MessageId::verdict_no_data, lang);
    case Verdict::not_yet_due:
      return format_message(MessageId::verdict_not_yet_due, lang);
    case Verdict::withdrawn:
      return format_message(MessageId::verdict_withdrawn, lang);
  }
  return format_message(MessageId::verdict_no_data, lang);
}

std::string date_wording(const Date& date, Lang lang) {
  if (lang == Lang::vi)
    return fmt::format("{:02}/{:02}/{:04}", int{date.day}, int{date.month}, int{date.year});
  return date.to_string();
}

std::string target_wording(const model::Target& t, Lang lang) {
  const auto value = [&](const ExactNumber& n) {
    return format_number(n, lang, std::max(places_of(n), 0));
  };
  switch (t.kind) {
    case TargetKind::zero_count:
      return "0";
    case TargetKind::yes_no:
      return "—";
    case TargetKind::deadline:
      return t.due ? fmt::format("≤ {}", date_wording(*t.due, lang)) : "—";
    case TargetKind::growth:
      if (t.range) return fmt::format("+{}–{}%", value(t.range->first), value(t.range->second));
      break;
    case TargetKind::frequency: {
      const MessageId per = t.per == "month"       ? MessageId::report_per_month
                            : t.per == "quarter"   ? MessageId::report_per_quarter
                            : t.per == "half-year" ? MessageId::report_per_half_year
                                                   : MessageId::report_per_year;
      return fmt::format("≥ {} / {}", t.value ? value(*t.value) : "1", format_message(per, lang));
    }
    default:
      break;
  }
  if (!t.value) return "—";
  const Comparison c = t.comparison.value_or(Comparison::at_least);
  const std::string sign = t.kind == TargetKind::growth ? "+" : "";
  return fmt::format("{} {}", symbol(c), with_unit(sign + value(*t.value), t));
}

std::string result_wording(const model::Target& t, const eval::TargetResult& r, Lang lang) {
  if (!r.actual) return "—";
  const int places = std::max(2, places_of(t.value));
  std::string shown = t.value ? format_against(*r.actual, *t.value, lang, places)
                              : format_number(*r.actual, lang, places);
  if (t.kind == TargetKind::growth && sgn(r.actual->value) > 0) shown = "+" + shown;
  std::string out = with_unit(shown, t);
  if (r.estimate) out += " " + format_message(MessageId::report_estimate, lang);
  return out;
}

std::string gap_wording(const model::Target& t, const eval::TargetResult& r, Lang lang) {
  if (!r.gap || t.kind == TargetKind::zero_count || t.kind == TargetKind::deadline) return "";
  if (sgn(r.gap->value) == 0) return "0";
  const std::string number = format_number(*r.gap, lang, std::max(2, places_of(t.value)));
  return with_unit((sgn(r.gap->value) > 0 ? "+" : "") + number, t);
}

std::string render_text_report(const eval::Evaluation& evaluation,
                               const TextReportOptions& options) {
  const Lang lang = options.lang;
  auto paint = [&](std::string_view colour, const std::string& text) {
    return options.colour ? fmt::format("{}{}\x1b[0m", colour, text) : text;
  };
  std::string out;
  for (const auto& agency : evaluation.agencies) {
    out += paint("\x1b[1m", format_message(MessageId::report_title, lang,
                                           {agency.name, std::to_string(agency.year),
                                            date_wording(evaluation.as_of, lang)})) +
           "\n\n";
    // Rows first, then widths: every column lines up by display width.
    struct Row {
      std::string id, objective, target, result, verdict, gap;
      Verdict colour = Verdict::no_data;
    };
    std::vector<Row> rows;
    rows.push_back({format_message(MessageId::report_col_id, lang),
                    format_message(MessageId::report_col_objective, lang),
                    format_message(MessageId::report_col_target, lang),
                    format_message(MessageId::report_col_result, lang),
                    format_message(MessageId::report_col_verdict, lang),
                    format_message(MessageId::report_col_gap, lang), Verdict::no_data});
    for (const auto& o : agency.objectives) {
      const std::string indent(static_cast<std::size_t>(o.depth) * 2, ' ');
      const auto& objective = *o.objective;
      if (o.targets.size() == 1) {
        const auto& t = o.targets.front();
        rows.push_back({indent + objective.id, fit(objective.title, kTitleWidth),
                        fit(target_wording(*t.target, lang), kTargetWidth),
                        result_wording(*t.target, t.result, lang), verdict_label(o.verdict, lang),
                        gap_wording(*t.target, t.result, lang), o.verdict});
        continue;
      }
      rows.push_back({indent + objective.id, fit(objective.title, kTitleWidth), "", "",
                      verdict_label(o.verdict, lang), "", o.verdict});
      for (const auto& t : o.targets) {
        const std::string& wording = t.target->text.empty() ? t.target->id : t.target->text;
        rows.push_back({"", fit(indent + "· " + wording, kTitleWidth),
                        fit(target_wording(*t.target, lang), kTargetWidth),
                        result_wording(*t.target, t.result, lang),
                        verdict_label(t.result.verdict, lang),
                        gap_wording(*t.target, t.result, lang), t.result.verdict});
      }
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
    std::string failures;
    for (const auto& o : agency.objectives) {
      if (o.verdict != Verdict::not_met) continue;
      failures += fmt::format("  {} {}\n", o.objective->id, fit(o.objective->title, 70));
      for (const auto& t : o.targets) {
        if (!t.result.missing_items.empty()) {
          std::string list;
          for (const auto& item : t.result.missing_items) list += (list.empty() ? "" : "; ") + item;
          failures += fmt::format("    {}\n",
                                  format_message(MessageId::report_missing_items, lang, {list}));
        }
      }
      if (o.follow_up) {
        if (!o.follow_up->cause.empty()) {
          failures += fmt::format("    {}: {}\n", format_message(MessageId::report_cause, lang),
                                  o.follow_up->cause);
        }
        if (!o.follow_up->action.empty()) {
          std::string action = o.follow_up->action;
          if (!o.follow_up->responsible.empty()) {
            action += fmt::format(" ({}: {}", format_message(MessageId::report_responsible, lang),
                                  o.follow_up->responsible);
            if (!o.follow_up->due.empty()) {
              const auto due = parse_date(o.follow_up->due);
              action += fmt::format(", {}: {}", format_message(MessageId::report_due, lang),
                                    due ? date_wording(*due, lang) : o.follow_up->due);
            }
            action += ")";
          }
          failures +=
              fmt::format("    {}: {}\n", format_message(MessageId::report_action, lang), action);
        }
      } else {
        failures += fmt::format("    {}\n", format_message(MessageId::report_no_follow_up, lang));
      }
    }
    if (!failures.empty()) {
      out += "\n" + paint("\x1b[1m", format_message(MessageId::report_not_met_heading, lang)) +
             "\n" + failures;
    }
    // Which baseline each growth target was compared with, and where it comes from.
    std::string baselines;
    for (const auto& o : agency.objectives) {
      for (const auto& t : o.targets) {
        if (!t.result.baseline) continue;
        const eval::BaselineUsed& b = *t.result.baseline;
        const bool recorded = b.source == eval::BaselineSource::measurements;
        std::string line = format_message(
            recorded ? MessageId::report_baseline_recorded : MessageId::report_baseline_computed,
            lang,
            {fmt::format("{}/{}", o.objective->id, t.target->id), std::to_string(b.year),
             format_number(b.value, lang, std::max(2, places_of(b.value))),
             recorded ? fmt::format("{}:{}", b.file, b.line) : b.file});
        if (b.estimate) line += " " + format_message(MessageId::report_estimate, lang);
        baselines += "  " + line + "\n";
      }
    }
    if (!baselines.empty()) {
      out += "\n" + paint("\x1b[1m", format_message(MessageId::report_baselines_heading, lang)) +
             "\n" + baselines;
    }
    out += "\n" +
           format_message(MessageId::report_summary, lang,
                          {agency.name, std::to_string(agency.summary.met),
                           std::to_string(agency.summary.evaluated)}) +
           "\n";
    for (const auto& [unit, count] : agency.units) {
      out += format_message(MessageId::report_unit_summary, lang,
                            {unit, std::to_string(count.met), std::to_string(count.evaluated)}) +
             "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace qobj::report
