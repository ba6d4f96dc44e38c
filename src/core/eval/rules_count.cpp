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

// The known records' counts added up, each a point of the series.
mpq_class counted(const Context& c, TargetResult& r) {
  mpq_class total = 0;
  for (const Observation* o : c.known) {
    const mpq_class n = count_of(c.in, *o);
    total += n;
    r.series.push_back(SeriesPoint::of_value(o->period, exact(n)));
    r.series.back().record = o->origin;
  }
  return total;
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
  const mpq_class total = counted(c, r);
  r.actual = exact(total);
  fill_gap(r, *r.actual, exact(0), Threshold{Comparison::at_most, exact(0), std::nullopt});
  // Never at risk: one event fails it for the period, none keeps it met so far.
  const bool none = sgn(total) == 0;
  decide(c, {none, false, false, none}, r);
}

void evaluate_minimum_count(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  add_event_details(in, r);
  const auto threshold = threshold_of(*in.target);
  if (c.known.empty() || !threshold) {
    r.verdict = nothing_known(c);
    r.coverage = c.coverage();
    return;
  }
  const mpq_class total = counted(c, r);
  // Counts only grow: what it has is the least it will have.
  const Reach reach = c.over && c.completeness.complete() ? Reach::exactly(total)
                                                          : Reach::between(total, std::nullopt);
  judge_cumulative(c, total, true, true, reach, *threshold, r);
}

void evaluate_frequency(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  add_event_details(in, r);
  r.coverage = c.coverage();
  const model::Target& t = *in.target;
  const mpq_class wanted = t.value && t.value->is_finite() ? t.value->value : mpq_class(1);
  const int months = model::months_of(t.per.value_or(model::Cadence::year));
  // The sub-periods asked for: the whole ones within the window (a piece of one at either end
  // is not a sub-period of its own), or the window itself when it is shorter than one.
  std::vector<Period> parts;
  for (const Period& whole_part : sub_periods(in.plan_period, months)) {
    if (in.period.contains(whole_part)) parts.push_back(whole_part);
  }
  if (parts.empty()) parts.push_back(in.period);
  const bool any_over =
      std::any_of(parts.begin(), parts.end(), [&](const Period& p) { return !(in.as_of < p.end); });
  if (c.known.empty()) {
    r.verdict = any_over ? Verdict::no_data : Verdict::not_yet_due;
    return;
  }
  // Each on its own: over and done, over and failed, over with too few but some of its data
  // missing (unknown), or still to come (running or not begun).
  bool failed = false, unknown = false, all_done = true, running_done = false;
  long over_done = 0;
  std::optional<mpq_class> fewest, running_count;
  for (const Period& part : parts) {
    mpq_class n = 0;
    bool counts_elsewhere = false;  // a count for a longer period: which part was it in?
    for (const Observation* o : c.known) {
      n += count_of(in, *o, part);
      counts_elsewhere |= o->count && o->period.overlaps(part) && !part.contains(o->period);
    }
    const bool enough = cmp(n, wanted) >= 0;
    all_done &= enough;
    if (in.as_of < part.start) continue;  // not begun
    r.series.push_back(SeriesPoint::of_value(part, exact(n)));
    if (in.as_of < part.end) {
      running_count = n;
      running_done = enough;
      continue;
    }
    if (enough) {
      ++over_done;
    } else if (uncovered(c.completeness.covered, part).empty() && !counts_elsewhere) {
      failed = true;  // over, its data complete, and too few
      r.short_periods.push_back(part);
    } else {
      unknown = true;  // too few so far, but some of its data is missing: not counted as 0
      continue;
    }
    fewest = fewest ? std::min(*fewest, n) : n;
  }
  if (fewest || running_count) {
    r.actual = exact(fewest ? *fewest : *running_count);
    fill_gap(r, *r.actual, exact(wanted),
             Threshold{Comparison::at_least, exact(wanted), std::nullopt});
  }
  if (failed) {
    r.verdict = Verdict::not_met;  // a sub-period missed is missed for good
  } else if (unknown || !c.completeness.complete()) {
    r.verdict = Verdict::incomplete;
  } else if (all_done) {
    r.verdict = Verdict::met;  // every sub-period has enough already: nothing can undo it
  } else if (over_done > 0 || running_done) {
    r.verdict = Verdict::met;  // so far: what is over is done; the rest is still to come
    r.provisional = true;
  } else {
    r.verdict = Verdict::not_yet_due;
  }
}

}  // namespace qobj::eval::judge
