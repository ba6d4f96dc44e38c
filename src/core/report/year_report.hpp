// The year-end report on the quality objectives as a document to sign: what `qobj report -o
// .html` says (each objective and target with its result and verdict, the year-end
// evaluation's cause and corrective action, the notes; the summary, the units, the growth
// baselines and the revisions), laid out as Decree 30/2020/ND-CP sets, on A4 landscape for a
// table of ten columns. The HTML report (`qobj report -o .html`) is this layout with its
// charts; the document to sign has none (Word has no place for them, layout.hpp).
#pragma once

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/official/layout.hpp"
#include "core/official/nd30.hpp"

namespace qobj::report {

// Dated the day the data is judged on unless `issue` gives a date. With `charts`, the results
// against their targets and each target's series are drawn after the signature, as an annex.
official::Layout year_report_layout(const eval::AgencyEvaluation& agency, const Date& as_of,
                                    Lang lang, const official::Issue& issue, bool charts = false);

}  // namespace qobj::report
