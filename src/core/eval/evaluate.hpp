// The evaluation of a repository: every agency's objectives with their targets' results, in
// document order, unit objectives under the agency objective they refine. A value: the
// renderers in src/core/report turn it into text.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/eval/target_rules.hpp"
#include "core/model/model.hpp"

namespace qobj::eval {

struct TargetEvaluation {
  const model::Target* target = nullptr;
  TargetResult result;
};

// The year-end evaluation written in the measurements (ISO 9.3 and 10.2).
struct FollowUp {
  std::string cause;
  std::string action;
  std::string responsible;
  std::string due;
};

struct ObjectiveEvaluation {
  const model::Objective* objective = nullptr;
  int depth = 0;  // 0: the agency's; 1: a group's child or a unit objective under its parent…
  Verdict verdict = Verdict::no_data;
  std::vector<TargetEvaluation> targets;
  std::optional<FollowUp> follow_up;
  std::string withdrawn_reason;
};

struct VerdictCount {
  int evaluated = 0;  // objectives with targets, not withdrawn
  int met = 0;        // met or exceeded
  int per_verdict[7] = {};
};

struct AgencyEvaluation {
  std::string id;
  std::string name;
  std::string parent;                     // the body above the agency, if the files say
  std::string signer_title, signer_name;  // who signed its objectives, if the files say
  int year = 0;
  Period period;
  std::vector<ObjectiveEvaluation> objectives;  // in reading order
  VerdictCount summary;
  std::vector<std::pair<std::string, VerdictCount>> units;  // unit id → its objectives' count
  std::map<std::string, std::string> unit_names;            // unit id → its name
};

struct Evaluation {
  Date as_of;
  std::vector<AgencyEvaluation> agencies;
};

// Evaluates each agency's objectives of `year`, or by default of its latest year; the files
// of earlier years give growth targets their baselines.
Evaluation evaluate(const model::Repository& repository, Date as_of,
                    std::optional<int> year = std::nullopt);

// Keeps the objectives of one unit and/or one objective with what hangs under it (empty:
// no restriction), and recounts the summaries; agencies left with nothing are dropped.
void restrict_to(Evaluation& evaluation, const std::string& unit, const std::string& objective);

}  // namespace qobj::eval
