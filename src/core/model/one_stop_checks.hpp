// The checks of data taken from the one-stop-shop form (docs/checks.md): a record's definition
// against its target's, its columns against its numerator and denominator, stocks that would be
// added across periods, and the reporting year its file declares. Each returns what it found;
// the checker reports it.
#pragma once

#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/model/plans.hpp"

namespace qobj::model {

struct Finding {
  MessageId message;
  std::vector<MessageArg> args;
  Origin at;
};

// One record of a percentage target (`reference` is "MT2/dung-han"; `objectives_file` is where
// the target is written, for the hint).
std::vector<Finding> check_one_stop_record(const Repository& repository,
                                           const MeasurementsFile& file, const Record& record,
                                           const std::string& reference, const Target& target,
                                           const std::string& objectives_file);

// A target's records together: stocks only in columns, one reporting year.
std::vector<Finding> check_one_stop_target(const Target& target, const std::string& reference,
                                           const std::vector<RecordRef>& records);

// A measurements file's `reporting_year`: one year, within 3 months of the plan's.
std::vector<Finding> check_reporting_year(const Plan& plan, const MeasurementsFile& file);

}  // namespace qobj::model
