// Numbers as people write them, held exactly: "0.1" is one tenth, not a binary fraction.
// Verdicts and schema bounds compare these, never doubles.
#pragma once

#include <gmpxx.h>

#include <optional>
#include <string>
#include <string_view>

namespace qobj {

struct ExactNumber {
  enum class Kind { finite, positive_infinity, negative_infinity, not_a_number };
  Kind kind = Kind::finite;
  mpq_class value;  // when finite

  bool is_finite() const { return kind == Kind::finite; }
  bool is_integer() const { return is_finite() && value.get_den() == 1; }
};

// Exponents beyond this are refused: 1e999999999 would need gigabytes to hold exactly.
inline constexpr long kMaxDecimalExponent = 10000;

// Parses YAML 1.2 core-schema and JSON number syntax: integers ("-12", "0x1F", "0o17"),
// decimals ("7.5", ".5", "5."), exponents ("1e-3"), and ".inf", "-.inf", ".nan". Returns
// nullopt when the text is not such a number (or its exponent is beyond the limit).
std::optional<ExactNumber> parse_exact_number(std::string_view text);

// Three-way comparison; nullopt when either side is not a number (NaN).
std::optional<int> compare(const ExactNumber& a, const ExactNumber& b);

// The double nearest to the number (ties to even), for the float a JSON report shows beside
// the exact text and for drawing: 8.3 is 8.3, not 8.299999999999999 as truncation gives.
// Infinities and NaN map to themselves.
double nearest_double(const ExactNumber& number);
double nearest_double(const mpq_class& value);

// The shortest exact decimal text of a finite number with a terminating expansion
// ("7.5", "-0.0001", "100"); a fraction "1/3" otherwise.
std::string to_decimal_string(const ExactNumber& number);
std::string to_decimal_string(const mpq_class& value);

// The places after the decimal point a number is written with, its exponent counted: "99.00"
// is 2, "99" and "1e3" are 0, "9.95e1" is 1. What a printed, rounded figure can still tell.
int written_decimal_places(std::string_view text);

// The text of `value` with exactly `places` decimals, which it must fit in ("99" at 2 is
// "99.00"): a printed figure written back as printed.
std::string to_decimal_string(const mpq_class& value, int places);

}  // namespace qobj
