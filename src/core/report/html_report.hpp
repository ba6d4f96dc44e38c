// The report as one standalone HTML file (no network, no external CSS, scripts or fonts), laid
// out as the year-end report to sign is (report/year_report: Decree 30/2020's heading, title,
// results table, summary and signature, on A4 landscape), with its charts as inline SVG; a run
// over several agencies starts with the roll-up across them, laid out the same way. English
// with Lang::en.
#pragma once

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"
#include "core/official/nd30.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

// `issue`: what the files do not say and the person issuing the report may (qobj report
// --number, --place); empty leaves the dotted line to fill in by hand. Only the roll-up with
// `summary_only`.
void write_html_report(const eval::Evaluation& evaluation, Lang lang, const official::Issue& issue,
                       const Sink& sink, bool summary_only = false);

// qobj report --trend: per agency a table (a row per target, a column per year) and a line
// chart per target with numbers in two years or more.
void write_html_trend(const eval::Trend& trend, Lang lang, const Sink& sink);

}  // namespace qobj::report
