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

// ---- The roll-up of a run over several agencies (rollup.hpp) -------------------------------

// Targets written alike in several agencies (same kind, same objective title and target text,
// case and spacing aside), and in how many of them they were not met.
struct NotMetGroup {
  model::TargetKind kind = model::TargetKind::yes_no;
  // As the first agency that has it writes them.
  std::string objective_id, objective_title;
  model::Target target;
  int not_met = 0;                    // agencies where it is not met
  int of = 0;                         // agencies where it is evaluated (not withdrawn)
  std::vector<std::size_t> agencies;  // those not meeting it (in Rollup::agencies)
};

// An agency with files in the run but none, or no measurements, for the roll-up's year; or
// one whose files have errors, set aside unevaluated (ReportSpec::set_aside).
struct MissingFiles {
  enum class What { objectives, measurements, sound_files };
  std::string id, name;
  What what = What::objectives;
  std::optional<int> latest;  // without objectives: the latest other year it has them for
};

// How the machine formats (JSON, CSV) name what is missing: "objectives", "measurements",
// "errors".
inline std::string_view missing_code(MissingFiles::What what) {
  switch (what) {
    case MissingFiles::What::objectives:
      return "objectives";
    case MissingFiles::What::measurements:
      return "measurements";
    case MissingFiles::What::sound_files:
      return "errors";
  }
  return "objectives";
}

// An agency the roll-up counts, by its row: what is needed of its evaluation.
struct RollupAgency {
  std::string id, name;
  VerdictCount summary;
  std::vector<UnitSummary> units;
};

// The roll-up is a value of its own, with no pointer into the agencies' evaluations or their
// files: it can be gathered part by part, each part let go once counted (RollupTally).
struct Rollup {
  int year = 0;
  std::vector<RollupAgency> agencies;  // evaluated for `year`, in the evaluation's order
  VerdictCount total;                  // their objectives together
  std::vector<NotMetGroup> not_met;    // most often not met first
  std::vector<MissingFiles> missing;   // by id
};

struct Evaluation {
  Date as_of;
  std::vector<AgencyEvaluation> agencies;
  // The files evaluated: the reports read a record's source and notes from it.
  const model::Repository* repository = nullptr;
  // Across the agencies, when the run has several (or one, and another's files missing).
  std::optional<Rollup> rollup;
};

// Evaluates each agency's objectives of `year`, or by default of its latest year; the files
// of earlier years give growth targets their baselines. The repository must be indexed.
// The agencies are evaluated side by side on up to `jobs` threads (0: one per core), and kept
// in their order.
// The agencies `set_aside` (ids) are not evaluated.
Evaluation evaluate(const model::Repository& repository, Date as_of,
                    std::optional<int> year = std::nullopt, unsigned jobs = 0,
                    const std::vector<std::string>& set_aside = {});

// Recounts an agency's summaries from its objectives.
void summarise(AgencyEvaluation& agency);

}  // namespace qobj::eval
