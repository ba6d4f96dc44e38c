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

// Everything the measurements say about one agency, by objective and target.
struct AgencyData {
  // Records by target, read into observations only when their target is evaluated, so a
  // large year of data is never held twice.
  std::map<std::pair<std::string, std::string>,
           std::vector<std::pair<const Document*, const model::Record*>>>
      records;
  std::map<std::pair<std::string, std::string>, ExactNumber> baselines;
  std::map<std::string, std::pair<const Document*, NodeId>> evaluations;
};

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
  AgencyEvaluator(const model::Repository& repo, Date as_of, AgencyEvaluation& out)
      : m_repo(repo), m_as_of(as_of), m_out(out) {}

  void add_objectives(const model::ObjectivesFile& file) {
    for (const auto& o : file.objectives) {
      m_objectives.emplace(o.id, &o);
      m_order.push_back(&o);
    }
  }

  void add_measurements(const model::MeasurementsFile& file) {
    const Document& doc = *m_repo.documents[file.document];
    for (const auto& record : file.records) {
      const model::Target* target = find_target(m_objectives, record.objective, record.target);
      if (target == nullptr || !record.has_period) continue;
      m_data.records[{std::string(record.objective), target->id}].emplace_back(&doc, &record);
    }
    for (const auto& baseline : file.baselines) {
      const model::Target* target = find_target(m_objectives, baseline.objective, baseline.target);
      const auto value = child(doc, baseline.origin.node, "value");
      if (target == nullptr || !value) continue;
      if (const auto n = yaml::number_value(doc, *value))
        m_data.baselines[{baseline.objective, target->id}] = *n;
    }
    for (const auto& evaluation : file.evaluations) {
      m_data.evaluations[evaluation.objective] = {&doc, evaluation.origin.node};
    }
  }

  void run() {
    // Agency objectives in order, each followed by the unit objectives that refine it.
    std::map<std::string, std::vector<const model::Objective*>> refinements;
    for (const auto* o : m_order) {
      if (!o->parent.empty() && m_objectives.count(o->parent)) refinements[o->parent].push_back(o);
    }
    std::vector<const model::Objective*> visited;
    std::function<void(const model::Objective*, int)> visit = [&](const model::Objective* o,
                                                                  int d) {
      if (std::find(visited.begin(), visited.end(), o) != visited.end())
        return;  // cycles are reported by check
      visited.push_back(o);
      m_out.objectives.push_back(evaluate_objective(*o, d));
      for (const auto* child_objective : m_order) {
        if (child_objective->group == o->id) visit(child_objective, d + 1);
      }
      for (const auto* refinement : refinements[o->id]) visit(refinement, d + 1);
    };
    for (const auto* o : m_order) {
      if (o->group.empty() && (o->parent.empty() || !m_objectives.count(o->parent))) visit(o, 0);
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
    if (const auto it = m_data.evaluations.find(o.id); it != m_data.evaluations.end()) {
      const Document& doc = *it->second.first;
      const NodeId node = it->second.second;
      FollowUp f;
      f.cause = text(doc, node, "cause");
      if (const auto action = child(doc, node, "corrective_action")) {
        f.action = text(doc, *action, "action");
        f.responsible = text(doc, *action, "responsible");
        f.due = text(doc, *action, "due");
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
      const std::pair key(o.id, target.id);
      in.observations = observations(key);
      if (const auto it = m_data.baselines.find(key); it != m_data.baselines.end())
        in.baseline = it->second;
      if (target.kind == model::TargetKind::growth) {
        for (const auto& sibling : o.targets) {
          if (sibling.kind != model::TargetKind::amount) continue;
          in.sibling_amounts = observations({o.id, sibling.id});
        }
      }
      if (target.kind == model::TargetKind::yes_no) in.year_end_verdict = year_end_verdict(o.id);
      TargetEvaluation t{&target, evaluate_target(in)};
      parts.push_back(t.result.verdict);
      e.targets.push_back(std::move(t));
    }
    e.verdict = combine(parts);
    return e;
  }

  std::vector<Observation> observations(const std::pair<std::string, std::string>& key) const {
    std::vector<Observation> out;
    if (const auto it = m_data.records.find(key); it != m_data.records.end()) {
      out.reserve(it->second.size());
      for (const auto& [doc, record] : it->second) out.push_back(observe(*doc, *record));
    }
    return out;
  }

  std::optional<bool> year_end_verdict(const std::string& objective) const {
    const auto it = m_data.evaluations.find(objective);
    if (it == m_data.evaluations.end()) return std::nullopt;
    const std::string verdict = text(*it->second.first, it->second.second, "verdict");
    if (verdict.empty()) return std::nullopt;
    return verdict == "met";
  }

  const model::Repository& m_repo;
  Date m_as_of;
  AgencyEvaluation& m_out;
  std::map<std::string, const model::Objective*> m_objectives;
  std::vector<const model::Objective*> m_order;
  AgencyData m_data;
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

Evaluation evaluate(const model::Repository& repository, Date as_of) {
  Evaluation result;
  result.as_of = as_of;
  std::vector<std::string> order;
  std::map<std::string, std::vector<const model::ObjectivesFile*>> files;
  for (const auto& f : repository.objectives) {
    if (!files.count(f.agency_id)) order.push_back(f.agency_id);
    files[f.agency_id].push_back(&f);
  }
  for (const auto& id : order) {
    AgencyEvaluation agency;
    const model::ObjectivesFile& first = *files[id].front();
    agency.id = id;
    agency.name = first.agency_name;
    agency.year = first.year;
    agency.period = first.period;
    AgencyEvaluator evaluator(repository, as_of, agency);
    for (const auto* f : files[id]) evaluator.add_objectives(*f);
    for (const auto& m : repository.measurements) {
      if (m.agency == id) evaluator.add_measurements(m);
    }
    evaluator.run();
    result.agencies.push_back(std::move(agency));
  }
  return result;
}

}  // namespace qobj::eval
