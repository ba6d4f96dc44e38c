#include "cli/today.hpp"

#include <ctime>

namespace qobj::cli {

Date local_today() {
  tzset();  // TZ as it is now, whatever the C library cached
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return make_date(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

}  // namespace qobj::cli
