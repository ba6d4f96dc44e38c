// "Today" is the user's calendar day (TZ), not UTC's: a report run at 06:00 in Hà Nội is not
// yesterday's.
#include "cli/today.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <string>

using namespace qobj;

namespace {

Date today_in(const char* zone) {
  setenv("TZ", zone, 1);
  tzset();
  return cli::local_today();
}

}  // namespace

TEST_CASE("today follows TZ") {
  const char* saved = std::getenv("TZ");
  const std::string previous = saved != nullptr ? saved : "";
  // Fourteen hours ahead of UTC and twelve behind are a day or two apart, whatever the time.
  const Date ahead = today_in("XXX-14");
  const Date behind = today_in("YYY+12");
  const long apart = day_number(ahead) - day_number(behind);
  CHECK(apart >= 1);
  CHECK(apart <= 2);
  // In UTC it is the UTC date.
  const Date utc = today_in("UTC0");
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  gmtime_r(&now, &parts);
  CHECK(utc == make_date(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday));
  if (saved != nullptr) {
    setenv("TZ", previous.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
}
