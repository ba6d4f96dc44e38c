#include "core/eval/evaluate.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "core/yaml/core_schema.hpp"

namespace qobj::eval {

namespace {

using yaml::Document;
using yaml::NodeId;

std::optional<NodeId> child(const Document& doc, NodeId node, std::string_view key) {
  return doc.kind(node) == yaml::NodeKind::mapping ? doc.find(node, key) : std::nullopt;
}

std::string text(const Document& doc, NodeId node, std::string_view key) {
  const auto found = child(doc, node, key);
  return found ? std::string(doc.text(*found)) : std::string();
}

std::optional<ExactNumber> number(const Document& doc, NodeId node) {
  return node == 0 ? std::nullopt : yaml::number_value(doc, node);
}

// A record's data, read from its document with exact numbers.
Observation observe(const Document& doc, const model::Record& record) {
  Observation o;
  o.period = record.period;
  o.value = number(doc, record.value);
  o.numerator = number(doc, record.numerator);
  o.denominator = number(doc, record.denominator);
  if (const auto count = child(doc, record.node, "count"))
    o.count = yaml::number_value(doc, *count);
  if (const auto events = child(doc, record.node, "events")) {
    for (const NodeId event : doc.items(*events)) {
      if (const auto date = parse_date(text(doc, event, "date"))) o.events.push_back(*date);
    }
  }
  if (const auto items = child(doc, record.node, "items")) {
    for (const NodeId item : doc.items(*items)) {
      const auto done = child(doc, item, "done");
      o.items.push_back({text(doc, item, "id"), text(doc, item, "name"),
                         done && yaml::boolean_value(doc, *done)});
    }
  }
  if (const auto ratings = child(doc, record.node, "ratings")) {
    for (const yaml::Entry entry : doc.entries(*ratings)) {
      const auto level = parse_exact_number(doc.text(entry.key));
      const auto n = yaml::number_value(doc, entry.value);
      if (level && level->is_integer() && n && n->is_integer()) {
        o.ratings[level->value.get_num().get_si()] += n->value.get_num().get_ui();
      }
    }
  }
  if (const auto done = child(doc, record.node, "done")) o.done = yaml::boolean_value(doc, *done);
  if (const auto completed = child(doc, record.node, "completed"))
    o.completed = parse_date(doc.text(*completed));
  return o;
}

// The target a record or baseline names: "MT2/dung-han", or "MT2" for a sole target.
const model::Target* find_target(const std::map<std::string, const model::Objective*>& objectives,
                                 std::string_view objective_id, std::string_view target_id) {
  const auto it = objectives.find(std::string(objective_id));
  if (it == objectives.end() || it->second->is_group) return nullptr;
  const auto& targets = it->second->targets;
  if (target_id.empty()) return targets.size() == 1 ? &targets.front() : nullptr;
  for (const auto& t : targets) {
    if (t.id == target_id) return &t;
  }
  return nullptr;
}

using TargetKey = std::pair<std::string, std::string>;  // objective id, target id

// One agency's objectives of one year with everything its measurements say about them. A run
// may hold several years of an agency: the latest is reported, earlier ones give baselines.
class Plan {
 public:
  explicit Plan(const model::Repository& repo) : m_repo(repo) {}

  void add_objectives(const model::ObjectivesFile& file) {
    // The agency's own file speaks for the plan (its name, period, signer), not a unit's.
    if (m_first == nullptr || (!m_first->unit.empty() && file.unit.empty())) m_first = &file;
    for (const auto& unit : file.units) unit_names.emplace(unit.id, unit.name);
    for (const auto& o : file.objectives) {
      objectives.emplace(o.id, &o);
      order.push_back(&o);
    }
  }

  void add_measurements(const model::MeasurementsFile& file) {
    const Document& doc = *m_repo.documents[file.document];
    for (const auto& record : file.records) {
      const model::Target* target = find_target(objectives, record.objective, record.target);
      if (target == nullptr || !record.has_period) continue;
      m_records[{std::string(record.objective), target->id}].emplace_back(&doc, &record);
    }
    for (const auto& baseline : file.baselines) {
      const model::Target* target = find_target(objectives, baseline.objective, baseline.target);
      const auto value = child(doc, baseline.origin.node, "value");
      if (target == nullptr || !value) continue;
      if (const auto n = yaml::number_value(doc, *value)) {
        const Location at = doc.location(baseline.origin.node);
        BaselineUsed recorded;
        recorded.value = *n;
        recorded.year = baseline.year;
        recorded.file = at.file;
        recorded.line = at.line;
        m_baselines[{baseline.objective, target->id}] = std::move(recorded);
      }
    }
    for (const auto& evaluation : file.evaluations) {
      m_evaluations[evaluation.objective] = {&doc, evaluation.origin.node};
    }
  }

  const model::ObjectivesFile& first_file() const { return *m_first; }
  std::string file_name() const { return m_repo.documents[m_first->document]->location(0).file; }

  // Records are read into observations only when their target is evaluated, so a large year
  // of data is never held twice.
  std::vector<Observation> observations(const TargetKey& key) const {
    std::vector<Observation> out;
    if (const auto it = m_records.find(key); it != m_records.end()) {
      out.reserve(it->second.size());
      for (const auto& [doc, record] : it->second) out.push_back(observe(*doc, *record));
    }
    return out;
  }

  // A growth target's records of its objective's amount (the last amount target, as before).
  std::vector<Observation> amount_observations(const model::Objective& objective) const {
    const auto amount =
        std::find_if(objective.targets.rbegin(), objective.targets.rend(),
                     [](const model::Target& t) { return t.kind == model::TargetKind::amount; });
    if (amount == objective.targets.rend()) return {};
    return observations({objective.id, amount->id});
  }

  const BaselineUsed* recorded_baseline(const TargetKey& key) const {
    const auto it = m_baselines.find(key);
    return it == m_baselines.end() ? nullptr : &it->second;
  }

  std::optional<std::pair<const Document*, NodeId>> year_end_evaluation(
      const std::string& objective) const {
    const auto it = m_evaluations.find(objective);
    if (it == m_evaluations.end()) return std::nullopt;
    return it->second;
  }

  std::map<std::string, const model::Objective*> objectives;
  std::vector<const model::Objective*> order;
  std::map<std::string, std::string> unit_names;

 private:
  const model::Repository& m_repo;
  const model::ObjectivesFile* m_first = nullptr;
  std::map<TargetKey, std::vector<std::pair<const Document*, const model::Record*>>> m_records;
  std::map<TargetKey, BaselineUsed> m_baselines;
  std::map<std::string, std::pair<const Document*, NodeId>> m_evaluations;
};

using PlanKey = std::pair<std::string, int>;  // agency id, year

void count(VerdictCount& c, Verdict v) {
  if (v == Verdict::withdrawn) return;
  ++c.evaluated;
  if (v == Verdict::met || v == Verdict::exceeded) ++c.met;
  ++c.per_verdict[static_cast<int>(v)];
}

void summarise(AgencyEvaluation& agency) {
  agency.summary = VerdictCount{};
  std::map<std::string, VerdictCount> units;
  for (const auto& e : agency.objectives) {
    if (e.objective->is_group) continue;
    count(agency.summary, e.verdict);
    if (!e.objective->unit.empty()) count(units[e.objective->unit], e.verdict);
  }
  agency.units.assign(units.begin(), units.end());
}

class AgencyEvaluator {
 public:
  AgencyEvaluator(const Plan& plan, const std::map<PlanKey, Plan>& plans, Date as_of,
                  AgencyEvaluation& out)
      : m_plan(plan), m_plans(plans), m_as_of(as_of), m_out(out) {}

  void run() {
    // Agency objectives in order, each followed by the unit objectives that refine it.
    const auto& objectives = m_plan.objectives;
    std::map<std::string, std::vector<const model::Objective*>> refinements;
    for (const auto* o : m_plan.order) {
      if (!o->parent.empty() && objectives.count(o->parent)) refinements[o->parent].push_back(o);
    }
    std::vector<const model::Objective*> visited;
    std::function<void(const model::Objective*, int)> visit = [&](const model::Objective* o,
                                                                  int d) {
      if (std::find(visited.begin(), visited.end(), o) != visited.end())
        return;  // cycles are reported by check
      visited.push_back(o);
      m_out.objectives.push_back(evaluate_objective(*o, d));
      for (const auto* child_objective : m_plan.order) {
        if (child_objective->group == o->id) visit(child_objective, d + 1);
      }
      for (const auto* refinement : refinements[o->id]) visit(refinement, d + 1);
    };
    for (const auto* o : m_plan.order) {
      if (o->group.empty() && (o->parent.empty() || !objectives.count(o->parent))) visit(o, 0);
    }
    // A group's verdict follows from its objectives.
    for (auto& e : m_out.objectives) {
      if (!e.objective->is_group) continue;
      std::vector<Verdict> parts;
      for (const auto& other : m_out.objectives) {
        if (other.objective->group == e.objective->id) parts.push_back(other.verdict);
      }
      e.verdict = combine(parts);
    }
    summarise(m_out);
  }

 private:
  ObjectiveEvaluation evaluate_objective(const model::Objective& o, int depth) {
    ObjectiveEvaluation e;
    e.objective = &o;
    e.depth = depth;
    if (const auto evaluation = m_plan.year_end_evaluation(o.id)) {
      const auto [doc, node] = *evaluation;
      FollowUp f;
      f.cause = text(*doc, node, "cause");
      if (const auto action = child(*doc, node, "corrective_action")) {
        f.action = text(*doc, *action, "action");
        f.responsible = text(*doc, *action, "responsible");
        f.due = text(*doc, *action, "due");
      }
      if (!f.cause.empty() || !f.action.empty()) e.follow_up = f;
    }
    if (o.withdrawn) {
      e.verdict = Verdict::withdrawn;
      return e;
    }
    std::vector<Verdict> parts;
    for (const auto& target : o.targets) {
      TargetInputs in;
      in.target = &target;
      in.period = m_out.period;
      in.as_of = m_as_of;
      in.observations = m_plan.observations({o.id, target.id});
      if (target.kind == model::TargetKind::growth) {
        in.sibling_amounts = m_plan.amount_observations(o);
        in.baseline = baseline_of(o, target);
      }
      if (target.kind == model::TargetKind::yes_no) {
        in.year_end_verdict = year_end_verdict(o.id);
        if (const auto evaluation = m_plan.year_end_evaluation(o.id))
          in.year_end_date = parse_date(text(*evaluation->first, evaluation->second, "date"));
      }
      TargetEvaluation t{&target, evaluate_target(in)};
      parts.push_back(t.result.verdict);
      e.targets.push_back(std::move(t));
    }
    e.verdict = combine(parts);
    return e;
  }

  // A growth target's baseline: as recorded in the measurements, or else measured in the
  // baseline year's files when the run has them (docs/evaluation.md).
  std::optional<BaselineUsed> baseline_of(const model::Objective& o, const model::Target& t) const {
    const auto computed = computed_baseline(o, t);
    const BaselineUsed* recorded = m_plan.recorded_baseline({o.id, t.id});
    if (recorded == nullptr) return computed;
    BaselineUsed used = *recorded;
    // Both known and not the same: say so, the recorded figure may be a revised one or a typo.
    if (computed && compare(computed->value, used.value).value_or(0) != 0)
      used.computed_value = computed->value;
    return used;
  }

  // The baseline measured in the baseline year's files, when the run has them.
  std::optional<BaselineUsed> computed_baseline(const model::Objective& o,
                                                const model::Target& t) const {
    if (!t.baseline_year) return std::nullopt;
    const auto it = m_plans.find({m_out.id, *t.baseline_year});
    if (it == m_plans.end()) return std::nullopt;
    const Plan& then = it->second;
    const bool renamed = !t.baseline_objective.empty();
    const std::string objective_id = renamed ? t.baseline_objective : o.id;
    const auto then_objective = then.objectives.find(objective_id);
    if (then_objective == then.objectives.end()) return std::nullopt;
    TargetInputs in;
    in.period = then.first_file().period;
    in.as_of = m_as_of;
    // The same target then, if it measured an amount or a growth; else, as this target does
    // without records of its own, the objective's amount.
    const model::Target* same =
        find_target(then.objectives, objective_id, renamed ? t.baseline_target : t.id);
    if (same != nullptr &&
        (same->kind == model::TargetKind::amount || same->kind == model::TargetKind::growth)) {
      in.target = same;
      in.observations = then.observations({objective_id, same->id});
    } else {
      in.target = &t;
    }
    if (in.target->kind == model::TargetKind::growth)
      in.sibling_amounts = then.amount_observations(*then_objective->second);
    const auto quantity = measured_quantity(in);
    if (!quantity) return std::nullopt;
    BaselineUsed computed;
    computed.value = quantity->value;
    computed.year = *t.baseline_year;
    computed.source = BaselineSource::baseline_year_files;
    computed.file = then.file_name();
    computed.estimate = quantity->estimate;
    return computed;
  }

  std::optional<bool> year_end_verdict(const std::string& objective) const {
    const auto evaluation = m_plan.year_end_evaluation(objective);
    if (!evaluation) return std::nullopt;
    const std::string verdict = text(*evaluation->first, evaluation->second, "verdict");
    if (verdict.empty()) return std::nullopt;
    return verdict == "met";
  }

  const Plan& m_plan;
  const std::map<PlanKey, Plan>& m_plans;
  Date m_as_of;
  AgencyEvaluation& m_out;
};

}  // namespace

void restrict_to(Evaluation& evaluation, const std::string& unit, const std::string& objective) {
  for (auto& agency : evaluation.agencies) {
    // An objective stays with what hangs under it: a group's objectives, a unit's refinements.
    std::vector<std::string> kept;
    if (!objective.empty()) kept.push_back(objective);
    std::vector<ObjectiveEvaluation> out;
    for (auto& e : agency.objectives) {
      const model::Objective& o = *e.objective;
      bool keep = true;
      if (!unit.empty()) keep = o.unit == unit;
      if (!objective.empty()) {
        const bool under = std::find(kept.begin(), kept.end(), o.group) != kept.end() ||
                           std::find(kept.begin(), kept.end(), o.parent) != kept.end();
        if (under) kept.push_back(o.id);
        keep = keep && (o.id == objective || under);
      }
      if (keep) out.push_back(std::move(e));
    }
    agency.objectives = std::move(out);
    summarise(agency);
  }
  std::erase_if(evaluation.agencies,
                [](const AgencyEvaluation& a) { return a.objectives.empty(); });
}

Evaluation evaluate(const model::Repository& repository, Date as_of, std::optional<int> year) {
  std::map<PlanKey, Plan> plans;
  std::vector<std::string> agencies;  // in the order they first appear
  for (const auto& f : repository.objectives) {
    if (std::find(agencies.begin(), agencies.end(), f.agency_id) == agencies.end())
      agencies.push_back(f.agency_id);
    plans.try_emplace({f.agency_id, f.year}, repository).first->second.add_objectives(f);
  }
  for (const auto& m : repository.measurements) {
    if (const auto it = plans.find({m.agency, m.year}); it != plans.end())
      it->second.add_measurements(m);
  }
  Evaluation result;
  result.as_of = as_of;
  for (const auto& id : agencies) {
    // The year asked for, or the agency's latest.
    const Plan* chosen = nullptr;
    for (const auto& [key, plan] : plans) {
      if (key.first == id && (!year || key.second == *year)) chosen = &plan;
    }
    if (chosen == nullptr) continue;
    const model::ObjectivesFile& first = chosen->first_file();
    AgencyEvaluation agency;
    agency.id = id;
    agency.name = first.agency_name;
    agency.parent = first.agency_parent;
    agency.signer_title = first.signer_title;
    agency.signer_name = first.signer_name;
    agency.year = first.year;
    agency.period = first.period;
    agency.unit_names = chosen->unit_names;
    AgencyEvaluator(*chosen, plans, as_of, agency).run();
    result.agencies.push_back(std::move(agency));
  }
  return result;
}

}  // namespace qobj::eval
