// The checks of a target's levels (docs/checks.md): a stretch beyond the assigned value and
// within a score's maximum or a survey's scale, and
// revisions in date order, within the objective's dates, each changing something the target has.
// Each returns what it found; the checker reports it.
#pragma once

#include <vector>

#include "core/model/one_stop_checks.hpp"

namespace qobj::model {

// `reference` is "MT1/thu-ngan-sach"; `window` the days its objective is evaluated over,
// which its revisions fall in.
std::vector<Finding> check_target_levels(const Target& target, const std::string& reference,
                                         const Period& window);

}  // namespace qobj::model
