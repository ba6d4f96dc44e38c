// The rules of the kinds whose result is a share or a mean that data can move either way:
// percentages, checklists and surveys.
#include <algorithm>

#include "core/eval/judge.hpp"
#include "core/eval/target_rules.hpp"
#include "core/time/coverage.hpp"

namespace qobj::eval::judge {

using model::Aggregate;
using model::Comparison;

namespace {

// A period's percentage: the reported value, or its ratio; none for a denominator of 0.
std::optional<mpq_class> period_percent(const Observation& o) {
  if (o.value && o.value->is_finite()) return o.value->value;
  return ratio_percent(o.numerator, o.denominator);
}

// What a one-stop system's printed percentage can be before its rounding: half a unit of its
// last place either side, within 0–100.
std::pair<mpq_class, mpq_class> printed_range(const Observation& o) {
  mpz_class scale;
  mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(o.value_places));
  mpq_class half(mpz_class(1), mpz_class(2 * scale));
  half.canonicalize();
  const mpq_class& printed = o.value->value;
  return {std::max(mpq_class(printed - half), mpq_class(0)),
          std::min(mpq_class(printed + half), mpq_class(100))};
}

SeriesPoint point_of(const Observation& o) {
  if (o.numerator && o.denominator) {
    SeriesPoint p = SeriesPoint::of_ratio(o.period, *o.numerator, *o.denominator);
    p.record = o.origin;
    return p;
  }
  SeriesPoint p = SeriesPoint::of_value(o.period, o.value);
  p.record = o.origin;
  return p;
}

// The bounds of a mean of `count` values summing to `sum` once `more` values in [lo, hi] are
// added; without a known number of values to come, anything between lo and hi.
Reach mean_reach(const mpq_class& sum, long count, std::optional<long> more,
                 const std::optional<mpq_class>& lo, const std::optional<mpq_class>& hi) {
  if (more && *more == 0) return Reach::exactly(sum / count);
  if (!more) return Reach::between(lo, hi);
  const long n = count + *more;
  Reach r;
  if (lo) r.low = (sum + *lo * *more) / n;
  if (hi) r.high = (sum + *hi * *more) / n;
  return r;
}

// The year's terms of a target measured on the one-stop form's columns: the periods' counts
// added up as the form's columns add up (flows summed, stocks from the first or the last
// period), then its definition. None when a period lacks the columns the definition needs; a
// definition without stocks can then still add up the periods' terms.
std::optional<model::RatioTerms> one_stop_year(const model::Target& t,
                                               const std::vector<const Observation*>& known) {
  if (!t.definition) return std::nullopt;
  std::vector<const model::OneStopCounts*> periods;
  for (const Observation* o : known) {
    if (!o->one_stop) return std::nullopt;
    periods.push_back(&*o->one_stop);
  }
  return model::apply_definition(*t.definition, model::combine_periods(periods)).terms;
}

// A ratio of sums known only as its periods' percentages (and perhaps the ratio of the periods
// with counts): a mean of them weighted by denominators unknown, so between the lowest and the
// highest. Judged at both ends: met when both meet the target, not met when neither does, and
// with the period over, undecided (counts missing: incomplete) when they disagree.
void judge_bounded(const Context& c, const std::vector<mpq_class>& points,
                   const Threshold& threshold, TargetResult& r) {
  const mpq_class low = *std::min_element(points.begin(), points.end());
  const mpq_class high = *std::max_element(points.begin(), points.end());
  r.basis = Basis::bounded;
  r.actual_low = exact(low);
  r.actual_high = exact(high);
  const bool low_meets = satisfies(*r.actual_low, threshold.comparison, threshold.value);
  const bool high_meets = satisfies(*r.actual_high, threshold.comparison, threshold.value);
  // The end the verdict rests on: the one further from meeting the target.
  const bool low_decides =
      raises_the_bar(threshold.comparison) || threshold.comparison == Comparison::equal;
  const mpq_class& decisive = low_decides ? low : high;
  r.actual = exact(decisive);
  fill_gap(r, *r.actual, threshold.value, threshold);
  const bool exceeded = exceeds(low, threshold) && exceeds(high, threshold);
  if (low_meets != high_meets && c.over && c.completeness.complete()) {
    r.coverage = c.coverage();
    r.verdict = Verdict::incomplete;
    return;
  }
  // Periods to come can bring the year's ratio anywhere between 0 and 100.
  const Reach reach = c.over && c.completeness.complete()
                          ? Reach::between(low, high)
                          : Reach::between(mpq_class(0), mpq_class(100));
  decide(c,
         {low_meets && high_meets, exceeded, false,
          can_satisfy(reach, threshold.comparison, threshold.value.value)},
         r);
}

}  // namespace

std::optional<mpq_class> combine_values(const Context& c, const std::vector<mpq_class>& values,
                                        Aggregate how, const std::optional<mpq_class>& lo,
                                        const std::optional<mpq_class>& hi, Reach& reach) {
  if (values.empty()) return std::nullopt;
  const bool final = c.over && c.completeness.complete();
  switch (how) {
    case Aggregate::last:
    case Aggregate::year_to_date:  // an amount's running totals are measured before this
      reach = final ? Reach::exactly(values.back()) : Reach::between(lo, hi);
      return values.back();
    case Aggregate::min: {
      const mpq_class m = *std::min_element(values.begin(), values.end());
      reach = final ? Reach::exactly(m) : Reach::between(lo, m);
      return m;
    }
    case Aggregate::max: {
      const mpq_class m = *std::max_element(values.begin(), values.end());
      reach = final ? Reach::exactly(m) : Reach::between(m, hi);
      return m;
    }
    case Aggregate::mean: {
      mpq_class sum = 0;
      for (const auto& v : values) sum += v;
      const auto count = static_cast<long>(values.size());
      std::optional<long> more;
      // With one value per sub-period, the values to come are the sub-periods without one;
      // finer records than the cadence leave their number open.
      const auto whole_parts = static_cast<long>(
          std::count_if(c.completeness.parts.begin(), c.completeness.parts.end(),
                        [&](const Period& part) { return covers(c.completeness.covered, part); }));
      if (final) {
        more = 0;
      } else if (c.completeness.cadence && count == whole_parts) {
        more = static_cast<long>(c.completeness.parts.size()) - count;
      }
      reach = mean_reach(sum, count, more, lo, hi);
      return sum / count;
    }
    case Aggregate::sum:
    case Aggregate::ratio_of_sums: {
      mpq_class sum = 0;
      for (const auto& v : values) sum += v;
      const bool non_negative =
          std::all_of(values.begin(), values.end(), [](const mpq_class& v) { return sgn(v) >= 0; });
      reach = final ? Reach::exactly(sum)
                    : Reach::between(non_negative ? std::optional<mpq_class>(sum) : std::nullopt,
                                     std::nullopt);
      return sum;
    }
  }
  return std::nullopt;
}

void evaluate_percentage(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  const model::Target& t = *in.target;
  const Aggregate how = t.effective_aggregate();
  std::optional<mpq_class> actual;
  Reach reach;
  bool any_known = !c.known.empty();
  if (how == Aggregate::ratio_of_sums) {
    mpq_class numerator = 0, denominator = 0;
    bool ratios = false;
    std::vector<mpq_class> percentages;  // periods that give a percentage without its counts
    r.series.reserve(c.known.size());
    for (const Observation* o : c.known) {
      r.series.push_back(point_of(*o));
      if (!o->numerator || !o->denominator || !o->numerator->is_finite() ||
          !o->denominator->is_finite()) {
        if (o->value && o->value->is_finite()) {
          if (t.definition) {
            // As the system printed it, rounded: "99,00%" is anything from 98,995 to 99,005.
            const auto [low, high] = printed_range(*o);
            percentages.push_back(low);
            percentages.push_back(high);
          } else {
            percentages.push_back(o->value->value);
          }
        }
        continue;
      }
      ratios = true;
      numerator += o->numerator->value;
      denominator += o->denominator->value;
    }
    if (const auto year = one_stop_year(t, c.known)) {
      numerator = year->numerator;
      denominator = year->denominator;
      ratios = true;
    } else if (t.definition && model::uses_stocks(*t.definition) && c.known.size() > 1) {
      // Pending dossiers would be counted once per period (check.stock-needs-columns).
      ratios = false;
    }
    // A one-stop system's percentages, printed without their counts, are as reported.
    r.reported = t.definition.has_value() && !percentages.empty();
    const auto threshold = threshold_of(t);
    const bool stocks = t.definition && model::uses_stocks(*t.definition);
    if (!percentages.empty() && threshold &&
        ((c.known.size() > 1 && !stocks) || (c.known.size() == 1 && t.definition))) {
      if (ratios && sgn(denominator) != 0) percentages.push_back(numerator * 100 / denominator);
      judge_bounded(c, percentages, *threshold, r);
      return;
    }
    // A denominator of 0 is no data: there was nothing to count, not a failure.
    if (ratios && sgn(denominator) != 0) {
      actual = numerator * 100 / denominator;
      if (c.over && c.completeness.complete()) {
        reach = Reach::exactly(*actual);
      } else {
        // More periods can bring the ratio as near 0 or 100 as they like, and reach either only
        // when every case so far was a failure or a success.
        reach = Reach{mpq_class(0), mpq_class(100), sgn(numerator) == 0, numerator == denominator};
      }
    } else if (!ratios && c.known.size() == 1 && c.known.front()->value) {
      // One reported percentage for the period: nothing to combine.
      actual = c.known.front()->value->value;
      reach = c.over && c.completeness.complete() ? Reach::exactly(*actual)
                                                  : Reach::between(mpq_class(0), mpq_class(100));
    }
  } else {
    std::vector<mpq_class> values;
    for (const Observation* o : c.known) {
      r.series.push_back(point_of(*o));
      if (const auto p = period_percent(*o)) values.push_back(*p);
    }
    actual = combine_values(c, values, how, mpq_class(0), mpq_class(100), reach);
  }
  const auto threshold = threshold_of(t);
  if (!actual || !threshold) {
    r.verdict = any_known ? Verdict::no_data : nothing_known(c);
    r.coverage = c.coverage();
    return;
  }
  judge_level(c, *actual, reach, *threshold, r);
}

void evaluate_checklist(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  const model::Target& t = *in.target;
  struct State {
    std::string id, name;
    bool done = false;
  };
  std::vector<State> items;
  for (const model::DeclaredItem& d : t.items) items.push_back({d.id, d.name, false});
  const bool declared = !items.empty();
  std::optional<mpq_class> reported_ratio;  // a record of counts instead of items
  for (const Observation& o : in.observations) {
    // An item with a date counts from it, within the objective's dates; one without counts
    // once its record's period is over, when the record lies within them.
    if (!o.period.overlaps(in.period)) continue;
    const bool record_counts = in.period.contains(o.period);
    const bool record_known = record_counts && !(in.as_of < o.period.end);
    for (const model::ReportedItem& item : o.items) {
      const bool known =
          item.date ? known_on(in, *item.date) && in.period.contains(*item.date) : record_known;
      Detail detail;
      detail.kind = Detail::Kind::item;
      detail.period = item.date ? Period{*item.date, *item.date} : o.period;
      detail.label = std::string(item.name.empty() ? item.id : item.name);
      detail.done = item.done;
      detail.evidence = std::string(item.evidence);
      detail.counted = known;
      r.details.push_back(std::move(detail));
      // The data lists the items when none are declared: an item is in the list from the
      // start, and done from when it is known to be.
      auto same = std::find_if(items.begin(), items.end(),
                               [&](const State& s) { return model::is_item(s.id, s.name, item); });
      if (same == items.end()) {
        if (declared) continue;  // not in the list: not counted (the checks say so)
        items.push_back({std::string(item.id), std::string(item.name), false});
        same = items.end() - 1;
      }
      if (known) same->done = item.done;  // later records speak for an item over earlier ones
    }
    if (record_known && o.items.empty()) {
      if (const auto ratio = ratio_percent(o.numerator, o.denominator)) reported_ratio = ratio;
    }
  }
  const bool anything_known =
      reported_ratio ||
      std::any_of(r.details.begin(), r.details.end(), [](const Detail& d) { return d.counted; });
  const auto threshold = threshold_of(t);
  if (!anything_known || (items.empty() && !reported_ratio) || !threshold) {
    r.verdict = nothing_known(c);
    return;
  }
  mpq_class actual;
  if (!items.empty()) {
    long done = 0;
    for (const State& s : items) {
      if (s.done) {
        ++done;
      } else {
        r.missing_items.push_back(s.name.empty() ? s.id : s.name);
      }
    }
    actual = mpq_class(done * 100, static_cast<long>(items.size()));
    actual.canonicalize();
    r.items_done = static_cast<std::size_t>(done);
    r.items_total = items.size();
  } else {
    actual = *reported_ratio;
  }
  // Items get done through the period: before its end, a minimum is compared with its share
  // for the days elapsed; items done are not undone.
  mpq_class elapsed(day_number(in.as_of) - day_number(in.period.start) + 1,
                    length_in_days(in.period));
  elapsed.canonicalize();
  const Reach reach = c.over ? Reach::exactly(actual) : Reach::between(actual, mpq_class(100));
  // Items get done, but a later record may undo one: never final before the period's end.
  judge_cumulative(c, actual, true, false, reach, *threshold, r, elapsed);
}

void evaluate_survey(const TargetInputs& in, TargetResult& r) {
  const Context c = make_context(in, in.observations);
  const model::Target& t = *in.target;
  const bool share = t.measure == model::SurveyMeasure::share_at_least;
  const mpq_class level = t.level ? t.level->value : mpq_class(0);
  // Responses, the sum of their ratings, and those at `level` or above: a record's, and all.
  struct Tally {
    mpq_class responses = 0, weighted = 0, at_or_above = 0;
    void add(const mpq_class& rating, const mpq_class& n, const mpq_class& level) {
      responses += n;
      weighted += rating * n;
      if (cmp(rating, level) >= 0) at_or_above += n;
    }
    mpq_class result(bool share) const {
      return share ? mpq_class(at_or_above * 100 / responses) : mpq_class(weighted / responses);
    }
  };
  Tally all;
  bool any = false;
  for (const Observation* o : c.known) {
    Tally own;
    for (const model::Rating& rating : o->ratings) {
      if (!rating.level.is_finite() || !rating.responses.is_finite()) continue;
      own.add(rating.level.value, rating.responses.value, level);
      Detail detail;
      detail.kind = Detail::Kind::rating;
      detail.period = o->period;
      detail.label = to_decimal_string(rating.level);
      detail.responses = rating.responses;
      r.details.push_back(std::move(detail));
    }
    if (!o->ratings.empty()) {
      if (sgn(own.responses) > 0) {
        any = true;
        all.responses += own.responses;
        all.weighted += own.weighted;
        all.at_or_above += own.at_or_above;
        r.series.push_back(SeriesPoint::of_value(o->period, exact(own.result(share))));
        r.series.back().record = o->origin;
      }
      continue;
    }
    // A reported result (the mean, or the share for share-at-least), weighted by its
    // responses; one record without them stands alone.
    const auto reported = o->mean ? o->mean : o->value;
    r.series.push_back(SeriesPoint::of_value(o->period, reported));
    r.series.back().record = o->origin;
    if (!reported || !reported->is_finite()) continue;
    const mpq_class n = o->responses && o->responses->is_finite() ? o->responses->value
                                                                  : mpq_class(c.known.size() == 1);
    if (sgn(n) <= 0) continue;
    any = true;
    all.responses += n;
    if (share) {
      all.at_or_above += reported->value * n / 100;
    } else {
      all.weighted += reported->value * n;
    }
  }
  const auto threshold = threshold_of(t);
  if (!any || sgn(all.responses) == 0 || !threshold) {
    r.verdict = any ? Verdict::no_data : nothing_known(c);
    r.coverage = c.coverage();
    return;
  }
  const mpq_class actual = all.result(share);
  Reach reach = Reach::exactly(actual);
  if (!(c.over && c.completeness.complete())) {
    reach = share     ? Reach::between(mpq_class(0), mpq_class(100))
            : t.scale ? Reach::between(t.scale->min.value, t.scale->max.value)
                      : Reach::anything();
  }
  judge_level(c, actual, reach, *threshold, r);
}

}  // namespace qobj::eval::judge
