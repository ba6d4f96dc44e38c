// The report as JUnit XML for CI dashboards: one testsuite for an agency's own objectives and
// one per unit (phòng), one testcase per objective (group headings are not cases). Not met is a
// failure whose message says target and result; no data, not yet due and withdrawn are
// skipped; at risk passes, with a note in system-out. A run over several agencies adds a
// roll-up suite: a failing case per agency missing the year's files, and with `summary_only`
// (instead of the agencies' suites) a case per agency, failing when one of its objectives
// fails. Valid against junit-10.xsd.
#pragma once

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

void write_junit_report(const eval::Evaluation& evaluation, Lang lang, const Sink& sink,
                        bool summary_only = false);

}  // namespace qobj::report
