// The whole evaluation as JSON: the contract for scripts, described by
// schemas/report.schema.json (qobj schema report). Stable key order, no locale formatting;
// every number as an exact string (a decimal, or p/q when it has no finite decimal form)
// with a float beside it for convenience. A run over several agencies adds `summary`, the
// roll-up across them.
#pragma once

#include <memory>
#include <string>

#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"
#include "core/report/part_writer.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

// With `summary_only`, the agencies are left out (an empty list) and only the roll-up is given.
// The agencies are written on up to `jobs` threads (0: one per core) and put in their order:
// the bytes are the same whatever the number.
void write_json_report(const eval::Evaluation& evaluation, const Sink& sink,
                       bool summary_only = false, unsigned jobs = 1);
std::string render_json_report(const eval::Evaluation& evaluation, unsigned jobs = 1);
// The same, part by part.
std::unique_ptr<PartWriter> json_part_writer(Sink sink, bool summary_only, unsigned jobs);
// qobj report --trend: `trend`, per agency its years and a row per target with its result in
// each (null in a year without it); `agencies` is empty.
void write_json_trend(const eval::Trend& trend, const Sink& sink);

}  // namespace qobj::report
