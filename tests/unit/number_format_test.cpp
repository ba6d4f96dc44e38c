#include "core/report/number_format.hpp"

#include <doctest/doctest.h>

using namespace qobj;
using qobj::report::format_against;
using qobj::report::format_number;

namespace {
ExactNumber n(const char* text) {
  return *parse_exact_number(text);
}
}  // namespace

TEST_CASE("numbers in the report's language, rounded half up only for display") {
  CHECK(format_number(n("83372"), Lang::vi, 0) == "83.372");
  CHECK(format_number(n("83372"), Lang::en, 0) == "83,372");
  CHECK(format_number(n("7.5"), Lang::vi, 2) == "7,5");
  CHECK(format_number(n("7.5"), Lang::en, 2) == "7.5");
  CHECK(format_number(n("1234567.891"), Lang::vi, 2) == "1.234.567,89");
  CHECK(format_number(n("2.345"), Lang::en, 2) == "2.35");    // half up
  CHECK(format_number(n("-2.345"), Lang::en, 2) == "-2.35");  // away from zero
  CHECK(format_number(n("0.004"), Lang::en, 2) == "0");
  CHECK(format_number(n("100"), Lang::vi, 2) == "100");
}

TEST_CASE("a value short of its target is never shown as the target") {
  CHECK(format_against(n("99.96"), n("100"), Lang::vi, 0) == "99,96");
  CHECK(format_against(n("99.9996"), n("100"), Lang::en, 2) == "99.9996");
  CHECK(format_against(n("100"), n("100"), Lang::en, 2) == "100");
  CHECK(format_against(n("98.28"), n("95"), Lang::en, 2) == "98.28");
}

TEST_CASE("machine numbers: dot decimal, no grouping, exact when the decimal ends") {
  using qobj::report::machine_number;
  CHECK(machine_number(n("83372")) == "83372");
  CHECK(machine_number(n("99.96")) == "99.96");
  CHECK(machine_number(n("-0.0001")) == "-0.0001");
  ExactNumber third;
  third.value = mpq_class(1, 3);
  CHECK(machine_number(third) == "0.333333");
  third.value = mpq_class(-2, 3);
  CHECK(machine_number(third) == "-0.666667");  // half up, away from zero
}

TEST_CASE("display places: enough decimals never to show a value as its target") {
  using qobj::report::display_places;
  CHECK(display_places(n("100")) == 0);
  CHECK(display_places(n("7.25")) == 2);
  CHECK(display_places(n("0.1234567")) == 6);  // at most 6
  ExactNumber ratio;
  ratio.value = mpq_class(77557, 77587) * 100;  // 99.96133…%, no finite decimal
  CHECK(display_places(ratio) == 2);
  CHECK(display_places(ratio, n("100")) == 2);     // 99.96 already differs from 100
  ratio.value = mpq_class(999999, 1000000) * 100;  // 99.9999
  CHECK(display_places(ratio, n("100")) == 4);
}
