// The rules of the kinds that count events: none at all, at least a number, and a number in
// every sub-period.
#include <algorithm>

#include "core/eval/judge.hpp"
#include "core/eval/target_rules.hpp"
#include "core/time/coverage.hpp"

namespace qobj::eval::judge {

using model::Comparison;

namespace {

// What a record counts on the as-of date, within the window (and `within`, when given): its
// `count` once its period is over, and each of its events from its date.
mpq_class count_of(const TargetInputs& in, const Observation& o,
                   const std::optional<Period>& within = std::nullopt) {
  mpq_class n = 0;
  const Period& scope = within ? *within : in.period;
  if (o.count && o.count->is_finite() && !(in.as_of < o.period.end) && scope.contains(o.period))
    n += o.count->value;
  for (const model::Event& e : o.events) {
    if (known_on(in, e.date) && in.period.contains(e.date) && scope.contains(e.date)) n += 1;
  }
  return n;
}

void add_event_details(const TargetInputs& in, TargetResult& r) {
  for (const Observation& o : in.observations) {
    for (const model::Event& e : o.events) {
      Detail detail;
      detail.kind = Detail::Kind::event;
      detail.period = Period{e.date, e.date};
      detail.label = std::string(e.description);
      detail.evidence = std::string(e.evidence);
      detail.counted = known_on(in, e.date) && in.period.contains(e.date);
      r.details.push_back(std::move(detail));
    }
  }
}

}  // namespace

void evaluate_zero_count(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  add_event_details(in, r);
  if (c.known.empty()) {
    r.verdict = nothing_known(c);  // absent data is no data, never zero
    r.coverage = c.coverage();
    return;
  }
  mpq_class total = 0;
  for (const Observation* o : c.known) {
    const mpq_class n = count_of(in, *o);
    total += n;
    r.series.push_back(SeriesPoint::of_value(o->period, exact(n)));
  }
  r.actual = exact(total);
  fill_gap(r, *r.actual, exact(0), Threshold{Comparison::at_most, exact(0)});
  // Never at risk: one event fails it for the period, none keeps it met so far.
  const bool none = sgn(total) == 0;
  decide(c, {none, false, false, none}, r);
}

void evaluate_minimum_count(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  add_event_details(in, r);
  const auto threshold = threshold_of(*in.target, Comparison::at_least);
  if (c.known.empty() || !threshold) {
    r.verdict = nothing_known(c);
    r.coverage = c.coverage();
    return;
  }
  mpq_class total = 0;
  for (const Observation* o : c.known) {
    const mpq_class n = count_of(in, *o);
    total += n;
    r.series.push_back(SeriesPoint::of_value(o->period, exact(n)));
  }
  r.actual = exact(total);
  const Comparison comparison = threshold->comparison;
  const mpq_class& whole = threshold->value.value;
  // Counts only grow: before the period is over they are compared with the target's share
  // for the part of the period the data covers.
  mpq_class compared = whole;
  if (!c.over) {
    const mpq_class share = c.covered_share();
    compared = whole * share;
    r.basis = Basis::elapsed_share;
    r.share = exact(share);
  }
  const bool reached = satisfies(*r.actual, comparison, threshold->value);
  const bool satisfied = comparison == Comparison::equal
                             ? cmp(total, compared) >= 0 && cmp(total, whole) <= 0
                             : satisfies(*r.actual, comparison, exact(compared));
  fill_gap(r, *r.actual, exact(compared), *threshold);
  const Reach reach = c.over && c.completeness.complete() ? Reach::exactly(total)
                                                          : Reach::between(total, std::nullopt);
  decide(c,
         {satisfied, comparison == Comparison::at_least && cmp(total, whole) > 0,
          reached && raises_the_bar(comparison), can_satisfy(reach, comparison, whole)},
         r);
}

void evaluate_frequency(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  add_event_details(in, r);
  r.coverage = c.coverage();
  if (c.known.empty()) {
    r.verdict = nothing_known(c);
    return;
  }
  const model::Target& t = *in.target;
  const mpq_class wanted = t.value && t.value->is_finite() ? t.value->value : mpq_class(1);
  const int months = model::months_of(t.per.value_or(model::Cadence::year));
  bool failed = false, unknown = false, running_short = false;
  long finished_ok = 0;
  std::optional<mpq_class> fewest;
  std::optional<mpq_class> running_count;
  for (const Period& whole_part : sub_periods(in.plan_period, months)) {
    const auto part = intersect(whole_part, in.period);
    if (!part || in.as_of < part->start) continue;
    mpq_class n = 0;
    for (const Observation* o : c.known) n += count_of(in, *o, *part);
    r.series.push_back(SeriesPoint::of_value(*part, exact(n)));
    const bool enough = cmp(n, wanted) >= 0;
    if (in.as_of < part->end) {  // still running
      running_count = n;
      running_short = !enough;
      continue;
    }
    if (enough) {
      ++finished_ok;
    } else if (uncovered(c.completeness.covered, *part).empty()) {
      failed = true;  // the part is over, its data complete, and too few
    } else {
      unknown = true;  // too few so far, but part of it has no data
    }
    fewest = fewest ? std::min(*fewest, n) : n;
  }
  const mpq_class actual = fewest ? *fewest : running_count.value_or(0);
  r.actual = exact(actual);
  fill_gap(r, *r.actual, exact(wanted), Threshold{Comparison::at_least, exact(wanted)});
  if (failed) {
    r.verdict = Verdict::not_met;
  } else if (unknown) {
    r.verdict = Verdict::incomplete;
  } else if (!running_count) {
    r.verdict = Verdict::met;  // every part over and done
  } else if (finished_ok > 0 || !running_short) {
    r.verdict = Verdict::met;  // so far: the parts over are done, the running one may follow
    r.provisional = true;
  } else {
    r.verdict = Verdict::not_yet_due;
  }
}

}  // namespace qobj::eval::judge
