#include "core/time/date.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace qobj {

namespace {

std::optional<int> number_at(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

Period months(int year, int first, int last) {
  return Period{make_date(year, first, 1), last_day_of_month(year, last)};
}

}  // namespace

std::string Date::to_string() const {
  return fmt::format("{:04}-{:02}-{:02}", int{year}, int{month}, int{day});
}

Date make_date(int year, int month, int day) {
  return Date{static_cast<std::int16_t>(year), static_cast<std::int8_t>(month),
              static_cast<std::int8_t>(day)};
}

std::string Period::to_string() const {
  return start.to_string() + ".." + end.to_string();
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

Date last_day_of_month(int year, int month) {
  return make_date(year, month, days_in_month(year, month));
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = number_at(text, 0, 4);
  const auto month = number_at(text, 5, 2);
  const auto day = number_at(text, 8, 2);
  if (!year || !month || !day || *month < 1 || *month > 12 || *day < 1 ||
      *day > days_in_month(*year, *month)) {
    return std::nullopt;
  }
  return make_date(*year, *month, *day);
}

long day_number(const Date& date) {
  // Howard Hinnant's days_from_civil.
  const long y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long year_of_era = y - era * 400;
  const long month = date.month;
  const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

long length_in_days(const Period& period) {
  return day_number(period.end) - day_number(period.start) + 1;
}

Period year_period(int year) {
  return months(year, 1, 12);
}

Date shifted_by_years(const Date& date, int years) {
  const int year = date.year + years;
  const bool month_end = date.day == days_in_month(date.year, date.month);
  const int day = month_end ? days_in_month(year, date.month)
                            : std::min<int>(date.day, days_in_month(year, date.month));
  return make_date(year, date.month, day);
}

Period shifted_by_years(const Period& period, int years) {
  return Period{shifted_by_years(period.start, years), shifted_by_years(period.end, years)};
}

std::optional<Period> parse_period(std::string_view text) {
  const auto year = number_at(text, 0, 4);
  if (!year) return std::nullopt;
  if (text.size() == 4) return year_period(*year);
  if (text[4] != '-') return std::nullopt;
  const std::string_view rest = text.substr(5);
  if (rest.size() == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4') {
    const int quarter = rest[1] - '0';
    return months(*year, quarter * 3 - 2, quarter * 3);
  }
  if (rest == "H1") return months(*year, 1, 6);
  if (rest == "H2") return months(*year, 7, 12);
  if (rest == "9M") return months(*year, 1, 9);
  if (const auto month = number_at(rest, 0, 2);
      month && rest.size() == 2 && *month >= 1 && *month <= 12) {
    return months(*year, *month, *month);
  }
  return std::nullopt;
}

std::string period_code(const Period& period) {
  const int year = period.start.year;
  for (const std::string& code :
       {std::to_string(year), fmt::format("{}-Q1", year), fmt::format("{}-Q2", year),
        fmt::format("{}-Q3", year), fmt::format("{}-Q4", year), fmt::format("{}-H1", year),
        fmt::format("{}-H2", year), fmt::format("{}-9M", year),
        fmt::format("{}-{:02}", year, int{period.start.month})}) {
    if (parse_period(code) == period) return code;
  }
  return fmt::format("{{start: {}, end: {}}}", period.start.to_string(), period.end.to_string());
}

}  // namespace qobj
