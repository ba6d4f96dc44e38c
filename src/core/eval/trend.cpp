#include "core/eval/trend.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/eval/report_spec.hpp"

namespace qobj::eval {

namespace {

// A target's ids in one year.
struct Key {
  std::string objective, target;
  auto operator<=>(const Key&) const = default;
};

// The targets an agency's evaluation of one year has, by their ids.
std::map<Key, std::pair<const ObjectiveEvaluation*, const TargetEvaluation*>> targets_of(
    const AgencyEvaluation& agency) {
  std::map<Key, std::pair<const ObjectiveEvaluation*, const TargetEvaluation*>> out;
  for (const ObjectiveEvaluation& o : agency.objectives) {
    for (const TargetEvaluation& t : o.targets)
      out.emplace(Key{o.objective->id, t.target->id}, std::make_pair(&o, &t));
  }
  return out;
}

AgencyTrend line_up(const std::string& id, const std::vector<const AgencyEvaluation*>& by_year) {
  AgencyTrend trend;
  trend.id = id;
  trend.name = by_year.back()->name;
  for (const AgencyEvaluation* agency : by_year) trend.years.push_back(agency->year);
  const std::size_t years = by_year.size();

  // From the latest year back: a year's target continues the row whose target it is by its
  // ids; then, for the rows still open, the target their `baseline_from` names that year (a
  // renumbered one); the others start rows of their own (targets dropped since).
  for (std::size_t y = years; y-- > 0;) {
    auto targets = targets_of(*by_year[y]);
    std::vector<const TargetEvaluation*> latest(trend.rows.size(), nullptr);
    for (std::size_t r = 0; r < trend.rows.size(); ++r) {
      for (std::size_t later = y + 1; later < years && !latest[r]; ++later)
        latest[r] = trend.rows[r].targets[later];
    }
    const auto take = [&](std::size_t r, const Key& key) {
      const auto found = targets.find(key);
      if (found == targets.end()) return false;
      trend.rows[r].objectives[y] = found->second.first;
      trend.rows[r].targets[y] = found->second.second;
      targets.erase(found);
      return true;
    };
    std::vector<bool> open(trend.rows.size(), false);
    for (std::size_t r = 0; r < trend.rows.size(); ++r) {
      const TrendRow& row = trend.rows[r];
      const TargetEvaluation* then = latest[r];
      const ObjectiveEvaluation* then_objective = nullptr;
      for (std::size_t later = y + 1; later < years && !then_objective; ++later)
        then_objective = row.objectives[later];
      open[r] = !take(r, Key{then_objective->objective->id, then->target->id});
    }
    for (std::size_t r = 0; r < trend.rows.size(); ++r) {
      const model::Target& then = *latest[r]->target;
      if (!open[r] || !then.baseline_year || *then.baseline_year != trend.years[y] ||
          then.baseline_objective.empty())
        continue;
      if (!then.baseline_target.empty()) {
        take(r, Key{then.baseline_objective, then.baseline_target});
        continue;
      }
      // `baseline_from: MT5`: the objective's sole target that year.
      for (const ObjectiveEvaluation& o : by_year[y]->objectives) {
        if (o.objective->id == then.baseline_objective && o.targets.size() == 1)
          take(r, Key{o.objective->id, o.targets[0].target->id});
      }
    }
    // In the evaluation's order, the targets no row had.
    for (const ObjectiveEvaluation& o : by_year[y]->objectives) {
      for (const TargetEvaluation& t : o.targets) {
        if (!targets.count(Key{o.objective->id, t.target->id})) continue;
        TrendRow row;
        row.objective = o.objective;
        row.target = t.target;
        row.only_target = o.targets.size() == 1;
        row.objectives.assign(years, nullptr);
        row.targets.assign(years, nullptr);
        row.objectives[y] = &o;
        row.targets[y] = &t;
        trend.rows.push_back(std::move(row));
      }
    }
  }
  // A row is named by its objective alone only when no other row has that objective.
  for (TrendRow& row : trend.rows) {
    if (!row.only_target) continue;
    row.only_target =
        std::count_if(trend.rows.begin(), trend.rows.end(), [&](const TrendRow& other) {
          return other.objective->id == row.objective->id;
        }) == 1;
  }
  return trend;
}

}  // namespace

Trend evaluate_trend(const model::Repository& repository, Date as_of, unsigned jobs,
                     const std::string& unit, const std::string& objective) {
  Trend trend;
  trend.as_of = as_of;
  trend.repository = &repository;
  std::set<int> years;
  for (const model::ObjectivesFile& file : repository.objectives) years.insert(file.year);
  trend.evaluations.reserve(years.size());
  for (const int year : years) trend.evaluations.push_back(evaluate(repository, as_of, year, jobs));
  // Each agency with the years it has, in the order agencies are evaluated.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const AgencyEvaluation*>> by_agency;
  for (const Evaluation& evaluation : trend.evaluations) {
    for (const AgencyEvaluation& agency : evaluation.agencies) {
      auto& list = by_agency[agency.id];
      if (list.empty()) order.push_back(agency.id);
      list.push_back(&agency);
    }
  }
  for (const std::string& id : order) trend.agencies.push_back(line_up(id, by_agency[id]));

  // --unit, --objective: the rows of one unit, or of one objective (by its latest id) and what
  // hangs under it; what could have been chosen is kept for the message when nothing is.
  if (unit.empty() && objective.empty()) return trend;
  for (AgencyTrend& agency : trend.agencies) {
    for (const TrendRow& row : agency.rows) {
      const std::string& known = unit.empty() ? row.objective->id : row.objective->unit;
      if (!known.empty() &&
          std::find(trend.known.begin(), trend.known.end(), known) == trend.known.end())
        trend.known.push_back(known);
    }
    std::erase_if(agency.rows, [&](const TrendRow& row) {
      const model::Objective& o = *row.objective;
      if (!unit.empty() && o.unit != unit) return true;
      return !objective.empty() && o.id != objective && o.group != objective &&
             o.parent != objective;
    });
  }
  std::erase_if(trend.agencies, [](const AgencyTrend& a) { return a.rows.empty(); });
  return trend;
}

}  // namespace qobj::eval
