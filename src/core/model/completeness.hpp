// Whether a target's data covers the part of its evaluation period that is over: the
// reporting cadence it is expected at (declared, the file's default, or read off its
// records), the sub-periods elapsed on the as-of date, and those no record covers. The checks
// warn about the gaps; the evaluation never calls a target met on data with gaps.
#pragma once

#include <optional>
#include <vector>

#include "core/model/plans.hpp"

namespace qobj::model {

enum class CadenceSource {
  declared,      // the target's `cadence:`
  file_default,  // the `cadence:` of the objectives file it is written in
  inferred,      // every record of the target is for a month, or every one for a quarter…
  mixed,         // records of several lengths, or of single days: checked month by month
  none,          // no cadence and no record: nothing says what is due
};

template <>
struct CodeTable<CadenceSource> {
  static constexpr std::pair<CadenceSource, std::string_view> entries[] = {
      {CadenceSource::declared, "declared"}, {CadenceSource::file_default, "file-default"},
      {CadenceSource::inferred, "inferred"}, {CadenceSource::mixed, "mixed"},
      {CadenceSource::none, "none"},
  };
};

// The kinds whose data comes period by period; checklists (judged by their items), yes-no
// targets (by a verdict) and deadlines (by a completion date) are not.
bool reported_by_period(TargetKind kind);

struct Completeness {
  bool applies = true;  // false for the kinds not reported by period
  std::optional<Cadence> cadence;
  CadenceSource source = CadenceSource::none;
  std::vector<Period> parts;    // the window cut by the cadence (without one, the window)
  std::vector<Period> elapsed;  // the parts over on the as-of date
  std::vector<Period> missing;  // the elapsed days no known record covers
  std::vector<Period> covered;  // what the known records cover, merged, within the window

  bool complete() const { return missing.empty(); }
  // The elapsed parts the data covers.
  std::size_t covered_parts() const { return elapsed.size() - missing_parts(); }
  std::size_t missing_parts() const;
};

// What a record covers: its period, and whether it logs dated events (then it is known day by
// day, before its period is over).
struct DataSpan {
  Period period;
  bool logs_events = false;
};

// Whether a record counts for an objective's window: when it lies within it, or, for a log of
// dated events, when it shares days with it (the events outside are not counted).
bool counts_for(const DataSpan& span, const Period& window);

// The days of a span known on `as_of`: all of it once its period is over, up to `as_of` for
// a log of events; nothing otherwise.
std::optional<Period> known_span(const DataSpan& span, Date as_of);

// The cadence declared for a target: its own, else its objectives file's.
std::pair<std::optional<Cadence>, CadenceSource> declared_cadence(const Plan& plan,
                                                                  const Objective& objective,
                                                                  const Target& target);

// The completeness of data spans over `window` (within the plan's period) on `as_of`, with the
// cadence declared, or else read off the spans.
Completeness completeness_of(std::optional<Cadence> declared, CadenceSource source,
                             const std::vector<DataSpan>& spans, const Period& plan_period,
                             const Period& window, Date as_of);

// The same for records of the plan (a target's, or for a growth target without records of
// its own, its objective's amount's).
Completeness completeness_of(const Plan& plan, const Objective& objective, const Target& target,
                             const std::vector<RecordRef>& records, const Period& window,
                             Date as_of);

}  // namespace qobj::model
