#include "core/time/date.hpp"

#include <doctest/doctest.h>

using namespace qobj;

TEST_CASE("dates are real calendar days") {
  CHECK(parse_date("2021-12-31").has_value());
  CHECK(parse_date("2020-02-29").has_value());
  CHECK_FALSE(parse_date("2021-02-29").has_value());
  CHECK_FALSE(parse_date("2021-13-01").has_value());
  CHECK_FALSE(parse_date("31/12/2021").has_value());
  CHECK(parse_date("2021-03-05")->to_string() == "2021-03-05");
  CHECK(day_number(*parse_date("1970-01-01")) == 0);
  CHECK(day_number(*parse_date("2021-01-01")) == 18628);
  CHECK(day_number(*parse_date("2000-03-01")) - day_number(*parse_date("2000-02-28")) == 2);
}

TEST_CASE("periods as measurements name them") {
  CHECK(parse_period("2021")->to_string() == "2021-01-01..2021-12-31");
  CHECK(parse_period("2021-02")->to_string() == "2021-02-01..2021-02-28");
  CHECK(parse_period("2020-02")->to_string() == "2020-02-01..2020-02-29");
  CHECK(parse_period("2021-Q3")->to_string() == "2021-07-01..2021-09-30");
  CHECK(parse_period("2021-H2")->to_string() == "2021-07-01..2021-12-31");
  CHECK(parse_period("2021-9M")->to_string() == "2021-01-01..2021-09-30");
  CHECK_FALSE(parse_period("2021-Q5").has_value());
  CHECK_FALSE(parse_period("2021-13").has_value());
  CHECK(length_in_days(*parse_period("2021")) == 365);
  CHECK(length_in_days(*parse_period("2020")) == 366);
  CHECK(parse_period("2021-Q1")->overlaps(*parse_period("2021-02")));
  CHECK_FALSE(parse_period("2021-Q1")->overlaps(*parse_period("2021-04")));
  CHECK(parse_period("2021")->contains(*parse_period("2021-H1")));
}
