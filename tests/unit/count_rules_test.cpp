// The boundary suite of evaluation, counts: zero counts, minimum counts and frequencies.
#include "rules_fixture.hpp"

using namespace rules_test;
using eval::Verdict;

TEST_CASE("zero count: absent data is no data, one event fails it, never at risk") {
  const auto t = target(TargetKind::zero_count);
  CHECK(Case{t, {}}.verdict() == "no-data");
  const std::vector<Observation> year{count("2021-Q1", "0"), count("2021-Q2", "0"),
                                      count("2021-Q3", "0"), count("2021-Q4", "0")};
  CHECK(Case{t, year}.verdict() == "met");
  const auto so_far = Case{t, {count("2021-Q1", "0")}, "2021-04-30"}.run();
  CHECK(so_far.verdict == Verdict::met);
  CHECK(so_far.provisional);
  auto with_event = year;
  with_event[1] = events("2021-Q2", {"2021-05-04"});
  CHECK(Case{t, with_event, "2021-07-31"}.verdict() == "not-met");
  // A running log of events is known day by day.
  CHECK(Case{t, {events("2021", {})}, "2021-06-30"}.verdict() == "met");
}

TEST_CASE("zero count: \"không có khiếu nại\" with only the first quarter is not met yet") {
  const auto t = target(TargetKind::zero_count);
  const auto r = Case{t, {count("2021-Q1", "0")}}.run();
  CHECK(r.verdict == Verdict::incomplete);
  CHECK(r.coverage.missing ==
        std::vector<Period>{period("2021-Q2"), period("2021-Q3"), period("2021-Q4")});
  // But one event already fails it, whatever is missing.
  CHECK(Case{t, {events("2021-Q1", {"2021-02-01"})}}.verdict() == "not-met");
}

TEST_CASE("counts are exact: 2^64 is not zero") {
  const auto t = target(TargetKind::zero_count);
  const auto r = Case{t, {count("2021", "18446744073709551616")}}.run();
  CHECK(r.verdict == Verdict::not_met);
  CHECK(decimal(r.actual) == "18446744073709551616");
}

TEST_CASE("minimum count: reached, exceeded, and pro rata before the year's end") {
  const auto t = target(TargetKind::minimum_count, std::nullopt, "2");  // "ít nhất 02"
  CHECK(Case{t, {events("2021", {"2021-04-12"})}}.verdict() == "not-met");
  CHECK(Case{t, {events("2021", {"2021-04-12", "2021-08-03"})}}.verdict() == "met");
  CHECK(Case{t, {events("2021", {"2021-04-12", "2021-08-03", "2021-11-19"})}}.verdict() ==
        "exceeded");
  // 30 June: one event against 2 × 181/365 (the log covers 181 days).
  const auto june = Case{t, {events("2021", {"2021-04-12"})}, "2021-06-30"}.run();
  CHECK(june.verdict == Verdict::met);
  CHECK(june.provisional);
  CHECK(june.basis == eval::Basis::elapsed_share);
  CHECK(decimal(june.compared_with) == "362/365");
  // Reached before the end: counts only grow, so it is final.
  const auto early = Case{t, {events("2021", {"2021-02-01", "2021-03-01"})}, "2021-06-30"}.run();
  CHECK(early.verdict == Verdict::met);
  CHECK_FALSE(early.provisional);
  CHECK(Case{t, {events("2021", {})}, "2021-09-30"}.verdict() == "at-risk");
}

TEST_CASE("running sums with an upper bound or an exact number") {
  const auto at_most = target(TargetKind::minimum_count, Comparison::at_most, "2");  // không quá
  CHECK(Case{at_most, {events("2021", {"2021-01-05", "2021-02-05", "2021-03-05"})}, "2021-06-30"}
            .verdict() == "not-met");  // already above: sums only grow
  CHECK(Case{at_most, {events("2021", {"2021-01-05"})}, "2021-06-30"}.verdict() ==
        "at-risk");  // one by June is on course for two and a bit
  CHECK(Case{at_most, {events("2021", {})}, "2021-06-30"}.verdict() == "met");
  const auto exactly = target(TargetKind::minimum_count, Comparison::equal, "4");
  const auto log = [](std::initializer_list<const char*> dates) {
    return std::vector<Observation>{events("2021", dates)};
  };
  CHECK(Case{exactly, log({"2021-01-05"}), "2021-06-30"}.verdict() == "at-risk");  // behind
  CHECK(Case{exactly, log({"2021-01-05", "2021-02-05", "2021-03-05"}), "2021-06-30"}.verdict() ==
        "met");  // on course, not past it
  CHECK(Case{exactly, log({"2021-01-05", "2021-02-05", "2021-03-05", "2021-04-05", "2021-05-05"}),
             "2021-06-30"}
            .verdict() == "not-met");  // past it: an equal target on a sum is lost
}

TEST_CASE("frequency: every sub-period on its own") {
  model::Target t = target(TargetKind::frequency, std::nullopt, "1");
  t.per = model::Cadence::half_year;                                        // "6 tháng/lần"
  CHECK(Case{t, {events("2021", {"2021-03-10"})}}.verdict() == "not-met");  // H2 empty
  CHECK(Case{t, {events("2021", {"2021-03-10", "2021-10-01"})}}.verdict() == "met");
  // 30 September: the first half is done, the second still running: met so far, as a ratio
  // in the same position would be.
  const auto september = Case{t, {events("2021", {"2021-03-10"})}, "2021-09-30"}.run();
  CHECK(september.verdict == Verdict::met);
  CHECK(september.provisional);
  // 31 March: nothing is over yet and nothing done: not yet due.
  CHECK(Case{t, {events("2021", {})}, "2021-03-31"}.verdict() == "not-yet-due");
  // "2 lần/năm" is not "1 lần/6 tháng".
  t.per = model::Cadence::year;
  t.value = n("2");
  CHECK(Case{t, {events("2021", {"2021-01-10", "2021-02-10"})}}.verdict() == "met");
}

TEST_CASE("frequency: a finished sub-period without data is not failed, it is unknown") {
  model::Target t = target(TargetKind::frequency, std::nullopt, "1");
  t.per = model::Cadence::quarter;
  const std::vector<Observation> three{count("2021-Q1", "1"), count("2021-Q3", "1"),
                                       count("2021-Q4", "2")};
  CHECK(Case{t, three}.verdict() == "incomplete");
  auto four = three;
  four.push_back(count("2021-Q2", "0"));
  CHECK(Case{t, four}.verdict() == "not-met");
}

TEST_CASE("frequency: on the last day of a sub-period the rest is still to come") {
  model::Target t = target(TargetKind::frequency, std::nullopt, "1");
  t.per = model::Cadence::quarter;
  const auto june = Case{t, {events("2021", {"2021-02-01", "2021-05-01"})}, "2021-06-30"}.run();
  CHECK(june.verdict == Verdict::met);
  CHECK(june.provisional);  // Q3 and Q4 are still to come
  // Once a year is what it asks, one event settles it.
  t.per = model::Cadence::year;
  const auto once = Case{t, {events("2021", {"2021-02-01"})}, "2021-06-30"}.run();
  CHECK(once.verdict == Verdict::met);
  CHECK_FALSE(once.provisional);
}

TEST_CASE("a count reached with periods missing is still incomplete, at any date") {
  const auto t = target(TargetKind::minimum_count, std::nullopt, "2");
  CHECK(Case{t, {count("2021-Q1", "2")}, "2021-06-30"}.verdict() == "incomplete");  // Q2 missing
  CHECK(Case{t, {count("2021-Q1", "2")}, "2022-01-31"}.verdict() == "incomplete");
  CHECK(Case{t, {count("2021-Q1", "2")}, "2021-04-30"}.verdict() == "met");  // nothing missing
}

TEST_CASE("records of mixed lengths are checked month by month") {
  const auto t = target(TargetKind::zero_count);
  // One count on 31 March is not three months without complaints.
  Observation day = count("2021-Q1", "0");
  day.period = Period{date("2021-03-31"), date("2021-03-31")};
  CHECK(Case{t, {day}, "2021-04-30"}.verdict() == "incomplete");
  // A quarter and a month: May to August are missing on 30 September.
  const auto r = Case{t, {count("2021-Q1", "0"), count("2021-04", "0")}, "2021-09-30"}.run();
  CHECK(r.verdict == Verdict::incomplete);
  CHECK(r.coverage.source == model::CadenceSource::mixed);
  REQUIRE(r.coverage.missing.size() == 5);  // May to September, a month each
  CHECK(r.coverage.missing.front() == period("2021-05"));
  CHECK(r.coverage.missing.back() == period("2021-09"));
}

TEST_CASE("a record across an objective's own dates is not counted") {
  const auto t = target(TargetKind::zero_count);
  // Due 30 June: three complaints over the year cannot be split; the record is not counted.
  CHECK(Case{t, {count("2021", "3")}, "2021-12-31", std::nullopt, std::nullopt, {}, "2021-H1"}
            .verdict() == "no-data");
  // A log of dated events counts the events within the dates.
  CHECK(Case{t,
             {events("2021", {"2021-09-01"})},
             "2021-12-31",
             std::nullopt,
             std::nullopt,
             {},
             "2021-H1"}
            .verdict() == "met");
  CHECK(Case{t,
             {events("2021", {"2021-03-01"})},
             "2021-12-31",
             std::nullopt,
             std::nullopt,
             {},
             "2021-H1"}
            .verdict() == "not-met");
}

TEST_CASE("frequency: nothing recorded and nothing over yet is not yet due") {
  model::Target t = target(TargetKind::frequency, std::nullopt, "1");
  t.per = model::Cadence::quarter;
  CHECK(Case{t, {}, "2021-03-30"}.verdict() == "not-yet-due");
  CHECK(Case{t, {}, "2021-03-31"}.verdict() == "no-data");
}

TEST_CASE("frequency: a piece of a sub-period at the edge of the window is not asked for") {
  model::Target t = target(TargetKind::frequency, std::nullopt, "1");
  t.per = model::Cadence::quarter;
  // Started 20 March: the twelve days of the first quarter are not a quarter of their own.
  Case started{t, {events("2021", {"2021-05-10", "2021-08-10", "2021-11-10"})}, "2022-01-31"};
  eval::TargetInputs in;
  in.target = &started.target;
  in.period = Period{date("2021-03-20"), date("2021-12-31")};
  in.plan_period = period("2021");
  in.as_of = date("2022-01-31");
  in.observations = started.observations;
  CHECK(evaluate_target(in).verdict == Verdict::met);
  // A quarter over with too few is named.
  in.observations = {events("2021", {"2021-05-10", "2021-11-10"})};
  const auto missed = evaluate_target(in);
  CHECK(missed.verdict == Verdict::not_met);
  CHECK(missed.short_periods == std::vector<Period>{period("2021-Q3")});
}
