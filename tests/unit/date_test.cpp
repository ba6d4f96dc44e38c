#include "core/time/date.hpp"

#include <doctest/doctest.h>

#include "core/diag/period_wording.hpp"
#include "core/time/coverage.hpp"

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

TEST_CASE("sub-periods, merged runs and the gaps they leave") {
  const Period year = *parse_period("2021");
  const auto quarters = sub_periods(year, 3);
  REQUIRE(quarters.size() == 4);
  CHECK(quarters[2] == *parse_period("2021-Q3"));
  // A fiscal year from April: its quarters start in April.
  const Period fiscal{*parse_date("2021-04-01"), *parse_date("2022-03-31")};
  CHECK(sub_periods(fiscal, 3).back() == *parse_period("2022-Q1"));
  CHECK(whole_months(*parse_period("2021-Q2")) == 3);
  CHECK_FALSE(whole_months(Period{*parse_date("2021-01-02"), *parse_date("2021-03-31")}));
  const auto merged =
      merge_periods({*parse_period("2021-Q2"), *parse_period("2021-Q1"), *parse_period("2021-09")});
  REQUIRE(merged.size() == 2);  // Q1 and Q2 join; September stands apart
  CHECK(merged[0] == *parse_period("2021-H1"));
  CHECK(covers(merged, *parse_period("2021-05")));
  CHECK_FALSE(covers(merged, *parse_period("2021-Q3")));
  const auto gaps = uncovered(merged, year);
  REQUIRE(gaps.size() == 2);
  CHECK(gaps[0] == Period{*parse_date("2021-07-01"), *parse_date("2021-08-31")});
  CHECK(gaps[1] == *parse_period("2021-Q4"));
  CHECK(period_code(*parse_period("2021-Q3")) == "2021-Q3");
  CHECK(period_code(*parse_period("2021-07")) == "2021-07");
  CHECK(period_code(gaps[0]) == "{start: 2021-07-01, end: 2021-08-31}");
}

TEST_CASE("periods in words, in either language") {
  CHECK(period_wording(*parse_period("2021-Q3"), Lang::vi) == "quý III/2021");
  CHECK(period_wording(*parse_period("2021-Q3"), Lang::en) == "Q3 2021");
  CHECK(period_wording(*parse_period("2021-07"), Lang::vi) == "tháng 7/2021");
  CHECK(period_wording(*parse_period("2021-H2"), Lang::vi) == "6 tháng cuối năm 2021");
  CHECK(period_wording(*parse_period("2021"), Lang::vi) == "năm 2021");
  CHECK(periods_wording({*parse_period("2021-Q3"), *parse_period("2021-Q4")}, Lang::vi) ==
        "quý III, quý IV năm 2021");
  CHECK(periods_wording({*parse_period("2021-Q3"), *parse_period("2021-Q4")}, Lang::en) ==
        "Q3, Q4 2021");
  CHECK(period_wording(Period{*parse_date("2021-03-01"), *parse_date("2021-03-15")}, Lang::vi) ==
        "01/03/2021–15/03/2021");
}

TEST_CASE("runs of months and quarters are named as runs") {
  std::vector<Period> months{*parse_period("2021-03")};
  for (const char* m : {"2021-07", "2021-08", "2021-09", "2021-10", "2021-11", "2021-12"})
    months.push_back(*parse_period(m));
  CHECK(periods_wording(months, Lang::vi) == "tháng 3, tháng 7–12 năm 2021");
  CHECK(periods_wording(months, Lang::en) == "Mar, Jul–Dec 2021");
  CHECK(periods_wording(
            {*parse_period("2021-Q2"), *parse_period("2021-Q3"), *parse_period("2021-Q4")},
            Lang::vi) == "quý II–IV năm 2021");
}
