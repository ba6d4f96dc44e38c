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

// The ids the same target had the year before: `baseline_from` when it names that year's
// target, else its own.
Key key_the_year_before(const model::Target& target, const Key& now, int year) {
  if (target.baseline_year && *target.baseline_year == year - 1 &&
      !target.baseline_objective.empty())
    return {target.baseline_objective,
            target.baseline_target.empty() ? now.target : target.baseline_target};
  return now;
}

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

  // Where each row stands in the year being matched: its key that year.
  std::vector<Key> keys;
  // From the latest year back: a year's targets continue the rows whose key they have; the
  // others start rows of their own (targets dropped since).
  for (std::size_t y = years; y-- > 0;) {
    auto targets = targets_of(*by_year[y]);
    std::vector<bool> matched(trend.rows.size(), false);
    for (std::size_t r = 0; r < trend.rows.size(); ++r) {
      const auto found = targets.find(keys[r]);
      if (found == targets.end()) continue;
      trend.rows[r].objectives[y] = found->second.first;
      trend.rows[r].targets[y] = found->second.second;
      matched[r] = true;
      targets.erase(found);
    }
    // In the evaluation's order, the targets no row had.
    for (const ObjectiveEvaluation& o : by_year[y]->objectives) {
      for (const TargetEvaluation& t : o.targets) {
        const Key key{o.objective->id, t.target->id};
        if (!targets.count(key)) continue;
        TrendRow row;
        row.objective = o.objective;
        row.target = t.target;
        row.only_target = o.targets.size() == 1;
        row.objectives.assign(years, nullptr);
        row.targets.assign(years, nullptr);
        row.objectives[y] = &o;
        row.targets[y] = &t;
        trend.rows.push_back(std::move(row));
        keys.push_back(key);
      }
    }
    // The keys for the year before, from what each row is this year.
    for (std::size_t r = 0; r < trend.rows.size(); ++r) {
      if (const TargetEvaluation* t = trend.rows[r].targets[y])
        keys[r] = key_the_year_before(*t->target, keys[r], trend.years[y]);
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
  for (const int year : years) {
    trend.evaluations.push_back(evaluate(repository, as_of, year, jobs));
    if (!unit.empty() || !objective.empty()) restrict_to(trend.evaluations.back(), unit, objective);
  }
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
  return trend;
}

}  // namespace qobj::eval
