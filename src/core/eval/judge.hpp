// What every kind's rule shares (internal to eval): the data known on the as-of date, how
// complete it is, what a result can still become, and the one rule that turns those into a
// verdict (docs/evaluation.md, "One rule for every kind").
#pragma once

#include <gmpxx.h>

#include <optional>
#include <vector>

#include "core/eval/result.hpp"

namespace qobj::eval::judge {

struct Context {
  const TargetInputs& in;
  const model::Target& target;
  bool started = true;  // the as-of date is inside or after the window
  bool over = false;    // the window is over on the as-of date
  model::Completeness completeness;
  // The observations known on the as-of date that lie in the window, by period.
  std::vector<const Observation*> known;

  // The share of the window the known data covers, 0–1: by whole sub-periods when the data
  // covers whole ones of its cadence ("2 of 4 quarters"), else by days.
  mpq_class covered_share() const;
  Coverage coverage() const;
};

// The context of a target's own observations, with its declared cadence.
Context make_context(const TargetInputs& in, const std::vector<Observation>& observations);
// The same for other observations (a growth target's amount's) with their cadence.
Context make_context(const TargetInputs& in, const std::vector<Observation>& observations,
                     std::optional<model::Cadence> cadence, model::CadenceSource source);

// Whether a dated fact (an event, an item's date, a completion) is known on the as-of date.
inline bool known_on(const TargetInputs& in, const Date& date) {
  return !(in.as_of < date);
}

// The values a result can still take once the missing and the future data are in: an
// interval whose ends may be open, or absent for unbounded.
struct Reach {
  std::optional<mpq_class> low, high;
  bool low_closed = true, high_closed = true;

  static Reach exactly(const mpq_class& value);
  static Reach anything() { return Reach{}; }
  static Reach between(std::optional<mpq_class> low, std::optional<mpq_class> high) {
    return Reach{std::move(low), std::move(high), true, true};
  }
};

// Whether some value in `reach` satisfies the comparison against `threshold`.
bool can_satisfy(const Reach& reach, model::Comparison comparison, const mpq_class& threshold);

// What a kind's rule found, for decide().
struct Finding {
  bool satisfied = false;  // against what it is compared with now
  bool exceeded = false;
  bool settled = false;  // no later data can undo `satisfied` (a count past its minimum)
  bool can_pass = true;  // some completion of the data would meet the target
};

// The one rule: data with gaps is never met (not met if nothing can save it, else
// incomplete); a period over is met or not met; before that, met so far, at risk, or not met
// when nothing can save it.
void decide(const Context& context, const Finding& finding, TargetResult& result);

// The threshold of the target: its effective comparison and value.
struct Threshold {
  model::Comparison comparison = model::Comparison::at_least;
  ExactNumber value;
  std::optional<ExactNumber> stretch;  // the level that makes it exceeded
};
std::optional<Threshold> threshold_of(const model::Target& target);

// Whether a result that meets the threshold exceeds it: reaching its stretch level when it has
// one, else going past an at-least target's value.
bool exceeds(const mpq_class& actual, const Threshold& threshold);

bool raises_the_bar(model::Comparison comparison);

// A level (a ratio, a mean, a last value, a growth) against a threshold: the gap, and the
// verdict by decide(), exceeded when above an at-least target.
void judge_level(const Context& context, const mpq_class& actual, const Reach& reach,
                 const Threshold& threshold, TargetResult& result);

// A cumulative result (a sum, a count) against a threshold: before the period is over it is
// compared with the target's share for the part the data covers, unless it has already reached
// the whole target. `only_grows` (a count) makes reaching an at-least target final; an amount
// could still fall back with a negative correction. `share` replaces the data's covered share
// (a checklist's days elapsed).
void judge_cumulative(const Context& context, const mpq_class& actual, bool non_negative,
                      bool only_grows, const Reach& reach, const Threshold& threshold,
                      TargetResult& result, std::optional<mpq_class> share = std::nullopt);

// The gap of `actual` to what it was compared with, and what remains to the whole target.
void fill_gap(TargetResult& result, const ExactNumber& actual, const ExactNumber& compared_with,
              const Threshold& whole);

ExactNumber exact(const mpq_class& value);
ExactNumber percent(const mpq_class& part, const mpq_class& whole);
// A ratio in percent; none without both counts, or with a denominator of 0.
std::optional<mpq_class> ratio_percent(const std::optional<ExactNumber>& numerator,
                                       const std::optional<ExactNumber>& denominator);

// Combines the values of the periods by `how`, and sets what the result can still become once
// the periods to come are in (each value within [lo, hi]; absent: unbounded).
std::optional<mpq_class> combine_values(const Context& context,
                                        const std::vector<mpq_class>& values, model::Aggregate how,
                                        const std::optional<mpq_class>& lo,
                                        const std::optional<mpq_class>& hi, Reach& reach);

// The rules per kind (rules_*.cpp).
void evaluate_percentage(const TargetInputs& in, TargetResult& result);
void evaluate_checklist(const TargetInputs& in, TargetResult& result);
void evaluate_survey(const TargetInputs& in, TargetResult& result);
void evaluate_zero_count(const TargetInputs& in, TargetResult& result);
void evaluate_minimum_count(const TargetInputs& in, TargetResult& result);
void evaluate_frequency(const TargetInputs& in, TargetResult& result);
void evaluate_amount(const TargetInputs& in, TargetResult& result);
void evaluate_growth(const TargetInputs& in, TargetResult& result);
void evaluate_yes_no(const TargetInputs& in, TargetResult& result);
void evaluate_deadline(const TargetInputs& in, TargetResult& result);
std::optional<Quantity> growth_current(const TargetInputs& in, TargetResult& result);
std::optional<Quantity> amount_quantity(const TargetInputs& in);

// No data known: not yet due when nothing was expected yet (its cadence's first part is not
// over), else no data.
Verdict nothing_known(const Context& context);

}  // namespace qobj::eval::judge
