// The boundary suite of evaluation, amounts: sums and other aggregates, growth and reduction
// against a baseline, and the kinds judged by what is stated (yes-no, deadlines).
#include "rules_fixture.hpp"

using namespace rules_test;
using eval::Verdict;

namespace {

const std::vector<Observation> kFirstHalf{value("2021-Q1", "20515"), value("2021-Q2", "20960")};
const std::vector<Observation> kYear{value("2021-Q1", "20515"), value("2021-Q2", "20960"),
                                     value("2021-Q3", "19874"), value("2021-Q4", "22771")};

}  // namespace

TEST_CASE("amounts: the sum, exactly") {
  const auto t = target(TargetKind::amount, Comparison::at_least, "83372");
  CHECK(Case{t, {value("2021-H1", "40000"), value("2021-H2", "43372")}}.verdict() == "met");
  CHECK(Case{t, {value("2021-H1", "40000"), value("2021-H2", "43371.9")}}.verdict() == "not-met");
  CHECK(Case{t, kYear}.verdict() == "exceeded");
  CHECK(decimal(Case{t, {value("2021", "80000")}}.run().remaining) == "3372");
}

TEST_CASE("amounts mid-year: against the target's share for the quarters the data covers") {
  const auto t = target(TargetKind::amount, Comparison::at_least, "83372");
  // The same two quarters give the same comparison on 30 June and on 29 September.
  for (const char* as_of : {"2021-06-30", "2021-09-29"}) {
    const auto r = Case{t, kFirstHalf, as_of}.run();
    CHECK(r.verdict == Verdict::at_risk);  // 41475 < 41686
    CHECK(decimal(r.compared_with) == "41686");
    CHECK(decimal(r.share) == "0.5");
    CHECK(r.basis == eval::Basis::elapsed_share);
    CHECK_FALSE(r.estimate());  // compared with a share, nothing was estimated
  }
  const auto ahead = Case{t, {value("2021-Q1", "21000"), value("2021-Q2", "21000")}, "2021-06-30"};
  CHECK(ahead.run().verdict == Verdict::met);
  CHECK(ahead.run().provisional);
  // 31 October: Q3 is over and missing.
  CHECK(Case{t, kFirstHalf, "2021-10-31"}.verdict() == "incomplete");
  // An upper bound already passed cannot be recovered.
  const auto limit = target(TargetKind::amount, Comparison::at_most, "1000");
  CHECK(Case{limit, {value("2021-Q1", "600"), value("2021-Q2", "500")}, "2021-06-30"}.verdict() ==
        "not-met");
}

TEST_CASE("amounts: last, mean, min and max") {
  auto t = target(TargetKind::amount, Comparison::at_most, "15");  // "không quá 15 ngày"
  const std::vector<Observation> months{value("2021-H1", "12"), value("2021-H2", "16")};
  t.aggregate = model::Aggregate::last;
  CHECK(Case{t, months}.verdict() == "not-met");
  t.aggregate = model::Aggregate::mean;
  CHECK(decimal(Case{t, months}.run().actual) == "14");
  CHECK(Case{t, months}.verdict() == "met");
  t.aggregate = model::Aggregate::min;
  CHECK(Case{t, months}.verdict() == "met");
  t.aggregate = model::Aggregate::max;
  CHECK(Case{t, months}.verdict() == "not-met");
}

TEST_CASE("scores out of a maximum: the latest figure, never a sum") {
  // "Chỉ số tiến độ giải quyết đạt từ 18/20 điểm" (QĐ 766/QĐ-TTg).
  auto t = target(TargetKind::amount, Comparison::at_least, "18");
  t.out_of = n("20");
  t.unit = "điểm";
  CHECK(t.effective_aggregate() == model::Aggregate::last);
  CHECK(Case{t, {value("2021", "17.35")}}.verdict() == "not-met");
  CHECK(Case{t, {value("2021", "18")}}.verdict() == "met");
  CHECK(Case{t, {value("2021", "19.5")}}.verdict() == "exceeded");
  // Three quarters of 9 points are not 27: the latest figure speaks.
  const std::vector<Observation> quarters{value("2021-Q1", "9"), value("2021-Q2", "9"),
                                          value("2021-Q3", "9")};
  CHECK(decimal(Case{t, quarters, "2021-09-30"}.run().actual) == "9");
  CHECK(Case{t, quarters, "2021-09-30"}.verdict() == "at-risk");
  // The maximum bounds what a score can still become: above 20 of 20 cannot be reached.
  auto beyond = target(TargetKind::amount, Comparison::greater_than, "20");
  beyond.out_of = n("20");
  CHECK(Case{beyond, {value("2021-Q1", "20")}, "2021-03-31"}.verdict() == "not-met");
  beyond.out_of.reset();
  beyond.aggregate = model::Aggregate::last;  // an amount without a maximum: anything above
  CHECK(Case{beyond, {value("2021-Q1", "20")}, "2021-03-31"}.verdict() == "at-risk");
}

TEST_CASE("growth: both ends of a range, from a baseline") {
  model::Target t = target(TargetKind::growth);
  t.range = model::Range{n("7"), n("7.5")};  // "tăng 7% đến 7,5% so năm 2020"
  const auto grow = [&](const char* current) {
    return Case{t, {value("2021", current)}, "2022-01-31", std::nullopt, n("100")}.verdict();
  };
  CHECK(grow("106.99") == "not-met");
  CHECK(grow("107") == "met");    // exactly 7%
  CHECK(grow("107.5") == "met");  // exactly 7.5%
  CHECK(grow("107.51") == "exceeded");
  CHECK(Case{t, {value("2021", "107")}}.verdict() == "no-data");  // no baseline
}

TEST_CASE("growth of an amount: the year's sum, and mid-year the quarters scaled up") {
  const auto t = target(TargetKind::growth, Comparison::at_least, "9.4");  // "tăng 9,4%"
  const auto year = Case{t, {}, "2022-01-31", std::nullopt, n("76210"), kYear}.run();
  CHECK(year.verdict == Verdict::exceeded);
  CHECK(decimal(year.actual) == "79100/7621");  // 84120 / 76210 − 1 = 10.38%
  CHECK_FALSE(year.estimate());
  // Q1–Q2 data is half the year, whatever the date: 41475 × 2 against 76210, +8.84%, labelled
  // an estimate; not +4.94% on 30 June and −30.04% on 29 September.
  for (const char* as_of : {"2021-06-30", "2021-09-29"}) {
    const auto half = Case{t, {}, as_of, std::nullopt, n("76210"), kFirstHalf}.run();
    CHECK(decimal(half.actual) == "67400/7621");
    CHECK(half.estimate());
    CHECK(half.coverage.covered == 2);
    CHECK(half.coverage.parts == 4);
    CHECK(half.verdict == Verdict::at_risk);
  }
}

TEST_CASE("reductions: \"giảm ít nhất 10%\", exceeded when reduced further") {
  model::Target t = target(TargetKind::growth, Comparison::at_least, "10");
  t.direction = model::Direction::decrease;
  const auto cut = [&](const char* current) {
    return Case{t, {value("2021", current)}, "2022-01-31", std::nullopt, n("1000")}.verdict();
  };
  CHECK(cut("880") == "exceeded");  // 12% less
  CHECK(cut("900") == "met");       // exactly 10% less
  CHECK(cut("920") == "not-met");   // 8% less
  CHECK(cut("1100") == "not-met");  // it went up
  model::Target range = target(TargetKind::growth);
  range.direction = model::Direction::decrease;
  range.range = model::Range{n("5"), n("7")};  // "giảm 5% đến 7%"
  const auto within = [&](const char* current) {
    return Case{range, {value("2021", current)}, "2022-01-31", std::nullopt, n("1000")}.verdict();
  };
  CHECK(within("960") == "not-met");
  CHECK(within("940") == "met");
  CHECK(within("920") == "exceeded");
  // Costs summed by quarter only grow: 950 by June is at most a 5% cut for the year.
  CHECK(Case{t,
             {},
             "2021-06-30",
             std::nullopt,
             n("1000"),
             {value("2021-Q1", "500"), value("2021-Q2", "450")}}
            .verdict() == "not-met");
}

TEST_CASE("deadline: due on the as-of date is not yet due; completion is final") {
  model::Target t = target(TargetKind::deadline);
  t.due = date("2021-06-30");
  CHECK(Case{t, {}, "2021-06-30"}.verdict() == "not-yet-due");
  CHECK(Case{t, {}, "2021-07-01"}.verdict() == "not-met");
  Observation done;
  done.period = period("2021-06");
  done.completed = date("2021-06-20");
  const auto r = Case{t, {done}, "2021-12-31"}.run();
  CHECK(r.verdict == Verdict::met);
  CHECK(r.completed == date("2021-06-20"));
  CHECK(decimal(r.gap) == "-10");  // ten days early
  done.completed = date("2021-07-01");
  CHECK(Case{t, {done}, "2021-12-31"}.verdict() == "not-met");
}

TEST_CASE("an objective's own dates bound its evaluation") {
  // Due 30 June, evaluated in December: final, not at risk.
  const auto t = target(TargetKind::minimum_count, std::nullopt, "2");
  CHECK(Case{t,
             {events("2021", {"2021-03-01"})},
             "2021-12-31",
             std::nullopt,
             std::nullopt,
             {},
             "2021-H1"}
            .verdict() == "not-met");
  // Starting in July: nothing is due in May.
  CHECK(Case{t, {}, "2021-05-01", std::nullopt, std::nullopt, {}, "2021-H2"}.verdict() ==
        "not-yet-due");
}

TEST_CASE("yes-no: a year-end verdict counts once the year is over, or from its date") {
  const auto t = target(TargetKind::yes_no);
  const auto judge = [&](const char* as_of, std::optional<model::StatedVerdict> verdict,
                         std::optional<Date> made = std::nullopt) {
    Case c{t, {}, as_of};
    c.stated = verdict;
    c.stated_on = made;
    return c.verdict();
  };
  using model::StatedVerdict;
  CHECK(judge("2022-01-31", StatedVerdict::met) == "met");
  CHECK(judge("2022-01-31", StatedVerdict::not_met) == "not-met");
  CHECK(judge("2021-06-30", StatedVerdict::met) == "not-yet-due");  // not made yet
  CHECK(judge("2021-06-30", StatedVerdict::met, date("2021-06-30")) == "met");
  CHECK(judge("2021-06-29", StatedVerdict::met, date("2021-06-30")) == "not-yet-due");
  CHECK(judge("2022-01-31", std::nullopt) == "no-data");
  Observation done;
  done.period = period("2021-Q1");
  done.done = true;
  const auto so_far = Case{t, {done}, "2021-06-30"}.run();
  CHECK(so_far.verdict == Verdict::met);
  CHECK(so_far.provisional);
}

TEST_CASE("a composite is met only when every part is; incomplete data ranks after no data") {
  using eval::combine;
  CHECK(combine({Verdict::met, Verdict::not_met}) == Verdict::not_met);
  CHECK(combine({Verdict::exceeded, Verdict::met}) == Verdict::met);
  CHECK(combine({Verdict::exceeded, Verdict::exceeded}) == Verdict::exceeded);
  CHECK(combine({Verdict::met, Verdict::no_data}) == Verdict::no_data);
  CHECK(combine({Verdict::met, Verdict::incomplete}) == Verdict::incomplete);
  CHECK(combine({Verdict::incomplete, Verdict::no_data}) == Verdict::no_data);
  CHECK(combine({Verdict::incomplete, Verdict::at_risk}) == Verdict::at_risk);
  CHECK(combine({Verdict::not_yet_due, Verdict::incomplete}) == Verdict::incomplete);
  CHECK(combine({Verdict::withdrawn, Verdict::met}) == Verdict::met);
  CHECK(combine({Verdict::withdrawn}) == Verdict::withdrawn);
}

TEST_CASE("growth against a baseline year with gaps is incomplete, never met") {
  const auto t = target(TargetKind::growth, Comparison::at_least, "5");
  Case c{t, {value("2021", "133")}, "2022-01-31", std::nullopt, n("100")};
  eval::TargetInputs in;
  in.target = &c.target;
  in.period = period("2021");
  in.plan_period = period("2021");
  in.as_of = date("2022-01-31");
  in.observations = c.observations;
  in.baseline = eval::BaselineUsed{};
  in.baseline->value = n("100");
  CHECK(evaluate_target(in).verdict == Verdict::exceeded);
  in.baseline->missing = {period("2020-Q4")};  // 2020 summed without its fourth quarter
  const auto r = evaluate_target(in);
  CHECK(r.verdict == Verdict::incomplete);
}

TEST_CASE("growth of an amount recorded year-to-date takes its latest figure, not their sum") {
  const auto t = target(TargetKind::growth, Comparison::at_least, "10");
  model::Target amount = target(TargetKind::amount, Comparison::at_least, "100");
  amount.aggregate = model::Aggregate::last;
  Case c{t,
         {},
         "2022-01-31",
         std::nullopt,
         n("100"),
         {value("2021-Q1", "40"), value("2021-H1", "70"), value("2021-9M", "90"),
          value("2021", "105")}};
  eval::TargetInputs in;
  in.target = &c.target;
  in.period = period("2021");
  in.plan_period = period("2021");
  in.as_of = date("2022-01-31");
  in.baseline = eval::BaselineUsed{};
  in.baseline->value = n("100");
  in.sibling_amounts = c.siblings;
  in.sibling_target = &amount;
  const auto r = evaluate_target(in);
  CHECK(decimal(r.actual) == "5");  // 105 against 100, not 305
  CHECK(r.verdict == Verdict::not_met);
}

TEST_CASE(
    "an amount past its target mid-year is met so far: a correction may still bring it back") {
  const auto t = target(TargetKind::amount, Comparison::at_least, "100");
  const auto r = Case{t, {value("2021-Q1", "120")}, "2021-03-31"}.run();
  CHECK(r.verdict == Verdict::exceeded);
  CHECK(r.provisional);
  CHECK(r.basis == eval::Basis::period_target);  // compared with the whole target, not a share
}

TEST_CASE("a negative or zero baseline gives no growth in percent") {
  const auto t = target(TargetKind::growth, Comparison::at_least, "10");
  CHECK(Case{t, {value("2021", "-20")}, "2022-01-31", std::nullopt, n("-10")}.verdict() ==
        "no-data");
  CHECK(Case{t, {value("2021", "5")}, "2022-01-31", std::nullopt, n("0")}.verdict() == "no-data");
}

TEST_CASE("running totals (year-to-date): the latest, mid-year against its share") {
  // Hải quan Hải Phòng 2021: "lũy kế 6 tháng 32.975 tỷ đồng" against a year's 56.000.
  auto t = target(TargetKind::amount, Comparison::at_least, "56000");
  t.aggregate = model::Aggregate::year_to_date;
  Observation eight_months = value("2021-H1", "44556");
  eight_months.period = Period{date("2021-01-01"), date("2021-08-31")};
  const std::vector<Observation> totals{value("2021-H1", "32975"), eight_months};
  const auto half = Case{t, {totals[0]}, "2021-07-15"}.run();
  CHECK(half.verdict == Verdict::met);  // 32975 ≥ 28000, half of 56000
  CHECK(half.provisional);
  CHECK(half.basis == eval::Basis::elapsed_share);
  CHECK(decimal(half.compared_with) == "28000");
  CHECK(decimal(half.plan_percent) == "6595/112");  // 58,88%
  // Eight months: the latest total, not the sum of both (77531).
  const auto eight = Case{t, totals, "2021-09-15"}.run();
  CHECK(decimal(eight.actual) == "44556");
  CHECK(decimal(eight.compared_with) == "112000/3");  // 8/12 of 56000
  CHECK(eight.verdict == Verdict::met);
  // Behind its share: at risk, for a total that only grew can still grow.
  CHECK(Case{t, {value("2021-H1", "27999")}, "2021-07-15"}.verdict() == "at-risk");
  // The year's total decides, exactly at the target.
  CHECK(Case{t, {value("2021-H1", "30000"), value("2021", "56000")}}.verdict() == "met");
  CHECK(Case{t, {value("2021-H1", "30000"), value("2021", "55999")}}.verdict() == "not-met");
  // A level under `last` is compared with the whole target at any time: the difference.
  t.aggregate = model::Aggregate::last;
  CHECK(Case{t, {totals[0]}, "2021-07-15"}.verdict() == "at-risk");
}

TEST_CASE("running totals that fell can still fall: an at-most limit is not settled") {
  auto t = target(TargetKind::amount, Comparison::at_most, "100");
  t.aggregate = model::Aggregate::year_to_date;
  // 60 by June is above half of 100: behind on a limit, but totals that fell may fall again.
  const auto fell = Case{t, {value("2021-Q1", "70"), value("2021-H1", "60")}, "2021-07-01"}.run();
  CHECK(fell.verdict == Verdict::at_risk);
  // Totals that only grew past the whole limit cannot come back under it.
  CHECK(Case{t, {value("2021-Q1", "50"), value("2021-H1", "101")}, "2021-07-01"}.verdict() ==
        "not-met");
}

TEST_CASE("growth stated as a rate: the latest, compared as it is, no baseline needed") {
  const auto t = target(TargetKind::growth, Comparison::at_least, "12");  // "tăng ít nhất 12%"
  const auto june = Case{t, {rate("2021-H1", "13.0")}, "2021-07-15"}.run();
  CHECK(june.verdict == Verdict::exceeded);
  CHECK(june.provisional);
  CHECK(june.basis == eval::Basis::stated_rate);
  CHECK_FALSE(june.estimate());
  CHECK(Case{t, {rate("2021-H1", "11.5")}, "2021-07-15"}.verdict() == "at-risk");
  // The year's rate decides: exactly 12 is met, 11.99 not.
  CHECK(Case{t, {rate("2021-H1", "13"), rate("2021", "12")}}.verdict() == "met");
  CHECK(Case{t, {rate("2021-H1", "13"), rate("2021", "11.99")}}.verdict() == "not-met");
  // A reduction target reads a published "giảm 10%" (rate -10) as a reduction of 10.
  auto cut = target(TargetKind::growth, Comparison::at_least, "10");
  cut.direction = model::Direction::decrease;
  CHECK(decimal(Case{cut, {rate("2021", "-10")}}.run().actual) == "10");
  CHECK(Case{cut, {rate("2021", "-10")}}.verdict() == "met");
  CHECK(Case{cut, {rate("2021", "-9.9")}}.verdict() == "not-met");
  CHECK(Case{cut, {rate("2021", "2")}}.verdict() == "not-met");  // it rose
}

TEST_CASE("growth mid-year against the same period of the baseline year") {
  const auto t = target(TargetKind::growth, Comparison::at_least, "9.4");
  eval::SamePeriodBaseline h1;
  h1.this_year = period("2021-H1");
  h1.baseline.value = n("38000");
  h1.baseline.year = 2020;
  h1.baseline.period = period("2020-H1");
  Case c{t, {}, "2021-07-15", std::nullopt, n("76210"), kFirstHalf};
  c.same_period = {h1};
  const auto r = c.run();
  // 41475 against 2020's first half, 38000: +9.14%, as it is, not an estimate.
  CHECK(r.basis == eval::Basis::same_period);
  CHECK_FALSE(r.estimate());
  CHECK(decimal(r.actual) == "695/76");
  CHECK(r.verdict == Verdict::at_risk);
  REQUIRE(r.baseline.has_value());
  CHECK(r.baseline->period == period("2020-H1"));
  // Ahead of the same period: met so far.
  h1.baseline.value = n("37000");
  c.same_period = {h1};
  CHECK(c.run().verdict == Verdict::exceeded);
  CHECK(c.run().provisional);
  // Another span of data (one quarter) has no same-period figure: scaled up, an estimate.
  Case q1{t, {}, "2021-04-15", std::nullopt, n("76210"), {kFirstHalf[0]}};
  q1.same_period = {h1};
  CHECK(q1.run().basis == eval::Basis::annualised);
  // The year over, the whole baseline year decides.
  Case year{t, {}, "2022-01-31", std::nullopt, n("76210"), kYear};
  year.same_period = {h1};
  CHECK(year.run().basis == eval::Basis::period_target);
  CHECK(year.run().verdict == Verdict::exceeded);
}

TEST_CASE("the body's forecast of the year replaces the straight line of an amount") {
  auto t = target(TargetKind::amount, Comparison::at_least, "620");  // "đạt 620 tỷ đồng"
  t.aggregate = model::Aggregate::year_to_date;
  t.stretch = n("650");
  const std::vector<Observation> totals{value("2021-H1", "290"), value("2021-9M", "430")};
  // Without a forecast, 430 after 9 months is behind 465 (3/4 of 620): at risk.
  Case c{t, totals, "2021-10-15"};
  CHECK(c.run().verdict == Verdict::at_risk);
  CHECK(c.run().basis == eval::Basis::elapsed_share);
  // "Ước cả năm 640 tỷ đồng": the forecast against the whole target, met so far.
  c.forecast = forecast("2021-09-30", "640");
  const auto r = c.run();
  CHECK(r.basis == eval::Basis::forecast);
  CHECK(r.verdict == Verdict::met);
  CHECK(r.provisional);
  CHECK(decimal(r.actual) == "430");  // the actual stays the total so far
  CHECK(decimal(r.compared_with) == "620");
  CHECK(decimal(r.gap) == "20");  // the forecast's gap to the whole target
  CHECK(decimal(r.remaining) == "190");
  CHECK_FALSE(r.share.has_value());
  REQUIRE(r.forecast.has_value());
  // Exactly the target is met; a unit below it at risk; at the stretch exceeded.
  c.forecast = forecast("2021-09-30", "620");
  CHECK(c.run().verdict == Verdict::met);
  c.forecast = forecast("2021-09-30", "619.99");
  CHECK(c.run().verdict == Verdict::at_risk);
  c.forecast = forecast("2021-09-30", "650");
  CHECK(c.run().verdict == Verdict::exceeded);
  // Once the year is over the data alone decides, whatever was forecast.
  Case year{t, {value("2021-H1", "290"), value("2021", "610")}};
  year.forecast = forecast("2021-09-30", "640");
  CHECK(year.run().verdict == Verdict::not_met);
  CHECK(year.run().basis == eval::Basis::period_target);
  // A limit: a forecast above it is at risk, and totals past it are lost whatever the forecast.
  auto limit = target(TargetKind::amount, Comparison::at_most, "100");
  Case spent{limit, {value("2021-H1", "40")}, "2021-07-15"};
  spent.forecast = forecast("2021-06-30", "105");
  CHECK(spent.run().verdict == Verdict::at_risk);
  spent.observations = {value("2021-H1", "101")};
  spent.forecast = forecast("2021-06-30", "99");
  CHECK(spent.run().verdict == Verdict::not_met);
}

TEST_CASE("a growth forecast: its rate, or its value against the baseline year") {
  const auto t = target(TargetKind::growth, Comparison::at_least, "12");
  // Published rates say 12.4% after nine months; the body expects 11.5% for the year.
  Case rates{t, {rate("2021-9M", "12.4")}, "2021-10-15"};
  CHECK(rates.run().verdict == Verdict::exceeded);
  rates.forecast = forecast("2021-09-30", nullptr, "11.5");
  const auto r = rates.run();
  CHECK(r.basis == eval::Basis::forecast);
  CHECK(decimal(r.actual) == "11.5");
  CHECK(r.verdict == Verdict::at_risk);
  // A value against the baseline: 1310000 / 1200000 − 1 = 9.1666…%.
  const auto eight = target(TargetKind::growth, Comparison::at_least, "8");
  Case from_amount{
      eight,
      {},
      "2021-10-15",
      std::nullopt,
      n("1200000"),
      {value("2021-Q1", "310000"), value("2021-Q2", "280000"), value("2021-Q3", "330000")}};
  from_amount.forecast = forecast("2021-09-30", "1310000");
  const auto g = from_amount.run();
  CHECK(g.basis == eval::Basis::forecast);
  CHECK(decimal(g.actual) == "55/6");
  CHECK(g.verdict == Verdict::exceeded);
  CHECK(g.provisional);
  // A forecast alone, with no data of the year, is not a result.
  Case nothing{t, {}, "2021-10-15", std::nullopt, n("100")};
  nothing.forecast = forecast("2021-09-30", nullptr, "13");
  CHECK(nothing.run().basis != eval::Basis::forecast);
}

TEST_CASE("a forecast never changes what the data already settles") {
  // "Chi không quá 120 tỷ đồng" and a cut of at least 10% on 2020's 100: 95 spent by June.
  auto cut = target(TargetKind::growth, Comparison::at_least, "10");
  cut.direction = model::Direction::decrease;
  const std::vector<Observation> spent{value("2021-Q1", "50"), value("2021-Q2", "45")};
  Case c{cut, {}, "2021-07-15", model::Cadence::quarter, n("100"), spent};
  // A forecast of the year below what is already spent cannot come true: not used.
  c.forecast = forecast("2021-06-30", "85");
  CHECK(c.run().basis != eval::Basis::forecast);
  CHECK(c.run().verdict == Verdict::not_met);
  // A rate the data rules out (95 already spent: at best a 5% cut) is not used either.
  c.forecast = forecast("2021-06-30", nullptr, "-15");
  CHECK(c.run().verdict == Verdict::not_met);
  // A growth already certain (120 earned against 100: at least +20%) stays met.
  const auto rise = target(TargetKind::growth, Comparison::at_least, "20");
  Case earned{rise,         {},
              "2021-07-15", model::Cadence::quarter,
              n("100"),     {value("2021-Q1", "60"), value("2021-Q2", "60")}};
  earned.forecast = forecast("2021-06-30", nullptr, "5");
  CHECK(earned.run().basis != eval::Basis::forecast);
  CHECK(is_met(earned.run().verdict));
  // An amount's forecast below its total so far (values ≥ 0) is not used.
  auto amount = target(TargetKind::amount, Comparison::at_least, "620");
  Case total{amount, {value("2021-H1", "400")}, "2021-07-15"};
  total.forecast = forecast("2021-06-30", "390");
  CHECK(total.run().basis == eval::Basis::elapsed_share);
}

TEST_CASE("published rates: the one from the year's start speaks, a quarter's own does not") {
  const auto t = target(TargetKind::growth, Comparison::at_least, "9");
  // H1's rate, then the quarters' own: Q4's 15% is not the year's growth.
  const auto own = Case{t, {rate("2021-H1", "2"), rate("2021-Q3", "3"), rate("2021-Q4", "15")}};
  const auto r = own.run();
  CHECK(r.verdict == Verdict::incomplete);
  CHECK(decimal(r.actual) == "2");  // the rate from the start, for H1
  REQUIRE_FALSE(r.coverage.missing.empty());
  CHECK(r.coverage.missing.back() == period("2021-H2"));
  // The year's rate decides, whatever the halves.
  CHECK(Case{t, {rate("2021-H1", "13"), rate("2021", "9")}}.verdict() == "met");
  CHECK(Case{t, {rate("2021-H1", "13"), rate("2021", "8.9")}}.verdict() == "not-met");
  // Mid-year, nine months' rate is the result so far.
  CHECK(Case{t, {rate("2021-H1", "5"), rate("2021-9M", "9.5")}, "2021-10-15"}.verdict() ==
        "exceeded");
  // Only a quarter's own rate: nothing from the start to judge by.
  CHECK(Case{t, {rate("2021-Q2", "12")}, "2021-07-15"}.verdict() == "incomplete");
  // A target that says how its quarters' rates combine takes them as it says.
  auto each = t;
  each.aggregate = model::Aggregate::min;
  CHECK(Case{each,
             {rate("2021-Q1", "9.5"), rate("2021-Q2", "10"), rate("2021-Q3", "9"),
              rate("2021-Q4", "12")}}
            .verdict() == "met");
}
