// Numbers for people, in the report's language: vi "83.372" and "7,5"; en "83,372" and "7.5".
// Rounding (half up) happens here and only here; verdicts never see a rounded number.
#pragma once

#include <optional>
#include <string>

#include "core/diag/language.hpp"
#include "core/num/exact_number.hpp"

namespace qobj::report {

// At most `places` decimals, trailing zeros dropped.
std::string format_number(const ExactNumber& number, Lang lang, int places);

// For machines (CSV, spreadsheets): dot decimal, no grouping; exact when the decimal
// terminates, else rounded half up to kMachinePlaces decimals ("1/3" is "0.333333").
inline constexpr int kMachinePlaces = 6;
std::string machine_number(const ExactNumber& number);

// The decimals to show a number with where a number format is chosen once (spreadsheets):
// its own when its decimal ends (at most 6), else 2; more (up to 6) when fewer would show it
// equal to `threshold` while it is not (99.96 against 100).
int display_places(const ExactNumber& number, const std::optional<ExactNumber>& threshold = {});

// Like format_number, but never shows a value that differs from `threshold` as equal to it:
// 99.96 against 100 is "99,96", not "100". Uses more decimals (up to 6) when needed.
std::string format_against(const ExactNumber& number, const ExactNumber& threshold, Lang lang,
                           int places);

}  // namespace qobj::report
