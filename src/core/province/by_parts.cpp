#include "core/province/by_parts.hpp"

#include <algorithm>
#include <map>

#include "core/eval/rollup.hpp"

namespace qobj::province {

PartsPlan plan_parts(const CheckResult& checked, const eval::ReportSpec& spec,
                     std::size_t files_per_part) {
  PartsPlan plan;
  const auto set_aside = [&](const std::string& id) {
    return std::find(spec.set_aside.begin(), spec.set_aside.end(), id) != spec.set_aside.end();
  };
  // The agencies evaluate() takes: with a plan, not set aside.
  std::vector<const CheckedAgency*> evaluated;
  for (const CheckedAgency& agency : checked.agencies) {
    if (agency.latest_plan && !set_aside(agency.id)) evaluated.push_back(&agency);
  }
  plan.year = spec.year;
  if (spec.year) {
    const bool any = std::any_of(evaluated.begin(), evaluated.end(), [&](const CheckedAgency* a) {
      return std::find(a->plan_years.begin(), a->plan_years.end(), *spec.year) !=
             a->plan_years.end();
    });
    if (!any) {
      plan.problem = eval::ReportOutcome::Problem::no_such_year;
      std::vector<int> years = checked.objectives_years;
      std::sort(years.begin(), years.end());
      years.erase(std::unique(years.begin(), years.end()), years.end());
      for (const int year : years) plan.known.push_back(std::to_string(year));
      return plan;
    }
  } else {
    // The year most agencies have as their latest (the later of equals), as report_spec's
    // common_year chooses it from their evaluations.
    std::map<int, int> agencies_by_year;
    for (const CheckedAgency* agency : evaluated) ++agencies_by_year[*agency->latest_plan];
    if (agencies_by_year.size() >= 2) {
      plan.year = std::max_element(agencies_by_year.begin(), agencies_by_year.end(),
                                   [](const auto& a, const auto& b) {
                                     return a.second < b.second ||
                                            (a.second == b.second && a.first < b.first);
                                   })
                      ->first;
    }
  }
  if (plan.year) {
    plan.rollup_year = *plan.year;
  } else {
    for (const CheckedAgency* agency : evaluated)
      plan.rollup_year = std::max(plan.rollup_year, *agency->latest_plan);
  }

  // In the order evaluate() gives (the first objectives file read of each), the agencies
  // without a plan last: their files only tell the roll-up what is missing.
  std::vector<const CheckedAgency*> order;
  for (const CheckedAgency& agency : checked.agencies) order.push_back(&agency);
  std::stable_sort(order.begin(), order.end(), [](const CheckedAgency* a, const CheckedAgency* b) {
    const auto place = [](const CheckedAgency* agency) {
      return agency->first_plan.value_or(static_cast<std::size_t>(-1));
    };
    return place(a) < place(b);
  });
  std::vector<std::string> part;
  for (const CheckedAgency* agency : order) {
    part.insert(part.end(), agency->files.begin(), agency->files.end());
    if (!part.empty() && part.size() >= files_per_part) {
      plan.parts.push_back(std::move(part));
      part.clear();
    }
  }
  if (!part.empty()) plan.parts.push_back(std::move(part));
  return plan;
}

PartsOutcome write_parts(const PartsPlan& plan, const CheckOptions& options,
                         const eval::ReportSpec& spec,
                         const std::vector<report::PartWriter*>& writers) {
  PartsOutcome out;
  eval::RollupTally tally(plan.rollup_year);
  for (const std::vector<std::string>& paths : plan.parts) {
    const model::Repository repository = read_part(paths, options);
    const eval::Evaluation part =
        eval::evaluate(repository, spec.as_of, plan.year, spec.jobs, spec.set_aside);
    tally.add(part, repository);
    for (report::PartWriter* writer : writers) writer->agencies(part);
    for (const eval::AgencyEvaluation& agency : part.agencies) {
      for (const eval::ObjectiveEvaluation& o : agency.objectives) {
        if (o.objective->is_group) continue;
        if (std::find(spec.fail_on.begin(), spec.fail_on.end(), o.verdict) != spec.fail_on.end())
          out.failing.push_back(o.objective->id);
      }
    }
  }
  out.rest.as_of = spec.as_of;
  out.rest.rollup = std::move(tally).finish(spec.summary_only, spec.set_aside);
  for (report::PartWriter* writer : writers) writer->finish(out.rest);
  return out;
}

}  // namespace qobj::province
