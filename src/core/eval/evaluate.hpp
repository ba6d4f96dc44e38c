// The evaluation of a repository: every agency's objectives with their targets' results, in
// document order, unit objectives under the agency objective they refine. A value: the
// renderers in src/core/report turn it into text.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/eval/result.hpp"
#include "core/eval/target_rules.hpp"
#include "core/model/model.hpp"

namespace qobj::eval {

struct TargetEvaluation {
  // The target as it stands on the as-of date: as written, or after the revisions in force.
  const model::Target* target = nullptr;
  TargetResult result;
  // Revised during the year: the latest revision in force, and the target as first written.
  const model::Revision* revision = nullptr;
  const model::Target* original = nullptr;
  std::shared_ptr<const model::Target> revised;  // what `target` points to when revised
  // Revisions dated after the day judged on and within the target's days: not yet in force.
  std::vector<const model::Revision*> ahead;
};

struct ObjectiveEvaluation {
  const model::Objective* objective = nullptr;
  int depth = 0;  // 0: the agency's; 1: a group's child or a unit objective under its parent…
  Verdict verdict = Verdict::no_data;
  bool provisional = false;  // met so far
  Period window;             // the days it is evaluated over
  std::string unit_name;     // its unit's name, when it belongs to one
  std::vector<TargetEvaluation> targets;
  // The year-end evaluation the measurements give (cause, corrective action, evidence).
  const model::YearEndEvaluation* year_end = nullptr;
};

struct VerdictCount {
  int evaluated = 0;  // objectives with targets, not withdrawn
  int met = 0;        // met or exceeded
  int per_verdict[kVerdictCount] = {};
};

struct UnitSummary {
  std::string id;
  std::string name;
  VerdictCount count;
};

struct AgencyEvaluation {
  std::string id;
  std::string name;
  std::string parent;  // the body above the agency, if the files say
  int year = 0;
  Period period;
  // The file that speaks for the plan: its issuing document, signer and standard.
  const model::ObjectivesFile* file = nullptr;
  std::vector<ObjectiveEvaluation> objectives;  // in reading order
  VerdictCount summary;
  std::vector<UnitSummary> units;  // by unit, in the order of their first objectives
};

struct Evaluation {
  Date as_of;
  std::vector<AgencyEvaluation> agencies;
  // The files evaluated: the reports read a record's source and notes from it.
  const model::Repository* repository = nullptr;
};

// Evaluates each agency's objectives of `year`, or by default of its latest year; the files
// of earlier years give growth targets their baselines. The repository must be indexed.
Evaluation evaluate(const model::Repository& repository, Date as_of,
                    std::optional<int> year = std::nullopt);

// Recounts an agency's summaries from its objectives.
void summarise(AgencyEvaluation& agency);

}  // namespace qobj::eval
