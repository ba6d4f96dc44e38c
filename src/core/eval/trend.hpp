// An agency's results year by year (qobj report --trend): each year's plan evaluated, and each
// target followed back through the years by its id, or by `baseline_from` where it was
// renumbered. A value the renderers word.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/eval/evaluate.hpp"
#include "core/model/model.hpp"

namespace qobj::eval {

// One target through the years: as the latest year that has it writes it, and its evaluation
// in each year (null in a year without it).
struct TrendRow {
  const model::Objective* objective = nullptr;         // the latest year's
  const model::Target* target = nullptr;               // the latest year's
  bool only_target = false;                            // its objective's sole target that year
  std::vector<const ObjectiveEvaluation*> objectives;  // per year of AgencyTrend::years
  std::vector<const TargetEvaluation*> targets;        // per year of AgencyTrend::years
};

struct AgencyTrend {
  std::string id, name;
  std::vector<int> years;  // ascending: the years it has a plan for
  std::vector<TrendRow> rows;
};

struct Trend {
  Date as_of;
  // Every year evaluated, which the rows point into.
  std::vector<Evaluation> evaluations;
  std::vector<AgencyTrend> agencies;
  const model::Repository* repository = nullptr;
  // With --unit or --objective: the units or objectives there are, for the message when
  // nothing matches.
  std::vector<std::string> known;
};

// Evaluates every year of every agency (as of `as_of`: a year not over is judged so far) and
// lines the targets up across the years: by their ids, then, for a target renumbered, by its
// `baseline_from`. `unit` and `objective` keep the rows of one unit or of one objective (by its
// latest id) and what hangs under it.
Trend evaluate_trend(const model::Repository& repository, Date as_of, unsigned jobs = 0,
                     const std::string& unit = {}, const std::string& objective = {});

}  // namespace qobj::eval
