// The checks a schema cannot express, across all the files of a run (docs/checks.md): ids,
// references, periods, data that fits its target, baselines, and ISO 6.2.2 completeness.
#pragma once

#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/model/model.hpp"

namespace qobj::model {

std::vector<Diagnostic> check_repository(const Repository& repository);

}  // namespace qobj::model
