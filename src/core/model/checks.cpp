#include "core/model/checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "core/diag/omitted.hpp"
#include "core/model/completeness.hpp"
#include "core/model/level_checks.hpp"
#include "core/model/one_stop_checks.hpp"
#include "core/model/plans.hpp"
#include "core/schema/json_value.hpp"
#include "core/text/join.hpp"
#include "core/text/unicode.hpp"
#include "core/time/coverage.hpp"
#include "core/yaml/core_schema.hpp"
#include "core/yaml/document.hpp"

namespace qobj::model {

namespace {

// What a record must hold for each kind of target, and the keys to name in the hint.
bool fits(TargetKind kind, const Record& r) {
  switch (kind) {
    case TargetKind::percentage:
      return r.has_counts() || r.has_value || r.has_one_stop;
    case TargetKind::checklist:
      return r.has_items || r.has_counts();
    case TargetKind::zero_count:
    case TargetKind::minimum_count:
    case TargetKind::frequency:
      return r.has_count || r.has_events;
    case TargetKind::growth:
      return r.has_value || r.has_rate;
    case TargetKind::amount:
      return r.has_value;
    case TargetKind::survey:
      return r.has_ratings || r.has_mean || r.has_value;
    case TargetKind::yes_no:
      return r.has_done;
    case TargetKind::deadline:
      return r.has_completed;
  }
  return true;
}

std::string_view expected_keys(TargetKind kind) {
  switch (kind) {
    case TargetKind::percentage:
      return "numerator, denominator";
    case TargetKind::checklist:
      return "items";
    case TargetKind::zero_count:
    case TargetKind::minimum_count:
    case TargetKind::frequency:
      return "count, events";
    case TargetKind::growth:
      return "value, rate";
    case TargetKind::amount:
      return "value";
    case TargetKind::survey:
      return "ratings, mean";
    case TargetKind::yes_no:
      return "done";
    case TargetKind::deadline:
      return "completed";
  }
  return "";
}

// The data of a record of each kind, for an example line in a hint.
std::string_view example_data(TargetKind kind) {
  switch (kind) {
    case TargetKind::percentage:
      return "numerator: …, denominator: …";
    case TargetKind::zero_count:
      return "count: 0";
    case TargetKind::minimum_count:
    case TargetKind::frequency:
      return "count: …";
    case TargetKind::survey:
      return "ratings: {…}";
    default:
      return "value: …";
  }
}

// The data fields a record may give, and whether it gives each.
std::vector<std::pair<std::string_view, bool>> record_fields(const Record& r) {
  return {{"value", r.has_value},
          {"rate", r.has_rate},
          {"unit", r.has_unit},
          {"numerator", r.has_numerator},
          {"denominator", r.has_denominator},
          {"excluded", r.has_excluded},
          {"count", r.has_count},
          {"events", r.has_events},
          {"items", r.has_items},
          {"ratings", r.has_ratings},
          {"mean", r.has_mean},
          {"responses", r.has_responses},
          {"done", r.has_done},
          {"completed", r.has_completed},
          {"definition", r.has_definition},
          {"one_stop", r.has_one_stop}};
}

// Whether a target uses a record's `field` (docs/checks.md).
bool uses_field(const Target& target, std::string_view field) {
  switch (target.kind) {
    case TargetKind::percentage:
      return field == "numerator" || field == "denominator" || field == "excluded" ||
             field == "value" || field == "definition" || field == "one_stop";
    case TargetKind::checklist:
      // Declared items are counted item by item: counts could not say which were done.
      return field == "items" ||
             (target.items.empty() && (field == "numerator" || field == "denominator"));
    case TargetKind::zero_count:
    case TargetKind::minimum_count:
    case TargetKind::frequency:
      return field == "count" || field == "events";
    case TargetKind::growth:
      return field == "value" || field == "unit" || field == "rate";
    case TargetKind::amount:
      return field == "value" || field == "unit";
    case TargetKind::survey:
      return field == "ratings" || field == "mean" || field == "value" || field == "responses";
    case TargetKind::yes_no:
      return field == "done";
    case TargetKind::deadline:
      return field == "completed";
  }
  return false;
}

// The data fields a target's records may give, for a hint: "value, unit".
std::string used_fields(const Target& target) {
  std::string list;
  for (const auto& field :
       {"value", "rate", "unit", "numerator", "denominator", "excluded", "count", "events", "items",
        "ratings", "mean", "responses", "done", "completed", "definition", "one_stop"}) {
    if (uses_field(target, field)) list += (list.empty() ? "" : ", ") + std::string(field);
  }
  return list;
}

// Whether values combined so make the year's total so far: each period's own added up, or
// running totals. Only such a total has a forecast of the year, or a same period last year.
bool makes_a_total(Aggregate how) {
  return how == Aggregate::sum || how == Aggregate::year_to_date;
}

// Whether a target takes the last of its records, which may then be year-to-date figures (and
// are, under `aggregate: year-to-date`).
bool year_to_date(const Target& target) {
  const Aggregate how = target.effective_aggregate();
  return how == Aggregate::year_to_date ||
         (how == Aggregate::last &&
          (target.kind == TargetKind::percentage || target.kind == TargetKind::amount ||
           target.kind == TargetKind::growth));
}

// A period or a day as a message argument, worded in the report's language.
MessageArg when(const Period& period) {
  return MessageArg(period);
}
MessageArg when(const Date& day) {
  return when(Period{day, day});
}

ExactNumber hundred() {
  ExactNumber n;
  n.value = 100;
  return n;
}

// Units compare without regard to case or spacing ("Tỷ đồng" is "tỷ  đồng"); a different word
// or scale ("triệu USD" against "tỷ USD") is a different unit.
bool same_unit(std::string_view a, std::string_view b) {
  auto fold = [](std::string_view text) {
    std::string out;
    for (const char c : text::to_nfc(text)) {
      if (c == ' ' || c == '\t') {
        if (!out.empty() && out.back() != ' ') out += ' ';
      } else {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  return fold(a) == fold(b);
}

std::string reference(const Objective& objective, const Target& target) {
  return fmt::format("{}/{}", objective.id, target.id);
}

bool within_scale(const ExactNumber& n, const Scale& scale) {
  return compare(n, scale.min).value_or(-1) >= 0 && compare(n, scale.max).value_or(1) <= 0;
}

class Checker {
 public:
  Checker(const Repository& repository, std::optional<Date> as_of, Omitted& omitted,
          std::vector<UnplannedData>* without_plan)
      : m_repo(repository),
        m_plans(*repository.plans),
        m_as_of(as_of),
        m_without_plan(without_plan),
        m_budget(m_out, omitted) {}

  std::vector<Diagnostic> run() {
    for (const Duplicate& d : m_plans.duplicates()) check_duplicate(d);
    for (const auto& file : m_repo.objectives) check_objectives_file(file);
    for (const auto& [key, plan] : m_plans.all()) {
      check_parents(plan);
      check_targets_data(plan);
    }
    for (const auto& file : m_repo.measurements) check_measurements_file(file);
    return std::move(m_out);
  }

 private:
  Location location(Origin o) const { return m_repo.documents[o.document]->location(o.node); }
  std::string pointer(Origin o) const { return m_repo.documents[o.document]->pointer(o.node); }
  const yaml::Document& doc(std::uint32_t document) const { return *m_repo.documents[document]; }
  Diagnostic& report(MessageId id, std::vector<MessageArg> args, Origin at,
                     Severity severity = Severity::error) {
    Location where = location(at);
    // Past the file's cap the diagnostic is only counted: its pointer is not worth a search.
    Diagnostic d = Diagnostic::error(id, std::move(args), std::move(where),
                                     m_budget.full(where.file) ? std::string() : pointer(at));
    d.severity = severity;
    return m_budget.add(std::move(d));
  }
  void relate(Diagnostic& d, Origin first, MessageId note = MessageId::note_first_defined) {
    d.related = RelatedLocation{location(first), note};
  }
  // "did you mean" in the hint, as argument {index}.
  void suggest(Diagnostic& d, std::string_view word, const std::vector<std::string>& candidates,
               std::size_t index = 2) {
    if (const auto match = schema::closest_match(word, candidates)) {
      d.args.resize(std::max(d.args.size(), index + 1), MessageArg(""));
      d.args[index] = *match;
      d.hint = index == 2 ? MessageId::hint_did_you_mean : MessageId::hint_did_you_mean_target;
    }
  }
  // Whether an objectives file that failed its own checks may belong to this plan: references
  // into the plan are then not judged (they were reported at their cause).
  bool plan_unsettled(std::string_view agency, int year) const {
    return std::any_of(m_repo.unsound.begin(), m_repo.unsound.end(), [&](const UnsoundFile& f) {
      return f.objectives && f.covers(agency, year);
    });
  }
  // The same for a measurements file: what the plan's data lacks may be in it.
  bool data_unsettled(std::string_view agency, int year) const {
    return std::any_of(m_repo.unsound.begin(), m_repo.unsound.end(), [&](const UnsoundFile& f) {
      return !f.objectives && f.covers(agency, year);
    });
  }
  bool has_duplicate_objective(const std::string& agency) const {
    return std::any_of(m_plans.duplicates().begin(), m_plans.duplicates().end(),
                       [&](const Duplicate& d) {
                         return d.what == Duplicate::What::objective && d.agency == agency;
                       });
  }
  // The agencies with objectives of their own in the repository.
  std::vector<std::string> agencies_with_objectives() const {
    std::vector<std::string> agencies;
    for (const auto& [key, plan] : m_plans.all()) {
      if (plan.has_agency_file &&
          std::find(agencies.begin(), agencies.end(), key.first) == agencies.end())
        agencies.push_back(key.first);
    }
    return agencies;
  }
  // Ids for a hint: the first ten, then "…".
  static std::string listed(const std::vector<std::string>& ids) {
    constexpr std::size_t kShown = 10;
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < kShown; ++i) out += (i ? ", " : "") + ids[i];
    return ids.size() > kShown ? out + ", …" : out;
  }
  // The years of the agency's plans other than `year`, "2021, 2023"; empty when none.
  std::string other_years(const std::string& agency, int year) const {
    std::string years;
    for (const auto& [key, plan] : m_plans.all()) {
      if (key.first == agency && key.second != year && plan.has_agency_file)
        years += (years.empty() ? "" : ", ") + std::to_string(key.second);
    }
    return years;
  }

  void check_duplicate(const Duplicate& d);
  void report_all(const std::vector<Finding>& findings) {
    for (const Finding& f : findings) report(f.message, f.args, f.at);
  }
  void check_objectives_file(const ObjectivesFile& file);
  void check_target(const ObjectivesFile& file, const Objective& objective, const Target& target,
                    std::set<std::string>& target_ids);
  void check_plan_of_action(const Objective& objective);
  void check_parents(const Plan& plan);
  void check_targets_data(const Plan& plan);
  void check_overlaps(const Objective& objective, const Target& target,
                      const std::vector<RecordRef>& records);
  void check_completeness(const Plan& plan, const Objective& objective, const Target& target,
                          const std::vector<RecordRef>& records);
  void check_survey_records(const Objective& objective, const Target& target,
                            const std::vector<RecordRef>& records);
  void check_year_to_date(const Objective& objective, const Target& target,
                          const std::vector<RecordRef>& records);
  void check_growth_rates(const Objective& objective, const Target& target,
                          const std::vector<RecordRef>& records);
  // Records that must each start on the window's first day: running totals, published rates.
  void check_running_totals(const Plan& plan, const Objective& objective, const Target& target,
                            const std::vector<RecordRef>& records, MessageId message);
  void check_checklist_records(const Objective& objective, const Target& target,
                               const std::vector<RecordRef>& records);
  void check_frequency_counts(const Plan& plan, const Objective& objective, const Target& target,
                              const std::vector<RecordRef>& records);
  void check_unit_file(const Plan& plan, const ObjectivesFile& file);
  void check_score_target(const Objective& objective, const Target& target);
  void check_amount_target(const ObjectivesFile& file, const Objective& objective,
                           const Target& target);
  void check_measurements_file(const MeasurementsFile& file);
  void check_record(const Plan& plan, const MeasurementsFile& file, const Record& record);
  void check_baselines(const Plan& plan, const MeasurementsFile& file);
  void check_same_period_use(const Plan& plan, const Baseline& baseline, const Target& target);
  void check_forecasts(const Plan& plan, const MeasurementsFile& file, const Period& year);
  void check_baseline_from(const Target& target, const Plan& baseline_plan);
  // Reports a reference that does not resolve; the target when it does.
  const Target* resolve(const Plan& plan, std::string_view objective_id, std::string_view target_id,
                        Origin at, bool record, const std::string& scope = {});

  const Repository& m_repo;
  const Plans& m_plans;
  std::optional<Date> m_as_of;
  std::vector<UnplannedData>* m_without_plan;  // kept for the run's end, when given
  std::set<std::pair<std::string, std::string>> m_missing_baselines;  // reported once
  // Forecasts by target and date, in every measurements file: where each was first made.
  std::map<std::pair<const Target*, Date>, Origin> m_forecasts_seen;
  std::vector<Diagnostic> m_out;
  DiagnosticBudget m_budget;
};

void Checker::check_duplicate(const Duplicate& d) {
  switch (d.what) {
    case Duplicate::What::objective:
      relate(report(MessageId::check_duplicate_objective, {d.id, d.agency}, d.at), d.first);
      break;
    case Duplicate::What::unit:
      relate(report(MessageId::check_duplicate_unit, {d.id, d.agency}, d.at), d.first);
      break;
    case Duplicate::What::baseline:
      relate(report(MessageId::check_duplicate_baseline, {d.id}, d.at), d.first);
      break;
    case Duplicate::What::evaluation:
      relate(report(MessageId::check_duplicate_evaluation, {d.id}, d.at), d.first);
      break;
  }
}

void Checker::check_objectives_file(const ObjectivesFile& file) {
  const Plan& plan = *m_plans.find(file.agency_id, file.year);
  // A unit's own file belongs to its agency's plan of the same year; when the year is wrong,
  // its units are not worth reporting too.
  const bool unsettled = plan_unsettled(file.agency_id, file.year);
  bool wrong_year = false;
  if (!plan.has_agency_file && !unsettled) {
    if (const std::string years = other_years(file.agency_id, file.year); !years.empty()) {
      report(MessageId::check_year_mismatch, {std::to_string(file.year), plan.agency, years},
             file.year_origin);
      wrong_year = true;
    }
  }
  if (!wrong_year) check_unit_file(plan, file);
  if (file.period_origin.node != 0 && file.period.end < file.period.start) {
    report(MessageId::check_reversed_dates,
           {"period", when(file.period.start), when(file.period.end)}, file.period_origin);
  }
  if (!wrong_year && !unsettled && !file.unit.empty() && plan.unit(file.unit) == nullptr) {
    auto& d = report(MessageId::check_unknown_unit, {file.unit, plan.agency}, file.unit_origin);
    suggest(d, file.unit, plan.unit_ids());
  }
  for (const Objective& objective : file.objectives) {
    const bool own_unit = objective.unit_origin.node != objective.origin.node;
    if (!wrong_year && !unsettled && own_unit && !objective.unit.empty() &&
        plan.unit(objective.unit) == nullptr) {
      auto& d = report(MessageId::check_unknown_unit, {objective.unit, plan.agency},
                       objective.unit_origin);
      suggest(d, objective.unit, plan.unit_ids());
    }
    if (own_unit && !file.unit.empty() && objective.unit != file.unit) {
      report(MessageId::check_unit_conflict, {objective.id, objective.unit, file.unit},
             objective.unit_origin);
    }
    for (const auto& [date, at] : {std::pair(objective.start, objective.start_origin),
                                   std::pair(objective.due, objective.due_origin)}) {
      if (date && at.node != objective.origin.node && !file.period.contains(*date)) {
        report(MessageId::check_outside_period, {when(*date), when(file.period)}, at);
      }
    }
    // A group's withdrawal is its objectives' too: said once, where it is written.
    const bool own_withdrawal = objective.withdrawn && !objective.withdrawn->inherited;
    if (own_withdrawal && objective.withdrawn->date &&
        !file.period.contains(*objective.withdrawn->date)) {
      report(MessageId::check_outside_period, {when(*objective.withdrawn->date), when(file.period)},
             objective.withdrawn->origin);
    }
    if (objective.start && objective.due && *objective.due < *objective.start &&
        objective.due_origin.node != objective.origin.node) {
      report(MessageId::check_reversed_dates,
             {objective.id, when(*objective.start), when(*objective.due)}, objective.due_origin);
    }
    std::set<std::string> target_ids;
    for (const Target& target : objective.targets)
      check_target(file, objective, target, target_ids);
    check_plan_of_action(objective);
  }
}

// A unit's own file repeats the agency's header; what it says differently would be ignored
// (the agency's file speaks for the plan), so it is refused.
void Checker::check_unit_file(const Plan& plan, const ObjectivesFile& file) {
  if (file.unit.empty() || !plan.has_agency_file || plan.main_file == &file) return;
  const ObjectivesFile& agency = *plan.main_file;
  const std::string main_name = m_repo.file_name(agency.document);
  const auto differs = [&](std::string_view key, bool different, Origin at) {
    if (at.node != 0 && different)
      report(MessageId::check_unit_file_ignored, {std::string(key), main_name}, at);
  };
  differs("agency.name", file.agency_name != agency.agency_name, file.agency_name_origin);
  differs("agency.parent", file.agency_parent != agency.agency_parent, file.agency_parent_origin);
  differs("period", file.period != agency.period, file.period_origin);
  differs("standard", file.standard != agency.standard, file.standard_origin);
  differs("document", true, file.document_origin);
}

void Checker::check_target(const ObjectivesFile& file, const Objective& objective,
                           const Target& target, std::set<std::string>& target_ids) {
  if (!target_ids.insert(target.id).second) {
    report(MessageId::check_duplicate_target, {target.id, objective.id}, target.origin);
  }
  if (target.range && compare(target.range->from, target.range->to).value_or(0) > 0) {
    report(MessageId::check_range_reversed,
           {reference(objective, target), to_decimal_string(target.range->from),
            to_decimal_string(target.range->to)},
           target.range_origin);
  }
  if (target.due && !file.period.contains(*target.due)) {
    report(MessageId::check_outside_period, {when(*target.due), when(file.period)},
           target.due_origin.node != 0 ? target.due_origin : target.origin);
  }
  if (!target.baseline_objective.empty() && target.baseline_year) {
    if (const Plan* then = m_plans.find(file.agency_id, *target.baseline_year))
      check_baseline_from(target, *then);
  }
  const std::string ref = reference(objective, target);
  // A growth target is judged against a range or a value: exactly one of them.
  if (target.kind == TargetKind::growth && target.range.has_value() == target.value.has_value()) {
    report(MessageId::check_growth_threshold, {ref}, target.origin);
  }
  if (target.kind == TargetKind::growth) check_amount_target(file, objective, target);
  if (target.out_of) check_score_target(objective, target);
  report_all(check_target_levels(target, ref, objective.window(file.period)));
  // A target's own due date lies within its objective's dates.
  if (target.due && target.due_origin.node != 0) {
    const Period window = objective.window(file.period);
    if (!window.contains(*target.due) && file.period.contains(*target.due)) {
      report(MessageId::check_outside_period, {when(*target.due), when(window)}, target.due_origin);
    }
  }
  if (target.kind != TargetKind::survey) return;
  if (target.scale && compare(target.scale->min, target.scale->max).value_or(1) >= 0) {
    report(MessageId::check_scale_reversed,
           {to_decimal_string(target.scale->min), to_decimal_string(target.scale->max)},
           target.scale_origin);
    return;
  }
  if (target.measure == SurveyMeasure::share_at_least && !target.level) {
    report(MessageId::check_level_missing, {ref}, target.origin);
  }
  if (target.measure == SurveyMeasure::mean && target.level) {
    report(MessageId::check_level_unused, {ref}, target.level_origin);
  }
  if (!target.scale) return;
  const auto outside = [&](MessageId what, const ExactNumber& n, Origin at) {
    report(MessageId::check_outside_scale,
           {what, to_decimal_string(n), to_decimal_string(target.scale->min),
            to_decimal_string(target.scale->max)},
           at);
  };
  if (target.level && !within_scale(*target.level, *target.scale))
    outside(MessageId::phrase_survey_level, *target.level, target.level_origin);
  if (target.measure == SurveyMeasure::mean && target.value &&
      !within_scale(*target.value, *target.scale))
    outside(MessageId::phrase_survey_target, *target.value, target.origin);
}

// A score out of a maximum ("17,35/20 điểm", the national index of QĐ 766/QĐ-TTg): its target
// within the maximum, and the latest figure its result, for scores do not add up.
void Checker::check_score_target(const Objective& objective, const Target& target) {
  const std::string ref = reference(objective, target);
  // The schema takes out_of on amounts only, above 0.
  if (target.kind != TargetKind::amount || sgn(target.out_of->value) <= 0) return;
  const int above = target.value ? compare(*target.value, *target.out_of).value_or(0) : -1;
  if (above > 0 || (above == 0 && target.comparison == Comparison::greater_than)) {
    report(MessageId::check_score_above_max,
           {ref, to_decimal_string(*target.value), to_decimal_string(*target.out_of)},
           target.origin);
  }
  if (target.aggregate && *target.aggregate != Aggregate::last) {
    report(MessageId::check_score_aggregate, {ref, std::string(code_of(*target.aggregate))},
           target.aggregate_origin);
  }
}

// A growth target without records of its own measures the growth of an amount target of its
// objective: the one `amount_target` names, which must be one, or the only one there is.
void Checker::check_amount_target(const ObjectivesFile& file, const Objective& objective,
                                  const Target& target) {
  std::vector<std::string> amounts;
  for (const Target& t : objective.targets) {
    if (t.kind == TargetKind::amount) amounts.push_back(t.id);
  }
  const std::string ref = reference(objective, target);
  if (!target.amount_target.empty()) {
    if (objective.amount_of(target) == nullptr) {
      auto& d =
          report(MessageId::check_amount_target,
                 {target.amount_target, objective.id, amounts.empty() ? "—" : text::join(amounts)},
                 target.amount_target_origin);
      suggest(d, target.amount_target, amounts, 3);
    }
    return;
  }
  const Plan* plan = m_plans.find(file.agency_id, file.year);
  const bool own_records = plan != nullptr && !plan->records_of(target).empty();
  if (amounts.size() > 1 && !own_records) {
    report(MessageId::check_growth_amount_ambiguous,
           {ref, objective.id, text::join(amounts), amounts.front()}, target.origin);
  }
}

// ISO 9001 6.2.2: a plan for every objective that is evaluated.
void Checker::check_plan_of_action(const Objective& objective) {
  std::vector<MessageId> missing = missing_plan_parts(objective);
  if (missing.empty()) return;
  MessageArg list(missing);
  list.joiner = MessageId::phrase_list_separator;
  report(MessageId::iso_plan_incomplete, {objective.id, std::move(list)}, objective.origin,
         Severity::warning);
}

void Checker::check_parents(const Plan& plan) {
  for (const Objective* objective : plan.order) {
    if (objective->parent.empty()) continue;
    if (plan.objective(objective->parent) == nullptr) {
      if (plan_unsettled(plan.agency, plan.year)) continue;
      auto& d = report(MessageId::check_unknown_parent, {objective->parent, plan.agency},
                       objective->parent_origin);
      suggest(d, objective->parent, plan.objective_ids());
      continue;
    }
    // Follow the chain; coming back to the start is a cycle.
    const std::string& id = objective->id;
    std::vector<std::string> chain{id};
    const Objective* current = objective;
    while (!current->parent.empty() && plan.objective(current->parent) != nullptr) {
      if (current->parent == id) {
        chain.push_back(id);
        // One report per cycle: at the member with the smallest id.
        if (*std::min_element(chain.begin(), chain.end()) != id) break;
        std::string path;
        for (const auto& step : chain) path += (path.empty() ? "" : " → ") + step;
        report(MessageId::check_parent_cycle, {id, path}, objective->parent_origin);
        break;
      }
      if (std::find(chain.begin(), chain.end(), current->parent) != chain.end())
        break;  // a cycle elsewhere
      chain.push_back(current->parent);
      current = plan.objective(current->parent);
    }
  }
}

// `baseline_from` names what the baseline year's files measured; when they are given, it must
// be there.
void Checker::check_baseline_from(const Target& target, const Plan& baseline_plan) {
  const Origin at = target.baseline_from_origin;
  const Target* found =
      resolve(baseline_plan, target.baseline_objective, target.baseline_target, at, false,
              fmt::format("{} ({})", baseline_plan.agency, baseline_plan.year));
  if (found != nullptr && found->kind != TargetKind::growth && found->kind != TargetKind::amount) {
    report(MessageId::check_baseline_not_quantity,
           {fmt::format("{}/{}", target.baseline_objective, found->id),
            std::string(code_of(found->kind))},
           at);
  }
}

const Target* Checker::resolve(const Plan& plan, std::string_view objective_id,
                               std::string_view target_id, Origin at, bool record,
                               const std::string& scope) {
  const Resolved r = plan.resolve(objective_id, target_id);
  // An objective may be declared in a file that could not be read; its targets cannot. An
  // id given twice in the agency's objectives was most likely meant for the one missing: the
  // duplicate is said, its consequences are not.
  if (r.status == Resolution::unknown_objective &&
      (plan_unsettled(plan.agency, plan.year) || has_duplicate_objective(plan.agency)))
    return nullptr;
  switch (r.status) {
    case Resolution::found:
      return r.target;
    case Resolution::unknown_objective: {
      // Only what could be meant here: a record's data goes to an objective with targets,
      // never to a group heading.
      std::vector<std::string> ids;
      for (const Objective* o : plan.order) {
        if (!record || !o->is_group) ids.push_back(o->id);
      }
      auto& d = report(
          MessageId::check_unknown_objective,
          {std::string(objective_id), scope.empty() ? plan.agency : scope, "", listed(ids)}, at);
      suggest(d, objective_id, ids);
      return nullptr;
    }
    case Resolution::group:
      if (record) report(MessageId::check_group_record, {std::string(objective_id)}, at);
      return nullptr;
    case Resolution::target_needed:
      if (record && !r.objective->targets.empty()) {
        report(MessageId::check_target_needed,
               {std::string(objective_id), std::to_string(r.objective->targets.size()),
                r.objective->targets.front().id},
               at);
      }
      return nullptr;
    case Resolution::unknown_target: {
      std::vector<std::string> ids;
      for (const Target& t : r.objective->targets) ids.push_back(t.id);
      auto& d = report(MessageId::check_unknown_target,
                       {std::string(objective_id), std::string(target_id), text::join(ids)}, at);
      suggest(d, target_id, ids, 3);
      return nullptr;
    }
  }
  return nullptr;
}

// The checks over each target's records together: overlapping periods, records outside the
// objective's own dates, gaps, and what surveys and checklists report.
// `aggregate: last` judges the year by its last record, which is right only for year-to-date
// figures: counts that fall from one period to the next are each period's own, and the last
// would hide a miss earlier in the year (a wrong "met").
void Checker::check_year_to_date(const Objective& objective, const Target& target,
                                 const std::vector<RecordRef>& records) {
  std::optional<ExactNumber> previous_numerator, previous_denominator;
  Period previous_period;
  for (const RecordRef& r : records) {
    const Record& record = *r.record;
    if (!record.has_counts()) continue;
    const yaml::Document& document = doc(r.file->document);
    const std::uint32_t denominator_node = record.denominator_node(document);
    const auto numerator = yaml::number_value(document, record.numerator_node(document));
    const auto denominator = yaml::number_value(document, denominator_node);
    if (!numerator || !denominator) continue;
    const bool fell =
        previous_denominator && (compare(*denominator, *previous_denominator).value_or(0) < 0 ||
                                 compare(*numerator, *previous_numerator).value_or(0) < 0);
    if (fell) {
      report(MessageId::check_not_year_to_date,
             {reference(objective, target), when(previous_period), when(record.period),
              to_decimal_string(*previous_denominator), to_decimal_string(*denominator)},
             Origin{r.file->document, denominator_node});
      return;  // once per target
    }
    previous_numerator = numerator;
    previous_denominator = denominator;
    previous_period = record.period;
  }
}

// A growth target's records are either values (compared with the baseline) or stated rates,
// not both; and rates are levels, which do not add up.
void Checker::check_growth_rates(const Objective& objective, const Target& target,
                                 const std::vector<RecordRef>& records) {
  const RecordRef* first_rate = nullptr;
  const RecordRef* first_value = nullptr;
  for (const RecordRef& r : records) {
    if (r.record->has_rate && first_rate == nullptr) first_rate = &r;
    if (r.record->has_value && first_value == nullptr) first_value = &r;
  }
  if (first_rate == nullptr) return;
  if (first_value != nullptr) {
    auto& d = report(MessageId::check_growth_rate_mixed, {reference(objective, target)},
                     Origin{first_rate->file->document, first_rate->record->node});
    if (first_value != first_rate)
      relate(d, Origin{first_value->file->document, first_value->record->node},
             MessageId::note_other_record);
    return;
  }
  const Aggregate how = target.effective_aggregate();
  if (makes_a_total(how)) {
    report(MessageId::check_rate_aggregate,
           {reference(objective, target), std::string(code_of(how))}, target.aggregate_origin);
  }
}

// Running totals ("lũy kế") all start on the first day the target is judged over: a total is
// compared with the target's share for the days from there to its end.
void Checker::check_running_totals(const Plan& plan, const Objective& objective,
                                   const Target& target, const std::vector<RecordRef>& records,
                                   MessageId message) {
  const Period window = plan.data_window(target, objective.window(plan.period()));
  for (const RecordRef& r : records) {
    if (message == MessageId::check_rate_start && !r.record->has_rate) continue;
    const Period& period = r.record->period;
    // Outside the window altogether: check.outside-objective says so.
    if (period.start == window.start || period.end < period.start || !period.overlaps(window))
      continue;
    const Date& end = period.end;
    report(message,
           {reference(objective, target), when(period), when(window.start),
            window.start.to_string(), end.to_string()},
           Origin{r.file->document, r.record->period_node});
  }
}

void Checker::check_targets_data(const Plan& plan) {
  for (const Objective* objective : plan.order) {
    for (const Target& target : objective->targets) {
      const auto& records = plan.records_of(target);
      check_overlaps(*objective, target, records);
      check_completeness(plan, *objective, target, records);
      report_all(check_one_stop_target(target, reference(*objective, target), records));
      // Percentages reported without their counts make a ratio of sums only between the lowest
      // and the highest of them (docs/evaluation.md); with pending dossiers counted, not even
      // that (check.stock-needs-columns says so).
      const bool stocks = target.definition && uses_stocks(*target.definition);
      if (target.kind == TargetKind::percentage && !stocks &&
          target.effective_aggregate() == Aggregate::ratio_of_sums && records.size() > 1) {
        for (const RecordRef& r : records) {
          if (r.record->has_value && !r.record->has_counts() && !r.record->has_one_stop) {
            report(MessageId::check_ratio_needs_counts, {reference(*objective, target)},
                   Origin{r.file->document, r.record->node}, Severity::warning);
            break;  // once per target
          }
        }
      }
      if (target.effective_aggregate() == Aggregate::last)
        check_year_to_date(*objective, target, records);
      if (target.effective_aggregate() == Aggregate::year_to_date)
        check_running_totals(plan, *objective, target, records,
                             MessageId::check_year_to_date_start);
      // Published rates against the same period are from the year's start ("6 tháng", "9
      // tháng"): the latest is the growth so far. A quarter's own rate is not, unless the
      // target says how the periods' rates combine (mean, min, max).
      if (target.kind == TargetKind::growth && !target.aggregate)
        check_running_totals(plan, *objective, target, records, MessageId::check_rate_start);
      if (target.kind == TargetKind::growth) check_growth_rates(*objective, target, records);
      if (target.kind == TargetKind::survey) check_survey_records(*objective, target, records);
      if (target.kind == TargetKind::frequency)
        check_frequency_counts(plan, *objective, target, records);
      if (target.kind == TargetKind::checklist && !target.items.empty())
        check_checklist_records(*objective, target, records);
    }
  }
}

// Periods of one target must not overlap, within a file or across files. Sorted by start, a
// period overlaps an earlier one exactly when it starts before the latest end seen so far.
void Checker::check_overlaps(const Objective& objective, const Target& target,
                             const std::vector<RecordRef>& records) {
  // Year-to-date figures (Q1, H1, 9 months, the year: all from the same day) overlap by
  // design when the target takes the last of them.
  const bool cumulative_figures = year_to_date(target);
  const RecordRef* latest = nullptr;
  for (const RecordRef& current : records) {
    const Period& period = current.record->period;
    if (period.end < period.start) continue;  // check.reversed-dates says what is wrong
    const bool cumulative = cumulative_figures && latest != nullptr &&
                            period.start == latest->record->period.start &&
                            period.end != latest->record->period.end;
    if (latest != nullptr && period.start <= latest->record->period.end && !cumulative) {
      auto& d = report(MessageId::check_duplicate_period,
                       {reference(objective, target), when(latest->record->period), when(period)},
                       Origin{current.file->document, current.record->period_node});
      relate(d, Origin{latest->file->document, latest->record->period_node},
             MessageId::note_other_record);
    }
    if (latest == nullptr || latest->record->period.end < period.end) latest = &current;
  }
}

void Checker::check_completeness(const Plan& plan, const Objective& objective, const Target& target,
                                 const std::vector<RecordRef>& records) {
  // Missing data may be in a measurements file that could not be read: said there.
  if (objective.withdrawn || data_unsettled(plan.agency, plan.year)) return;
  const Period window = plan.data_window(target, objective.window(plan.period()));
  for (const RecordRef& ref : records) {
    // A record counts when it lies within the objective's window (a log of dated events, and a
    // checklist's items, when they share days with it). Outside the plan's period altogether
    // is an error of its own (check.outside-period).
    const DataSpan span{ref.record->period, ref.record->has_events};
    bool counted = counts_for(span, window);
    if (target.kind == TargetKind::checklist && !counted && ref.record->period.overlaps(window)) {
      // A checklist's dated items count by their dates; only undated ones need the record.
      const auto items = read_record_data(m_repo, *ref.file, *ref.record).items;
      counted = std::all_of(items.begin(), items.end(),
                            [](const ReportedItem& item) { return item.date.has_value(); });
    }
    if (!counted && plan.data_year_of(target).contains(ref.record->period)) {
      report(MessageId::check_outside_objective,
             {reference(objective, target), when(ref.record->period), objective.id, when(window)},
             Origin{ref.file->document, ref.record->period_node}, Severity::warning);
    }
  }
  const Date as_of = m_as_of.value_or(window.end);
  const Completeness c =
      completeness_of(plan, objective, target, records, objective.window(plan.period()), as_of);
  // Without a cadence and without records, nothing says what is expected: that is no data.
  if (!c.applies || c.missing.empty() || (records.empty() && !c.cadence)) return;
  // A growth target without records of its own is measured by its objective's amount target,
  // whose own records are checked; one without such an amount has no data of any kind.
  if (target.kind == TargetKind::growth && records.empty() && objective.amount_of(target)) return;
  // Said beside the target's last record; for a target without any, at the target. The hint
  // names the file the records belong in: the last record's, else the year's first
  // measurements file.
  Origin at = target.origin;
  std::string file = "measurements.yaml";
  if (!records.empty()) {
    at = Origin{records.back().file->document, records.back().record->node};
    file = m_repo.file_name(records.back().file->document);
  } else if (!plan.measurements.empty()) {
    file = m_repo.file_name(plan.measurements.front()->document);
  }
  // The record to add: for the first missing period; for year-to-date figures, from the start
  // to the end of the last one missing.
  Period example_period = c.missing.front();
  if (year_to_date(target)) example_period = Period{window.start, c.missing.back().end};
  const std::string example = fmt::format(
      "{{target: {}, period: {}, {}}}", reference(objective, target), period_code(example_period),
      target.kind == TargetKind::growth && !records.empty() && records.back().record->has_rate
          ? "rate: …"
          : example_data(target.kind));
  auto& d = report(MessageId::check_missing_data,
                   {reference(objective, target), MessageArg(c.missing), file, example}, at,
                   Severity::warning);
  // Records of a single day cover that day only: the gaps are the days around them.
  const bool dated = std::any_of(records.begin(), records.end(), [&](const RecordRef& r) {
    return r.record->period.start == r.record->period.end && !r.record->has_events &&
           window.contains(r.record->period);
  });
  if (dated) d.hint = MessageId::hint_missing_data_dated;
  // A target measured on the one-stop form gets its periods from the shop's reports.
  if (target.definition) d.hint = MessageId::hint_import_missing;
}

void Checker::check_survey_records(const Objective& objective, const Target& target,
                                   const std::vector<RecordRef>& records) {
  const std::string ref = reference(objective, target);
  const bool scale_ok =
      target.scale && compare(target.scale->min, target.scale->max).value_or(1) < 0;
  for (const RecordRef& r : records) {
    const RecordData data = read_record_data(m_repo, *r.file, *r.record);
    const Origin at{r.file->document, r.record->node};
    std::map<std::string, std::string> levels;  // normalised level → as written
    ExactNumber total;
    for (const Rating& rating : data.ratings) {
      const std::string written(doc(rating.origin.document).text(rating.origin.node));
      const std::string level = to_decimal_string(rating.level);
      if (const auto [it, inserted] = levels.emplace(level, written); !inserted) {
        report(MessageId::check_duplicate_rating, {level, it->second, written}, rating.origin);
      }
      if (scale_ok && !within_scale(rating.level, *target.scale)) {
        report(MessageId::check_outside_scale,
               {MessageId::phrase_rating_level, written, to_decimal_string(target.scale->min),
                to_decimal_string(target.scale->max)},
               rating.origin);
      }
      total.value += rating.responses.value;
    }
    if (!data.ratings.empty() && data.responses && compare(*data.responses, total) != 0) {
      report(MessageId::check_responses_mismatch,
             {to_decimal_string(*data.responses), to_decimal_string(total)}, at);
    }
    const auto mean = data.mean ? data.mean : data.value;
    if (scale_ok && target.measure == SurveyMeasure::mean && mean &&
        !within_scale(*mean, *target.scale)) {
      report(MessageId::check_outside_scale,
             {MessageId::phrase_survey_mean, to_decimal_string(*mean),
              to_decimal_string(target.scale->min), to_decimal_string(target.scale->max)},
             at);
    }
    // Ratings give the result; a mean or value beside them would be ignored.
    if (!data.ratings.empty()) {
      for (const auto& [field, given] :
           {std::pair("mean", data.mean.has_value()), std::pair("value", data.value.has_value())}) {
        if (given) {
          report(MessageId::check_field_unused,
                 {field, ref, std::string(code_of(target.kind)), "ratings (responses)"}, at);
        }
      }
    }
    if (target.measure == SurveyMeasure::share_at_least && data.ratings.empty() && data.mean) {
      report(MessageId::check_survey_needs_ratings,
             {ref, target.level ? to_decimal_string(*target.level) : std::string("…")}, at);
    }
    if (records.size() > 1 && data.ratings.empty() && (data.mean || data.value) &&
        !data.responses) {
      report(MessageId::check_mean_without_responses, {ref}, at);
    }
  }
}

// A frequency counts in each sub-period of `per`: a count for a longer period cannot say which
// sub-period its events were in.
void Checker::check_frequency_counts(const Plan& plan, const Objective& objective,
                                     const Target& target, const std::vector<RecordRef>& records) {
  const Cadence per = target.per.value_or(Cadence::year);
  const auto parts = sub_periods(plan.period(), months_of(per));
  for (const RecordRef& r : records) {
    if (!r.record->has_count) continue;
    const bool inside = std::any_of(parts.begin(), parts.end(), [&](const Period& part) {
      return part.contains(r.record->period);
    });
    if (!inside) {
      const MessageId per_word = per == Cadence::month       ? MessageId::phrase_per_month
                                 : per == Cadence::quarter   ? MessageId::phrase_per_quarter
                                 : per == Cadence::half_year ? MessageId::phrase_per_half_year
                                                             : MessageId::phrase_per_year;
      report(MessageId::check_count_too_coarse,
             {reference(objective, target), when(r.record->period), per_word},
             Origin{r.file->document, r.record->period_node});
    }
  }
}

void Checker::check_checklist_records(const Objective& objective, const Target& target,
                                      const std::vector<RecordRef>& records) {
  std::vector<std::string> ids;
  for (const DeclaredItem& item : target.items) ids.push_back(item.id);
  for (const RecordRef& r : records) {
    for (const ReportedItem& item : read_record_data(m_repo, *r.file, *r.record).items) {
      const bool declared =
          std::any_of(target.items.begin(), target.items.end(),
                      [&](const DeclaredItem& d) { return is_item(d.id, d.name, item); });
      if (declared) continue;
      const std::string written(item.id.empty() ? item.name : item.id);
      auto& d = report(MessageId::check_unknown_item,
                       {reference(objective, target), written, text::join(ids)}, item.origin);
      suggest(d, written, ids, 3);
    }
  }
}

void Checker::check_measurements_file(const MeasurementsFile& file) {
  const Plan* plan = m_plans.find(file.agency, file.year);
  if (plan == nullptr && plan_unsettled(file.agency, file.year)) return;
  if (plan == nullptr) {
    if (const std::string years = other_years(file.agency, file.year); !years.empty()) {
      report(MessageId::check_year_mismatch, {std::to_string(file.year), file.agency, years},
             file.year_origin);
    } else if (m_without_plan != nullptr) {
      m_without_plan->push_back(
          {file.agency, location(file.agency_origin), pointer(file.agency_origin)});
    } else {
      for (Diagnostic& d : unplanned_data(
               {{file.agency, location(file.agency_origin), pointer(file.agency_origin)}},
               agencies_with_objectives()))
        m_budget.add(std::move(d));
    }
    return;
  }
  report_all(check_reporting_year(*plan, file));
  const Period period = file.reporting_year.value_or(plan->period());
  for (const RecordDate& dated : file.dates) {
    if (!period.contains(dated.date)) {
      report(MessageId::check_outside_period, {when(dated.date), when(period)},
             Origin{file.document, dated.node});
    }
  }
  for (const Record& record : file.records) check_record(*plan, file, record);
  check_baselines(*plan, file);
  check_forecasts(*plan, file, period);
  for (const YearEndEvaluation& evaluation : file.evaluations) {
    const Objective* objective = plan->objective(evaluation.objective);
    if (objective == nullptr &&
        (plan_unsettled(plan->agency, plan->year) || has_duplicate_objective(plan->agency)))
      continue;
    if (objective == nullptr) {
      auto& d = report(MessageId::check_unknown_objective,
                       {evaluation.objective, plan->agency, "", listed(plan->objective_ids())},
                       evaluation.objective_origin);
      suggest(d, evaluation.objective, plan->objective_ids());
      continue;
    }
    const bool yes_no = std::any_of(objective->targets.begin(), objective->targets.end(),
                                    [](const Target& t) { return t.kind == TargetKind::yes_no; });
    if (evaluation.verdict && !yes_no) {
      report(MessageId::check_verdict_not_yes_no, {evaluation.objective},
             evaluation.verdict_origin);
    }
  }
}

void Checker::check_record(const Plan& plan, const MeasurementsFile& file, const Record& record) {
  const yaml::Document& document = doc(file.document);
  const auto at = [&file](std::uint32_t node) { return Origin{file.document, node}; };
  const RecordTarget named = record.named(document);
  const Target* target = resolve(plan, named.objective, named.target, at(record.target_node), true);
  const Period year = file.reporting_year.value_or(plan.period());
  if (record.has_period && record.period.overlaps(year) && !year.contains(record.period)) {
    // Across the period's edge (a calendar year in a school year): the part within is wanted.
    const Period within{std::max(record.period.start, year.start),
                        std::min(record.period.end, year.end)};
    report(MessageId::check_period_across,
           {when(record.period), when(year), within.start.to_string(), within.end.to_string()},
           at(record.period_node));
  } else if (record.has_period && !year.contains(record.period)) {
    report(MessageId::check_outside_period, {when(record.period), when(year)},
           at(record.period_node));
  }
  if (record.has_counts()) {
    const std::uint32_t numerator_node = record.numerator_node(document);
    const auto numerator = yaml::number_value(document, numerator_node);
    const auto denominator = yaml::number_value(document, record.denominator_node(document));
    if (numerator && denominator && compare(*numerator, *denominator) == 1) {
      report(MessageId::check_numerator_exceeds,
             {to_decimal_string(*numerator), to_decimal_string(*denominator)}, at(numerator_node));
    }
  }
  if (target == nullptr) return;
  const std::string ref = fmt::format("{}/{}", named.objective, target->id);
  const bool data_fits = fits(target->kind, record);
  if (!data_fits) {
    report(MessageId::check_data_mismatch,
           {ref, std::string(code_of(target->kind)), std::string(expected_keys(target->kind))},
           at(record.node));
  }
  // Every field a record gives is used for its target's kind, or refused: nothing is accepted
  // and silently ignored.
  for (const auto& [field, present] : record_fields(record)) {
    if (data_fits && present && !uses_field(*target, field)) {
      report(MessageId::check_field_unused,
             {std::string(field), ref, std::string(code_of(target->kind)), used_fields(*target)},
             at(record.node));
    }
  }
  // A percentage is between 0 and 100: a reported one beyond is a typo, not a result.
  const bool percent =
      target->kind == TargetKind::percentage ||
      (target->kind == TargetKind::survey && target->measure == SurveyMeasure::share_at_least);
  const std::uint32_t value_node = record.has_value ? record.value_node(document) : 0;
  if (percent && value_node != 0) {
    const auto value = yaml::number_value(document, value_node);
    if (value && (compare(*value, hundred()).value_or(1) > 0 ||
                  compare(*value, ExactNumber{}).value_or(-1) < 0)) {
      report(MessageId::check_percent_range, {ref, to_decimal_string(*value)}, at(value_node));
    }
  }
  // A score lies between 0 and its maximum: 17.35 out of 20, never 173.5.
  if (target->out_of && target->kind == TargetKind::amount && value_node != 0) {
    const auto value = yaml::number_value(document, value_node);
    if (value && (compare(*value, *target->out_of).value_or(1) > 0 ||
                  compare(*value, ExactNumber{}).value_or(-1) < 0)) {
      report(MessageId::check_score_range,
             {ref, to_decimal_string(*value), to_decimal_string(*target->out_of)}, at(value_node));
    }
  }
  if (record.has_period && record.period.end < record.period.start) {
    report(MessageId::check_reversed_dates,
           {ref, when(record.period.start), when(record.period.end)}, at(record.period_node));
  }
  if (target->kind == TargetKind::percentage) {
    report_all(check_one_stop_record(m_repo, file, record, ref, *target,
                                     m_repo.file_name(target->origin.document)));
  }
  if (record.has_unit && !target->unit.empty()) {
    const std::uint32_t unit_node = record.unit_node(document);
    if (!same_unit(document.text(unit_node), target->unit)) {
      report(MessageId::check_unit_mismatch,
             {std::string(document.text(unit_node)), ref, target->unit}, at(unit_node));
    }
  }
}

// A forecast estimates a year's total (an amount added up, or running totals) or a growth (its
// amount's total, or its rate); one per day and target, within the year.
void Checker::check_forecasts(const Plan& plan, const MeasurementsFile& file, const Period& year) {
  for (const Forecast& forecast : file.forecasts) {
    if (!year.contains(forecast.date)) {
      report(MessageId::check_outside_period, {when(forecast.date), when(year)},
             forecast.date_origin);
    }
    const Target* target =
        resolve(plan, forecast.objective, forecast.target, forecast.target_origin, false);
    if (target == nullptr) continue;
    const std::string ref = fmt::format("{}/{}", forecast.objective, target->id);
    const Aggregate how = target->effective_aggregate();
    const bool total = target->kind == TargetKind::amount && makes_a_total(how);
    const bool growth = target->kind == TargetKind::growth;
    if (!(total && forecast.value) && !growth) {
      // "kind: amount, aggregate: last": what makes it a target with no year's total.
      std::string kind = fmt::format("kind: {}", code_of(target->kind));
      if (target->kind == TargetKind::amount) kind += fmt::format(", aggregate: {}", code_of(how));
      report(MessageId::check_forecast_kind, {ref, kind, forecast.rate ? "rate" : "value"},
             forecast.origin);
    } else if (const auto [first, fresh] =
                   m_forecasts_seen.emplace(std::pair{target, forecast.date}, forecast.date_origin);
               !fresh) {
      relate(report(MessageId::check_duplicate_forecast, {ref, when(forecast.date)},
                    forecast.date_origin),
             first->second);
    }
  }
}

// A baseline for a part of the baseline year is compared with this year's total for the same
// part: the growth's values must be totals (summed, or running totals), never rates or levels.
void Checker::check_same_period_use(const Plan& plan, const Baseline& baseline,
                                    const Target& target) {
  const Resolved r = plan.resolve(baseline.objective, baseline.target);
  if (r.objective == nullptr) return;
  const auto& own = plan.records_of(target);
  const bool rates = std::any_of(own.begin(), own.end(),
                                 [](const RecordRef& ref) { return ref.record->has_rate; });
  const Target* measured = own.empty() ? r.objective->amount_of(target) : &target;
  const Aggregate how = measured != nullptr ? measured->effective_aggregate() : Aggregate::last;
  if (!rates && measured != nullptr && makes_a_total(how)) return;
  const std::string why = rates                 ? std::string("rate")
                          : measured == nullptr ? std::string("—")
                                                : fmt::format("aggregate: {}", code_of(how));
  report(MessageId::check_same_period_unused,
         {reference(*r.objective, target), when(*baseline.period), why}, baseline.period_origin,
         Severity::warning);
}

void Checker::check_baselines(const Plan& plan, const MeasurementsFile& file) {
  for (const Baseline& baseline : file.baselines) {
    const Target* target =
        resolve(plan, baseline.objective, baseline.target, baseline.target_origin, false);
    if (target == nullptr) continue;
    if (target->kind == TargetKind::growth && baseline.value.is_finite() &&
        sgn(baseline.value.value) <= 0) {
      report(
          MessageId::check_baseline_not_positive,
          {fmt::format("{}/{}", baseline.objective, target->id), to_decimal_string(baseline.value)},
          baseline.origin);
    }
    if (target->kind != TargetKind::growth) {
      report(MessageId::check_baseline_not_growth,
             {fmt::format("{}/{}", baseline.objective, target->id)}, baseline.target_origin);
    } else if (target->baseline_year && *target->baseline_year != baseline.year) {
      report(MessageId::check_baseline_year,
             {std::to_string(baseline.year), std::to_string(*target->baseline_year)},
             baseline.year_origin);
    } else if (baseline.period && !plan.period().contains(shifted_by_years(
                                      *baseline.period, plan.year - baseline.year))) {
      // A part of the baseline year is compared with the same part of this one.
      report(MessageId::check_baseline_period,
             {fmt::format("{}/{}", baseline.objective, target->id), when(*baseline.period),
              std::to_string(baseline.year)},
             baseline.period_origin);
    } else if (!plan.is_whole_year(baseline)) {
      check_same_period_use(plan, baseline, *target);
    }
  }
  // Growth targets with data need their baseline: in a measurements file of the year, or
  // from the baseline year's files (unless one of those could not be read).
  if (data_unsettled(file.agency, file.year)) return;
  for (const Record& record : file.records) {
    const RecordTarget named = record.named(doc(file.document));
    const Resolved r = plan.resolve(named.objective, named.target);
    if (r.status != Resolution::found || r.target->kind != TargetKind::growth) continue;
    const Target& target = *r.target;
    // A stated rate is already against the baseline year ("tăng 13% so với cùng kỳ").
    if (record.has_rate) continue;
    if (plan.baseline_of(target) != nullptr || !plan.period_baselines_of(target).empty()) continue;
    if (target.baseline_year && m_plans.find(file.agency, *target.baseline_year) != nullptr)
      continue;
    if (!m_missing_baselines.emplace(file.agency + "/" + r.objective->id, target.id).second)
      continue;
    report(MessageId::check_missing_baseline,
           {reference(*r.objective, target), std::to_string(target.baseline_year.value_or(0))},
           target.origin);
  }
}

}  // namespace

std::vector<MessageId> missing_plan_parts(const Objective& objective) {
  std::vector<MessageId> missing;
  if (objective.is_group || objective.withdrawn) return missing;
  const ActionPlan& plan = objective.plan;
  if (plan.actions.empty()) missing.push_back(MessageId::phrase_plan_actions);
  if (plan.resources.empty()) missing.push_back(MessageId::phrase_plan_resources);
  if (plan.responsible.empty()) missing.push_back(MessageId::phrase_plan_responsible);
  // The objective's own due date (or its group's) also says when.
  if (!plan.due && !objective.due) missing.push_back(MessageId::phrase_plan_due);
  if (plan.evaluation.empty()) missing.push_back(MessageId::phrase_plan_evaluation);
  return missing;
}

std::vector<Diagnostic> check_repository(const Repository& repository, std::optional<Date> as_of,
                                         Omitted& omitted) {
  return Checker(repository, as_of, omitted, nullptr).run();
}

std::vector<Diagnostic> check_repository(const Repository& repository, std::optional<Date> as_of,
                                         Omitted& omitted,
                                         std::vector<UnplannedData>& without_plan) {
  return Checker(repository, as_of, omitted, &without_plan).run();
}

std::vector<Diagnostic> unplanned_data(const std::vector<UnplannedData>& without_plan,
                                       const std::vector<std::string>& agencies) {
  // Ids differ by hyphens as often as by letters: compared without them too.
  const auto plain = [](std::string id) {
    id.erase(std::remove(id.begin(), id.end(), '-'), id.end());
    return id;
  };
  const auto closest = [&](const std::string& agency) -> std::optional<std::string> {
    for (const std::string& candidate : agencies) {
      if (plain(candidate) == plain(agency)) return candidate;
    }
    return schema::closest_match(agency, agencies);
  };
  std::vector<Diagnostic> out;
  for (const UnplannedData& data : without_plan) {
    if (const auto meant = closest(data.agency)) {
      // "ubndhuyenyenkhanh" beside "ubnd-huyen-yen-khanh": the records would be silently left
      // out of every report.
      out.push_back(Diagnostic::error(MessageId::check_unknown_agency, {data.agency, "", *meant},
                                      data.location, data.pointer));
    } else {
      Diagnostic d = Diagnostic::error(MessageId::check_no_objectives, {data.agency}, data.location,
                                       data.pointer);
      d.severity = Severity::warning;
      out.push_back(std::move(d));
    }
  }
  return out;
}

std::vector<Diagnostic> check_repository(const Repository& repository, std::optional<Date> as_of) {
  Omitted omitted;
  return check_repository(repository, as_of, omitted);
}

}  // namespace qobj::model
