// The checks a schema cannot express, across all the files of a run (docs/checks.md): ids,
// references, periods, data that fits its target, scales, baselines, the completeness of
// the data, and ISO 6.2.2 plans. They read the repository's index of plans (plans.hpp).
#pragma once

#include <optional>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/diag/omitted.hpp"
#include "core/model/model.hpp"

namespace qobj::model {

// `as_of` is the day the data is judged complete up to (missing periods are warned about up
// to it); nullopt judges every period as over. The repository must be indexed.
std::vector<Diagnostic> check_repository(const Repository& repository,
                                         std::optional<Date> as_of = std::nullopt);
// The same, keeping at most kMaxDiagnosticsPerFile of each file, counting the others.
std::vector<Diagnostic> check_repository(const Repository& repository, std::optional<Date> as_of,
                                         Omitted& omitted);

}  // namespace qobj::model
