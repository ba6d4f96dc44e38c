#include "core/num/compact_number.hpp"

#include <doctest/doctest.h>

#include <utility>

using namespace qobj;

namespace {
ExactNumber n(const char* text) {
  return *parse_exact_number(text);
}
bool round_trips(const ExactNumber& number) {
  const auto back = CompactNumber(number).get();
  return back && compare(*back, number) == 0;
}
}  // namespace

TEST_CASE("compact numbers give back exactly what they were given") {
  CHECK_FALSE(CompactNumber().has_value());
  CHECK_FALSE(CompactNumber(std::nullopt).get().has_value());
  for (const char* text : {"0", "-7", "83372", "99.96", "-0.0001", "9223372036854775807",
                           "92233720368547758070", "1e-30", "123456789.123456789"}) {
    INFO(text);
    CHECK(round_trips(n(text)));
  }
  // No finite decimal: kept as a fraction of 32-bit integers, or on the heap, still exact.
  for (const auto& terms : {std::pair<long, unsigned long>{1, 3},
                            {-320, 19},
                            {2147483647, 4294967291UL},
                            {-2147483647, 3},
                            {2147483648L, 3},
                            {1, 4294967311UL}}) {
    ExactNumber fraction;
    fraction.value = mpq_class(mpz_class(terms.first), mpz_class(terms.second));
    fraction.value.canonicalize();
    // Clang cannot capture a structured binding in INFO's lambda: the pair's members instead.
    INFO(terms.first, "/", terms.second);
    CHECK(round_trips(fraction));
  }
  const CompactNumber original(n("1e-30"));
  const CompactNumber copy = original;  // NOLINT: the copy is the point
  CHECK(compare(*copy.get(), n("1e-30")) == 0);
  CHECK(CompactNumber(n(".inf")).get()->kind == ExactNumber::Kind::positive_infinity);
}

TEST_CASE("a compact number reads as an optional exact number, moves and resets") {
  CompactNumber big(n("1e-30"));  // on the heap
  CompactNumber small(n("99.5"));
  CHECK(static_cast<bool>(big));
  CHECK(compare(*small, n("99.5")) == 0);
  CHECK(small->value == mpq_class(199, 2));
  const std::optional<ExactNumber> as_optional = small;
  REQUIRE(as_optional.has_value());
  CHECK(compare(*as_optional, n("99.5")) == 0);
  CompactNumber moved = std::move(big);
  CHECK(compare(moved.value(), n("1e-30")) == 0);
  CHECK_FALSE(big.has_value());  // NOLINT: moved-from is absent, by design
  moved = small;                 // the heap number is given back, the decimal copied
  CHECK(compare(*moved, n("99.5")) == 0);
  moved = std::move(small);
  CHECK(compare(*moved, n("99.5")) == 0);
  moved.reset();
  CHECK_FALSE(moved);
  CompactNumber assigned;
  assigned = n("1e-30");
  const CompactNumber& same = assigned;
  assigned = same;  // assigned to itself, it keeps its number
  CHECK(compare(*assigned, n("1e-30")) == 0);
}
