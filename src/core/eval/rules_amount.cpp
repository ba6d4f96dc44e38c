// The rules of the kinds that measure an amount: the amount itself ("đạt 83.372 tỷ đồng"),
// and its growth against a baseline year ("tăng 9,4% so với năm 2020", "giảm ít nhất 10%").
#include <algorithm>

#include "core/eval/judge.hpp"
#include "core/eval/target_rules.hpp"
#include "core/time/coverage.hpp"

namespace qobj::eval::judge {

using model::Aggregate;
using model::Comparison;

namespace {

struct Measured {
  mpq_class value;          // the aggregate of the known periods
  Reach reach;              // what it can still become
  bool cumulative = false;  // a sum, which grows with the periods to come
  bool non_negative = true;
};

// `ceiling`: a score's maximum, which no period to come can pass.
std::optional<Measured> measure(const Context& c, const std::vector<const Observation*>& known,
                                Aggregate how, TargetResult& r,
                                const std::optional<mpq_class>& ceiling = std::nullopt) {
  std::vector<mpq_class> values;
  for (const Observation* o : known) {
    if (!o->value || !o->value->is_finite()) continue;
    values.push_back(o->value->value);
    r.series.push_back(SeriesPoint::of_value(o->period, *o->value));
    r.series.back().record = o->origin;
  }
  if (values.empty()) return std::nullopt;
  Measured m;
  if (how == Aggregate::year_to_date) {
    // Running totals from the start ("lũy kế"): the latest is the total so far, compared like a
    // sum with the target's share for the part it covers. It can only grow on while the totals
    // have never fallen nor gone below 0.
    m.cumulative = true;
    m.non_negative = sgn(values.front()) >= 0 &&
                     std::is_sorted(values.begin(), values.end(),
                                    [](const mpq_class& a, const mpq_class& b) { return a < b; });
    m.value = values.back();
    const bool final = c.over && c.completeness.complete();
    m.reach = final
                  ? Reach::exactly(m.value)
                  : Reach::between(m.non_negative ? std::optional(m.value) : std::nullopt, ceiling);
    return m;
  }
  m.non_negative =
      std::all_of(values.begin(), values.end(), [](const mpq_class& v) { return sgn(v) >= 0; });
  m.cumulative = how == Aggregate::sum || how == Aggregate::ratio_of_sums;
  const auto lo = m.non_negative ? std::optional<mpq_class>(0) : std::nullopt;
  m.value = *combine_values(c, values, m.cumulative ? Aggregate::sum : how, lo, ceiling, m.reach);
  return m;
}

std::optional<mpq_class> ceiling_of(const model::Target& t) {
  return t.out_of && t.out_of->is_finite() ? std::optional(t.out_of->value) : std::nullopt;
}

}  // namespace

void evaluate_amount(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  const auto m = measure(c, c.known, in.target->effective_aggregate(), r, ceiling_of(*in.target));
  const auto threshold = threshold_of(*in.target);
  if (!m || !threshold) {
    r.verdict = m ? Verdict::no_data : nothing_known(c);
    r.coverage = c.coverage();
    return;
  }
  if (m->cumulative) {
    judge_cumulative(c, m->value, m->non_negative, false, m->reach, *threshold, r);
    // The body's own estimate of the year replaces the straight line of the target's share:
    // the forecast against the whole target, until a total reaches it or the period is over.
    // What the data already rules out stands: a total past a limit is lost, and a forecast
    // below a total that only grows cannot come true.
    if (in.forecast && in.forecast->value && r.basis == Basis::elapsed_share && !c.over &&
        can_satisfy(m->reach, threshold->comparison, threshold->value.value) &&
        (!m->non_negative || cmp(in.forecast->value->value, m->value) >= 0)) {
      const ExactNumber& forecast = *in.forecast->value;
      r.basis = Basis::forecast;
      r.forecast = in.forecast;
      r.share.reset();
      r.compared_with = threshold->value;
      // The gap is the forecast's to the whole target; `remaining` what the total still lacks.
      r.gap = exact(forecast.value - threshold->value.value);
      r.gap_percent.reset();
      if (sgn(threshold->value.value) != 0)
        r.gap_percent = exact(r.gap->value * 100 / threshold->value.value);
      decide(c,
             {satisfies(forecast, threshold->comparison, threshold->value),
              exceeds(forecast.value, *threshold), false, true},
             r);
    }
  } else {
    judge_level(c, m->value, m->reach, *threshold, r);
  }
  // "Đạt 100,76% chỉ tiêu": an amount to reach, as a share of the year's target and stretch.
  // Not for a score (its gap in points says it) nor a limit ("không quá 15 ngày").
  if (!in.target->out_of && raises_the_bar(threshold->comparison)) {
    if (sgn(threshold->value.value) > 0) r.plan_percent = percent(m->value, threshold->value.value);
    if (threshold->stretch && sgn(threshold->stretch->value) > 0)
      r.stretch_percent = percent(m->value, threshold->stretch->value);
  }
}

std::optional<Quantity> amount_quantity(const TargetInputs& in) {
  const Context c = make_context(in, in.observations);
  TargetResult scratch;
  const auto m =
      measure(c, c.known, in.target->effective_aggregate(), scratch, ceiling_of(*in.target));
  if (!m) return std::nullopt;
  return Quantity{exact(m->value), !c.over, c.completeness.missing};
}

namespace {

// The current value a growth target compares with its baseline, what it can still become,
// and the context its data is judged in.
struct Current {
  Quantity quantity;
  Reach reach;  // of the value so far, not scaled
  bool cumulative = false;
  bool non_negative = true;
  mpq_class so_far;
};

// A measured value as the current value of a growth: a sum before its period is over (or
// with gaps) is scaled up to the whole period by the share its data covers, as an estimate.
std::optional<Current> scaled(const Context& c, const Measured& m, TargetResult& r) {
  Current cur{Quantity{exact(m.value), false}, m.reach, m.cumulative, m.non_negative, m.value};
  if (m.cumulative && (!c.over || !c.completeness.complete())) {
    const mpq_class share = c.covered_share();
    if (sgn(share) == 0) return std::nullopt;
    cur.quantity = Quantity{exact(m.value / share), share != 1};
    if (share != 1) r.share = exact(share);
  }
  return cur;
}

std::optional<Current> current_of(const Context& own, const Context& amount, TargetResult& r,
                                  bool& from_amount) {
  const model::Target& t = own.target;
  from_amount = false;
  // Records of its own speak for it, even while none is known yet.
  if (!own.in.observations.empty()) {
    const auto m = measure(own, own.known, t.effective_aggregate(), r);
    if (!m) return std::nullopt;
    return scaled(own, *m, r);
  }
  // "Đạt 83.372 tỷ đồng, tăng 9,4%": the growth of the objective's amount, measured as that
  // target measures it (a sum by default; the latest year-to-date figure under `last`).
  from_amount = true;
  r.series.clear();
  const model::Target* source = own.in.sibling_target;
  const auto m = measure(amount, amount.known,
                         source != nullptr ? source->effective_aggregate() : Aggregate::sum, r);
  r.series_of_amount = m.has_value();
  if (!m) return std::nullopt;
  return scaled(amount, *m, r);
}

// A baseline computed from a year whose data has gaps may still change: nothing measured
// against it is met or at risk yet, only incomplete (or not met when that is certain already).
void baseline_with_gaps(const BaselineUsed& baseline, TargetResult& r) {
  if (baseline.missing.empty() || r.verdict == Verdict::not_met) return;
  if (is_met(r.verdict) || r.verdict == Verdict::at_risk) {
    r.verdict = Verdict::incomplete;
    r.provisional = false;
  }
}

// The growth (or reduction) in percent of `value` against `base`.
mpq_class rate_of(const mpq_class& value, const mpq_class& base, model::Direction direction) {
  const mpq_class ratio = value / base;
  if (direction == model::Direction::decrease) return (1 - ratio) * 100;
  return (ratio - 1) * 100;
}

}  // namespace

std::optional<Quantity> growth_current(const TargetInputs& in, TargetResult& result) {
  const Context own = make_context(in, in.observations);
  const Context amount =
      make_context(in, in.sibling_amounts, in.sibling_cadence, in.sibling_cadence_source);
  bool from_amount = false;
  const auto current = current_of(own, amount, result, from_amount);
  if (!current) return std::nullopt;
  Quantity q = current->quantity;
  q.missing = (from_amount ? amount : own).completeness.missing;
  return q;
}

namespace {

// A stated rate as the target's growth: a reduction target reads "giảm 5%" (rate -5) as a
// reduction of 5.
mpq_class growth_of_rate(const model::Target& t, const ExactNumber& rate) {
  return t.direction == model::Direction::decrease ? mpq_class(-rate.value) : rate.value;
}

// Whether a growth target's records state its rate ("GTSX tăng 13,0%") rather than values.
bool states_rates(const std::vector<Observation>& observations) {
  return std::any_of(observations.begin(), observations.end(),
                     [](const Observation& o) { return o.rate.has_value(); });
}

// A growth or reduction against a range or a threshold, once its rate and what it can still
// become are known.
void judge_rate(const Context& c, const mpq_class& rate, const Reach& reach, TargetResult& r) {
  const model::Target& t = c.target;
  r.actual = exact(rate);
  if (t.range) {
    const mpq_class& from = t.range->from.value;
    const mpq_class& to = t.range->to.value;
    r.compared_with = t.range->from;
    const bool above = cmp(rate, to) > 0;
    const bool inside = cmp(rate, from) >= 0;
    if (above) {
      r.gap = exact(rate - to);
    } else if (inside) {
      r.gap = exact(0);
    } else {
      r.gap = exact(rate - from);
      r.remaining = exact(from - rate);
    }
    decide(c, {inside, above, false, can_satisfy(reach, Comparison::at_least, from)}, r);
    return;
  }
  const auto threshold = threshold_of(t);
  if (!threshold) {
    r.verdict = Verdict::no_data;
    return;
  }
  judge_level(c, rate, reach, *threshold, r);
}

// Rates stated against the same period of the baseline year: the latest from the year's start
// (for the longest part of the year) is the result, a level compared with the target at any
// time, not an estimate; a reduction target reads "giảm 5%" (rate -5) as a reduction of 5.
void evaluate_stated_rates(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  const model::Target& t = *in.target;
  std::vector<mpq_class> rates;
  for (const Observation* o : c.known) {
    if (!o->rate || !o->rate->is_finite()) continue;
    const mpq_class growth = growth_of_rate(t, *o->rate);
    rates.push_back(growth);
    r.series.push_back(SeriesPoint::of_value(o->period, exact(growth)));
    r.series.back().record = o->origin;
  }
  r.basis = Basis::stated_rate;
  if (!t.aggregate) {
    // Rates against the same period run from the year's start ("6 tháng", "9 tháng"): the one
    // for the longest span from the window's first day is the growth so far, final only when
    // it spans the whole window. A period's own rate says nothing of the year's
    // (check.rate-start).
    const Observation* latest = nullptr;
    for (const Observation* o : c.known) {
      if (!o->rate || !o->rate->is_finite() || o->period.start != in.period.start) continue;
      if (latest == nullptr || latest->period.end < o->period.end) latest = o;
    }
    if (latest == nullptr) {
      r.verdict = rates.empty() ? nothing_known(c) : Verdict::incomplete;
      r.coverage = c.coverage();
      return;
    }
    const mpq_class growth = growth_of_rate(t, *latest->rate);
    const bool whole = !(latest->period.end < in.period.end);
    judge_rate(c, growth, whole ? Reach::exactly(growth) : Reach::anything(), r);
    if (c.over && !whole) {
      // The window is over and its rate not published: the data still lacks it.
      r.verdict = Verdict::incomplete;
      r.provisional = false;
      r.coverage.missing.push_back(Period{next_day(latest->period.end), in.period.end});
    }
    return;
  }
  Reach reach;
  const auto rate =
      combine_values(c, rates, t.effective_aggregate(), std::nullopt, std::nullopt, reach);
  if (!rate) {
    r.verdict = nothing_known(c);
    r.coverage = c.coverage();
    return;
  }
  judge_rate(c, *rate, reach, r);
}

// The baseline of the same part of the baseline year as this year's data so far covers: a
// total from the window's start up to a day short of its end, with no gap, and a baseline
// recorded for those days a year (or more) before.
const SamePeriodBaseline* same_period_of(const Context& c, const Current& current,
                                         const TargetInputs& in) {
  if (in.same_period.empty() || !current.cumulative || !current.quantity.estimate ||
      !c.completeness.complete() || c.completeness.covered.size() != 1)
    return nullptr;
  const Period& covered = c.completeness.covered.front();
  if (covered.start != in.period.start) return nullptr;
  for (const SamePeriodBaseline& b : in.same_period) {
    if (b.this_year == covered && sgn(b.baseline.value.value) > 0) return &b;
  }
  return nullptr;
}

// What a growth's rate can still become, from what its data says so far: a sum of
// non-negative values only grows, so an increase only rises and a reduction only shrinks;
// anything else can still go either way.
Reach growth_reach(const Context& c, const Current& current, const TargetInputs& in) {
  if (!in.baseline || !in.baseline->value.is_finite() || sgn(in.baseline->value.value) <= 0)
    return Reach::anything();
  const mpq_class& base = in.baseline->value.value;
  const model::Direction direction = in.target->direction;
  if (c.over && c.completeness.complete())
    return Reach::exactly(rate_of(current.quantity.value.value, base, direction));
  if (!current.cumulative || !current.non_negative) return Reach::anything();
  const mpq_class least = rate_of(current.so_far, base, direction);
  return direction == model::Direction::decrease ? Reach::between(std::nullopt, least)
                                                 : Reach::between(least, std::nullopt);
}

// Whether every value of `reach` meets the target: nothing to come can change it.
bool settled(const Reach& reach, const model::Target& t) {
  if (t.range) return false;
  const auto threshold = threshold_of(t);
  if (!threshold) return false;
  const mpq_class& v = threshold->value.value;
  switch (threshold->comparison) {
    case Comparison::at_least:
      return !can_satisfy(reach, Comparison::less_than, v);
    case Comparison::greater_than:
      return !can_satisfy(reach, Comparison::at_most, v);
    case Comparison::at_most:
      return !can_satisfy(reach, Comparison::greater_than, v);
    case Comparison::less_than:
      return !can_satisfy(reach, Comparison::at_least, v);
    case Comparison::equal:
      return false;
  }
  return false;
}

// Whether some value of `reach` meets the target.
bool can_pass(const Reach& reach, const model::Target& t) {
  if (t.range) return can_satisfy(reach, Comparison::at_least, t.range->from.value);
  const auto threshold = threshold_of(t);
  return threshold && can_satisfy(reach, threshold->comparison, threshold->value.value);
}

// The body's own estimate of the year's growth, made before its period is over: its rate, or
// its value against the baseline year's. It replaces any estimate or part-year comparison, but
// never what the data already settles (`data`: what the rate can still become; `so_far`: a
// total that only grows, which a forecast value below cannot be). Whether it was used.
bool judge_forecast(const Context& c, const TargetInputs& in, const Reach& data,
                    const std::optional<mpq_class>& so_far, TargetResult& r) {
  if (!in.forecast || c.over || !c.started) return false;
  const model::Target& t = *in.target;
  if (!can_pass(data, t) || settled(data, t)) return false;
  std::optional<mpq_class> rate;
  if (in.forecast->rate && in.forecast->rate->is_finite()) {
    rate = growth_of_rate(t, *in.forecast->rate);
  } else if (in.forecast->value && in.forecast->value->is_finite() && in.baseline &&
             in.baseline->value.is_finite() && sgn(in.baseline->value.value) > 0 &&
             (!so_far || cmp(in.forecast->value->value, *so_far) >= 0)) {
    rate = rate_of(in.forecast->value->value, in.baseline->value.value, t.direction);
    r.baseline = in.baseline;
  }
  if (!rate) return false;
  r.basis = Basis::forecast;
  r.forecast = in.forecast;
  r.share.reset();
  r.actual_low.reset();
  r.actual_high.reset();
  r.gap_percent.reset();
  r.remaining.reset();
  r.provisional = false;
  judge_rate(c, *rate, Reach::anything(), r);
  if (r.baseline && !in.forecast->rate) baseline_with_gaps(*r.baseline, r);
  return true;
}

}  // namespace

void evaluate_growth(const TargetInputs& in, TargetResult& r) {
  const model::Target& t = *in.target;
  r.baseline = in.baseline;
  if (states_rates(in.observations)) {
    evaluate_stated_rates(in, r);
    if (!r.series.empty())
      judge_forecast(make_context(in, in.observations), in, Reach::anything(), std::nullopt, r);
    return;
  }
  const Context own = make_context(in, in.observations);
  const Context amount =
      make_context(in, in.sibling_amounts, in.sibling_cadence, in.sibling_cadence_source);
  bool from_amount = false;
  const auto current = current_of(own, amount, r, from_amount);
  const Context& c = from_amount ? amount : own;
  // Some data of the year must be known: a forecast alone is not a result.
  if (current) {
    const std::optional<mpq_class> so_far = current->cumulative && current->non_negative
                                                ? std::optional(current->so_far)
                                                : std::nullopt;
    if (judge_forecast(c, in, growth_reach(c, *current, in), so_far, r)) return;
  }
  if (current) {
    if (const SamePeriodBaseline* same = same_period_of(c, *current, in)) {
      // "Tăng 8,2% so với cùng kỳ": the total so far against the same part of the baseline
      // year, as it is. What it can still become by the year's end is not bounded by it.
      r.baseline = same->baseline;
      r.basis = Basis::same_period;
      r.share.reset();
      const mpq_class rate = rate_of(current->so_far, same->baseline.value.value, t.direction);
      judge_rate(c, rate, Reach::anything(), r);
      return;
    }
  }
  // A growth in percent needs a base above 0 (the checks refuse a recorded one that is not).
  if (!current || !in.baseline || !in.baseline->value.is_finite() ||
      sgn(in.baseline->value.value) <= 0) {
    r.verdict = current ? Verdict::no_data : nothing_known(c);
    r.coverage = c.coverage();
    return;
  }
  const mpq_class& base = in.baseline->value.value;
  const mpq_class rate = rate_of(current->quantity.value.value, base, t.direction);
  if (current->quantity.estimate) r.basis = Basis::annualised;
  judge_rate(c, rate, growth_reach(c, *current, in), r);
  baseline_with_gaps(*in.baseline, r);
}

}  // namespace qobj::eval::judge
