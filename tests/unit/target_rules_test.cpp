// The boundary suite of evaluation, ratios: percentages, checklists and surveys, each rule at
// the edge where the verdict changes (docs/evaluation.md).
#include "rules_fixture.hpp"

using namespace rules_test;
using eval::Verdict;

TEST_CASE("percentage thresholds: strict and inclusive, exactly") {
  const auto at_least_100 = target(TargetKind::percentage, Comparison::at_least, "100");
  // 99.96% is not 100%.
  CHECK(Case{at_least_100, {ratio("2021", "9996", "10000")}}.verdict() == "not-met");
  CHECK(Case{at_least_100, {ratio("2021", "10000", "10000")}}.verdict() == "met");
  const auto above_95 = target(TargetKind::percentage, Comparison::greater_than, "95");  // trên
  CHECK(Case{above_95, {ratio("2021", "95", "100")}}.verdict() == "not-met");
  CHECK(Case{above_95, {ratio("2021", "951", "1000")}}.verdict() == "met");
  const auto from_95 = target(TargetKind::percentage, Comparison::at_least, "95");  // ít nhất
  CHECK(Case{from_95, {ratio("2021", "95", "100")}}.verdict() == "met");
  CHECK(Case{from_95, {ratio("2021", "96", "100")}}.verdict() == "exceeded");
  const auto at_most_2 = target(TargetKind::percentage, Comparison::at_most, "2");  // không quá
  CHECK(Case{at_most_2, {ratio("2021", "2", "100")}}.verdict() == "met");
  CHECK(Case{at_most_2, {ratio("2021", "201", "10000")}}.verdict() == "not-met");
}

TEST_CASE("percentage: the ratio of sums by default, no data is never zero") {
  const auto t = target(TargetKind::percentage, Comparison::greater_than, "95");
  const auto r = Case{t, {ratio("2021-H1", "826", "842"), ratio("2021-H2", "901", "915")}}.run();
  CHECK(decimal(r.actual) == "172700/1757");  // (826+901)/(842+915) × 100, exact
  CHECK(r.series.size() == 2);
  // Weighted by the counts: 50 of 100 and 900 of 900 are 95%, not the mean 75%.
  const auto from_95 = target(TargetKind::percentage, Comparison::at_least, "95");
  CHECK(Case{from_95, {ratio("2021-H1", "50", "100"), ratio("2021-H2", "900", "900")}}.verdict() ==
        "met");
  CHECK(Case{t, {ratio("2021", "0", "0")}}.verdict() == "no-data");  // a denominator of 0
  CHECK(Case{t, {}}.verdict() == "no-data");
  // One percentage reported for the year: nothing to combine.
  CHECK(Case{t, {value("2021", "98.5")}}.verdict() == "met");
}

TEST_CASE("percentage: periods that give only percentages bound the ratio of sums") {
  // The year's ratio is a mean of the quarters' ratios weighted by counts not given: between
  // the lowest and the highest, judged at both ends.
  const auto above_97 = target(TargetKind::percentage, Comparison::greater_than, "97");
  const std::vector<Observation> quarters{value("2021-Q1", "99.19"), value("2021-Q2", "98.4"),
                                          value("2021-Q3", "97.85"), value("2021-Q4", "98.9")};
  const auto met = Case{above_97, quarters, "2022-01-31", model::Cadence::quarter}.run();
  CHECK(met.basis == eval::Basis::bounded);
  CHECK(decimal(met.actual_low) == "97.85");
  CHECK(decimal(met.actual_high) == "99.19");
  CHECK(decimal(met.actual) == "97.85");  // the end the verdict rests on
  CHECK(met.verdict == eval::Verdict::met);
  CHECK_FALSE(met.reported);  // no definition: a percentage is an ordinary value
  // The quarters straddle 98,5%: the counts that would decide it are missing, never "met".
  const auto above_98_5 = target(TargetKind::percentage, Comparison::greater_than, "98.5");
  CHECK(Case{above_98_5, quarters, "2022-01-31", model::Cadence::quarter}.verdict() ==
        "incomplete");
  // Every quarter below: not met.
  const auto above_99_5 = target(TargetKind::percentage, Comparison::greater_than, "99.5");
  CHECK(Case{above_99_5, quarters, "2022-01-31", model::Cadence::quarter}.verdict() == "not-met");
  // At most: the highest decides.
  const auto at_most_99_5 = target(TargetKind::percentage, Comparison::at_most, "99.5");
  const auto low = Case{at_most_99_5, quarters, "2022-01-31", model::Cadence::quarter}.run();
  CHECK(decimal(low.actual) == "99.19");
  CHECK(low.verdict == eval::Verdict::met);
  // A period with counts takes part with its ratio: 50 of 100 pulls the lowest end to 50%.
  const auto mixed = Case{above_97,
                          {ratio("2021-H1", "50", "100"), value("2021-H2", "99")},
                          "2022-01-31",
                          model::Cadence::half_year}
                         .run();
  CHECK(decimal(mixed.actual_low) == "50");
  CHECK(mixed.verdict == eval::Verdict::incomplete);
  // Mid-year, quarters to come can move it anywhere: met so far only when both ends meet.
  CHECK(
      Case{above_97, {quarters[0], quarters[1]}, "2021-06-30", model::Cadence::quarter}.verdict() ==
      "met");
  CHECK(Case{above_98_5, {quarters[0], quarters[1]}, "2021-06-30", model::Cadence::quarter}
            .verdict() == "at-risk");
  // A one-stop target's percentages are marked as reported; with pending dossiers in its
  // ratio they cannot be bounded (its year is not a mean of its quarters).
  auto resolved = above_97;
  resolved.definition = model::OneStopDefinition::resolved;
  CHECK(Case{resolved, quarters, "2022-01-31", model::Cadence::quarter}.run().reported);
  auto due = above_97;
  due.definition = model::OneStopDefinition::due;
  CHECK(Case{due, quarters, "2022-01-31", model::Cadence::quarter}.run().basis !=
        eval::Basis::bounded);
}

TEST_CASE("percentage: a one-stop system's printed percentage is a rounding") {
  // "99,00%" is anything from 98,995 to 99,005: against "từ 99%" it is not known to be met.
  auto from_99 = target(TargetKind::percentage, Comparison::at_least, "99");
  from_99.definition = model::OneStopDefinition::resolved;
  const auto printed = Case{from_99, {value("2021", "99.00")}, "2022-01-31"}.run();
  CHECK(printed.verdict == Verdict::incomplete);
  CHECK(printed.basis == eval::Basis::bounded);
  CHECK(decimal(printed.actual_low) == "98.995");
  CHECK(decimal(printed.actual_high) == "99.005");
  CHECK(printed.reported);
  // Printed to one decimal, the half unit is wider: 99,0 is 98,95–99,05.
  CHECK(decimal(Case{from_99, {value("2021", "99.0")}, "2022-01-31"}.run().actual_low) == "98.95");
  // Clear of the target at both ends: judged. 99,01 is at least 99,005.
  CHECK(Case{from_99, {value("2021", "99.01")}, "2022-01-31"}.verdict() == "exceeded");
  CHECK(Case{from_99, {value("2021", "98.99")}, "2022-01-31"}.verdict() == "not-met");
  // Never beyond 0–100: "100%" is 99,5–100.
  const auto hundred = Case{from_99, {value("2021", "100")}, "2022-01-31"}.run();
  CHECK(decimal(hundred.actual_high) == "100");
  CHECK(decimal(hundred.actual_low) == "99.5");
  // Quarters: each widened by its own rounding.
  const auto quarters = Case{from_99,
                             {value("2021-Q1", "99.5"), value("2021-Q2", "99.00")},
                             "2021-06-30",
                             model::Cadence::quarter}
                            .run();
  CHECK(decimal(quarters.actual_low) == "98.995");
  CHECK(decimal(quarters.actual_high) == "99.55");
  // A percentage written without a definition is the secretary's own figure: exact.
  const auto own = target(TargetKind::percentage, Comparison::at_least, "99");
  CHECK(Case{own, {value("2021", "99.00")}, "2022-01-31"}.verdict() == "met");
}

TEST_CASE("percentage: every aggregate the schema allows means what it says") {
  auto t = target(TargetKind::percentage, Comparison::at_least, "95");
  const std::vector<Observation> quarters{value("2021-Q1", "90"), value("2021-Q2", "94"),
                                          value("2021-Q3", "99"), value("2021-Q4", "96")};
  t.aggregate = model::Aggregate::last;
  CHECK(decimal(Case{t, quarters}.run().actual) == "96");
  CHECK(Case{t, quarters}.verdict() == "exceeded");
  t.aggregate = model::Aggregate::min;
  CHECK(decimal(Case{t, quarters}.run().actual) == "90");
  CHECK(Case{t, quarters}.verdict() == "not-met");
  t.aggregate = model::Aggregate::max;
  CHECK(decimal(Case{t, quarters}.run().actual) == "99");
  t.aggregate = model::Aggregate::mean;
  CHECK(decimal(Case{t, quarters}.run().actual) == "94.75");
  CHECK(Case{t, quarters}.verdict() == "not-met");
}

TEST_CASE("percentage mid-year: met so far, at risk, or already failed") {
  const auto all = target(TargetKind::percentage, Comparison::at_least, "100");
  // One late dossier: 100% for the year can no longer be reached.
  CHECK(Case{all, {ratio("2021-Q1", "99", "100"), ratio("2021-Q2", "100", "100")}, "2021-06-30"}
            .verdict() == "not-met");
  const auto so_far = Case{all, {ratio("2021-Q1", "100", "100")}, "2021-04-30"}.run();
  CHECK(so_far.verdict == Verdict::met);
  CHECK(so_far.provisional);
  // Q3 is unknown on 30 June: its record does not count yet.
  CHECK(
      Case{all,
           {ratio("2021-Q1", "10", "10"), ratio("2021-Q2", "5", "5"), ratio("2021-Q3", "1", "10")},
           "2021-06-30"}
          .verdict() == "met");
  const auto above_95 = target(TargetKind::percentage, Comparison::greater_than, "95");
  CHECK(Case{above_95, {ratio("2021-Q1", "94", "100")}, "2021-04-30"}.verdict() == "at-risk");
  // The year over, the last figure is final.
  CHECK(Case{all, {ratio("2021-Q1", "100", "100")}, "2022-01-31", std::nullopt, {}, {}, "2021-Q1"}
            .run()
            .provisional == false);
}

TEST_CASE("percentage with gaps: never met on what it has") {
  const auto all = target(TargetKind::percentage, Comparison::at_least, "100");
  const std::vector<Observation> three{ratio("2021-Q1", "10", "10"), ratio("2021-Q2", "12", "12"),
                                       ratio("2021-Q3", "9", "9")};
  const auto r = Case{all, three}.run();
  CHECK(r.verdict == Verdict::incomplete);  // Q4 missing, cadence read off the records
  REQUIRE(r.coverage.missing.size() == 1);
  CHECK(r.coverage.missing.front() == period("2021-Q4"));
  CHECK(r.coverage.covered == 3);
  auto late = three;
  late[1] = ratio("2021-Q2", "11", "12");
  CHECK(Case{all, late}.verdict() == "not-met");  // what it has already fails
  const auto above_95 = target(TargetKind::percentage, Comparison::greater_than, "95");
  CHECK(
      Case{above_95,
           {ratio("2021-Q1", "9", "10"), ratio("2021-Q2", "9", "10"), ratio("2021-Q3", "9", "10")}}
          .verdict() == "incomplete");  // 90% so far, but Q4 could lift it
  // The worst quarter can only get worse: a minimum already below fails.
  auto worst = target(TargetKind::percentage, Comparison::at_least, "95");
  worst.aggregate = model::Aggregate::min;
  CHECK(Case{worst, {value("2021-Q1", "94")}, "2022-01-31", model::Cadence::quarter}.verdict() ==
        "not-met");
  // A mean of four quarters with three missing is at most (50 + 3 × 100) / 4 = 87.5.
  auto mean = target(TargetKind::percentage, Comparison::at_least, "95");
  mean.aggregate = model::Aggregate::mean;
  CHECK(Case{mean, {value("2021-Q1", "50")}, "2022-01-31", model::Cadence::quarter}.verdict() ==
        "not-met");
  CHECK(Case{mean, {value("2021-Q1", "85")}, "2022-01-31", model::Cadence::quarter}.verdict() ==
        "incomplete");
  // A declared cadence finer than the records: a year record covers every quarter.
  CHECK(Case{all, {ratio("2021", "5", "5")}, "2022-01-31", model::Cadence::quarter}.verdict() ==
        "met");
}

TEST_CASE("checklist: the declared items are the denominator, unreported is not done") {
  model::Target t = target(TargetKind::checklist, Comparison::at_least, "100");
  t.items = {{"a", "Đề án chuyển đổi số", {}},
             {"b", "Quy hoạch tỉnh", {}},
             {"c", "Đầu tư công", {}},
             {"d", "Cải cách hành chính", {}}};
  Observation o;
  o.period = period("2021");
  o.items = {item("a", "", true), item("b", "", false), item("c", "Đầu tư công", true)};
  const auto r = Case{t, {o}}.run();
  CHECK(decimal(r.actual) == "50");  // 2 of 4: "d" was never reported
  CHECK(r.items_done == 2);
  CHECK(r.items_total == 4);
  CHECK(r.verdict == Verdict::not_met);
  CHECK(r.missing_items == std::vector<std::string>{"Quy hoạch tỉnh", "Cải cách hành chính"});
  // A later record speaks for an item over an earlier one.
  Observation later;
  later.period = period("2021-Q4");
  later.items = {item("b", "", true), item("d", "", true)};
  o.period = period("2021-Q1");
  CHECK(Case{t, {o, later}}.verdict() == "met");
  CHECK(Case{t, {}}.verdict() == "no-data");
}

TEST_CASE("checklist mid-year: items count from their dates, against the elapsed share") {
  model::Target t = target(TargetKind::checklist, Comparison::at_least, "100");
  t.items = {{"a", "A", {}}, {"b", "B", {}}};
  Observation o;
  o.period = period("2021");
  o.items = {item("a", "A", true, date("2021-03-01")), item("b", "B", true, date("2021-09-10"))};
  // 30 June: A is done, B's date is still to come: 50% against 100% × 181/365.
  const auto june = Case{t, {o}, "2021-06-30"}.run();
  CHECK(decimal(june.actual) == "50");
  CHECK(june.basis == eval::Basis::elapsed_share);
  CHECK(decimal(june.compared_with) == "3620/73");
  CHECK(june.verdict == Verdict::met);
  CHECK(june.provisional);
  // 15 July: 50% is behind 100% × 196/365.
  CHECK(Case{t, {o}, "2021-07-15"}.verdict() == "at-risk");
  CHECK(Case{t, {o}}.verdict() == "met");  // both done by the year's end
}

TEST_CASE("checklist from the data when none is declared") {
  model::Target t = target(TargetKind::checklist, Comparison::at_least, "100");
  Observation o;
  o.period = period("2021");
  o.items = {item("a", "Đề án chuyển đổi số", true), item("b", "Quy hoạch tỉnh", false),
             item("c", "Đầu tư công", true)};
  const auto r = Case{t, {o}}.run();
  CHECK(r.verdict == Verdict::not_met);
  CHECK(r.missing_items == std::vector<std::string>{"Quy hoạch tỉnh"});
}

TEST_CASE("survey: shares and means, weighted by the responses") {
  model::Target share = target(TargetKind::survey, Comparison::greater_than, "90");
  share.measure = model::SurveyMeasure::share_at_least;
  share.level = n("4");
  share.scale = model::Scale{n("1"), n("5")};
  // Exactly 90% at 4 or above is not "trên 90%".
  CHECK(Case{share, {ratings("2021", {{"2", "10"}, {"4", "45"}, {"5", "45"}})}}.verdict() ==
        "not-met");
  CHECK(Case{share, {ratings("2021", {{"2", "10"}, {"4", "45"}, {"5", "46"}})}}.verdict() == "met");

  model::Target mean = target(TargetKind::survey, Comparison::greater_than, "3.2");
  mean.scale = model::Scale{n("1"), n("5")};
  CHECK(decimal(Case{
            mean,
            {ratings("2021", {{"1", "0"}, {"2", "3"}, {"3", "20"}, {"4", "150"}, {"5", "139"}})}}
                    .run()
                    .actual) == "1361/312");
  // Two halves' means combine by their responses: (4 × 100 + 3 × 300) / 400 = 3.25; neither
  // the last (3) nor the mean of the means (3.5).
  Observation first, second;
  first.period = period("2021-H1");
  first.mean = n("4");
  first.responses = n("100");
  second.period = period("2021-H2");
  second.mean = n("3");
  second.responses = n("300");
  const auto r = Case{mean, {first, second}}.run();
  CHECK(decimal(r.actual) == "3.25");
  CHECK(r.verdict == Verdict::met);  // "trên 3,2": above is what it asks
}

TEST_CASE("a mean of monthly records under a quarterly cadence leaves the months to come open") {
  auto t = target(TargetKind::percentage, Comparison::at_least, "90");
  t.aggregate = model::Aggregate::mean;
  std::vector<Observation> months;
  for (const char* m : {"2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06"})
    months.push_back(value(m, "85"));
  // Six months at 85% with six to come at up to 100%: at risk, not lost.
  CHECK(Case{t, months, "2021-06-30", model::Cadence::quarter}.verdict() == "at-risk");
}

TEST_CASE("checklist: items outside the objective's dates, and a later record undoing one") {
  model::Target t = target(TargetKind::checklist, Comparison::at_least, "100");
  t.items = {{"a", "A", {}}, {"b", "B", {}}};
  Observation o;
  o.period = period("2021");
  o.items = {item("a", "A", true, date("2021-03-01")), item("b", "B", true, date("2021-07-10"))};
  // Due 30 June: B done in July does not count, even judged in December.
  CHECK(Case{t, {o}, "2021-12-31", std::nullopt, std::nullopt, {}, "2021-H1"}.verdict() ==
        "not-met");
  // Undated items of a record for the whole year cannot be placed in January–June.
  Observation undated;
  undated.period = period("2021");
  undated.items = {item("a", "A", true), item("b", "B", true)};
  CHECK(Case{t, {undated}, "2021-12-31", std::nullopt, std::nullopt, {}, "2021-H1"}.verdict() ==
        "no-data");
  // Met in the first quarter, but a later record may say an item is not done after all.
  model::Target half = target(TargetKind::checklist, Comparison::at_least, "50");
  half.items = t.items;
  Observation first;
  first.period = period("2021-Q1");
  first.items = {item("a", "A", true)};
  const auto march = Case{half, {first}, "2021-03-31"}.run();
  CHECK(march.verdict == Verdict::met);
  CHECK(march.provisional);
}
