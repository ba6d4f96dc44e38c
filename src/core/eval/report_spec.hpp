// The question a report answers, as a value: which year, which unit or objective, as of when,
// and which verdicts fail the run. The report is a function of it (hledger's ReportSpec).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/eval/evaluate.hpp"

namespace qobj::eval {

struct ReportSpec {
  Date as_of;
  // The plans of this year; by default each agency's latest, or, when the agencies' latest
  // years differ, the year most of them have as their latest.
  std::optional<int> year;
  std::string unit;              // only this unit's objectives
  std::string objective;         // only this objective, with what hangs under it
  std::vector<Verdict> fail_on;  // verdicts of objectives that fail the run
  unsigned jobs = 0;             // agencies evaluated at once (0: one per core)
  bool summary_only = false;     // the roll-up is wanted even for one agency
  // Agencies (ids) whose files have errors: not evaluated, and named in the roll-up as such
  // (a province's report goes on without them).
  std::vector<std::string> set_aside;
};

struct ReportOutcome {
  enum class Problem {
    none,
    no_such_year,      // no plan of `year`; `known` lists the years there are
    no_such_unit,      // `unit` matches no objective; `known` lists the units there are
    no_such_objective  // `objective` matches none; `known` lists the objectives there are
  };
  Evaluation evaluation;
  Problem problem = Problem::none;
  std::vector<std::string> known;
  // Objectives (groups aside) whose verdict is one of `fail_on`, by id.
  std::vector<std::string> failing;
};

// A run over several agencies is of one year: the year most of them have as their latest (the
// later of equals), so that one agency starting next year's files early does not take the
// whole run, or its roll-up, to a year the others have not begun. Nothing when they agree.
std::optional<int> common_year(const std::vector<int>& latest_years);

// Adds the objectives (groups aside) whose verdict is one of `fail_on`, by id.
void add_failing(const Evaluation& evaluation, const std::vector<Verdict>& fail_on,
                 std::vector<std::string>& failing);

// Evaluates the repository as the spec asks. The repository must be indexed.
ReportOutcome run_report(const model::Repository& repository, const ReportSpec& spec);

// Keeps the objectives of one unit and/or one objective with what hangs under it (empty:
// no restriction), and recounts the summaries; agencies left with nothing are dropped.
void restrict_to(Evaluation& evaluation, const std::string& unit, const std::string& objective);

}  // namespace qobj::eval
