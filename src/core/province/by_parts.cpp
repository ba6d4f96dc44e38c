#include "core/province/by_parts.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "core/eval/rollup.hpp"

namespace qobj::province {

namespace {

// The year a run is evaluated for (asked, or the one most agencies have as their latest; none
// when their latest years agree) and its roll-up's year, from the agencies' latest years.
std::pair<std::optional<int>, int> run_years(std::optional<int> asked,
                                             const std::vector<int>& latest) {
  const std::optional<int> year = asked ? asked : eval::common_year(latest);
  if (year) return {year, *year};
  return {year, latest.empty() ? 0 : *std::max_element(latest.begin(), latest.end())};
}

}  // namespace

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
  }
  std::vector<int> latest;
  for (const CheckedAgency* agency : evaluated) latest.push_back(*agency->latest_plan);
  std::tie(plan.year, plan.rollup_year) = run_years(spec.year, latest);

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
  for (const CheckedAgency* agency : order) {
    if (!agency->latest_plan || set_aside(agency->id)) continue;
    const auto& years = agency->plan_years;
    if (plan.year && std::find(years.begin(), years.end(), *plan.year) == years.end()) continue;
    plan.evaluated.emplace_back(agency->id, plan.year.value_or(*agency->latest_plan));
  }
  std::vector<CheckedFile> part;
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

PartReporter::PartReporter(const eval::ReportSpec& spec, std::optional<int> year, int rollup_year,
                           std::vector<report::PartWriter*> writers)
    : m_spec(spec),
      m_year(year),
      m_rollup_year(rollup_year),
      m_writers(std::move(writers)),
      m_tally(rollup_year) {}

void PartReporter::add(const model::Repository& repository,
                       const std::vector<std::string>& set_aside) {
  const eval::Evaluation part =
      eval::evaluate(repository, m_spec.as_of, m_year, m_spec.jobs, set_aside);
  m_tally.add(part, repository);
  for (report::PartWriter* writer : m_writers) writer->agencies(part);
  for (const eval::AgencyEvaluation& agency : part.agencies)
    m_evaluated.emplace_back(agency.id, agency.year);
  eval::add_failing(part, m_spec.fail_on, m_failing);
}

PartsOutcome PartReporter::finish(const std::vector<std::string>& set_aside) && {
  PartsOutcome out;
  out.rest.as_of = m_spec.as_of;
  out.rest.rollup = std::move(m_tally).finish(m_spec.summary_only, set_aside);
  for (report::PartWriter* writer : m_writers) writer->finish(out.rest);
  out.failing = std::move(m_failing);
  return out;
}

PartsOutcome write_parts(const PartsPlan& plan, const CheckOptions& options,
                         const eval::ReportSpec& spec,
                         const std::vector<report::PartWriter*>& writers) {
  PartReporter reporter(spec, plan.year, plan.rollup_year, writers);
  for (const std::vector<CheckedFile>& files : plan.parts) {
    PartRead part = read_part(files, options);
    if (!part.changed.empty()) {
      PartsOutcome stopped;
      stopped.changed = std::move(part.changed);
      return stopped;
    }
    reporter.add(part.repository, spec.set_aside);
  }
  return std::move(reporter).finish(spec.set_aside);
}

Speculation::Speculation(const eval::ReportSpec& spec, std::vector<report::PartWriter*> writers)
    : m_spec(spec), m_writers(std::move(writers)) {}

void Speculation::begin(const std::map<std::string, std::vector<int>>& objectives_years) {
  // Every agency with objectives as if none were set aside, each at its latest year.
  std::vector<int> latest;
  for (const auto& [agency, years] : objectives_years) {
    if (!years.empty()) latest.push_back(*std::max_element(years.begin(), years.end()));
  }
  const auto [year, rollup_year] = run_years(m_spec.year, latest);
  m_reporter.emplace(m_spec, year, rollup_year, m_writers);
}

void Speculation::part(const model::Repository& repository,
                       const std::vector<std::string>& with_errors) {
  m_set_aside.insert(m_set_aside.end(), with_errors.begin(), with_errors.end());
  m_reporter->add(repository, with_errors);
}

bool Speculation::holds(const PartsPlan& plan, const std::vector<std::string>& set_aside) const {
  std::vector<std::string> guessed = m_set_aside, actual = set_aside;
  std::sort(guessed.begin(), guessed.end());
  std::sort(actual.begin(), actual.end());
  return m_reporter && guessed == actual && plan.rollup_year == m_reporter->rollup_year() &&
         plan.evaluated == m_reporter->evaluated();
}

PartsOutcome Speculation::finish(const std::vector<std::string>& set_aside) && {
  return std::move(*m_reporter).finish(set_aside);
}

}  // namespace qobj::province
