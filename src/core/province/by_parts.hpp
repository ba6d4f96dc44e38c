// A report over a province's folders written a few agencies at a time: the check went through
// them in parts (CheckResult::in_parts), and so does the report, each part read again,
// evaluated, handed to the writers and let go, the roll-up gathered as it goes. Memory follows
// the largest part, not the province; what is written is what the report at once writes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/check/check.hpp"
#include "core/eval/report_spec.hpp"
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
  std::vector<std::vector<std::string>> parts;
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
};

// Reads, evaluates and hands each part to every writer, then the end to each.
PartsOutcome write_parts(const PartsPlan& plan, const CheckOptions& options,
                         const eval::ReportSpec& spec,
                         const std::vector<report::PartWriter*>& writers);

}  // namespace qobj::province
