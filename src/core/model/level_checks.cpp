#include "core/model/level_checks.hpp"

namespace qobj::model {

namespace {

// Whether a target compares by a level a stretch can go beyond: ≥, >, ≤ or < against a value.
bool has_one_sided_level(const Target& target) {
  const auto comparison = target.effective_comparison();
  return comparison && *comparison != Comparison::equal && !target.range;
}

// Whether `stretch` lies beyond `value` in the direction the comparison wants.
bool beyond(const ExactNumber& stretch, const ExactNumber& value, Comparison comparison) {
  const int order = compare(stretch, value).value_or(0);
  return comparison == Comparison::at_least || comparison == Comparison::greater_than ? order > 0
                                                                                      : order < 0;
}

MessageArg on(const Date& day) {
  return MessageArg(Period{day, day});
}

}  // namespace

std::vector<Finding> check_target_levels(const Target& target, const std::string& reference,
                                         const Period& window) {
  std::vector<Finding> found;
  const bool one_sided = has_one_sided_level(target);
  const std::string comparison =
      target.range ? std::string("range")
                   : std::string(code_of(target.comparison.value_or(Comparison::at_least)));
  if (target.stretch && !one_sided)
    found.push_back(
        {MessageId::check_stretch_needs_threshold, {reference, comparison}, target.stretch_origin});
  // A level that could never be reached: beyond a score's maximum, outside a survey's scale.
  const auto check_bounds = [&](const std::optional<ExactNumber>& level, Origin at) {
    if (!level) return;
    if (target.kind == TargetKind::amount && target.out_of &&
        compare(*level, *target.out_of).value_or(0) > 0) {
      found.push_back({MessageId::check_score_above_max,
                       {reference, to_decimal_string(*level), to_decimal_string(*target.out_of)},
                       at});
    }
    if (target.kind == TargetKind::survey && target.measure == SurveyMeasure::mean &&
        target.scale &&
        (compare(*level, target.scale->min).value_or(0) < 0 ||
         compare(*level, target.scale->max).value_or(0) > 0)) {
      found.push_back({MessageId::check_outside_scale,
                       {MessageId::phrase_survey_target, to_decimal_string(*level),
                        to_decimal_string(target.scale->min), to_decimal_string(target.scale->max)},
                       at});
    }
  };
  check_bounds(target.stretch, target.stretch_origin);
  // Each state of the target, as written and after each revision: its stretch beyond its value.
  const auto check_state = [&](const Target& state, Origin at, const Revision* after) {
    if (!one_sided || !state.stretch || !state.value) return;
    const Comparison c = state.comparison.value_or(Comparison::at_least);
    if (beyond(*state.stretch, *state.value, c)) return;
    std::vector<MessageArg> args{reference, to_decimal_string(*state.stretch),
                                 to_decimal_string(*state.value), std::string(code_of(c))};
    if (after == nullptr) {
      found.push_back({MessageId::check_stretch_not_beyond, std::move(args), at});
    } else {
      args.push_back(on(after->date));
      found.push_back({MessageId::check_stretch_not_beyond_revised, std::move(args), at});
    }
  };
  check_state(target, target.stretch_origin, nullptr);
  const Revision* previous = nullptr;
  bool in_order = true;
  for (const Revision& revision : target.revisions) {
    if (!revision.value && !revision.stretch) {
      found.push_back(
          {MessageId::check_revision_empty, {reference, on(revision.date)}, revision.origin});
    }
    if (!window.contains(revision.date)) {
      found.push_back(
          {MessageId::check_revision_outside_year,
           {reference, on(revision.date), MessageArg(window), std::to_string(window.end.year)},
           revision.date_origin});
    }
    if (previous != nullptr && !(previous->date < revision.date)) {
      in_order = false;
      found.push_back({MessageId::check_revision_order,
                       {reference, on(previous->date), on(revision.date)},
                       revision.date_origin});
    }
    if (revision.value && target.range) {
      found.push_back(
          {MessageId::check_revision_of_range,
           {reference, to_decimal_string(target.range->from), to_decimal_string(target.range->to)},
           revision.origin});
    }
    if (revision.stretch && !one_sided) {
      found.push_back(
          {MessageId::check_stretch_needs_threshold, {reference, comparison}, revision.origin});
    }
    check_bounds(revision.value, revision.origin);
    check_bounds(revision.stretch, revision.origin);
    previous = &revision;
  }
  // After each revision in turn; out of order, the levels in force are not known.
  if (!in_order) return found;
  for (const Revision& revision : target.revisions) {
    if (!revision.value && !revision.stretch) continue;
    check_state(target.as_of(revision.date), revision.origin, &revision);
  }
  return found;
}

}  // namespace qobj::model
