#include "core/num/compact_number.hpp"

#include <doctest/doctest.h>

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
  ExactNumber third;
  third.value = mpq_class(1, 3);
  CHECK(round_trips(third));  // no finite decimal: kept on the heap, still exact
  const CompactNumber original(n("1e-30"));
  const CompactNumber copy = original;  // NOLINT: the copy is the point
  CHECK(compare(*copy.get(), n("1e-30")) == 0);
  CHECK(CompactNumber(n(".inf")).get()->kind == ExactNumber::Kind::positive_infinity);
}
