// The year-end report on the quality objectives as a document to sign: what `qobj report -o
// .html` says (each objective and target with its result and verdict, the year-end
// evaluation's cause and corrective action, the notes; the summary, the units, the growth
// baselines and the revisions), laid out as Decree 30/2020/ND-CP sets, on A4 landscape for a
// table of ten columns. The charts stay in the HTML report.
#pragma once

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/official/decision.hpp"
#include "core/official/layout.hpp"

namespace qobj::official {

// Dated the day the data is judged on unless `issue` gives a date.
Layout year_report_layout(const eval::AgencyEvaluation& agency, const Date& as_of, Lang lang,
                          const Issue& issue);

}  // namespace qobj::official
