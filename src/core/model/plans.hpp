// The one index of the repository: each agency's plan for a year, gathered from all its
// files of that year (its own objectives file, its units' files, its measurements), with the
// data of each target. Built once per run; the checks and the evaluation both read it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/model/model.hpp"

namespace qobj::model {

struct RecordRef {
  const MeasurementsFile* file = nullptr;
  const Record* record = nullptr;
};

// What a reference to a target ("MT2/dung-han", or "MT2" for a sole target) comes to.
enum class Resolution {
  found,
  unknown_objective,
  group,          // a group heading, which has no targets
  target_needed,  // the objective has several targets and the reference names none
  unknown_target,
};

struct Resolved {
  Resolution status = Resolution::unknown_objective;
  const Objective* objective = nullptr;
  const Target* target = nullptr;
};

// An id given twice where it must be once: the later place and the first.
struct Duplicate {
  enum class What { objective, unit, baseline, evaluation };
  What what = What::objective;
  std::string id;
  std::string agency;
  Origin at, first;
};

class Plan {
 public:
  std::string agency;
  int year = 0;
  // The file that speaks for the plan (its name, period, signer): the agency's own objectives
  // file, or, when only units' files are given, the first of them.
  const ObjectivesFile* main_file = nullptr;
  bool has_agency_file = false;
  std::vector<const ObjectivesFile*> files;
  std::vector<const MeasurementsFile*> measurements;
  std::vector<const Objective*> order;  // every objective once, in reading order
  std::vector<const Unit*> units;       // every unit once, in reading order

  const Period& period() const { return main_file->period; }
  const Objective* objective(std::string_view id) const;
  const Unit* unit(std::string_view id) const;
  // The unit's name, or its id when it has none.
  std::string unit_name(std::string_view id) const;
  std::vector<std::string> objective_ids() const;
  std::vector<std::string> unit_ids() const;
  // The objectives file an objective is written in.
  const ObjectivesFile* file_of(const Objective& objective) const;

  Resolved resolve(std::string_view objective, std::string_view target) const;

  // A target's records, sorted by period.
  const std::vector<RecordRef>& records_of(const Target& target) const;
  // The year a target's data is reported over: the `reporting_year` of its records' files (the
  // first record's; check.mixed-reporting-years says when they differ), else the plan's period.
  const Period& data_year_of(const Target& target) const;
  // The days a target of an objective with `window` is judged on: the window, with the edges
  // it shares with the plan's year moved to those of the year its data is reported over ("15/12
  // to 14/12").
  Period data_window(const Target& target, const Period& window) const;
  // A growth target's recorded baseline for its whole baseline year, if the measurements give
  // one; and those for parts of that year ("6 tháng 2020"), for comparisons with the same period.
  const Baseline* baseline_of(const Target& target) const;
  std::vector<const Baseline*> period_baselines_of(const Target& target) const;
  // Whether a baseline is for its whole baseline year: without a period, or one that is its
  // calendar year or this plan's period a year (or more) before (a school year).
  bool is_whole_year(const Baseline& baseline) const;
  // The body's own forecasts for a target, as written (any date order).
  std::vector<const Forecast*> forecasts_of(const Target& target) const;
  const YearEndEvaluation* evaluation_of(const Objective& objective) const;

 private:
  friend class Plans;
  std::map<std::string, const Objective*, std::less<>> m_objectives;
  std::map<std::string, const Unit*, std::less<>> m_units;
  std::unordered_map<const Objective*, const ObjectivesFile*> m_files_of;
  std::unordered_map<const Target*, std::vector<RecordRef>> m_records;
  std::unordered_map<const Target*, const Baseline*> m_baselines;
  std::unordered_map<const Target*, std::vector<const Baseline*>> m_period_baselines;
  std::unordered_map<const Target*, std::vector<const Forecast*>> m_forecasts;
  std::map<std::string, const YearEndEvaluation*, std::less<>> m_evaluations;
};

class Plans {
 public:
  explicit Plans(const Repository& repository);

  const Plan* find(std::string_view agency, int year) const;
  // The plan of `year`, or by default the agency's latest.
  const Plan* chosen(std::string_view agency, std::optional<int> year) const;
  // Agencies with objectives, in the order their files were read.
  const std::vector<std::string>& agencies() const { return m_agencies; }
  const std::map<std::pair<std::string, int>, Plan, std::less<>>& all() const { return m_plans; }
  const std::vector<Duplicate>& duplicates() const { return m_duplicates; }

 private:
  void add_objectives(const ObjectivesFile& file);
  void add_measurements(const MeasurementsFile& file, const yaml::Document& document);

  std::map<std::pair<std::string, int>, Plan, std::less<>> m_plans;
  std::vector<std::string> m_agencies;
  std::vector<Duplicate> m_duplicates;
};

}  // namespace qobj::model
