#include "core/model/completeness.hpp"

#include <algorithm>
#include <tuple>

#include "core/time/coverage.hpp"

namespace qobj::model {

namespace {

std::optional<Cadence> cadence_of_months(int months) {
  switch (months) {
    case 1:
      return Cadence::month;
    case 3:
      return Cadence::quarter;
    case 6:
      return Cadence::half_year;
    case 12:
      return Cadence::year;
    default:
      return std::nullopt;
  }
}

// Every record for a month, or every one for a quarter…: that is its cadence; records of
// several lengths, or of single days, are checked month by month. Nothing without records.
std::pair<std::optional<Cadence>, CadenceSource> inferred_cadence(
    const std::vector<DataSpan>& spans) {
  if (spans.empty()) return {std::nullopt, CadenceSource::none};
  std::optional<int> months;
  for (const DataSpan& span : spans) {
    const auto length = whole_months(span.period);
    if (!length || !cadence_of_months(*length) || (months && *months != *length))
      return {Cadence::month, CadenceSource::mixed};
    months = length;
  }
  return {cadence_of_months(*months), CadenceSource::inferred};
}

}  // namespace

bool reported_by_period(TargetKind kind) {
  switch (kind) {
    case TargetKind::checklist:
    case TargetKind::yes_no:
    case TargetKind::deadline:
      return false;
    default:
      return true;
  }
}

std::size_t Completeness::missing_parts() const {
  return static_cast<std::size_t>(
      std::count_if(elapsed.begin(), elapsed.end(), [&](const Period& p) {
        return std::any_of(missing.begin(), missing.end(),
                           [&](const Period& gap) { return gap.overlaps(p); });
      }));
}

bool counts_for(const DataSpan& span, const Period& window) {
  return span.logs_events ? span.period.overlaps(window) : window.contains(span.period);
}

std::optional<Period> known_span(const DataSpan& span, Date as_of) {
  if (as_of < span.period.start) return std::nullopt;
  if (!(as_of < span.period.end)) return span.period;
  if (span.logs_events) return Period{span.period.start, as_of};
  return std::nullopt;
}

std::pair<std::optional<Cadence>, CadenceSource> declared_cadence(const Plan& plan,
                                                                  const Objective& objective,
                                                                  const Target& target) {
  if (target.cadence) return {target.cadence, CadenceSource::declared};
  if (const ObjectivesFile* file = plan.file_of(objective); file != nullptr && file->cadence)
    return {file->cadence, CadenceSource::file_default};
  return {std::nullopt, CadenceSource::none};
}

Completeness completeness_of(std::optional<Cadence> declared, CadenceSource source,
                             const std::vector<DataSpan>& spans, const Period& plan_period,
                             const Period& window, Date as_of) {
  // A record counts for the window when it lies within it; a log of dated events counts for
  // the days it shares with it (its events are dated).
  std::vector<DataSpan> counted;
  for (const DataSpan& span : spans) {
    if (counts_for(span, window)) counted.push_back(span);
  }
  Completeness c;
  c.cadence = declared;
  c.source = declared ? source : CadenceSource::none;
  if (!declared) std::tie(c.cadence, c.source) = inferred_cadence(counted);
  if (c.cadence) {
    for (const Period& part : sub_periods(plan_period, months_of(*c.cadence))) {
      if (const auto inside = intersect(part, window)) c.parts.push_back(*inside);
    }
  } else {
    c.parts.push_back(window);
  }
  for (const Period& part : c.parts) {
    if (!(as_of < part.end)) c.elapsed.push_back(part);
  }
  std::vector<Period> known;
  for (const DataSpan& span : counted) {
    if (const auto days = known_span(span, as_of)) {
      if (const auto inside = intersect(*days, window)) known.push_back(*inside);
    }
  }
  c.covered = merge_periods(std::move(known));
  for (const Period& part : c.elapsed) {
    for (const Period& gap : uncovered(c.covered, part)) c.missing.push_back(gap);
  }
  return c;
}

Completeness completeness_of(const Plan& plan, const Objective& objective, const Target& target,
                             const std::vector<RecordRef>& records, const Period& window,
                             Date as_of) {
  if (!reported_by_period(target.kind)) {
    Completeness none;
    none.applies = false;
    return none;
  }
  std::vector<DataSpan> spans;
  spans.reserve(records.size());
  for (const RecordRef& ref : records) {
    spans.push_back(DataSpan{ref.record->period, ref.record->has_events});
  }
  const auto [cadence, source] = declared_cadence(plan, objective, target);
  return completeness_of(cadence, source, spans, plan.data_year_of(target),
                         plan.data_window(target, window), as_of);
}

}  // namespace qobj::model
