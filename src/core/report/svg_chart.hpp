// Charts as inline SVG for the HTML report, drawn from the result model alone: each target's
// result against its target (a bar, the target marked), and a target's series per month,
// quarter or half-year. Positions are computed in floating point: they are pictures, the
// verdicts are decided elsewhere, exactly.
#pragma once

#include <string>

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"

namespace qobj::report {

// One bar per target with a result, with its target marked; empty when there is none.
std::string results_chart(const eval::AgencyEvaluation& agency, Lang lang);

// The roll-up across agencies: a bar per agency, its objectives split by verdict (the counts
// as tooltips), with a legend; empty without a roll-up.
std::string rollup_chart(const eval::Evaluation& evaluation, Lang lang);

// A target through the years: its results as a line (a point per year, coloured by verdict),
// its target each year as a dashed line; empty unless two years have a number.
std::string trend_chart(const eval::AgencyTrend& agency, const eval::TrendRow& row, Lang lang);

// Columns for the sub-periods of one target; empty unless it has two points or more.
std::string series_chart(const model::Target& target, const eval::TargetResult& result, Lang lang);

}  // namespace qobj::report
