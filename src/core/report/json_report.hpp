// The whole evaluation as JSON: the contract for scripts, described by
// schemas/report.schema.json (qobj schema report). Stable key order, no locale formatting;
// every number as an exact string (a decimal, or p/q when it has no finite decimal form)
// with a float beside it for convenience. A run over several agencies adds `summary`, the
// roll-up across them.
#pragma once

#include <string>

#include "core/eval/evaluate.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

// With `summary_only`, the agencies are left out (an empty list) and only the roll-up is given.
void write_json_report(const eval::Evaluation& evaluation, const Sink& sink,
                       bool summary_only = false);
std::string render_json_report(const eval::Evaluation& evaluation);

}  // namespace qobj::report
