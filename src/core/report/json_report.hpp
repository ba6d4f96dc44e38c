// The whole evaluation as JSON: the contract for scripts, described by
// schemas/report.schema.json (qobj schema report). Stable key order, no locale formatting;
// every number as an exact string (a decimal, or p/q when it has no finite decimal form)
// with a float beside it for convenience.
#pragma once

#include <string>

#include "core/eval/evaluate.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

void write_json_report(const eval::Evaluation& evaluation, const Sink& sink);
std::string render_json_report(const eval::Evaluation& evaluation);

}  // namespace qobj::report
