// The boundary suite of evaluation: each rule at the edge where the verdict changes.
#include "core/eval/target_rules.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace qobj;
using namespace qobj::eval;
using model::Comparison;
using model::TargetKind;

namespace {

ExactNumber n(const char* text) {
  return *parse_exact_number(text);
}
Period period(const char* text) {
  return *parse_period(text);
}
Date date(const char* text) {
  return *parse_date(text);
}

model::Target target(TargetKind kind, std::optional<Comparison> comparison = std::nullopt,
                     const char* value = nullptr) {
  model::Target t;
  t.id = "t";
  t.kind = kind;
  t.comparison = comparison;
  if (value != nullptr) t.value = n(value);
  return t;
}

Observation ratio(const char* when, const char* numerator, const char* denominator) {
  Observation o;
  o.period = period(when);
  o.numerator = n(numerator);
  o.denominator = n(denominator);
  return o;
}

Observation value(const char* when, const char* v) {
  Observation o;
  o.period = period(when);
  o.value = n(v);
  return o;
}

TargetResult run(const model::Target& t, std::vector<Observation> observations,
                 const char* as_of = "2022-01-31",
                 std::optional<ExactNumber> baseline = std::nullopt,
                 std::vector<Observation> siblings = {}) {
  TargetInputs in;
  in.target = &t;
  in.period = period("2021");
  in.as_of = date(as_of);
  in.observations = std::move(observations);
  if (baseline) {
    in.baseline = BaselineUsed{};
    in.baseline->value = *baseline;
  }
  in.sibling_amounts = std::move(siblings);
  return evaluate_target(in);
}

std::string verdict_of(const TargetResult& r) {
  return std::string(verdict_code(r.verdict));
}

}  // namespace

TEST_CASE("percentage thresholds: strict and inclusive, exactly") {
  const auto at_least_100 = target(TargetKind::percentage, Comparison::at_least, "100");
  CHECK(verdict_of(run(at_least_100, {ratio("2021", "9996", "10000")})) ==
        "not-met");  // 99.96% is not 100%
  CHECK(verdict_of(run(at_least_100, {ratio("2021", "10000", "10000")})) == "met");
  const auto above_95 =
      target(TargetKind::percentage, Comparison::greater_than, "95");  // "trên 95%"
  CHECK(verdict_of(run(above_95, {ratio("2021", "95", "100")})) == "not-met");
  CHECK(verdict_of(run(above_95, {ratio("2021", "951", "1000")})) == "met");
  const auto from_95 = target(TargetKind::percentage, Comparison::at_least, "95");  // "ít nhất 95%"
  CHECK(verdict_of(run(from_95, {ratio("2021", "95", "100")})) == "met");
  CHECK(verdict_of(run(from_95, {ratio("2021", "96", "100")})) == "exceeded");
  const auto at_most_2 =
      target(TargetKind::percentage, Comparison::at_most, "2");  // "không quá 2%"
  CHECK(verdict_of(run(at_most_2, {ratio("2021", "2", "100")})) == "met");
  CHECK(verdict_of(run(at_most_2, {ratio("2021", "201", "10000")})) == "not-met");
}

TEST_CASE("percentage: the ratio of sums, no data is never zero") {
  const auto t = target(TargetKind::percentage, Comparison::greater_than, "95");
  const auto r = run(t, {ratio("2021-Q1", "826", "842"), ratio("2021-Q2", "901", "915")});
  CHECK(to_decimal_string(*r.actual) == "172700/1757");  // (826+901)/(842+915) × 100, exact
  CHECK(r.series.size() == 2);
  CHECK(verdict_of(run(t, {ratio("2021", "0", "0")})) == "no-data");  // a denominator of 0
  CHECK(verdict_of(run(t, {})) == "no-data");
}

TEST_CASE("mid-year: a ratio that misses its target is at risk, not failed") {
  const auto t = target(TargetKind::percentage, Comparison::at_least, "100");
  CHECK(verdict_of(run(t, {ratio("2021-Q1", "99", "100")}, "2021-06-30")) == "at-risk");
  // Q3 is unknown on 30 June: its record does not count yet.
  CHECK(verdict_of(run(t, {ratio("2021-Q1", "10", "10"), ratio("2021-Q3", "1", "10")},
                       "2021-06-30")) == "met");
}

TEST_CASE("growth: both ends of a range, from a baseline") {
  model::Target t = target(TargetKind::growth);
  t.range = std::pair(n("7"), n("7.5"));  // "tăng 7% đến 7,5% so năm 2020"
  const auto grow = [&](const char* current) {
    return verdict_of(run(t, {value("2021", current)}, "2022-01-31", n("100")));
  };
  CHECK(grow("106.99") == "not-met");
  CHECK(grow("107") == "met");    // exactly 7%
  CHECK(grow("107.5") == "met");  // exactly 7.5%
  CHECK(grow("107.51") == "exceeded");
  CHECK(verdict_of(run(t, {value("2021", "107")})) == "no-data");  // no baseline
}

TEST_CASE("growth of an amount: the year's sum against the baseline") {
  model::Target t = target(TargetKind::growth, Comparison::at_least, "9.4");  // "tăng 9,4%"
  const std::vector<Observation> quarters{value("2021-Q1", "20515"), value("2021-Q2", "20960"),
                                          value("2021-Q3", "19874"), value("2021-Q4", "22771")};
  const auto r = run(t, {}, "2022-01-31", n("76210"), quarters);
  CHECK(verdict_of(r) == "exceeded");  // 84120 / 76210 − 1 = 10.38%
  CHECK_FALSE(r.estimate);
  const auto half = run(t, {}, "2021-06-30", n("76210"), quarters);
  CHECK(half.estimate);  // half a year scaled to a whole one
}

TEST_CASE("amounts: cumulative, pro rata mid-year") {
  const auto t = target(TargetKind::amount, Comparison::at_least, "83372");
  CHECK(verdict_of(run(t, {value("2021-H1", "40000"), value("2021-H2", "43372")})) == "met");
  CHECK(verdict_of(run(t, {value("2021-H1", "40000"), value("2021-H2", "43371.9")})) == "not-met");
  const auto ahead = run(t, {value("2021-H1", "42000")}, "2021-06-30");
  CHECK(verdict_of(ahead) == "met");
  CHECK(ahead.estimate);
  CHECK(verdict_of(run(t, {value("2021-H1", "30000")}, "2021-06-30")) == "at-risk");
  CHECK(to_decimal_string(*run(t, {value("2021", "80000")}).remaining) == "3372");
}

TEST_CASE("zero count: absent data is no data, one event fails it, never at risk") {
  const auto t = target(TargetKind::zero_count);
  CHECK(verdict_of(run(t, {})) == "no-data");
  Observation zero;
  zero.period = period("2021-Q1");
  zero.count = n("0");
  CHECK(verdict_of(run(t, {zero})) == "met");
  CHECK(verdict_of(run(t, {zero}, "2021-04-30")) == "met");
  Observation event;
  event.period = period("2021-Q2");
  event.events = {date("2021-05-04")};
  CHECK(verdict_of(run(t, {zero, event}, "2021-07-31")) == "not-met");
}

TEST_CASE("checklist: one missing item fails it and is named") {
  model::Target t = target(TargetKind::checklist, Comparison::at_least, "100");
  Observation o;
  o.period = period("2021");
  o.items = {{"a", "Đề án chuyển đổi số", true},
             {"b", "Quy hoạch tỉnh", false},
             {"c", "Đầu tư công", true}};
  const auto r = run(t, {o});
  CHECK(verdict_of(r) == "not-met");
  CHECK(r.missing_items == std::vector<std::string>{"Quy hoạch tỉnh"});
  o.items[1].done = true;
  CHECK(verdict_of(run(t, {o})) == "met");
}

TEST_CASE("frequency: every sub-period on its own") {
  model::Target t = target(TargetKind::frequency, std::nullopt, "1");
  t.per = "half-year";  // "6 tháng/lần"
  Observation first;
  first.period = period("2021");
  first.events = {date("2021-03-10")};
  CHECK(verdict_of(run(t, {first})) == "not-met");  // the second half is empty
  CHECK(verdict_of(run(t, {first}, "2021-09-30")) == "not-yet-due");
  first.events.push_back(date("2021-10-01"));
  CHECK(verdict_of(run(t, {first})) == "met");
  t.per = "year";
  t.value = n("2");  // "2 lần/năm" is not "1 lần/6 tháng"
  Observation both;
  both.period = period("2021");
  both.events = {date("2021-01-10"), date("2021-02-10")};
  CHECK(verdict_of(run(t, {both})) == "met");
}

TEST_CASE("deadline: due on the as-of date is not yet due") {
  model::Target t = target(TargetKind::deadline);
  t.due = date("2021-06-30");
  CHECK(verdict_of(run(t, {}, "2021-06-30")) == "not-yet-due");
  CHECK(verdict_of(run(t, {}, "2021-07-01")) == "not-met");
  Observation done;
  done.period = period("2021-06");
  done.completed = date("2021-06-30");
  CHECK(verdict_of(run(t, {done}, "2021-12-31")) == "met");
  done.completed = date("2021-07-01");
  CHECK(verdict_of(run(t, {done}, "2021-12-31")) == "not-met");
}

TEST_CASE("yes-no: a year-end verdict counts once the year is over, or from its date") {
  const auto t = target(TargetKind::yes_no);
  const auto judge = [&](const char* as_of, std::optional<bool> verdict,
                         std::optional<Date> made = std::nullopt) {
    TargetInputs in;
    in.target = &t;
    in.period = period("2021");
    in.as_of = date(as_of);
    in.year_end_verdict = verdict;
    in.year_end_date = made;
    return verdict_of(evaluate_target(in));
  };
  CHECK(judge("2022-01-31", true) == "met");
  CHECK(judge("2022-01-31", false) == "not-met");
  CHECK(judge("2021-06-30", true) == "not-yet-due");  // the year-end evaluation is not made yet
  CHECK(judge("2021-06-30", true, date("2021-06-30")) == "met");  // made on the as-of date
  CHECK(judge("2021-06-29", true, date("2021-06-30")) == "not-yet-due");
  CHECK(judge("2022-01-31", std::nullopt) == "no-data");
}

TEST_CASE("minimum count and survey") {
  const auto procedures = target(TargetKind::minimum_count, std::nullopt, "2");  // "ít nhất 02"
  Observation events;
  events.period = period("2021");
  events.events = {date("2021-04-12"), date("2021-08-03")};
  CHECK(verdict_of(run(procedures, {events})) == "met");
  events.events.push_back(date("2021-11-19"));
  CHECK(verdict_of(run(procedures, {events})) == "exceeded");

  model::Target survey = target(TargetKind::survey, Comparison::greater_than, "90");
  survey.measure = "share-at-least";
  survey.level = 4;
  Observation ratings;
  ratings.period = period("2021");
  ratings.ratings = {{2, 10}, {4, 45}, {5, 45}};  // exactly 90% at 4 or above
  CHECK(verdict_of(run(survey, {ratings})) == "not-met");
  ratings.ratings[5] = 46;
  CHECK(verdict_of(run(survey, {ratings})) == "met");
}

TEST_CASE("a composite is met only when every part is; groups follow their objectives") {
  CHECK(combine({Verdict::met, Verdict::not_met}) == Verdict::not_met);
  CHECK(combine({Verdict::exceeded, Verdict::met}) == Verdict::met);
  CHECK(combine({Verdict::exceeded, Verdict::exceeded}) == Verdict::exceeded);
  CHECK(combine({Verdict::met, Verdict::no_data}) == Verdict::no_data);
  CHECK(combine({Verdict::at_risk, Verdict::no_data}) == Verdict::at_risk);
  CHECK(combine({Verdict::withdrawn, Verdict::met}) == Verdict::met);
  CHECK(combine({Verdict::withdrawn}) == Verdict::withdrawn);
}
