#include "core/eval/target_rules.hpp"

#include "core/eval/judge.hpp"

namespace qobj::eval {

using model::Comparison;
using model::TargetKind;

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
  if (in.target->kind == TargetKind::amount) return judge::amount_quantity(in);
  if (in.target->kind != TargetKind::growth) return std::nullopt;
  TargetResult scratch;
  return judge::growth_current(in, scratch);
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

std::string_view basis_code(Basis basis) {
  switch (basis) {
    case Basis::period_target:
      return "period-target";
    case Basis::elapsed_share:
      return "elapsed-share";
    case Basis::annualised:
      return "annualised";
    case Basis::bounded:
      return "bounded";
    case Basis::stated_rate:
      return "stated-rate";
    case Basis::same_period:
      return "same-period";
    case Basis::forecast:
      return "forecast";
  }
  return "";
}

SeriesPoint SeriesPoint::of_value(const Period& period, const std::optional<ExactNumber>& value) {
  SeriesPoint point;
  point.period = period;
  point.m_first = value;
  return point;
}

SeriesPoint SeriesPoint::of_ratio(const Period& period, const ExactNumber& numerator,
                                  const ExactNumber& denominator) {
  SeriesPoint point;
  point.period = period;
  point.m_first = numerator;
  point.m_second = denominator;
  return point;
}

std::optional<ExactNumber> SeriesPoint::value() const {
  if (!is_ratio()) return m_first.get();
  const auto ratio = judge::ratio_percent(m_first.get(), m_second.get());
  if (!ratio) return std::nullopt;
  return judge::exact(*ratio);
}

std::optional<ExactNumber> SeriesPoint::numerator() const {
  return is_ratio() ? m_first.get() : std::nullopt;
}

std::optional<ExactNumber> SeriesPoint::denominator() const {
  return is_ratio() ? m_second.get() : std::nullopt;
}

TargetResult evaluate_target(const TargetInputs& in) {
  TargetResult result;
  if (in.target->kind == TargetKind::growth) result.baseline = in.baseline;
  // Before the objective's own start nothing is due.
  if (in.as_of < in.period.start) {
    result.verdict = Verdict::not_yet_due;
    return result;
  }
  switch (in.target->kind) {
    case TargetKind::percentage:
      judge::evaluate_percentage(in, result);
      break;
    case TargetKind::checklist:
      judge::evaluate_checklist(in, result);
      break;
    case TargetKind::zero_count:
      judge::evaluate_zero_count(in, result);
      break;
    case TargetKind::minimum_count:
      judge::evaluate_minimum_count(in, result);
      break;
    case TargetKind::frequency:
      judge::evaluate_frequency(in, result);
      break;
    case TargetKind::growth:
      judge::evaluate_growth(in, result);
      break;
    case TargetKind::amount:
      judge::evaluate_amount(in, result);
      break;
    case TargetKind::survey:
      judge::evaluate_survey(in, result);
      break;
    case TargetKind::yes_no:
      judge::evaluate_yes_no(in, result);
      break;
    case TargetKind::deadline:
      judge::evaluate_deadline(in, result);
      break;
  }
  return result;
}

}  // namespace qobj::eval
