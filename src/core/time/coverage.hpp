// Which days a set of periods covers: the sub-periods a year is reported in, and the gaps
// the records leave. Pure calendar arithmetic, shared by the checks and the evaluation.
#pragma once

#include <optional>
#include <vector>

#include "core/time/date.hpp"

namespace qobj {

// The day after / before a date.
Date next_day(const Date& date);
Date previous_day(const Date& date);

// The same day `months` months later (the last day of that month when it is shorter), and the
// day before it: the end of a run of months that starts on `start` (15/12 + 3 → 14/03).
Date add_months(const Date& date, int months);
Date end_of_months(const Date& start, int months);

// `whole` cut into runs of `months` months counted from its start: the months, quarters or
// halves of a (possibly fiscal, or 15th-to-14th) year. The last part ends with `whole`.
std::vector<Period> sub_periods(const Period& whole, int months);

// How many whole months a period spans, from the first day of a month to the last day of a
// month, or from day d of a month to day d - 1 of a later one ("2021-Q1" → 3, 15/12–14/03 → 3,
// a single day → nullopt).
std::optional<int> whole_months(const Period& period);

// Periods sorted and merged into disjoint runs (adjacent days join).
std::vector<Period> merge_periods(std::vector<Period> periods);

// Whether merged runs cover every day of `period`.
bool covers(const std::vector<Period>& merged, const Period& period);

// The days of `within` that merged runs leave uncovered, as periods.
std::vector<Period> uncovered(const std::vector<Period>& merged, const Period& within);

// The intersection of two periods, if they overlap.
std::optional<Period> intersect(const Period& a, const Period& b);

}  // namespace qobj
