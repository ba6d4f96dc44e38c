#include "core/report/wording.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/diag/catalogue.hpp"
#include "core/report/number_format.hpp"

namespace qobj::report {

using eval::Verdict;
using model::Comparison;
using model::TargetKind;

namespace {

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
  const std::string unit = unit_of(t);
  if (unit == "%") return number + "%";
  return unit.empty() ? number : number + " " + unit;
}

}  // namespace

std::string unit_of(const model::Target& t) {
  const bool percent = t.kind == TargetKind::percentage || t.kind == TargetKind::checklist ||
                       t.kind == TargetKind::growth ||
                       (t.kind == TargetKind::survey && t.measure == "share-at-least");
  return percent ? "%" : t.unit;
}

int places_of(const std::optional<ExactNumber>& n) {
  if (!n || !n->is_finite()) return 0;
  const std::string text = to_decimal_string(*n);
  const auto dot = text.find('.');
  return dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

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
std::vector<ResultRow> result_rows(const eval::AgencyEvaluation& agency, Lang lang) {
  std::vector<ResultRow> rows;
  for (const auto& o : agency.objectives) {
    ResultRow head;
    head.objective = &o;
    head.id = o.objective->id;
    head.title = o.objective->title;
    head.verdict = o.verdict;
    head.verdict_label = verdict_label(o.verdict, lang);
    const auto worded = [&](ResultRow& row, const eval::TargetEvaluation& t) {
      row.target = &t;
      row.target_text = target_wording(*t.target, lang);
      row.result = result_wording(*t.target, t.result, lang);
      row.gap = gap_wording(*t.target, t.result, lang);
    };
    if (o.targets.size() == 1) {
      worded(head, o.targets.front());
      rows.push_back(std::move(head));
      continue;
    }
    rows.push_back(std::move(head));
    for (const auto& t : o.targets) {
      ResultRow part;
      part.objective = &o;
      part.is_part = true;
      part.title = t.target->text.empty() ? t.target->id : t.target->text;
      part.verdict = t.result.verdict;
      part.verdict_label = verdict_label(t.result.verdict, lang);
      worded(part, t);
      rows.push_back(std::move(part));
    }
  }
  return rows;
}

std::vector<std::string> result_headings(Lang lang) {
  return {format_message(MessageId::report_col_id, lang),
          format_message(MessageId::report_col_objective, lang),
          format_message(MessageId::report_col_target, lang),
          format_message(MessageId::report_col_result, lang),
          format_message(MessageId::report_col_verdict, lang),
          format_message(MessageId::report_col_gap, lang)};
}

std::string follow_up_action(const eval::FollowUp& follow_up, Lang lang) {
  std::string action = follow_up.action;
  if (follow_up.responsible.empty()) return action;
  action += fmt::format(" ({}: {}", format_message(MessageId::report_responsible, lang),
                        follow_up.responsible);
  if (!follow_up.due.empty()) {
    action += fmt::format(", {}: {}", format_message(MessageId::report_due, lang),
                          due_wording(follow_up.due, lang));
  }
  return action + ")";
}

std::string missing_items_note(const eval::TargetResult& result, Lang lang) {
  if (result.missing_items.empty()) return {};
  std::string list;
  for (const auto& item : result.missing_items) list += (list.empty() ? "" : "; ") + item;
  return format_message(MessageId::report_missing_items, lang, {list});
}

std::string due_wording(const std::string& due, Lang lang) {
  const auto date = parse_date(due);
  return date ? date_wording(*date, lang) : due;
}

std::vector<std::string> failure_notes(const eval::ObjectiveEvaluation& o, Lang lang) {
  std::vector<std::string> notes;
  for (const auto& t : o.targets) {
    if (std::string note = missing_items_note(t.result, lang); !note.empty())
      notes.push_back(std::move(note));
  }
  if (!o.follow_up) {
    notes.push_back(format_message(MessageId::report_no_follow_up, lang));
    return notes;
  }
  if (!o.follow_up->cause.empty()) {
    notes.push_back(
        fmt::format("{}: {}", format_message(MessageId::report_cause, lang), o.follow_up->cause));
  }
  if (!o.follow_up->action.empty()) {
    notes.push_back(fmt::format("{}: {}", format_message(MessageId::report_action, lang),
                                follow_up_action(*o.follow_up, lang)));
  }
  return notes;
}

std::string baseline_wording(const std::string& target_ref, const eval::BaselineUsed& b,
                             Lang lang) {
  const bool recorded = b.source == eval::BaselineSource::measurements;
  std::string line = format_message(
      recorded ? MessageId::report_baseline_recorded : MessageId::report_baseline_computed, lang,
      {target_ref, std::to_string(b.year),
       format_number(b.value, lang, std::max(2, places_of(b.value))),
       recorded ? fmt::format("{}:{}", b.file, b.line) : b.file});
  if (b.estimate) line += " " + format_message(MessageId::report_estimate, lang);
  if (b.computed_value) {
    line += " " + format_message(MessageId::report_baseline_differs, lang,
                                 {std::to_string(b.year),
                                  format_number(*b.computed_value, lang,
                                                std::max(2, places_of(b.computed_value)))});
  }
  return line;
}

}  // namespace qobj::report
