// The checks of a target's levels (docs/checks.md): a stretch beyond the assigned value, and
// revisions in date order, within the year, each changing something the target has. Each
// returns what it found; the checker reports it.
#pragma once

#include <vector>

#include "core/model/one_stop_checks.hpp"

namespace qobj::model {

// `reference` is "MT1/thu-ngan-sach"; `year` the plan's period, which revisions fall in.
std::vector<Finding> check_target_levels(const Target& target, const std::string& reference,
                                         const Period& year);

}  // namespace qobj::model
