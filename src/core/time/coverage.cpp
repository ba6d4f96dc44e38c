#include "core/time/coverage.hpp"

#include <algorithm>

namespace qobj {

Date next_day(const Date& date) {
  if (date.day < days_in_month(date.year, date.month)) {
    return make_date(date.year, date.month, date.day + 1);
  }
  if (date.month < 12) return make_date(date.year, date.month + 1, 1);
  return make_date(date.year + 1, 1, 1);
}

Date previous_day(const Date& date) {
  if (date.day > 1) return make_date(date.year, date.month, date.day - 1);
  if (date.month > 1) return last_day_of_month(date.year, date.month - 1);
  return make_date(date.year - 1, 12, 31);
}

Date add_months(const Date& date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  const int year = index / 12;
  const int month = index % 12 + 1;
  return make_date(year, month, std::min<int>(date.day, days_in_month(year, month)));
}

Date end_of_months(const Date& start, int months) {
  return previous_day(add_months(start, months));
}

std::vector<Period> sub_periods(const Period& whole, int months) {
  std::vector<Period> out;
  if (months < 1 || whole.end < whole.start) return out;
  Date start = whole.start;
  while (!(whole.end < start)) {
    Date end = end_of_months(start, months);
    if (whole.end < end) end = whole.end;
    out.push_back(Period{start, end});
    start = next_day(end);
  }
  return out;
}

std::optional<int> whole_months(const Period& period) {
  const Date& start = period.start;
  const Date& end = period.end;
  // From the first of a month to the last of one, or from day d to day d - 1 of a later month.
  const int months = (end.year - start.year) * 12 + end.month - start.month + (start.day == 1);
  if (months < 1 || end_of_months(start, months) != end) return std::nullopt;
  return months;
}

std::vector<Period> merge_periods(std::vector<Period> periods) {
  std::sort(periods.begin(), periods.end());
  std::vector<Period> merged;
  for (const Period& p : periods) {
    if (!merged.empty() && !(next_day(merged.back().end) < p.start)) {
      merged.back().end = std::max(merged.back().end, p.end);
    } else {
      merged.push_back(p);
    }
  }
  return merged;
}

bool covers(const std::vector<Period>& merged, const Period& period) {
  return std::any_of(merged.begin(), merged.end(),
                     [&](const Period& run) { return run.contains(period); });
}

std::vector<Period> uncovered(const std::vector<Period>& merged, const Period& within) {
  std::vector<Period> gaps;
  Date from = within.start;
  for (const Period& run : merged) {
    if (run.end < from) continue;
    if (within.end < run.start) break;
    if (from < run.start) gaps.push_back(Period{from, previous_day(run.start)});
    if (!(run.end < within.end)) return gaps;
    from = next_day(run.end);
  }
  if (!(within.end < from)) gaps.push_back(Period{from, within.end});
  return gaps;
}

std::optional<Period> intersect(const Period& a, const Period& b) {
  if (!a.overlaps(b)) return std::nullopt;
  return Period{std::max(a.start, b.start), std::min(a.end, b.end)};
}

}  // namespace qobj
