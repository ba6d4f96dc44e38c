// The checks a schema cannot express, across all the files of a run (docs/checks.md): ids,
// references, periods, data that fits its target, scales, baselines, the completeness of
// the data, and ISO 6.2.2 plans. They read the repository's index of plans (plans.hpp).
#pragma once

#include <optional>
#include <string>
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

// A measurements file for an agency with no plan in the repository, of any year: whether its
// id is a near miss of another agency's is a question about the whole run. A run checked a few
// agencies at a time keeps them (`without_plan`), and says them at its end (unplanned_data).
struct UnplannedData {
  std::string agency;
  Location location;    // its `agency:`
  std::string pointer;  // of its `agency:`
};
std::vector<Diagnostic> check_repository(const Repository& repository, std::optional<Date> as_of,
                                         Omitted& omitted,
                                         std::vector<UnplannedData>& without_plan);
// What is said of them: an unknown agency (error) when its id is a near miss of an agency with
// objectives of its own in the run (`agencies`), else data without objectives (warning).
std::vector<Diagnostic> unplanned_data(const std::vector<UnplannedData>& without_plan,
                                       const std::vector<std::string>& agencies);

// What an objective's plan does not say, as ISO 9001 clause 6.2.2 asks (what will be done,
// with what, by whom, by when, evaluated how), as phrases; none for a group or a withdrawn
// objective. The warning iso.plan-incomplete and the plan document list the same.
std::vector<MessageId> missing_plan_parts(const Objective& objective);

}  // namespace qobj::model
