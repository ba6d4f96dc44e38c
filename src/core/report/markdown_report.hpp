// The report as GitHub-flavoured Markdown, for a pull-request comment or a CI job summary:
// per agency a heading, the summary first, the results table, the objectives not met and the
// growth baselines; before them, the roll-up across agencies when the run has several (alone with
// `summary_only`).
#pragma once

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

void write_markdown_report(const eval::Evaluation& evaluation, Lang lang, const Sink& sink,
                           bool summary_only = false);
// qobj report --trend: per agency, a row per target and a column per year.
void write_markdown_trend(const eval::Trend& trend, Lang lang, const Sink& sink);

}  // namespace qobj::report
