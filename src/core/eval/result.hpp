// What one target is judged on, and what the judgement says: the values between the rules
// (target_rules.hpp) and the reports.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/verdict.hpp"
#include "core/model/boxed.hpp"
#include "core/model/completeness.hpp"
#include "core/model/model.hpp"
#include "core/num/compact_number.hpp"
#include "core/num/exact_number.hpp"
#include "core/time/date.hpp"

namespace qobj::eval {

// What one record says, typed (the model reads it).
using Observation = model::RecordData;

// A measured value, and whether it is an estimate (a sum scaled up to the whole period).
struct Quantity {
  ExactNumber value;
  bool estimate = false;
  std::vector<Period> missing{};  // elapsed periods its data does not cover
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
  std::string note;  // the recorded baseline's source ("Cục Thống kê tỉnh")
  bool estimate = false;
  std::vector<Period> missing;  // computed from a baseline year whose data has gaps: them
  // Recorded in the measurements while the baseline year's files give another value: that
  // value (the recorded one is used).
  std::optional<ExactNumber> computed_value;
  // A part of the baseline year ("6 tháng đầu năm 2020"), compared with the same part of this
  // one; none for the whole year.
  std::optional<Period> period;
};

// A baseline for a part of the baseline year, with that part's days in this year's calendar.
struct SamePeriodBaseline {
  Period this_year;
  BaselineUsed baseline;
};

// The body's own estimate of the year, made on a date: a total (or a growth target's value), or
// a growth rate in percent.
struct ForecastUsed {
  Date date;
  std::optional<ExactNumber> value, rate;
  std::string unit;  // of the value: the amount target's it was made for
  std::string source, note;
  std::string file;  // where it is written
  std::uint32_t line = 0;
};

struct TargetInputs {
  const model::Target* target = nullptr;
  Period period;       // the objective's window: the plan's period narrowed by its own dates
  Period plan_period;  // the whole plan's period, which sub-periods are counted in
  Date as_of;          // data known on this day
  std::vector<Observation> observations;
  // The reporting cadence declared for the target (its own or its file's); without one it is
  // read off the records.
  std::optional<model::Cadence> cadence;
  model::CadenceSource cadence_source = model::CadenceSource::none;
  std::optional<BaselineUsed> baseline;           // growth: the baseline year's value
  std::vector<SamePeriodBaseline> same_period;    // growth: values for parts of that year
  std::optional<ForecastUsed> forecast;           // the latest made by the as-of date
  std::vector<Observation> sibling_amounts;       // growth without its own data: the amount's
  const model::Target* sibling_target = nullptr;  // that amount target
  std::optional<model::Cadence> sibling_cadence;  // the amount target's declared cadence
  model::CadenceSource sibling_cadence_source = model::CadenceSource::none;
  std::optional<model::StatedVerdict> stated_verdict;  // yes-no: the year-end evaluation's
  std::optional<Date> stated_date;                     // when that evaluation was made
  std::string stated_evidence;
};

// One sub-period behind a result. Kept compact, for a year of data has many: a ratio keeps
// its counts and computes its percentage when asked.
struct SeriesPoint {
  Period period;
  // The record it comes from (none for a sum of several): the data sheets read what it says
  // of itself (model::record_notes) when they are written.
  model::Origin record;

  static SeriesPoint of_value(const Period& period, const std::optional<ExactNumber>& value);
  static SeriesPoint of_ratio(const Period& period, const ExactNumber& numerator,
                              const ExactNumber& denominator);
  // The point's value; a ratio's in percent, none when its denominator is 0.
  std::optional<ExactNumber> value() const;
  // A ratio's record, as measured; none for a value.
  bool is_ratio() const { return m_second.has_value(); }
  std::optional<ExactNumber> numerator() const;
  std::optional<ExactNumber> denominator() const;

 private:
  // A value: it, and nothing second. A ratio: its numerator and its denominator.
  CompactNumber m_first, m_second;
};

// One fact behind a result, for the data sheets: an event, a checklist item, a rating level.
struct Detail {
  enum class Kind { event, item, rating };
  Kind kind = Kind::event;
  Period period;             // the record's period; an event's or item's date as one day
  std::string label;         // the event's description, the item's name, the rating level
  std::optional<bool> done;  // an item
  std::optional<ExactNumber> responses;  // a rating level
  std::string evidence;
  bool counted = true;  // known on the as-of date
};

// What a result was compared with before its period is over.
enum class Basis {
  period_target,  // the target itself (a ratio, a mean, a level, a count that must stay 0)
  elapsed_share,  // the share of the target for the part of the period the data covers
  annualised,     // the target, against a sum scaled up to the whole period: an estimate
  // A ratio of sums whose periods give percentages without their counts: it lies between the
  // lowest and the highest of them (a mean weighted by counts unknown).
  bounded,
  // Growth rates as the statistics office states them, against the same period of the
  // baseline year: compared with the target as they are, not an estimate.
  stated_rate,
  // A growth before the period is over, its total so far against the same part of the
  // baseline year ("so với cùng kỳ"): not an estimate.
  same_period,
  // The body's own estimate of the year ("ước tính cả năm"), against the whole target, instead
  // of the straight line: not final.
  forecast,
};

std::string_view basis_code(Basis basis);

// How much of the elapsed period the data covers, by the reporting cadence.
struct Coverage {
  std::optional<model::Cadence> cadence;
  model::CadenceSource source = model::CadenceSource::none;
  std::size_t parts = 0;    // sub-periods of the whole window
  std::size_t elapsed = 0;  // those over on the as-of date
  std::size_t covered = 0;  // elapsed ones the data covers
  std::vector<Period> missing;
};

// Its numbers are CompactNumbers: a large year has tens of thousands of results.
struct TargetResult {
  Verdict verdict = Verdict::no_data;
  // Met before the period is over, by data that may still change it: "met so far".
  bool provisional = false;
  CompactNumber actual;  // in the target's unit; percent for ratios and growth
  // Basis::bounded: the lowest and the highest value the result can be; `actual` is the end
  // the verdict rests on (the lower for an at-least target).
  CompactNumber actual_low, actual_high;
  // Percentages a one-stop system printed without their counts (a target with a definition):
  // as reported, not verifiable against the form's columns.
  bool reported = false;
  // What `actual` was compared with: the target, or its share for the data's part of the
  // period; for a range, its lower end.
  CompactNumber compared_with;
  CompactNumber gap;          // actual − compared_with, in that unit
  CompactNumber gap_percent;  // gap relative to compared_with, in percent
  CompactNumber remaining;    // what is still missing to reach the year's target
  // An amount to reach: the result in percent of the year's target ("đạt 100,76% chỉ tiêu")
  // and of its stretch level.
  CompactNumber plan_percent, stretch_percent;
  Basis basis = Basis::period_target;
  CompactNumber share;  // elapsed_share and annualised: the covered share, 0–1
  Coverage coverage;
  std::vector<SeriesPoint> series;              // per sub-period, where the data has them
  bool series_of_amount = false;                // growth: the series is its objective's amount's
  std::vector<std::string> missing_items;       // checklist: the items not done, by name
  std::vector<Period> short_periods;            // frequency: the sub-periods over with too few
  std::size_t items_done = 0, items_total = 0;  // checklist: of the list
  model::Boxed<BaselineUsed> baseline;          // growth: the baseline it was compared with
  model::Boxed<ForecastUsed> forecast;          // Basis::forecast: the forecast it rests on
  std::optional<Date> completed;                // deadline: when it was completed
  std::optional<Date> due;                      // deadline: by when
  std::string evidence;                         // yes-no: what the verdict rests on
  std::vector<Detail> details;                  // events, items and ratings behind the result

  bool estimate() const { return basis == Basis::annualised; }
};

}  // namespace qobj::eval
