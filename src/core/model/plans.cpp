#include "core/model/plans.hpp"

#include <algorithm>

#include "core/yaml/document.hpp"

namespace qobj::model {

const Objective* Plan::objective(std::string_view id) const {
  const auto it = m_objectives.find(id);
  return it == m_objectives.end() ? nullptr : it->second;
}

const Unit* Plan::unit(std::string_view id) const {
  const auto it = m_units.find(id);
  return it == m_units.end() ? nullptr : it->second;
}

std::string Plan::unit_name(std::string_view id) const {
  const Unit* u = unit(id);
  return u != nullptr && !u->name.empty() ? u->name : std::string(id);
}

std::vector<std::string> Plan::objective_ids() const {
  std::vector<std::string> ids;
  for (const Objective* o : order) ids.push_back(o->id);
  return ids;
}

std::vector<std::string> Plan::unit_ids() const {
  std::vector<std::string> ids;
  for (const Unit* u : units) ids.push_back(u->id);
  return ids;
}

const ObjectivesFile* Plan::file_of(const Objective& objective) const {
  const auto it = m_files_of.find(&objective);
  return it == m_files_of.end() ? main_file : it->second;
}

Resolved Plan::resolve(std::string_view objective_id, std::string_view target_id) const {
  Resolved r;
  r.objective = objective(objective_id);
  if (r.objective == nullptr) return r;
  if (r.objective->is_group) {
    r.status = Resolution::group;
    return r;
  }
  const auto& targets = r.objective->targets;
  if (target_id.empty()) {
    if (targets.size() == 1) {
      r.status = Resolution::found;
      r.target = &targets.front();
    } else {
      r.status = Resolution::target_needed;
    }
    return r;
  }
  for (const Target& t : targets) {
    if (t.id == target_id) {
      r.status = Resolution::found;
      r.target = &t;
      return r;
    }
  }
  r.status = Resolution::unknown_target;
  return r;
}

const std::vector<RecordRef>& Plan::records_of(const Target& target) const {
  static const std::vector<RecordRef> kNone;
  const auto it = m_records.find(&target);
  return it == m_records.end() ? kNone : it->second;
}

const Period& Plan::data_year_of(const Target& target) const {
  const auto& records = records_of(target);
  if (!records.empty() && records.front().file->reporting_year)
    return *records.front().file->reporting_year;
  return period();
}

Period Plan::data_window(const Target& target, const Period& window) const {
  // An edge the objective shares with the plan's year moves with the reporting year (due
  // 14/12 with quarters 15/12–14/03…: the window starts on 15/12 of the year before).
  const Period& data_year = data_year_of(target);
  Period out = window;
  if (window.start == period().start) out.start = data_year.start;
  if (window.end == period().end) out.end = data_year.end;
  // "44 đề án hoàn thành trong tháng 6": a count due by a day is judged on the days up to it.
  if (target.kind == TargetKind::minimum_count && target.due && out.contains(*target.due))
    out.end = *target.due;
  return out;
}

const Baseline* Plan::baseline_of(const Target& target) const {
  const auto it = m_baselines.find(&target);
  return it == m_baselines.end() ? nullptr : it->second;
}

std::vector<const Forecast*> Plan::forecasts_of(const Target& target) const {
  const auto it = m_forecasts.find(&target);
  return it == m_forecasts.end() ? std::vector<const Forecast*>{} : it->second;
}

bool Plan::is_whole_year(const Baseline& baseline) const {
  return !baseline.period || *baseline.period == year_period(baseline.year) ||
         *baseline.period == shifted_by_years(period(), baseline.year - year);
}

std::vector<const Baseline*> Plan::period_baselines_of(const Target& target) const {
  const auto it = m_period_baselines.find(&target);
  return it == m_period_baselines.end() ? std::vector<const Baseline*>{} : it->second;
}

const YearEndEvaluation* Plan::evaluation_of(const Objective& objective) const {
  const auto it = m_evaluations.find(objective.id);
  return it == m_evaluations.end() ? nullptr : it->second;
}

Plans::Plans(const Repository& repository) {
  for (const ObjectivesFile& file : repository.objectives) add_objectives(file);
  for (const MeasurementsFile& file : repository.measurements)
    add_measurements(file, *repository.documents[file.document]);
  for (auto& [key, plan] : m_plans) {
    for (auto& [target, records] : plan.m_records) {
      std::stable_sort(records.begin(), records.end(), [](const RecordRef& a, const RecordRef& b) {
        return a.record->period < b.record->period;
      });
      records.shrink_to_fit();  // a large year has tens of thousands of targets
    }
  }
}

const Plan* Plans::find(std::string_view agency, int year) const {
  const auto it = m_plans.find(std::pair(std::string(agency), year));
  return it == m_plans.end() ? nullptr : &it->second;
}

const Plan* Plans::chosen(std::string_view agency, std::optional<int> year) const {
  const Plan* found = nullptr;
  for (const auto& [key, plan] : m_plans) {
    if (key.first == agency && (!year || key.second == *year)) found = &plan;
  }
  return found;
}

void Plans::add_objectives(const ObjectivesFile& file) {
  Plan& plan = m_plans[std::pair(file.agency_id, file.year)];
  if (plan.main_file == nullptr) {
    plan.agency = file.agency_id;
    plan.year = file.year;
  }
  if (std::find(m_agencies.begin(), m_agencies.end(), file.agency_id) == m_agencies.end())
    m_agencies.push_back(file.agency_id);
  // The agency's own file speaks for the plan, even when a unit's file was read first.
  if (plan.main_file == nullptr || (!plan.has_agency_file && file.unit.empty()))
    plan.main_file = &file;
  plan.has_agency_file |= file.unit.empty();
  plan.files.push_back(&file);
  for (const Unit& unit : file.units) {
    const auto [it, inserted] = plan.m_units.emplace(unit.id, &unit);
    if (inserted) {
      plan.units.push_back(&unit);
    } else {
      m_duplicates.push_back(
          {Duplicate::What::unit, unit.id, file.agency_id, unit.origin, it->second->origin});
    }
  }
  for (const Objective& objective : file.objectives) {
    const auto [it, inserted] = plan.m_objectives.emplace(objective.id, &objective);
    if (inserted) {
      plan.order.push_back(&objective);
      plan.m_files_of.emplace(&objective, &file);
    } else {
      m_duplicates.push_back({Duplicate::What::objective, objective.id, file.agency_id,
                              objective.origin, it->second->origin});
    }
  }
}

void Plans::add_measurements(const MeasurementsFile& file, const yaml::Document& document) {
  const auto it = m_plans.find(std::pair(file.agency, file.year));
  if (it == m_plans.end()) return;  // the checks say why
  Plan& plan = it->second;
  plan.measurements.push_back(&file);
  for (const Record& record : file.records) {
    if (!record.has_period) continue;
    const RecordTarget named = record.named(document);
    const Resolved r = plan.resolve(named.objective, named.target);
    if (r.status == Resolution::found)
      plan.m_records[r.target].push_back(RecordRef{&file, &record});
  }
  for (const Baseline& baseline : file.baselines) {
    const Resolved r = plan.resolve(baseline.objective, baseline.target);
    if (r.status != Resolution::found) continue;
    // A part of the baseline year, compared with the same part of this one.
    if (!plan.is_whole_year(baseline)) {
      auto& parts = plan.m_period_baselines[r.target];
      const auto same = std::find_if(parts.begin(), parts.end(), [&](const Baseline* b) {
        return b->period == baseline.period;
      });
      if (same != parts.end()) {
        m_duplicates.push_back({Duplicate::What::baseline, r.objective->id + "/" + r.target->id,
                                file.agency, baseline.origin, (*same)->origin});
      } else {
        parts.push_back(&baseline);
      }
      continue;
    }
    const auto [at, inserted] = plan.m_baselines.emplace(r.target, &baseline);
    if (!inserted) {
      m_duplicates.push_back({Duplicate::What::baseline, r.objective->id + "/" + r.target->id,
                              file.agency, baseline.origin, at->second->origin});
    }
  }
  for (const Forecast& forecast : file.forecasts) {
    const Resolved r = plan.resolve(forecast.objective, forecast.target);
    if (r.status == Resolution::found) plan.m_forecasts[r.target].push_back(&forecast);
  }
  for (const YearEndEvaluation& evaluation : file.evaluations) {
    if (plan.objective(evaluation.objective) == nullptr) continue;
    const auto [at, inserted] = plan.m_evaluations.emplace(evaluation.objective, &evaluation);
    if (!inserted) {
      m_duplicates.push_back({Duplicate::What::evaluation, evaluation.objective, file.agency,
                              evaluation.origin, at->second->origin});
    }
  }
}

}  // namespace qobj::model
