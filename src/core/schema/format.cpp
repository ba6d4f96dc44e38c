#include "core/schema/format.hpp"

#include "core/schema/regex.hpp"

namespace qobj::schema {

namespace {

bool digits_at(std::string_view text, std::size_t pos, std::size_t count, int& value) {
  if (pos + count > text.size()) return false;
  value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    value = value * 10 + (text[i] - '0');
  }
  return true;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// hh:mm:ss[.frac](Z|±hh:mm), RFC 3339 full-time.
bool is_full_time(std::string_view text) {
  int hour = 0, minute = 0, second = 0;
  if (!digits_at(text, 0, 2, hour) || text.size() < 8 || text[2] != ':' ||
      !digits_at(text, 3, 2, minute) || text[5] != ':' || !digits_at(text, 6, 2, second)) {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 60) return false;
  std::size_t pos = 8;
  if (pos < text.size() && text[pos] == '.') {
    const std::size_t start = ++pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    if (pos == start) return false;
  }
  const std::string_view offset = text.substr(pos);
  if (offset == "Z" || offset == "z") return true;
  int offset_hour = 0, offset_minute = 0;
  return offset.size() == 6 && (offset[0] == '+' || offset[0] == '-') &&
         digits_at(offset, 1, 2, offset_hour) && offset[3] == ':' &&
         digits_at(offset, 4, 2, offset_minute) && offset_hour <= 23 && offset_minute <= 59;
}

}  // namespace

bool is_rfc3339_date(std::string_view text) {
  int year = 0, month = 0, day = 0;
  return text.size() == 10 && digits_at(text, 0, 4, year) && text[4] == '-' &&
         digits_at(text, 5, 2, month) && text[7] == '-' && digits_at(text, 8, 2, day) &&
         month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<bool> check_format(std::string_view format, std::string_view text) {
  if (format == "date") return is_rfc3339_date(text);
  if (format == "date-time") {
    return text.size() > 11 && is_rfc3339_date(text.substr(0, 10)) &&
           (text[10] == 'T' || text[10] == 't') && is_full_time(text.substr(11));
  }
  if (format == "regex") return Regex::compile(text).has_value();
  return std::nullopt;
}

std::optional<MessageId> format_hint(std::string_view format) {
  if (format == "date") return MessageId::hint_format_date;
  if (format == "date-time") return MessageId::hint_format_date_time;
  return std::nullopt;
}

std::optional<MessageId> format_phrase(std::string_view format) {
  if (format == "date") return MessageId::phrase_format_date;
  if (format == "date-time") return MessageId::phrase_format_date_time;
  if (format == "regex") return MessageId::phrase_format_regex;
  return std::nullopt;
}

}  // namespace qobj::schema
