#include "core/eval/judge.hpp"

#include <algorithm>

#include "core/eval/target_rules.hpp"
#include "core/time/coverage.hpp"

namespace qobj::eval::judge {

using model::Comparison;

ExactNumber exact(const mpq_class& value) {
  ExactNumber n;
  n.value = value;
  n.value.canonicalize();
  return n;
}

ExactNumber percent(const mpq_class& part, const mpq_class& whole) {
  return exact(part * 100 / whole);
}

std::optional<mpq_class> ratio_percent(const std::optional<ExactNumber>& numerator,
                                       const std::optional<ExactNumber>& denominator) {
  if (!numerator || !denominator || !numerator->is_finite() || !denominator->is_finite() ||
      sgn(denominator->value) == 0)
    return std::nullopt;
  return mpq_class(numerator->value * 100 / denominator->value);
}

Context make_context(const TargetInputs& in, const std::vector<Observation>& observations) {
  return make_context(in, observations, in.cadence, in.cadence_source);
}

Context make_context(const TargetInputs& in, const std::vector<Observation>& observations,
                     std::optional<model::Cadence> cadence, model::CadenceSource source) {
  Context c{in, *in.target, true, false, {}, {}};
  c.started = !(in.as_of < in.period.start);
  c.over = !(in.as_of < in.period.end);
  std::vector<model::DataSpan> spans;
  spans.reserve(observations.size());
  for (const Observation& o : observations) spans.push_back({o.period, o.logs_events});
  if (model::reported_by_period(in.target->kind)) {
    c.completeness =
        model::completeness_of(cadence, source, spans, in.plan_period, in.period, in.as_of);
  } else {
    c.completeness.applies = false;
  }
  for (const Observation& o : observations) {
    const model::DataSpan span{o.period, o.logs_events};
    // Outside the objective's dates, or across them: not counted (qobj check says so).
    if (!model::counts_for(span, in.period)) continue;
    if (model::known_span(span, in.as_of)) c.known.push_back(&o);
  }
  std::stable_sort(c.known.begin(), c.known.end(), [](const Observation* a, const Observation* b) {
    return a->period < b->period;
  });
  return c;
}

mpq_class Context::covered_share() const {
  const long window_days = length_in_days(in.period);
  if (window_days <= 0) return 0;
  long covered_days = 0;
  for (const Period& run : completeness.covered) covered_days += length_in_days(run);
  if (completeness.cadence && !completeness.parts.empty()) {
    long whole_days = 0;
    long whole_parts = 0;
    for (const Period& part : completeness.parts) {
      if (covers(completeness.covered, part)) {
        whole_days += length_in_days(part);
        ++whole_parts;
      }
    }
    if (whole_days == covered_days) {
      mpq_class share(whole_parts, static_cast<long>(completeness.parts.size()));
      share.canonicalize();
      return share;
    }
  }
  mpq_class share(covered_days, window_days);
  share.canonicalize();
  return share;
}

Coverage Context::coverage() const {
  Coverage out;
  out.cadence = completeness.cadence;
  out.source = completeness.source;
  out.parts = completeness.parts.size();
  out.elapsed = completeness.elapsed.size();
  out.covered = completeness.covered_parts();
  out.missing = completeness.missing;
  return out;
}

Reach Reach::exactly(const mpq_class& value) {
  return Reach{value, value, true, true};
}

bool can_satisfy(const Reach& reach, Comparison comparison, const mpq_class& threshold) {
  const auto above = [&](bool inclusive) {
    if (!reach.high) return true;
    const int c = cmp(*reach.high, threshold);
    return c > 0 || (inclusive && c == 0 && reach.high_closed);
  };
  const auto below = [&](bool inclusive) {
    if (!reach.low) return true;
    const int c = cmp(*reach.low, threshold);
    return c < 0 || (inclusive && c == 0 && reach.low_closed);
  };
  switch (comparison) {
    case Comparison::at_least:
      return above(true);
    case Comparison::greater_than:
      return above(false);
    case Comparison::at_most:
      return below(true);
    case Comparison::less_than:
      return below(false);
    case Comparison::equal:
      return above(true) && below(true);
  }
  return true;
}

void decide(const Context& c, const Finding& f, TargetResult& r) {
  r.coverage = c.coverage();
  if (!c.completeness.complete()) {
    r.verdict = f.can_pass ? Verdict::incomplete : Verdict::not_met;
    return;
  }
  if (f.satisfied) {
    r.verdict = f.exceeded ? Verdict::exceeded : Verdict::met;
    r.provisional = !c.over && !f.settled;
    return;
  }
  r.verdict = c.over || !f.can_pass ? Verdict::not_met : Verdict::at_risk;
}

std::optional<Threshold> threshold_of(const model::Target& t) {
  const auto comparison = t.effective_comparison();
  const auto value = t.effective_value();
  if (!comparison || !value || !value->is_finite()) return std::nullopt;
  Threshold threshold{*comparison, *value, std::nullopt};
  if (t.stretch && t.stretch->is_finite() && *comparison != Comparison::equal)
    threshold.stretch = t.stretch;
  return threshold;
}

bool exceeds(const mpq_class& actual, const Threshold& threshold) {
  // Reaching the stretch is enough, whatever the strictness of the value's comparison:
  // "trên 95%, phấn đấu 98%" is exceeded at 98%.
  if (threshold.stretch) {
    const int order = cmp(actual, threshold.stretch->value);
    return raises_the_bar(threshold.comparison) ? order >= 0 : order <= 0;
  }
  return threshold.comparison == Comparison::at_least && cmp(actual, threshold.value.value) > 0;
}

bool raises_the_bar(Comparison c) {
  return c == Comparison::at_least || c == Comparison::greater_than;
}

void fill_gap(TargetResult& result, const ExactNumber& actual, const ExactNumber& compared_with,
              const Threshold& whole) {
  result.compared_with = compared_with;
  result.gap = exact(actual.value - compared_with.value);
  if (sgn(compared_with.value) != 0)
    result.gap_percent = exact(result.gap->value * 100 / compared_with.value);
  if (raises_the_bar(whole.comparison)) {
    const mpq_class left = whole.value.value - actual.value;
    result.remaining = exact(sgn(left) > 0 ? left : mpq_class(0));
  }
}

void judge_level(const Context& c, const mpq_class& actual, const Reach& reach,
                 const Threshold& threshold, TargetResult& r) {
  r.actual = exact(actual);
  fill_gap(r, *r.actual, threshold.value, threshold);
  decide(c,
         {satisfies(*r.actual, threshold.comparison, threshold.value), exceeds(actual, threshold),
          false, can_satisfy(reach, threshold.comparison, threshold.value.value)},
         r);
}

void judge_cumulative(const Context& c, const mpq_class& actual, bool non_negative, bool only_grows,
                      const Reach& reach, const Threshold& threshold, TargetResult& r,
                      std::optional<mpq_class> share) {
  const Comparison comparison = threshold.comparison;
  const mpq_class& whole = threshold.value.value;
  r.actual = exact(actual);
  // Past the whole of an at-least target it is compared with the whole, not a share of it.
  const bool reached = satisfies(*r.actual, comparison, threshold.value) &&
                       raises_the_bar(comparison) && non_negative;
  const bool final_reach = reached && only_grows;
  mpq_class compared = whole;
  // Before the period is over, or with gaps in it, only the part the data covers is compared.
  if ((!c.over || !c.completeness.complete()) && !reached) {
    if (!share) share = c.covered_share();
    compared = whole * *share;
    r.basis = Basis::elapsed_share;
    r.share = exact(*share);
  }
  // Equal to a sum: on course between its share and the whole, lost past the whole.
  const bool satisfied = comparison == Comparison::equal && !c.over
                             ? cmp(actual, compared) >= 0 && cmp(actual, whole) <= 0
                             : satisfies(*r.actual, comparison, exact(compared));
  fill_gap(r, *r.actual, exact(compared), threshold);
  // A limit's stretch, like its value, is compared with its share for the part of the period
  // covered: half a year's 50 of a yearly "không quá 100, phấn đấu 90" is not yet below 90.
  Threshold stretch_compared = threshold;
  if (threshold.stretch && !raises_the_bar(comparison) && r.basis == Basis::elapsed_share)
    stretch_compared.stretch = exact(threshold.stretch->value * r.share->value);
  decide(c,
         {satisfied, exceeds(actual, stretch_compared), final_reach,
          can_satisfy(reach, comparison, whole)},
         r);
}

Verdict nothing_known(const Context& c) {
  if (!c.started) return Verdict::not_yet_due;
  if (c.completeness.cadence && c.completeness.elapsed.empty()) return Verdict::not_yet_due;
  return Verdict::no_data;
}

}  // namespace qobj::eval::judge
