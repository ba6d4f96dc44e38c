// A report over a province's folders written a few agencies at a time: the check went through
// them in parts (CheckResult::in_parts), and so does the report, each part read again,
// evaluated, handed to the writers and let go, the roll-up gathered as it goes. Memory follows
// the largest part, not the province; what is written is what the report at once writes.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/check/check.hpp"
#include "core/eval/report_spec.hpp"
#include "core/eval/rollup.hpp"
#include "core/report/part_writer.hpp"

namespace qobj::province {

// What the report will be, settled from the check before anything is written.
struct PartsPlan {
  // The year evaluated: asked for, or the one most agencies have as their latest; none when
  // their latest years agree (each agency's latest is evaluated).
  std::optional<int> year;
  int rollup_year = 0;
  // What stops the report (eval::ReportOutcome's), with what could have been asked for.
  eval::ReportOutcome::Problem problem = eval::ReportOutcome::Problem::none;
  std::vector<std::string> known;
  // The agencies' files, whole agencies a part, the agencies in the order evaluate() gives.
  std::vector<std::vector<CheckedFile>> parts;
  // The agencies evaluated, in that order, with the year of the plan evaluated.
  std::vector<std::pair<std::string, int>> evaluated;
};

// `spec` without a unit or an objective to keep (those are chosen among the evaluated
// objectives: the report is then made at once). `files_per_part` as CheckOptions'.
PartsPlan plan_parts(const CheckResult& checked, const eval::ReportSpec& spec,
                     std::size_t files_per_part);

struct PartsOutcome {
  // The end of the report: as of when, and the roll-up (no agencies: they were written).
  eval::Evaluation rest;
  // Objectives (groups aside) whose verdict is one of spec.fail_on, by id.
  std::vector<std::string> failing;
  // Files read again that are not what the check read (as shown): the report was not
  // finished, and must not be used.
  std::vector<std::string> changed;
};

// Reads, evaluates and hands each part to every writer, then the end to each; stops, with
// PartsOutcome::changed, at a part whose files changed since the check.
PartsOutcome write_parts(const PartsPlan& plan, const CheckOptions& options,
                         const eval::ReportSpec& spec,
                         const std::vector<report::PartWriter*>& writers);

// Each part evaluated, counted in the roll-up and handed to the writers as it comes.
class PartReporter {
 public:
  PartReporter(const eval::ReportSpec& spec, std::optional<int> year, int rollup_year,
               std::vector<report::PartWriter*> writers);
  // A part's model, indexed; its agencies in `set_aside` are not evaluated.
  void add(const model::Repository& repository, const std::vector<std::string>& set_aside);
  // The roll-up, handed to the writers as the end of the report.
  PartsOutcome finish(const std::vector<std::string>& set_aside) &&;
  // The agencies evaluated so far, with their plans' years.
  const std::vector<std::pair<std::string, int>>& evaluated() const { return m_evaluated; }
  int rollup_year() const { return m_rollup_year; }

 private:
  const eval::ReportSpec& m_spec;
  std::optional<int> m_year;
  int m_rollup_year;
  std::vector<report::PartWriter*> m_writers;
  eval::RollupTally m_tally;
  std::vector<std::pair<std::string, int>> m_evaluated;
  std::vector<std::string> m_failing;
};

// The report written as the check goes (CheckOptions::part_listener), so that a province is
// read once: each part evaluated while the check holds its model, on a guess of the report's
// year from the files' lines and of the agencies set aside from each part's errors. Once the
// check is done, holds() says whether the guesses were right, and the report is finished;
// else it is written again by write_parts. The writers must keep what they are given until
// then (a temporary file), and be dropped if it does not hold.
class Speculation final : public PartListener {
 public:
  Speculation(const eval::ReportSpec& spec, std::vector<report::PartWriter*> writers);
  void begin(const std::map<std::string, std::vector<int>>& objectives_years) override;
  void part(const model::Repository& repository,
            const std::vector<std::string>& with_errors) override;
  // Whether what was written is what `plan` writes with `set_aside` (the run's own).
  bool holds(const PartsPlan& plan, const std::vector<std::string>& set_aside) const;
  PartsOutcome finish(const std::vector<std::string>& set_aside) &&;

 private:
  const eval::ReportSpec& m_spec;
  std::vector<report::PartWriter*> m_writers;
  std::optional<PartReporter> m_reporter;
  std::vector<std::string> m_set_aside;  // as guessed, part by part
};

}  // namespace qobj::province
