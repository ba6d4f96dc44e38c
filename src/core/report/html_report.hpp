// The report as one standalone HTML file (no network, no external CSS, scripts or fonts): the
// year-end report in the layout Vietnamese agencies use (national heading, agency, number and
// date line, title, results table, summary, signature block), charts as inline SVG, and print
// CSS for A4. English with Lang::en.
#pragma once

#include <string>

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

// What the files do not say and the person issuing the report may (qobj report --number,
// --place); empty leaves the dotted line to fill in by hand.
struct ReportIssue {
  std::string number;  // "15/BC-SCT"
  std::string place;   // "Ninh Bình"
};

// A run over several agencies starts with the roll-up across them (alone with `summary_only`).
void write_html_report(const eval::Evaluation& evaluation, Lang lang, const ReportIssue& issue,
                       const Sink& sink, bool summary_only = false);

// qobj report --trend: per agency a table (a row per target, a column per year) and a line
// chart per target with numbers in two years or more.
void write_html_trend(const eval::Trend& trend, Lang lang, const Sink& sink);

}  // namespace qobj::report
