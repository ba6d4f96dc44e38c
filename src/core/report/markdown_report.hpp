// The report as GitHub-flavoured Markdown, for a pull-request comment or a CI job summary:
// per agency a heading, the summary first, the results table, the objectives not met and the
// growth baselines.
#pragma once

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

void write_markdown_report(const eval::Evaluation& evaluation, Lang lang, const Sink& sink);

}  // namespace qobj::report
