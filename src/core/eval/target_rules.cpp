#include "core/eval/target_rules.hpp"

#include <algorithm>

namespace qobj::eval {

using model::Comparison;
using model::TargetKind;

namespace {

ExactNumber number(const mpq_class& value) {
  ExactNumber n;
  n.value = value;
  n.value.canonicalize();
  return n;
}

ExactNumber percent(const mpq_class& part, const mpq_class& whole) {
  return number(part * 100 / whole);
}

bool is_complete(const TargetInputs& in) {
  return !(in.as_of < in.period.end);
}

// Data is known once its period is over: on 30 June, Q3 figures do not exist yet.
bool is_known(const TargetInputs& in, const Period& period) {
  return !(in.as_of < period.end);
}

// The share of the evaluation period that has passed on the as-of date, in [0, 1].
mpq_class elapsed_share(const TargetInputs& in) {
  if (is_complete(in)) return 1;
  if (in.as_of < in.period.start) return 0;
  mpq_class share(day_number(in.as_of) - day_number(in.period.start) + 1,
                  length_in_days(in.period));
  share.canonicalize();
  return share;
}

std::vector<const Observation*> known(const TargetInputs& in,
                                      const std::vector<Observation>& observations) {
  std::vector<const Observation*> out;
  for (const Observation& o : observations) {
    // Dated events are known on their date, even in a record for the whole year.
    if (is_known(in, o.period) || !o.events.empty()) out.push_back(&o);
  }
  std::stable_sort(out.begin(), out.end(), [](const Observation* a, const Observation* b) {
    return a->period < b->period;
  });
  return out;
}

bool raises_the_bar(Comparison c) {
  return c == Comparison::at_least || c == Comparison::greater_than;
}

// The verdict of an actual value against a threshold. `cumulative` values (sums, counts)
// only grow during the year: mid-year they are compared with the elapsed share of the
// target (an estimate), and an upper limit already passed is already failed.
Verdict threshold_verdict(const TargetInputs& in, TargetResult& result, const ExactNumber& actual,
                          Comparison comparison, const ExactNumber& threshold, bool cumulative) {
  const bool ok = satisfies(actual, comparison, threshold);
  const bool above = compare(actual, threshold).value_or(0) > 0;
  if (ok) return comparison == Comparison::at_least && above ? Verdict::exceeded : Verdict::met;
  if (is_complete(in)) return Verdict::not_met;
  if (!cumulative) return Verdict::at_risk;
  if (!raises_the_bar(comparison)) return Verdict::not_met;
  result.estimate = true;
  const ExactNumber pro_rata = number(threshold.value * elapsed_share(in));
  return satisfies(actual, comparison, pro_rata) ? Verdict::met : Verdict::at_risk;
}

void fill_gap(TargetResult& result, const ExactNumber& actual, const ExactNumber& threshold,
              Comparison comparison) {
  result.gap = number(actual.value - threshold.value);
  if (sgn(threshold.value) != 0)
    result.gap_percent = number(result.gap->value * 100 / threshold.value);
  if (raises_the_bar(comparison)) {
    result.remaining =
        number(sgn(result.gap->value) < 0 ? mpq_class(-result.gap->value) : mpq_class(0));
  }
}

void judge(const TargetInputs& in, TargetResult& result, bool cumulative,
           Comparison default_comparison, std::optional<ExactNumber> default_threshold) {
  const model::Target& t = *in.target;
  const Comparison comparison = t.comparison.value_or(default_comparison);
  const std::optional<ExactNumber> threshold = t.value ? t.value : default_threshold;
  if (!result.actual || !threshold) {
    result.verdict = Verdict::no_data;
    return;
  }
  result.verdict =
      threshold_verdict(in, result, *result.actual, comparison, *threshold, cumulative);
  fill_gap(result, *result.actual, *threshold, comparison);
}

std::optional<mpq_class> aggregate_values(const std::vector<const Observation*>& obs,
                                          std::string_view how, TargetResult& result) {
  std::vector<mpq_class> values;
  for (const Observation* o : obs) {
    if (!o->value || !o->value->is_finite()) continue;
    values.push_back(o->value->value);
    result.series.push_back(SeriesPoint::of_value(o->period, *o->value));
  }
  if (values.empty()) return std::nullopt;
  if (how == "last") return values.back();
  if (how == "min") return *std::min_element(values.begin(), values.end());
  if (how == "max") return *std::max_element(values.begin(), values.end());
  mpq_class sum = 0;
  for (const auto& v : values) sum += v;
  if (how == "mean") return sum / static_cast<long>(values.size());
  return sum;
}

void evaluate_percentage(const TargetInputs& in, TargetResult& result) {
  const auto obs = known(in, in.observations);
  mpq_class numerator = 0, denominator = 0;
  bool ratios = false;
  for (const Observation* o : obs) {
    if (!o->numerator || !o->denominator) continue;
    ratios = true;
    numerator += o->numerator->value;
    denominator += o->denominator->value;
    result.series.push_back(SeriesPoint::of_ratio(o->period, *o->numerator, *o->denominator));
  }
  if (ratios) {
    // A denominator of 0 is no data: there was nothing to count, not a failure.
    if (sgn(denominator) != 0) result.actual = percent(numerator, denominator);
  } else if (const auto reported = aggregate_values(obs, "last", result)) {
    result.actual = number(*reported);
  }
  judge(in, result, false, Comparison::at_least, std::nullopt);
}

void evaluate_checklist(const TargetInputs& in, TargetResult& result) {
  // Later records speak for an item over earlier ones.
  std::vector<ChecklistItem> items;
  for (const Observation* o : known(in, in.observations)) {
    for (const ChecklistItem& item : o->items) {
      const auto same = std::find_if(items.begin(), items.end(), [&](const ChecklistItem& i) {
        return !item.id.empty() ? i.id == item.id : i.name == item.name;
      });
      if (same != items.end()) {
        *same = item;
      } else {
        items.push_back(item);
      }
    }
  }
  if (!items.empty()) {
    long done = 0;
    for (const auto& item : items) {
      if (item.done) {
        ++done;
      } else {
        result.missing_items.push_back(item.name.empty() ? item.id : item.name);
      }
    }
    result.actual = percent(done, static_cast<long>(items.size()));
  }
  judge(in, result, false, Comparison::at_least, number(100));
}

long count_of(const TargetInputs& in, const Observation& o) {
  long n = 0;
  if (o.count && o.count->is_finite() && is_known(in, o.period))
    n += o.count->value.get_num().get_si();
  for (const Date& d : o.events) n += in.as_of < d ? 0 : 1;
  return n;
}

void evaluate_zero_count(const TargetInputs& in, TargetResult& result) {
  const auto obs = known(in, in.observations);
  if (obs.empty()) return;  // absent data is no data, never zero
  long total = 0;
  for (const Observation* o : obs) {
    const long n = count_of(in, *o);
    total += n;
    result.series.push_back(SeriesPoint::of_value(o->period, number(n)));
  }
  result.actual = number(total);
  // Never at risk: one event fails it for the year, none keeps it met.
  result.verdict = total > 0 ? Verdict::not_met : Verdict::met;
  result.gap = number(total);
}

void evaluate_minimum_count(const TargetInputs& in, TargetResult& result) {
  const auto obs = known(in, in.observations);
  if (obs.empty()) return;
  long total = 0;
  for (const Observation* o : obs) total += count_of(in, *o);
  result.actual = number(total);
  judge(in, result, true, Comparison::at_least, std::nullopt);
}

std::vector<Period> sub_periods(const Period& whole, std::string_view per) {
  const int months = per == "month" ? 1 : per == "quarter" ? 3 : per == "half-year" ? 6 : 12;
  std::vector<Period> out;
  Date start = whole.start;
  while (!(whole.end < start)) {
    int month = start.month + months - 1;
    int year = start.year;
    while (month > 12) {
      month -= 12;
      ++year;
    }
    Date end = last_day_of_month(year, month);
    if (whole.end < end) end = whole.end;
    out.push_back(Period{start, end});
    const int next_month = month % 12 + 1;
    start = make_date(next_month == 1 ? year + 1 : year, next_month, 1);
  }
  return out;
}

void evaluate_frequency(const TargetInputs& in, TargetResult& result) {
  const auto obs = known(in, in.observations);
  if (obs.empty()) return;
  const long wanted = in.target->value && in.target->value->is_finite()
                          ? in.target->value->value.get_num().get_si()
                          : 1;
  bool failed = false, pending = false;
  std::optional<long> fewest;
  for (const Period& part : sub_periods(in.period, in.target->per)) {
    long n = 0;
    for (const Observation* o : obs) {
      for (const Date& d : o->events) n += part.contains(d) && !(in.as_of < d) ? 1 : 0;
      // A count belongs to the sub-period its record lies in.
      if (o->count && part.contains(o->period) && o->count->is_finite() &&
          is_known(in, o->period)) {
        n += o->count->value.get_num().get_si();
      }
    }
    result.series.push_back(SeriesPoint::of_value(part, number(n)));
    if (in.as_of < part.end) {
      pending |= n < wanted;  // the sub-period is still running
      continue;
    }
    failed |= n < wanted;
    fewest = std::min(fewest.value_or(n), n);
  }
  result.actual = number(fewest.value_or(0));
  result.verdict = failed ? Verdict::not_met : pending ? Verdict::not_yet_due : Verdict::met;
  fill_gap(result, *result.actual, number(wanted), Comparison::at_least);
}

// The value a growth target compares with its baseline: the target's own records (`last` by
// default), or else the year's sum of its objective's amount ("đạt 83.372 tỷ đồng, tăng
// 9,4%"); mid-year that sum is scaled to a whole year, as an estimate.
std::optional<Quantity> growth_current(const TargetInputs& in, TargetResult& result) {
  const model::Target& t = *in.target;
  if (const auto own = aggregate_values(known(in, in.observations),
                                        t.aggregate.empty() ? "last" : t.aggregate, result)) {
    return Quantity{number(*own), false};
  }
  const auto amount = aggregate_values(known(in, in.sibling_amounts), "sum", result);
  result.series_of_amount = amount.has_value();
  const mpq_class share = elapsed_share(in);
  if (!amount || sgn(share) == 0) return std::nullopt;
  return Quantity{number(*amount / share), share != 1};
}

std::string_view amount_aggregate(const model::Target& t) {
  return t.aggregate.empty() ? "sum" : std::string_view(t.aggregate);
}

void evaluate_growth(const TargetInputs& in, TargetResult& result) {
  const model::Target& t = *in.target;
  result.baseline = in.baseline;
  const auto current = growth_current(in, result);
  if (!current || !in.baseline || !in.baseline->value.is_finite() ||
      sgn(in.baseline->value.value) == 0)
    return;
  result.actual = number((current->value.value / in.baseline->value.value - 1) * 100);
  if (t.range) {
    const ExactNumber& from = t.range->first;
    const ExactNumber& to = t.range->second;
    if (compare(*result.actual, to).value_or(0) > 0) {
      result.verdict = Verdict::exceeded;
      result.gap = number(result.actual->value - to.value);
    } else if (compare(*result.actual, from).value_or(0) >= 0) {
      result.verdict = Verdict::met;
      result.gap = number(0);
    } else {
      result.verdict = is_complete(in) ? Verdict::not_met : Verdict::at_risk;
      result.gap = number(result.actual->value - from.value);
      result.remaining = number(from.value - result.actual->value);
    }
  } else {
    judge(in, result, false, Comparison::at_least, std::nullopt);
  }
  result.estimate = result.estimate || current->estimate || in.baseline->estimate;
}

void evaluate_amount(const TargetInputs& in, TargetResult& result) {
  const std::string_view how = amount_aggregate(*in.target);
  if (const auto value = aggregate_values(known(in, in.observations), how, result))
    result.actual = number(*value);
  judge(in, result, how == "sum" || how == "count", Comparison::at_least, std::nullopt);
}

void evaluate_survey(const TargetInputs& in, TargetResult& result) {
  const model::Target& t = *in.target;
  std::map<long, std::uint64_t> ratings;
  std::optional<mpq_class> mean;
  for (const Observation* o : known(in, in.observations)) {
    for (const auto& [level, n] : o->ratings) ratings[level] += n;
    if (o->value && o->value->is_finite()) mean = o->value->value;
  }
  mpq_class responses = 0, weighted = 0, at_or_above = 0;
  for (const auto& [level, n] : ratings) {
    responses += n;
    weighted += mpq_class(level) * n;
    if (level >= t.level.value_or(0)) at_or_above += n;
  }
  if (sgn(responses) > 0) {
    result.actual = t.measure == "share-at-least" ? percent(at_or_above, responses)
                                                  : number(weighted / responses);
  } else if (mean && t.measure != "share-at-least") {
    result.actual = number(*mean);
  }
  judge(in, result, false, Comparison::at_least, std::nullopt);
}

void evaluate_yes_no(const TargetInputs& in, TargetResult& result) {
  // The year-end evaluation is known once the year is over, or from the date it was made;
  // else the latest record that says done or not.
  const bool evaluated = is_complete(in) || (in.year_end_date && !(in.as_of < *in.year_end_date));
  bool said = false, done = false;
  if (evaluated && in.year_end_verdict.has_value()) {
    said = true;
    done = in.year_end_verdict.value();
  } else {
    for (const Observation* o : known(in, in.observations)) {
      if (!o->done.has_value()) continue;
      said = true;
      done = o->done.value();
    }
  }
  if (said) {
    result.verdict = done ? Verdict::met : Verdict::not_met;
  } else {
    result.verdict = is_complete(in) ? Verdict::no_data : Verdict::not_yet_due;
  }
}

void evaluate_deadline(const TargetInputs& in, TargetResult& result) {
  const Date due = in.target->due.value_or(in.period.end);
  std::optional<Date> completed;
  for (const Observation& o : in.observations) {
    if (o.completed && !(in.as_of < *o.completed))
      completed = std::min(completed.value_or(*o.completed), *o.completed);
  }
  if (completed) {
    result.verdict = *completed <= due ? Verdict::met : Verdict::not_met;
    result.gap = number(day_number(*completed) - day_number(due));  // days early (<0) or late
  } else {
    // Due on the as-of date itself is still due: the day is not over.
    result.verdict = in.as_of <= due ? Verdict::not_yet_due : Verdict::not_met;
  }
}

}  // namespace

bool satisfies(const ExactNumber& actual, Comparison comparison, const ExactNumber& threshold) {
  const auto c = compare(actual, threshold);
  if (!c) return false;
  switch (comparison) {
    case Comparison::at_least:
      return *c >= 0;
    case Comparison::greater_than:
      return *c > 0;
    case Comparison::at_most:
      return *c <= 0;
    case Comparison::less_than:
      return *c < 0;
    case Comparison::equal:
      return *c == 0;
  }
  return false;
}

std::optional<Quantity> measured_quantity(const TargetInputs& in) {
  TargetResult scratch;
  if (in.target->kind == TargetKind::growth) return growth_current(in, scratch);
  if (in.target->kind != TargetKind::amount) return std::nullopt;
  const auto value =
      aggregate_values(known(in, in.observations), amount_aggregate(*in.target), scratch);
  if (!value) return std::nullopt;
  return Quantity{number(*value), !is_complete(in)};
}

std::string_view baseline_source_code(BaselineSource source) {
  switch (source) {
    case BaselineSource::measurements:
      return "measurements";
    case BaselineSource::baseline_year_files:
      return "baseline-year-files";
  }
  return "";
}

SeriesPoint SeriesPoint::of_value(const Period& period, const std::optional<ExactNumber>& value) {
  SeriesPoint point;
  point.period = period;
  point.stored_value = value;
  return point;
}

SeriesPoint SeriesPoint::of_ratio(const Period& period, const ExactNumber& numerator,
                                  const ExactNumber& denominator) {
  SeriesPoint point;
  point.period = period;
  point.numerator = CompactNumber(numerator);
  point.denominator = CompactNumber(denominator);
  return point;
}

std::optional<ExactNumber> SeriesPoint::value() const {
  if (stored_value.has_value()) return stored_value.get();
  const auto n = numerator.get(), d = denominator.get();
  if (!n || !d || !n->is_finite() || !d->is_finite() || sgn(d->value) == 0) return std::nullopt;
  return percent(n->value, d->value);
}

TargetResult evaluate_target(const TargetInputs& in) {
  TargetResult result;
  switch (in.target->kind) {
    case TargetKind::percentage:
      evaluate_percentage(in, result);
      break;
    case TargetKind::checklist:
      evaluate_checklist(in, result);
      break;
    case TargetKind::zero_count:
      evaluate_zero_count(in, result);
      break;
    case TargetKind::minimum_count:
      evaluate_minimum_count(in, result);
      break;
    case TargetKind::frequency:
      evaluate_frequency(in, result);
      break;
    case TargetKind::growth:
      evaluate_growth(in, result);
      break;
    case TargetKind::amount:
      evaluate_amount(in, result);
      break;
    case TargetKind::survey:
      evaluate_survey(in, result);
      break;
    case TargetKind::yes_no:
      evaluate_yes_no(in, result);
      break;
    case TargetKind::deadline:
      evaluate_deadline(in, result);
      break;
  }
  return result;
}

}  // namespace qobj::eval
