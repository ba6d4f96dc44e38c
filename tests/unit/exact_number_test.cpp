#include "core/num/exact_number.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace qobj;

namespace {

std::string decimal(std::string_view text) {
  const auto n = parse_exact_number(text);
  REQUIRE(n.has_value());
  return to_decimal_string(*n);
}

}  // namespace

TEST_CASE("decimal text is read exactly") {
  CHECK(decimal("7.5") == "7.5");
  CHECK(decimal("0.1") == "0.1");
  CHECK(decimal("-0.0001") == "-0.0001");
  CHECK(decimal("83372") == "83372");
  CHECK(decimal("1e3") == "1000");
  CHECK(decimal("1.5E-2") == "0.015");
  CHECK(decimal(".5") == "0.5");
  CHECK(decimal("5.") == "5");
  CHECK(decimal("+12") == "12");
  CHECK(decimal("0x1F") == "31");
  CHECK(decimal("0o17") == "15");
  CHECK(decimal("99.96") == "99.96");
}

TEST_CASE("what is not a number is refused") {
  for (const char* text :
       {"", "-", ".", "1.150.000", "7,5", "1e", "e5", "0x", "0xG", "12a", "1e99999", "--1"}) {
    INFO(text);
    CHECK_FALSE(parse_exact_number(text).has_value());
  }
}

TEST_CASE("comparisons are exact, never binary floating point") {
  const auto a = *parse_exact_number("0.1");
  const auto b = *parse_exact_number("0.2");
  const auto c = *parse_exact_number("0.3");
  ExactNumber sum;
  sum.value = a.value + b.value;
  CHECK(compare(sum, c) == 0);  // 0.1 + 0.2 == 0.3 exactly
  CHECK(compare(*parse_exact_number("99.96"), *parse_exact_number("100")) == -1);
  CHECK(compare(*parse_exact_number("1.0"), *parse_exact_number("1")) == 0);
  CHECK(compare(*parse_exact_number(".inf"), *parse_exact_number("1e300")) == 1);
  CHECK(compare(*parse_exact_number("-.inf"), *parse_exact_number("-1e300")) == -1);
  CHECK_FALSE(compare(*parse_exact_number(".nan"), *parse_exact_number("1")).has_value());
  CHECK(parse_exact_number("2.50")->is_integer() == false);
  CHECK(parse_exact_number("2.0")->is_integer());
}

TEST_CASE("fractions without a finite decimal expansion are shown as fractions") {
  ExactNumber third;
  third.value = mpq_class(1, 3);
  CHECK(to_decimal_string(third) == "1/3");
}

TEST_CASE("the nearest double, not a truncated one") {
  const auto nearest = [](const char* text) { return nearest_double(*parse_exact_number(text)); };
  CHECK(nearest("8.3") == 8.3);  // truncation gives 8.299999999999999
  CHECK(nearest("0.1") == 0.1);
  CHECK(nearest("-0.1") == -0.1);
  CHECK(nearest("99.961255") == 99.961255);
  CHECK(nearest("0x1F") == 31.0);
  CHECK(nearest("0") == 0.0);
  ExactNumber third;
  third.value = mpq_class(1, 3);
  CHECK(nearest_double(third) == 1.0 / 3.0);
  ExactNumber share;
  share.value = mpq_class(172700, 1757);
  CHECK(nearest_double(share) == 172700.0 / 1757.0);
  // Ties go to even: 2^53 + 1 lies halfway between 2^53 and 2^53 + 2.
  CHECK(nearest("9007199254740993") == 9007199254740992.0);
  CHECK(nearest("9007199254740995") == 9007199254740996.0);
  CHECK(nearest("1e300") == 1e300);
  CHECK(nearest("1e-300") == 1e-300);
  CHECK(std::isinf(nearest(".inf")));
}
