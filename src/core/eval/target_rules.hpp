// How one target is judged from its data: the rules of docs/evaluation.md, as a pure
// function over exact numbers, so every boundary can be tested directly.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/verdict.hpp"
#include "core/model/model.hpp"
#include "core/num/compact_number.hpp"
#include "core/num/exact_number.hpp"
#include "core/time/date.hpp"

namespace qobj::eval {

struct ChecklistItem {
  std::string id;
  std::string name;
  bool done = false;
};

// What one record says, with its numbers already exact.
struct Observation {
  Period period;
  std::optional<ExactNumber> value, numerator, denominator, count;
  std::vector<Date> events;
  std::vector<ChecklistItem> items;
  std::map<long, std::uint64_t> ratings;  // rating level -> responses
  std::optional<bool> done;
  std::optional<Date> completed;
};

// A measured value, and whether it is an estimate (a year not over yet, scaled).
struct Quantity {
  ExactNumber value;
  bool estimate = false;
};

// Where a growth target's baseline came from, as the result says it.
enum class BaselineSource {
  measurements,         // the `baselines:` of this year's measurements
  baseline_year_files,  // computed from the baseline year's objectives and measurements
};

// "measurements", "baseline-year-files": the code the JSON and CSV reports use.
std::string_view baseline_source_code(BaselineSource source);

struct BaselineUsed {
  ExactNumber value;
  int year = 0;
  BaselineSource source = BaselineSource::measurements;
  std::string file;  // where it is written: the measurements file, or the year's objectives
  std::uint32_t line = 0;
  bool estimate = false;
  // Recorded in the measurements while the baseline year's files give another value: that
  // value (the recorded one is used).
  std::optional<ExactNumber> computed_value;
};

struct TargetInputs {
  const model::Target* target = nullptr;
  Period period;  // the evaluation period
  Date as_of;     // data known on this day; a past year is simply complete
  std::vector<Observation> observations;
  std::optional<BaselineUsed> baseline;      // growth: the baseline year's value
  std::vector<Observation> sibling_amounts;  // growth without its own data: the amount
  std::optional<bool> year_end_verdict;      // yes-no: the evaluation's verdict
  std::optional<Date> year_end_date;         // when that evaluation was made, if it says
};

// One sub-period behind a result. Kept compact, for a year of data has many: a ratio keeps
// its counts and computes its percentage when asked.
struct SeriesPoint {
  Period period;
  CompactNumber stored_value;            // absent for a ratio
  CompactNumber numerator, denominator;  // a ratio's record, as measured

  static SeriesPoint of_value(const Period& period, const std::optional<ExactNumber>& value);
  static SeriesPoint of_ratio(const Period& period, const ExactNumber& numerator,
                              const ExactNumber& denominator);
  // The point's value; a ratio's in percent, none when its denominator is 0.
  std::optional<ExactNumber> value() const;
};

struct TargetResult {
  Verdict verdict = Verdict::no_data;
  std::optional<ExactNumber> actual;       // in the target's unit; percent for ratios and growth
  std::optional<ExactNumber> gap;          // actual − target, in that unit
  std::optional<ExactNumber> gap_percent;  // gap relative to the target, in percent
  std::optional<ExactNumber> remaining;    // what is still missing to reach the target
  bool estimate = false;                   // judged against the share of the year elapsed
  std::vector<SeriesPoint> series;         // per sub-period, where the data has them
  bool series_of_amount = false;           // growth: the series is its objective's amount's
  std::vector<std::string> missing_items;  // checklist: the items not done
  std::optional<BaselineUsed> baseline;    // growth: the baseline it was compared with
};

TargetResult evaluate_target(const TargetInputs& inputs);

// What an amount or growth target measured over the inputs' period: the amount's aggregate,
// or the value a growth target compares with its baseline. Nothing for other kinds or no data.
// A baseline year's files are evaluated with it.
std::optional<Quantity> measured_quantity(const TargetInputs& inputs);

// Whether `actual` satisfies `comparison` against `threshold`, exactly.
bool satisfies(const ExactNumber& actual, model::Comparison comparison,
               const ExactNumber& threshold);

}  // namespace qobj::eval
