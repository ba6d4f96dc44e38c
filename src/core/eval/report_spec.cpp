#include "core/eval/report_spec.hpp"

#include <algorithm>
#include <map>

#include "core/eval/rollup.hpp"

namespace qobj::eval {

namespace {

void add_once(std::vector<std::string>& list, const std::string& item) {
  if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end())
    list.push_back(item);
}

// The year of the run, from the agencies' latest years evaluated.
std::optional<int> common_year_of(const Evaluation& evaluation) {
  std::vector<int> years;
  for (const AgencyEvaluation& agency : evaluation.agencies) years.push_back(agency.year);
  return common_year(years);
}

}  // namespace

std::optional<int> common_year(const std::vector<int>& latest_years) {
  std::map<int, int> agencies_by_year;
  for (const int year : latest_years) ++agencies_by_year[year];
  if (agencies_by_year.size() < 2) return std::nullopt;
  const auto most = std::max_element(
      agencies_by_year.begin(), agencies_by_year.end(), [](const auto& a, const auto& b) {
        return a.second < b.second || (a.second == b.second && a.first < b.first);
      });
  return most->first;
}

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

ReportOutcome run_report(const model::Repository& repository, const ReportSpec& spec) {
  ReportOutcome out;
  out.evaluation = evaluate(repository, spec.as_of, spec.year, spec.jobs, spec.set_aside);
  std::optional<int> year = spec.year;
  if (!year) {
    if ((year = common_year_of(out.evaluation)))
      out.evaluation = evaluate(repository, spec.as_of, year, spec.jobs, spec.set_aside);
  }
  if (spec.year && out.evaluation.agencies.empty()) {
    out.problem = ReportOutcome::Problem::no_such_year;
    std::vector<int> years;
    for (const auto& file : repository.objectives) years.push_back(file.year);
    std::sort(years.begin(), years.end());
    for (const int y : years) add_once(out.known, std::to_string(y));
    return out;
  }
  if (!spec.unit.empty() || !spec.objective.empty()) {
    // What could have been chosen, gathered before filtering (ids only, not a copy).
    const bool by_unit = !spec.unit.empty();
    std::vector<std::string> known;
    for (const auto& agency : out.evaluation.agencies) {
      for (const auto& o : agency.objectives)
        add_once(known, by_unit ? o.objective->unit : o.objective->id);
    }
    restrict_to(out.evaluation, spec.unit, spec.objective);
    if (out.evaluation.agencies.empty()) {
      out.problem = by_unit ? ReportOutcome::Problem::no_such_unit
                            : ReportOutcome::Problem::no_such_objective;
      out.known = std::move(known);
      return out;
    }
  }
  out.evaluation.rollup =
      roll_up(out.evaluation, repository, year, spec.summary_only, spec.set_aside);
  add_failing(out.evaluation, spec.fail_on, out.failing);
  return out;
}

void add_failing(const Evaluation& evaluation, const std::vector<Verdict>& fail_on,
                 std::vector<std::string>& failing) {
  for (const auto& agency : evaluation.agencies) {
    for (const auto& o : agency.objectives) {
      if (o.objective->is_group) continue;
      if (std::find(fail_on.begin(), fail_on.end(), o.verdict) != fail_on.end())
        failing.push_back(o.objective->id);
    }
  }
}

}  // namespace qobj::eval
