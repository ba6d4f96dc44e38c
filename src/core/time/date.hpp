// Calendar dates and the periods measurements are recorded for.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace qobj {

// Four bytes: a large measurements file holds hundreds of thousands of them.
struct Date {
  std::int16_t year = 0;
  std::int8_t month = 0;
  std::int8_t day = 0;

  friend auto operator<=>(const Date&, const Date&) = default;
  std::string to_string() const;  // YYYY-MM-DD
};

// Days since 1970-01-01 (negative before): differences count days exactly.
long day_number(const Date& date);
// Days in a period, both ends included.
long length_in_days(const struct Period& period);

// "YYYY-MM-DD" with a real month and day; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
int days_in_month(int year, int month);
Date make_date(int year, int month, int day);
Date last_day_of_month(int year, int month);

// An inclusive range of days: a month, a quarter, a half year, nine months, a year, or any
// explicit start and end.
struct Period {
  Date start;
  Date end;

  friend auto operator<=>(const Period&, const Period&) = default;
  bool contains(const Date& date) const { return start <= date && date <= end; }
  bool contains(const Period& other) const { return start <= other.start && other.end <= end; }
  bool overlaps(const Period& other) const { return start <= other.end && other.start <= end; }
  std::string to_string() const;  // "2021-01-01..2021-03-31"
};

// "2021", "2021-03", "2021-Q1", "2021-H2", "2021-9M"; nullopt otherwise.
std::optional<Period> parse_period(std::string_view text);
// A period as a measurements file writes it: "2021-Q3", "2021-07"…, or
// "{start: 2021-03-01, end: 2021-03-15}" for any other.
std::string period_code(const Period& period);
Period year_period(int year);
// The same days `years` later (earlier when negative): a month's last day stays its month's
// last day, so "the first half of 2020" is the first half of 2021 moved by one.
Date shifted_by_years(const Date& date, int years);
Period shifted_by_years(const Period& period, int years);

}  // namespace qobj
