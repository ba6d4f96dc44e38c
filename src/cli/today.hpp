// Today's date where the user is: the local calendar day (the TZ variable, else the system's
// zone), not UTC: a report run at 06:00 in Hà Nội is not yesterday's.
#pragma once

#include "core/time/date.hpp"

namespace qobj::cli {

Date local_today();

}  // namespace qobj::cli
