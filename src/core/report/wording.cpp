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

std::string plain(const ExactNumber& n, Lang lang);

// A number with its target's unit: "98,5%", "1.150 triệu USD", a score "17,35/20 điểm".
std::string with_unit(const std::string& number, const model::Target& t, Lang lang) {
  const std::string unit = unit_of(t);
  if (unit == "%") return number + "%";
  const std::string out_of =
      t.kind == TargetKind::amount && t.out_of ? "/" + plain(*t.out_of, lang) : "";
  return unit.empty() ? number + out_of : number + out_of + " " + unit;
}

std::string plain(const ExactNumber& n, Lang lang) {
  return format_number(n, lang, std::max(places_of(n), 0));
}

// A share (0–1) in percent.
ExactNumber as_percent(const ExactNumber& share) {
  ExactNumber p = share;
  p.value *= 100;
  return p;
}

MessageId cadence_words(model::Cadence cadence) {
  switch (cadence) {
    case model::Cadence::month:
      return MessageId::report_cadence_months;
    case model::Cadence::quarter:
      return MessageId::report_cadence_quarters;
    case model::Cadence::half_year:
      return MessageId::report_cadence_halves;
    case model::Cadence::year:
      return MessageId::report_cadence_years;
  }
  return MessageId::report_cadence_months;
}

}  // namespace

// What a result before the end of its period was compared with: its target's share for the
// data's part of the period, or the target against an estimate for the whole period.
std::string basis_wording(const model::Target& t, const eval::TargetResult& r, Lang lang) {
  switch (r.basis) {
    case eval::Basis::period_target:
      return "";
    case eval::Basis::elapsed_share: {
      if (!r.compared_with || !r.share) return "";
      const std::string compared = with_unit(
          format_number(*r.compared_with, lang, std::max(2, places_of(t.value))), t, lang);
      // By whole sub-periods ("cho 2/4 quý") when that is how the share was taken.
      const eval::Coverage& c = r.coverage;
      mpq_class by_parts(static_cast<long>(c.covered), static_cast<long>(c.parts ? c.parts : 1));
      by_parts.canonicalize();
      if (c.cadence && c.parts > 0 && c.covered > 0 && r.share->value == by_parts) {
        return format_message(MessageId::report_elapsed_parts, lang,
                              {compared, std::to_string(c.covered), std::to_string(c.parts),
                               cadence_words(*c.cadence)});
      }
      return format_message(MessageId::report_elapsed_basis, lang, {compared});
    }
    case eval::Basis::annualised: {
      const eval::Coverage& c = r.coverage;
      if (c.cadence && c.covered > 0) {
        return format_message(
            MessageId::report_annualised_parts, lang,
            {std::to_string(c.covered), std::to_string(c.parts), cadence_words(*c.cadence)});
      }
      if (!r.share) return "";
      return format_message(MessageId::report_annualised_share, lang,
                            {format_number(as_percent(*r.share), lang, 2)});
    }
    case eval::Basis::bounded:
      return format_message(MessageId::report_bounded, lang);
    case eval::Basis::same_period:
      if (!r.baseline || !r.baseline->period) return "";
      return format_message(
          MessageId::report_same_period, lang,
          {period_wording(*r.baseline->period, lang),
           format_number(r.baseline->value, lang, std::max(2, places_of(r.baseline->value)))});
    case eval::Basis::forecast: {
      if (!r.forecast) return "";
      const eval::ForecastUsed& f = *r.forecast;
      // A rate is the result itself; a total is shown beside the total so far.
      std::string said;
      if (!f.value) {
        said = format_message(MessageId::report_forecast_rate, lang, {date_wording(f.date, lang)});
      } else {
        const std::string number = format_number(*f.value, lang, places_of(f.value));
        said = format_message(
            MessageId::report_forecast, lang,
            {date_wording(f.date, lang), f.unit.empty() ? number : number + " " + f.unit});
      }
      // The document it comes from, inside the parenthesis: "…: 640 tỷ đồng; Báo cáo số 215".
      if (!f.source.empty() && said.ends_with(')')) said.insert(said.size() - 1, "; " + f.source);
      return said;
    }
    case eval::Basis::stated_rate:
      return format_message(MessageId::report_stated_rate, lang,
                            {t.baseline_year ? std::to_string(*t.baseline_year) : "?"});
  }
  return "";
}

std::string unit_of(const model::Target& t) {
  const bool percent =
      t.kind == TargetKind::percentage || t.kind == TargetKind::checklist ||
      t.kind == TargetKind::growth ||
      (t.kind == TargetKind::survey && t.measure == model::SurveyMeasure::share_at_least);
  return percent ? "%" : t.unit;
}

int places_of(const std::optional<ExactNumber>& n) {
  if (!n || !n->is_finite()) return 0;
  const std::string text = to_decimal_string(*n);
  if (text.find('/') != std::string::npos) return 2;
  const auto dot = text.find('.');
  return dot == std::string::npos ? 0 : static_cast<int>(text.size() - dot - 1);
}

std::string plan_period_wording(const eval::AgencyEvaluation& agency, Lang lang) {
  if (agency.file != nullptr) return plan_period_wording(*agency.file, lang);
  return format_message(MessageId::report_plan_year, lang, {std::to_string(agency.year)});
}

std::string plan_period_wording(const model::ObjectivesFile& file, Lang lang) {
  if (!file.period_label.empty()) return file.period_label;
  return format_message(MessageId::report_plan_year, lang, {std::to_string(file.year)});
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
    case Verdict::incomplete:
      return format_message(MessageId::verdict_incomplete, lang);
    case Verdict::no_data:
      return format_message(MessageId::verdict_no_data, lang);
    case Verdict::not_yet_due:
      return format_message(MessageId::verdict_not_yet_due, lang);
    case Verdict::withdrawn:
      return format_message(MessageId::verdict_withdrawn, lang);
  }
  return format_message(MessageId::verdict_no_data, lang);
}

std::string verdict_wording(Verdict verdict, bool provisional, Lang lang) {
  const std::string label = verdict_label(verdict, lang);
  if (!provisional || !eval::is_met(verdict)) return label;
  return format_message(MessageId::report_so_far, lang, {label});
}

namespace {

// The target's level as written, without its stretch: "≥ 83.372 tỷ đồng", "+7–7,5%".
std::string level_wording(const model::Target& t, Lang lang) {
  const bool decrease = t.direction == model::Direction::decrease;
  switch (t.kind) {
    case TargetKind::zero_count:
      return "0";
    case TargetKind::yes_no:
      return "—";
    case TargetKind::deadline:
      return t.due ? fmt::format("≤ {}", date_wording(*t.due, lang)) : "—";
    case TargetKind::growth:
      if (t.range) {
        const std::string range =
            fmt::format("{}–{}%", plain(t.range->from, lang), plain(t.range->to, lang));
        return decrease ? format_message(MessageId::report_reduction, lang, {range}) : "+" + range;
      }
      if (t.value) {
        const Comparison c = t.comparison.value_or(Comparison::at_least);
        if (decrease) {
          return format_message(MessageId::report_reduction, lang,
                                {fmt::format("{} {}%", symbol(c), plain(*t.value, lang))});
        }
        return fmt::format("{} +{}%", symbol(c), plain(*t.value, lang));
      }
      return "—";
    case TargetKind::frequency: {
      const MessageId per = t.per == model::Cadence::month       ? MessageId::report_per_month
                            : t.per == model::Cadence::quarter   ? MessageId::report_per_quarter
                            : t.per == model::Cadence::half_year ? MessageId::report_per_half_year
                                                                 : MessageId::report_per_year;
      return fmt::format("≥ {} / {}", t.value ? plain(*t.value, lang) : "1",
                         format_message(per, lang));
    }
    case TargetKind::survey:
      if (t.value && t.scale) {
        const Comparison c = t.comparison.value_or(Comparison::at_least);
        if (t.measure == model::SurveyMeasure::mean) {
          return fmt::format("{} {}/{}", symbol(c), plain(*t.value, lang),
                             plain(t.scale->max, lang));
        }
        return fmt::format(
            "{} {}% ({})", symbol(c), plain(*t.value, lang),
            format_message(MessageId::report_survey_level, lang,
                           {t.level ? plain(*t.level, lang) : "…", plain(t.scale->max, lang)}));
      }
      break;
    default:
      break;
  }
  const auto comparison = t.effective_comparison();
  const auto value = t.effective_value();
  if (!comparison || !value) return "—";
  const std::string level =
      fmt::format("{} {}", symbol(*comparison), with_unit(plain(*value, lang), t, lang));
  if (t.kind == TargetKind::minimum_count && t.due)
    return format_message(MessageId::report_count_due, lang, {level, date_wording(*t.due, lang)});
  return level;
}

// The stretch level in the target's terms, its comparison and unit understood from the level
// it follows: "45.000", "98%", "+9%", "4,5/5".
std::string stretch_number(const model::Target& t, Lang lang) {
  const std::string number = plain(*t.stretch, lang);
  if (t.kind == TargetKind::growth) {
    return t.direction == model::Direction::decrease
               ? format_message(MessageId::report_reduction, lang, {number + "%"})
               : "+" + number + "%";
  }
  if (t.kind == TargetKind::survey && t.measure == model::SurveyMeasure::mean && t.scale)
    return number + "/" + plain(t.scale->max, lang);
  return unit_of(t) == "%" ? number + "%" : number;
}

}  // namespace

std::string target_wording(const model::Target& t, Lang lang) {
  const std::string level = level_wording(t, lang);
  if (!t.stretch || t.range) return level;
  // "≥ 42.000 tỷ đồng, phấn đấu 45.000"
  return level + ", " +
         format_message(MessageId::report_stretch_level, lang, {stretch_number(t, lang)});
}

std::string excludes_wording(const model::Target& t, Lang lang) {
  if (t.excludes.empty()) return "";
  std::string list;
  for (const auto& e : t.excludes) list += (list.empty() ? "" : ", ") + e;
  return format_message(MessageId::report_excludes, lang, {list});
}

std::string result_value_wording(const model::Target& t, const eval::TargetResult& r, Lang lang) {
  if (t.kind == TargetKind::deadline) {
    return r.completed ? format_message(MessageId::report_completed, lang,
                                        {date_wording(*r.completed, lang)})
                       : "—";
  }
  if (!r.actual) return "—";
  const int places = std::max(2, places_of(t.value));
  const std::optional<ExactNumber> against =
      r.compared_with ? r.compared_with.get() : t.value.get();
  std::string shown;
  if (t.kind == TargetKind::growth) {
    // A growth as "+10,38%"; a reduction as "giảm 7,2%" (or "tăng 3%" when it went up).
    const bool up = sgn(r.actual->value) > 0;
    if (t.direction == model::Direction::decrease) {
      ExactNumber size = *r.actual;
      size.value = abs(size.value);
      shown = format_message(up ? MessageId::report_reduction : MessageId::report_increase, lang,
                             {format_against(size, against ? *against : size, lang, places) + "%"});
    } else {
      shown =
          with_unit((up ? "+" : "") + (against ? format_against(*r.actual, *against, lang, places)
                                               : format_number(*r.actual, lang, places)),
                    t, lang);
    }
  } else if (r.actual_low && r.actual_high && r.actual_low->value != r.actual_high->value) {
    // Between its periods' lowest and highest percentages, "98,95–99,19%", or what a rounded
    // figure allows, "98,995–99,005%": each end in full, never rounded past the target.
    const auto end = [&](const ExactNumber& n) {
      return format_number(n, lang, std::max(places, display_places(n, against)));
    };
    shown = with_unit(end(*r.actual_low) + "–" + end(*r.actual_high), t, lang);
  } else {
    shown = with_unit(against ? format_against(*r.actual, *against, lang, places)
                              : format_number(*r.actual, lang, places),
                      t, lang);
  }
  if (t.kind == TargetKind::survey && t.measure == model::SurveyMeasure::mean && t.scale)
    shown += "/" + plain(t.scale->max, lang);
  if (t.kind == TargetKind::checklist && r.items_total > 0)
    shown += fmt::format(" ({}/{})", r.items_done, r.items_total);
  return shown;
}

std::string plan_percent_wording(const eval::TargetResult& r, Lang lang) {
  if (!r.plan_percent) return {};
  ExactNumber hundred;
  hundred.value = 100;
  std::string shown = format_message(MessageId::report_plan_percent, lang,
                                     {format_against(*r.plan_percent, hundred, lang, 2)});
  if (r.stretch_percent) {
    shown += "; " + format_message(MessageId::report_stretch_percent, lang,
                                   {format_against(*r.stretch_percent, hundred, lang, 2)});
  }
  return shown;
}

std::string result_wording(const model::Target& t, const eval::TargetResult& r, Lang lang) {
  std::string shown = result_value_wording(t, r, lang);
  const std::string plan = plan_percent_wording(r, lang);
  const std::string note = basis_wording(t, r, lang);
  // One parenthesis for both: "(49,75% chỉ tiêu; so với 41.686 tỷ đồng cho 2/4 quý)".
  if (!plan.empty() && note.starts_with('(')) {
    shown += " (" + plan + "; " + note.substr(1);
  } else {
    if (!plan.empty()) shown += " (" + plan + ")";
    if (!note.empty()) shown += " " + note;
  }
  if (r.reported && r.actual) shown += " " + format_message(MessageId::report_reported, lang);
  return shown;
}

std::string gap_wording(const model::Target& t, const eval::TargetResult& r, Lang lang) {
  if (t.kind == TargetKind::deadline) {
    if (!r.completed || !r.gap) return "";
    const int days = static_cast<int>(r.gap->value.get_num().get_si());
    if (days == 0) return format_message(MessageId::report_on_due_date, lang);
    return format_message(days < 0 ? MessageId::report_days_early : MessageId::report_days_late,
                          lang, {std::to_string(std::abs(days))});
  }
  if (!r.gap || t.kind == TargetKind::zero_count) return "";
  if (sgn(r.gap->value) == 0) return "0";
  // A gap that is not 0 is never shown as 0: more decimals when it is that small. A bounded
  // result's gap is to its decisive end, in full: -0,005, not -0,01.
  int places = std::max(2, places_of(t.value));
  if (r.basis == eval::Basis::bounded)
    places = std::max(places, std::min(display_places(*r.gap, std::nullopt), 4));
  const std::string number =
      (sgn(r.gap->value) > 0 ? "+" : "") + format_against(*r.gap, ExactNumber{}, lang, places);
  // Between two percentages the gap is in percentage points, not percent.
  if (unit_of(t) == "%") return format_message(MessageId::report_percentage_points, lang, {number});
  // A score's gap is in points, not out of its maximum: "-0,65 điểm".
  const std::string unit = unit_of(t);
  return unit.empty() ? number : number + " " + unit;
}

std::string missing_items_note(const eval::TargetResult& result, Lang lang) {
  if (result.missing_items.empty()) return {};
  std::string list;
  for (const auto& item : result.missing_items) list += (list.empty() ? "" : "; ") + item;
  return format_message(MessageId::report_missing_items, lang, {list});
}

std::string short_periods_note(const eval::TargetResult& result, Lang lang) {
  if (result.short_periods.empty()) return {};
  return format_message(MessageId::report_short_periods, lang, {MessageArg(result.short_periods)});
}

std::string missing_data_note(const eval::TargetResult& result, Lang lang) {
  // Without any data the verdict says it all.
  if (result.coverage.missing.empty() || result.verdict == Verdict::no_data) return {};
  return format_message(MessageId::report_missing_data, lang,
                        {MessageArg(result.coverage.missing)});
}

std::string withdrawn_note(const eval::ObjectiveEvaluation& o, Lang lang) {
  if (o.verdict != Verdict::withdrawn || !o.objective->withdrawn) return {};
  const model::Withdrawal& w = *o.objective->withdrawn;
  if (w.date) {
    return format_message(MessageId::report_withdrawn_since, lang,
                          {w.reason, date_wording(*w.date, lang)});
  }
  return format_message(MessageId::report_withdrawn_because, lang, {w.reason});
}

std::string due_wording(const std::optional<Date>& due, Lang lang) {
  return due ? date_wording(*due, lang) : std::string();
}

std::string follow_up_action(const model::CorrectiveAction& a, Lang lang) {
  std::string action = a.action;
  if (!a.responsible.empty() || a.due) {
    std::string who;
    if (!a.responsible.empty())
      who =
          fmt::format("{}: {}", format_message(MessageId::report_responsible, lang), a.responsible);
    if (a.due) {
      who += fmt::format("{}{}: {}", who.empty() ? "" : ", ",
                         format_message(MessageId::report_due, lang), date_wording(*a.due, lang));
    }
    action += " (" + who + ")";
  }
  if (!a.effectiveness.empty()) {
    action += fmt::format("; {}: {}", format_message(MessageId::report_effectiveness, lang),
                          a.effectiveness);
  }
  return action;
}

std::vector<std::string> failure_notes(const eval::ObjectiveEvaluation& o, Lang lang) {
  std::vector<std::string> notes;
  for (const auto& t : o.targets) {
    const std::string prefix = o.targets.size() > 1 ? t.target->id + ": " : "";
    if (std::string note = missing_items_note(t.result, lang); !note.empty())
      notes.push_back(prefix + note);
    if (std::string note = short_periods_note(t.result, lang); !note.empty())
      notes.push_back(prefix + note);
    if (std::string note = missing_data_note(t.result, lang); !note.empty())
      notes.push_back(prefix + note);
  }
  const model::YearEndEvaluation* e = o.year_end;
  const bool has_cause = e != nullptr && !e->cause.empty();
  const bool has_action = e != nullptr && e->corrective_action;
  if (!has_cause && !has_action) {
    if (o.verdict == Verdict::not_met)
      notes.push_back(format_message(MessageId::report_no_follow_up, lang));
    return notes;
  }
  if (has_cause)
    notes.push_back(fmt::format("{}: {}", format_message(MessageId::report_cause, lang), e->cause));
  if (has_action) {
    notes.push_back(fmt::format("{}: {}", format_message(MessageId::report_action, lang),
                                follow_up_action(*e->corrective_action, lang)));
  }
  return notes;
}

std::string baseline_wording(const std::string& target_ref, const eval::BaselineUsed& b,
                             Lang lang) {
  const bool recorded = b.source == eval::BaselineSource::measurements;
  if (b.period) {
    std::string line =
        format_message(MessageId::report_baseline_period, lang,
                       {target_ref, period_wording(*b.period, lang),
                        format_number(b.value, lang, std::max(2, places_of(b.value))),
                        fmt::format("{}:{}", b.file, b.line)});
    if (!b.note.empty()) line += fmt::format(" ({})", b.note);
    return line;
  }
  std::string line = format_message(
      recorded ? MessageId::report_baseline_recorded : MessageId::report_baseline_computed, lang,
      {target_ref, std::to_string(b.year),
       format_number(b.value, lang, std::max(2, places_of(b.value))),
       recorded ? fmt::format("{}:{}", b.file, b.line) : b.file});
  if (!b.note.empty()) line += fmt::format(" ({})", b.note);
  if (b.estimate) line += " " + format_message(MessageId::report_estimate, lang);
  if (!b.missing.empty()) {
    line +=
        " (" + format_message(MessageId::report_missing_data, lang, {MessageArg(b.missing)}) + ")";
  }
  if (b.computed_value) {
    line += " " + format_message(MessageId::report_baseline_differs, lang,
                                 {std::to_string(b.year),
                                  format_number(*b.computed_value, lang,
                                                std::max(2, places_of(b.computed_value)))});
  }
  return line;
}

std::vector<std::string> revision_wording(const std::string& target_ref,
                                          const eval::TargetEvaluation& t, Lang lang) {
  // "theo Quyết định số 2352/QĐ-BTC: giao thêm 11.865 tỷ đồng chỉ tiêu phấn đấu"
  const auto document = [](const model::Revision& r) {
    return r.note.empty() ? r.document : r.document + ": " + r.note;
  };
  std::vector<std::string> lines;
  if (t.revision != nullptr && t.original != nullptr) {
    const model::Revision& r = *t.revision;
    lines.push_back(
        format_message(MessageId::report_revision_in_force, lang,
                       {target_ref, target_wording(*t.target, lang), date_wording(r.date, lang),
                        document(r), target_wording(*t.original, lang)}));
  }
  const model::Target& written = t.original != nullptr ? *t.original : *t.target;
  for (const model::Revision* r : t.ahead) {
    lines.push_back(format_message(MessageId::report_revision_ahead, lang,
                                   {target_ref, target_wording(written.as_of(r->date), lang),
                                    date_wording(r->date, lang), document(*r)}));
  }
  return lines;
}

std::vector<std::string> baseline_lines(const eval::AgencyEvaluation& agency, Lang lang) {
  std::vector<std::string> lines;
  for (const auto& o : agency.objectives) {
    for (const auto& t : o.targets) {
      if (t.result.baseline) {
        lines.push_back(baseline_wording(fmt::format("{}/{}", o.objective->id, t.target->id),
                                         *t.result.baseline, lang));
      }
    }
  }
  return lines;
}

std::vector<std::string> revision_lines(const eval::AgencyEvaluation& agency, Lang lang) {
  std::vector<std::string> lines;
  for (const auto& o : agency.objectives) {
    for (const auto& t : o.targets) {
      for (std::string& line :
           revision_wording(fmt::format("{}/{}", o.objective->id, t.target->id), t, lang))
        lines.push_back(std::move(line));
    }
  }
  return lines;
}

std::string unit_summary_wording(const eval::UnitSummary& unit, Lang lang) {
  return format_message(
      MessageId::report_unit_summary, lang,
      {unit.name, std::to_string(unit.count.met), std::to_string(unit.count.evaluated)});
}

std::vector<ResultRow> result_rows(const eval::AgencyEvaluation& agency, Lang lang) {
  std::vector<ResultRow> rows;
  for (const auto& o : agency.objectives) {
    ResultRow head;
    head.objective = &o;
    head.id = o.objective->id;
    head.title = o.objective->title;
    head.verdict = o.verdict;
    head.verdict_label = verdict_wording(o.verdict, o.provisional, lang);
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
      part.verdict_label = verdict_wording(t.result.verdict, t.result.provisional, lang);
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

RowFollowUp row_follow_up(const ResultRow& row, Lang lang) {
  RowFollowUp out;
  const eval::ObjectiveEvaluation& o = *row.objective;
  if (!row.is_part) {
    if (const model::YearEndEvaluation* e = o.year_end) {
      out.cause = e->cause;
      if (const auto& a = e->corrective_action) {
        out.action = a->action;
        out.effectiveness = a->effectiveness;
        out.responsible = a->responsible;
        out.due = due_wording(a->due, lang);
      }
    }
    if (std::string note = withdrawn_note(o, lang); !note.empty())
      out.notes.push_back(std::move(note));
    if (!o.objective->note.empty()) out.notes.push_back(o.objective->note);
  }
  if (const eval::TargetEvaluation* t = row.target) {
    for (std::string note :
         {missing_items_note(t->result, lang), short_periods_note(t->result, lang),
          missing_data_note(t->result, lang), excludes_wording(*t->target, lang),
          t->result.evidence, t->target->note}) {
      if (!note.empty()) out.notes.push_back(std::move(note));
    }
  }
  return out;
}

}  // namespace qobj::report
