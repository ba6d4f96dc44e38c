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
                                         const Period& year) {
  std::vector<Finding> found;
  const bool one_sided = has_one_sided_level(target);
  const std::string comparison =
      target.range ? std::string("range")
                   : std::string(code_of(target.comparison.value_or(Comparison::at_least)));
  if (target.stretch && !one_sided)
    found.push_back(
        {MessageId::check_stretch_needs_threshold, {reference, comparison}, target.stretch_origin});
  // Each state of the target, as written and after each revision: its stretch beyond its value.
  const auto check_state = [&](const Target& state, Origin at) {
    if (!one_sided || !state.stretch || !state.value) return;
    const Comparison c = state.comparison.value_or(Comparison::at_least);
    if (!beyond(*state.stretch, *state.value, c)) {
      found.push_back({MessageId::check_stretch_not_beyond,
                       {reference, to_decimal_string(*state.stretch),
                        to_decimal_string(*state.value), std::string(code_of(c))},
                       at});
    }
  };
  check_state(target, target.stretch_origin);
  const Revision* previous = nullptr;
  for (const Revision& revision : target.revisions) {
    if (!revision.value && !revision.stretch) {
      found.push_back(
          {MessageId::check_revision_empty, {reference, on(revision.date)}, revision.origin});
    }
    if (!year.contains(revision.date)) {
      found.push_back(
          {MessageId::check_revision_outside_year,
           {reference, on(revision.date), MessageArg(year), std::to_string(year.end.year)},
           revision.date_origin});
    }
    if (previous != nullptr && !(previous->date < revision.date)) {
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
    previous = &revision;
  }
  // After each revision in turn (in date order, as they are written when the order is right).
  for (std::size_t i = 0; i < target.revisions.size(); ++i) {
    const Revision& revision = target.revisions[i];
    if (!revision.value && !revision.stretch) continue;
    check_state(target.as_of(revision.date), revision.origin);
  }
  return found;
}

}  // namespace qobj::model
