#include "core/eval/evaluate.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "core/eval/judge.hpp"
#include "core/model/completeness.hpp"
#include "core/model/plans.hpp"
#include "core/parallel/parallel_for.hpp"

namespace qobj::eval {

namespace {

using model::Objective;
using model::Plan;
using model::Target;
using model::TargetKind;

void count(VerdictCount& c, Verdict v) {
  if (v == Verdict::withdrawn) return;
  ++c.evaluated;
  if (is_met(v)) ++c.met;
  ++c.per_verdict[static_cast<int>(v)];
}

class AgencyEvaluator {
 public:
  AgencyEvaluator(const model::Repository& repository, const Plan& plan, Date as_of,
                  AgencyEvaluation& out)
      : m_repo(repository), m_plans(*repository.plans), m_plan(plan), m_as_of(as_of), m_out(out) {}

  void run() {
    // Agency objectives in order, each followed by its group's objectives and the unit
    // objectives that refine it.
    std::map<std::string, std::vector<const Objective*>> refinements, members;
    for (const Objective* o : m_plan.order) {
      if (!o->parent.empty() && m_plan.objective(o->parent) != nullptr)
        refinements[o->parent].push_back(o);
      if (!o->group.empty()) members[o->group].push_back(o);
    }
    std::set<const Objective*> visited;
    std::function<void(const Objective*, int)> visit = [&](const Objective* o, int depth) {
      if (!visited.insert(o).second) return;  // cycles are reported by check
      m_out.objectives.push_back(evaluate_objective(*o, depth));
      for (const Objective* member : members[o->id]) visit(member, depth + 1);
      for (const Objective* refinement : refinements[o->id]) visit(refinement, depth + 1);
    };
    for (const Objective* o : m_plan.order) {
      if (o->group.empty() && (o->parent.empty() || m_plan.objective(o->parent) == nullptr))
        visit(o, 0);
    }
    // A group's verdict follows from its objectives, bottom-up: its objectives come after it,
    // so going backwards every group below is done before the one above.
    std::map<std::string, std::pair<std::vector<Verdict>, bool>> group_parts;  // id → parts
    for (auto e = m_out.objectives.rbegin(); e != m_out.objectives.rend(); ++e) {
      if (e->objective->is_group && e->verdict != Verdict::withdrawn) {
        const auto& [parts, provisional] = group_parts[e->objective->id];
        e->verdict = combine(parts);
        e->provisional = provisional && is_met(e->verdict);
      }
      if (!e->objective->group.empty()) {
        auto& [parts, provisional] = group_parts[e->objective->group];
        parts.push_back(e->verdict);
        provisional |= e->provisional;
        // A whole ("trong đó") is judged by its own targets, but a heading above it answers
        // for every objective listed under it: its parts' verdicts go up with its own.
        if (!e->objective->is_group) {
          const auto below = group_parts.find(e->objective->id);
          if (below != group_parts.end()) {
            parts.insert(parts.end(), below->second.first.begin(), below->second.first.end());
            provisional |= below->second.second;
          }
        }
      }
    }
    summarise(m_out);
  }

 private:
  // A target's records, read into observations only when it is evaluated, so a large year of
  // data is never held twice.
  std::vector<Observation> observations(const Plan& plan, const Target& target) const {
    std::vector<Observation> out;
    const auto& records = plan.records_of(target);
    out.reserve(records.size());
    for (const model::RecordRef& ref : records)
      out.push_back(model::read_record_data(m_repo, *ref.file, *ref.record));
    // A record of the one-stop form's columns without its terms: they follow from the columns by
    // the target's definition (a record that writes them is checked to agree).
    if (target.definition) {
      for (Observation& o : out) {
        if (!o.one_stop || (o.numerator && o.denominator)) continue;
        if (const auto terms = model::apply_definition(*target.definition, *o.one_stop).terms) {
          o.numerator = judge::exact(terms->numerator);
          o.denominator = judge::exact(terms->denominator);
        }
      }
    }
    return out;
  }

  TargetInputs inputs_for(const Plan& plan, const Objective& o, const Target& t,
                          const Period& window) const {
    TargetInputs in;
    in.target = &t;
    in.period = plan.data_window(t, window);
    in.plan_period = plan.data_year_of(t);
    in.as_of = m_as_of;
    in.observations = observations(plan, t);
    std::tie(in.cadence, in.cadence_source) = model::declared_cadence(plan, o, t);
    if (t.kind == TargetKind::growth) {
      if (const Target* amount = o.amount_of(t)) {
        in.sibling_target = amount;
        in.sibling_amounts = observations(plan, *amount);
        std::tie(in.sibling_cadence, in.sibling_cadence_source) =
            model::declared_cadence(plan, o, *amount);
      }
    }
    return in;
  }

  ObjectiveEvaluation evaluate_objective(const Objective& o, int depth) {
    ObjectiveEvaluation e;
    e.objective = &o;
    e.depth = depth;
    e.window = o.window(m_plan.period());
    if (!o.unit.empty()) e.unit_name = m_plan.unit_name(o.unit);
    e.year_end = m_plan.evaluation_of(o);
    // Withdrawn from its date on; before it, evaluated like any other.
    if (o.withdrawn && (!o.withdrawn->date || !(m_as_of < *o.withdrawn->date))) {
      e.verdict = Verdict::withdrawn;
      return e;
    }
    if (o.is_group) return e;
    std::vector<Verdict> parts;
    bool provisional = false;
    e.targets.reserve(o.targets.size());
    for (const Target& target : o.targets) {
      TargetInputs in = inputs_for(m_plan, o, target, e.window);
      if (target.kind == TargetKind::growth) {
        in.baseline = baseline_of(o, target);
        in.same_period = same_period_baselines(target);
      }
      in.forecast = forecast_of(target, in);
      if (target.kind == TargetKind::yes_no && e.year_end != nullptr) {
        in.stated_verdict = e.year_end->verdict;
        in.stated_date = e.year_end->date;
        in.stated_evidence = e.year_end->evidence;
      }
      // A target revised during the year is judged by the revision in force on the as-of date,
      // or on its last day once it is over: a revision after that never reaches back.
      TargetEvaluation t;
      t.target = &target;
      const Date judged_on = std::min(m_as_of, in.period.end);
      if (!target.revisions.empty()) {
        auto revised = std::make_shared<const Target>(target.as_of(judged_on, &t.revision));
        if (t.revision != nullptr) {
          t.revised = std::move(revised);
          t.original = &target;
          t.target = in.target = t.revised.get();
        }
      }
      t.result = evaluate_target(in);
      // A revision still to come in the period can change the verdict: met so far, at best.
      for (const model::Revision& r : target.revisions) {
        if (judged_on < r.date && !(in.period.end < r.date)) t.ahead.push_back(&r);
      }
      if (!t.ahead.empty() && is_met(t.result.verdict)) t.result.provisional = true;
      parts.push_back(t.result.verdict);
      provisional |= t.result.provisional;
      e.targets.push_back(std::move(t));
    }
    e.verdict = combine(parts);
    e.provisional = provisional && is_met(e.verdict);
    return e;
  }

  // A growth target's baseline: as recorded in the measurements, or else measured in the
  // baseline year's files when the run has them (docs/evaluation.md).
  std::optional<BaselineUsed> baseline_of(const Objective& o, const Target& t) const {
    const auto computed = computed_baseline(o, t);
    const model::Baseline* recorded = m_plan.baseline_of(t);
    if (recorded == nullptr || !recorded->value.is_finite()) return computed;
    BaselineUsed used = recorded_baseline(*recorded);
    used.period.reset();  // the whole baseline year, however its period was written
    // Both known and not the same: say so, the recorded figure may be a revised one or a typo.
    if (computed && compare(computed->value, used.value).value_or(0) != 0)
      used.computed_value = computed->value;
    return used;
  }

  // A baseline as the measurements record it, with where it is written.
  BaselineUsed recorded_baseline(const model::Baseline& b) const {
    BaselineUsed used;
    used.value = b.value;
    used.year = b.year;
    used.period = b.period;
    const model::Position at = m_repo.position_of(b.origin);
    used.file = at.file;
    used.line = at.line;
    used.note = b.source;
    return used;
  }

  // The baselines recorded for parts of the baseline year, each with its days this year.
  std::vector<SamePeriodBaseline> same_period_baselines(const Target& t) const {
    std::vector<SamePeriodBaseline> out;
    for (const model::Baseline* b : m_plan.period_baselines_of(t)) {
      if (!b->value.is_finite() || !b->period) continue;
      out.push_back({shifted_by_years(*b->period, m_plan.year - b->year), recorded_baseline(*b)});
    }
    return out;
  }

  // The latest forecast of the year made on or before the as-of date: the target's own, or a
  // growth without records of its own, its amount's year total.
  std::optional<ForecastUsed> forecast_of(const Target& t, const TargetInputs& in) const {
    if (t.kind != TargetKind::amount && t.kind != TargetKind::growth) return std::nullopt;
    std::vector<const model::Forecast*> made = m_plan.forecasts_of(t);
    const Target* of = &t;
    if (made.empty() && t.kind == TargetKind::growth && in.observations.empty() &&
        in.sibling_target != nullptr) {
      of = in.sibling_target;
      for (const model::Forecast* f : m_plan.forecasts_of(*of))
        if (f->value) made.push_back(f);
    }
    const model::Forecast* latest = nullptr;
    for (const model::Forecast* f : made) {
      if (m_as_of < f->date) continue;
      if (latest == nullptr || latest->date < f->date) latest = f;
    }
    if (latest == nullptr) return std::nullopt;
    ForecastUsed used;
    used.date = latest->date;
    used.value = latest->value;
    used.rate = latest->rate;
    if (of->kind == TargetKind::amount) used.unit = of->unit;
    used.source = latest->source;
    used.note = latest->note;
    const model::Position at = m_repo.position_of(latest->origin);
    used.file = at.file;
    used.line = at.line;
    return used;
  }

  // The baseline measured in the baseline year's files, when the run has them.
  std::optional<BaselineUsed> computed_baseline(const Objective& o, const Target& t) const {
    if (!t.baseline_year) return std::nullopt;
    const Plan* then = m_plans.find(m_plan.agency, *t.baseline_year);
    if (then == nullptr) return std::nullopt;
    const bool renamed = !t.baseline_objective.empty();
    const std::string objective_id = renamed ? t.baseline_objective : o.id;
    const Objective* then_objective = then->objective(objective_id);
    if (then_objective == nullptr) return std::nullopt;
    // The same target then, if it measured an amount or a growth; else, as this target does
    // without records of its own, the objective's amount.
    const model::Resolved same = then->resolve(objective_id, renamed ? t.baseline_target : t.id);
    const bool quantity = same.target != nullptr && (same.target->kind == TargetKind::amount ||
                                                     same.target->kind == TargetKind::growth);
    const Target& measured = quantity ? *same.target : t;
    TargetInputs in =
        inputs_for(*then, *then_objective, measured, then_objective->window(then->period()));
    if (!quantity) in.observations.clear();  // this year's target has no records then
    const auto value = measured_quantity(in);
    if (!value) return std::nullopt;
    BaselineUsed computed;
    computed.value = value->value;
    computed.year = *t.baseline_year;
    computed.source = BaselineSource::baseline_year_files;
    computed.file = m_repo.file_name(then->main_file->document);
    computed.estimate = value->estimate;
    computed.missing = value->missing;
    return computed;
  }

  const model::Repository& m_repo;
  const model::Plans& m_plans;
  const Plan& m_plan;
  Date m_as_of;
  AgencyEvaluation& m_out;
};

}  // namespace

void summarise(AgencyEvaluation& agency) {
  agency.summary = VerdictCount{};
  std::map<std::string, VerdictCount> units;
  for (const auto& e : agency.objectives) {
    if (e.objective->is_group) continue;
    count(agency.summary, e.verdict);
    if (!e.objective->unit.empty()) count(units[e.objective->unit], e.verdict);
  }
  // In the order their first objectives come.
  std::vector<UnitSummary> ordered;
  for (const auto& e : agency.objectives) {
    const std::string& unit = e.objective->unit;
    // A unit whose objectives are all withdrawn has nothing to count.
    if (unit.empty() || !units.count(unit) || units[unit].evaluated == 0) continue;
    if (std::none_of(ordered.begin(), ordered.end(),
                     [&](const UnitSummary& u) { return u.id == unit; }))
      ordered.push_back(UnitSummary{unit, e.unit_name.empty() ? unit : e.unit_name, units[unit]});
  }
  agency.units = std::move(ordered);
}

Evaluation evaluate(const model::Repository& repository, Date as_of, std::optional<int> year,
                    unsigned jobs, const std::vector<std::string>& set_aside) {
  Evaluation result;
  result.as_of = as_of;
  result.repository = &repository;
  const model::Plans& plans = *repository.plans;
  std::vector<const Plan*> chosen;
  for (const auto& id : plans.agencies()) {
    if (std::find(set_aside.begin(), set_aside.end(), id) != set_aside.end()) continue;
    if (const Plan* plan = plans.chosen(id, year)) chosen.push_back(plan);
  }
  result.agencies.resize(chosen.size());
  // Each agency is evaluated on its own: they only read the repository.
  parallel_for(chosen.size(), jobs, [&](std::size_t i) {
    const Plan& plan = *chosen[i];
    const model::ObjectivesFile& main = *plan.main_file;
    AgencyEvaluation& agency = result.agencies[i];
    agency.id = plan.agency;
    agency.name = main.agency_name;
    agency.parent = main.agency_parent;
    agency.year = plan.year;
    agency.period = plan.period();
    agency.file = &main;
    AgencyEvaluator(repository, plan, as_of, agency).run();
  });
  return result;
}

}  // namespace qobj::eval
