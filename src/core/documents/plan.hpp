// The plan to achieve the quality objectives (ISO 9001 clause 6.2.2): one row per objective
// with what will be done, with what resources, who is responsible, by when and how its results
// are evaluated, from each objective's `plan:`; what a plan does not say is shown as a dash and
// listed after the table, as the warning iso.plan-incomplete says it. A4 landscape, for a table
// of seven columns.
#pragma once

#include "core/diag/language.hpp"
#include "core/model/model.hpp"
#include "core/model/plans.hpp"
#include "core/official/layout.hpp"
#include "core/official/nd30.hpp"

namespace qobj::documents {

// The agency's plan for the year: its own objectives, then each unit's (from the unit's file).
official::Layout plan_layout(const model::Plan& plan, Lang lang, const official::Issue& issue);

}  // namespace qobj::documents
