// Two levels of target and revisions during the year (docs/evaluation.md): met at the assigned
// level, exceeded at the stretch, on every kind that has a level; the target in force on the
// as-of date; the share of the target an amount reached; and the checks of the levels.
#include <algorithm>
#include <tuple>

#include "core/check/check.hpp"
#include "core/diag/catalogue.hpp"
#include "core/eval/report_spec.hpp"
#include "core/model/level_checks.hpp"
#include "rules_fixture.hpp"

using namespace rules_test;
using eval::Verdict;

namespace {

model::Target with_stretch(model::Target t, const char* stretch) {
  t.stretch = n(stretch);
  return t;
}

model::Revision revision(const char* on, std::optional<const char*> value,
                         std::optional<const char*> stretch) {
  model::Revision r;
  r.date = date(on);
  if (value) r.value = n(*value);
  if (stretch) r.stretch = n(*stretch);
  r.document = "Quyết định số 2352/QĐ-BTC";
  return r;
}

std::vector<std::string> level_codes(const model::Target& t) {
  std::vector<std::string> out;
  for (const auto& f : model::check_target_levels(t, "MT1/t", period("2021")))
    out.emplace_back(message_code(f.message));
  return out;
}

}  // namespace

TEST_CASE("a stretch level: met at the value, exceeded at the stretch, never not met between") {
  // "Thu ngân sách: dự toán 42.000 tỷ đồng, phấn đấu 45.000 tỷ đồng".
  const auto t = with_stretch(target(TargetKind::amount, Comparison::at_least, "42000"), "45000");
  CHECK(Case{t, {value("2021", "41999.9")}}.verdict() == "not-met");
  CHECK(Case{t, {value("2021", "42000")}}.verdict() == "met");
  CHECK(Case{t, {value("2021", "46187")}}.verdict() == "exceeded");
  CHECK(Case{t, {value("2021", "44999.99")}}.verdict() == "met");    // beyond the value: not enough
  CHECK(Case{t, {value("2021", "45000")}}.verdict() == "exceeded");  // at least the stretch
  // Greater-than: the value strictly, the stretch reached ("trên 95%, phấn đấu 98%").
  const auto above =
      with_stretch(target(TargetKind::amount, Comparison::greater_than, "42000"), "45000");
  CHECK(Case{above, {value("2021", "42000")}}.verdict() == "not-met");
  CHECK(Case{above, {value("2021", "44999")}}.verdict() == "met");
  CHECK(Case{above, {value("2021", "45000")}}.verdict() == "exceeded");
  const auto below = with_stretch(target(TargetKind::percentage, Comparison::less_than, "5"), "0");
  CHECK(Case{below, {ratio("2021", "0", "40")}}.verdict() == "exceeded");
  // A limit: "không quá 2 giờ, phấn đấu 1,5 giờ" is exceeded at or below 1,5.
  auto limit = with_stretch(target(TargetKind::amount, Comparison::at_most, "2"), "1.5");
  limit.aggregate = model::Aggregate::mean;
  CHECK(Case{limit, {value("2021", "2.01")}}.verdict() == "not-met");
  CHECK(Case{limit, {value("2021", "1.7")}}.verdict() == "met");
  CHECK(Case{limit, {value("2021", "1.5")}}.verdict() == "exceeded");
}

TEST_CASE("a stretch on percentages, counts, growth and surveys") {
  const auto pct = with_stretch(target(TargetKind::percentage, Comparison::at_least, "95"), "98");
  CHECK(Case{pct, {ratio("2021", "9799", "10000")}}.verdict() == "met");
  CHECK(Case{pct, {ratio("2021", "9800", "10000")}}.verdict() == "exceeded");
  // A percentage known only between its periods' printed figures: exceeded when both ends are.
  CHECK(Case{pct, {value("2021-H1", "97.9"), value("2021-H2", "99")}}.verdict() == "met");
  CHECK(Case{pct, {value("2021-H1", "98.1"), value("2021-H2", "99")}}.verdict() == "exceeded");
  const auto minimum =
      with_stretch(target(TargetKind::minimum_count, Comparison::at_least, "4"), "6");
  CHECK(Case{minimum, {count("2021", "5")}}.verdict() == "met");
  CHECK(Case{minimum, {count("2021", "6")}}.verdict() == "exceeded");
  // Without a stretch an at-least target above its value stays exceeded, as before.
  CHECK(Case{target(TargetKind::minimum_count, Comparison::at_least, "4"), {count("2021", "5")}}
            .verdict() == "exceeded");
  auto growth = with_stretch(target(TargetKind::growth, Comparison::at_least, "7"), "9");
  growth.baseline_year = 2020;
  CHECK(Case{growth, {value("2021", "108")}, "2022-01-31", std::nullopt, n("100")}.verdict() ==
        "met");
  CHECK(Case{growth, {value("2021", "109")}, "2022-01-31", std::nullopt, n("100")}.verdict() ==
        "exceeded");
}

TEST_CASE("mid-year, a stretch is reached only by the whole stretch, not its share") {
  const auto t = with_stretch(target(TargetKind::amount, Comparison::at_least, "42000"), "45000");
  const std::vector<Observation> three{value("2021-Q1", "10500"), value("2021-Q2", "11200"),
                                       value("2021-Q3", "11650")};
  const auto r = Case{t, three, "2021-09-30"}.run();
  CHECK(r.verdict == Verdict::met);  // 33350 ≥ 3/4 of 42000
  CHECK(r.provisional);
  CHECK(decimal(r.plan_percent) == "3335/42");  // 79,40…% of the year's target so far
  const auto whole = Case{t, {value("2021-Q1", "46000")}, "2021-03-31"}.run();
  CHECK(whole.verdict == Verdict::exceeded);
}

TEST_CASE("a limit's stretch mid-year: against its share, like the limit") {
  // "Chi không quá 100, phấn đấu 90": half a year's 50 is on course for 100, not below 90.
  const auto limit = with_stretch(target(TargetKind::amount, Comparison::at_most, "100"), "90");
  const std::vector<Observation> half{value("2021-Q1", "24"), value("2021-Q2", "26")};
  CHECK(Case{limit, half, "2021-07-15"}.verdict() == "met");
  const std::vector<Observation> thrifty{value("2021-Q1", "20"), value("2021-Q2", "24")};
  CHECK(Case{limit, thrifty, "2021-07-15"}.verdict() == "exceeded");  // 44 ≤ 45
  const auto complaints =
      with_stretch(target(TargetKind::minimum_count, Comparison::at_most, "4"), "2");
  CHECK(Case{complaints, {count("2021-Q1", "1"), count("2021-Q2", "1")}, "2021-07-15"}.verdict() ==
        "met");
}

TEST_CASE("the share of the target an amount reached, and of its stretch") {
  const auto t = with_stretch(target(TargetKind::amount, Comparison::at_least, "42000"), "45000");
  const auto r = Case{t, {value("2021", "42320")}}.run();
  CHECK(decimal(r.plan_percent) == "2116/21");  // 100,76…%
  CHECK(decimal(r.stretch_percent) == "4232/45");
  // Not for a limit, nor for a score (its gap in points says it).
  CHECK_FALSE(Case{target(TargetKind::amount, Comparison::at_most, "15"), {value("2021", "12")}}
                  .run()
                  .plan_percent);
  auto score = target(TargetKind::amount, Comparison::at_least, "18");
  score.out_of = n("20");
  CHECK_FALSE(Case{score, {value("2021", "17")}}.run().plan_percent);
}

TEST_CASE("a target's revisions: the level in force on a day") {
  auto t = with_stretch(target(TargetKind::amount, Comparison::at_least, "42000"), "45000");
  t.revisions = {revision("2021-10-01", std::nullopt, "56865"),
                 revision("2021-11-15", "43000", std::nullopt)};
  const model::Revision* in_force = nullptr;
  const auto before = t.as_of(date("2021-09-30"), &in_force);
  CHECK(in_force == nullptr);
  CHECK(to_decimal_string(*before.stretch) == "45000");
  const auto october = t.as_of(date("2021-10-01"), &in_force);
  REQUIRE(in_force == &t.revisions[0]);
  CHECK(to_decimal_string(*october.stretch) == "56865");
  CHECK(to_decimal_string(*october.value) == "42000");
  const auto year_end = t.as_of(date("2022-01-31"), &in_force);
  CHECK(in_force == &t.revisions[1]);
  CHECK(to_decimal_string(*year_end.value) == "43000");
  CHECK(to_decimal_string(*year_end.stretch) == "56865");  // kept from the first revision
}

TEST_CASE("the levels' checks") {
  const auto t = target(TargetKind::amount, Comparison::at_least, "42000");
  CHECK(level_codes(with_stretch(t, "45000")).empty());
  CHECK(level_codes(with_stretch(t, "42000")) ==
        std::vector<std::string>{"check.stretch-not-beyond"});
  CHECK(level_codes(with_stretch(target(TargetKind::amount, Comparison::at_most, "2"), "2.5")) ==
        std::vector<std::string>{"check.stretch-not-beyond"});
  CHECK(level_codes(with_stretch(target(TargetKind::amount, Comparison::equal, "12"), "14")) ==
        std::vector<std::string>{"check.stretch-needs-threshold"});
  auto revised = with_stretch(t, "45000");
  revised.revisions = {revision("2021-10-01", "46000", std::nullopt)};
  CHECK(level_codes(revised) == std::vector<std::string>{"check.stretch-revised-not-beyond"});
  revised.revisions = {revision("2021-10-01", "46000", "50000")};
  CHECK(level_codes(revised).empty());
  revised.revisions = {revision("2021-11-01", "43000", std::nullopt),
                       revision("2021-11-01", "44000", std::nullopt)};
  CHECK(level_codes(revised) == std::vector<std::string>{"check.revision-order"});
  revised.revisions = {revision("2022-01-05", std::nullopt, std::nullopt)};
  CHECK(level_codes(revised) ==
        std::vector<std::string>{"check.revision-empty", "check.revision-outside-year"});
  auto range = target(TargetKind::growth);
  range.range = model::Range{n("7"), n("7.5")};
  range.revisions = {revision("2021-07-01", "8", std::nullopt)};
  CHECK(level_codes(range) == std::vector<std::string>{"check.revision-of-range"});
}

TEST_CASE("a revised target in a report: the revision in force, the original kept") {
  const std::string objectives =
      "format: qobj/objectives\nversion: 1\nagency: {id: cuc-hai-quan, name: Cục Hải quan}\n"
      "year: 2021\nobjectives:\n  - id: MT1\n    title: Thu ngân sách\n    targets:\n"
      "      - {id: thu, kind: amount, comparison: at-least, value: 42000, stretch: 45000,\n"
      "         unit: tỷ đồng, revisions: [{date: 2021-10-01, document: QĐ 2352/QĐ-BTC,\n"
      "         stretch: 56865}]}\n";
  const std::string measurements =
      "format: qobj/measurements\nversion: 1\nagency: cuc-hai-quan\nyear: 2021\nrecords:\n"
      "  - {target: MT1/thu, period: 2021-Q1, value: 10500}\n"
      "  - {target: MT1/thu, period: 2021-Q2, value: 11200}\n"
      "  - {target: MT1/thu, period: 2021-Q3, value: 11650}\n"
      "  - {target: MT1/thu, period: 2021-Q4, value: 12837}\n";
  CheckOptions options;
  const CheckResult checked =
      check_texts({{"o.yaml", objectives}, {"m.yaml", measurements}}, options);
  const auto judged_on = [&](const char* as_of) {
    eval::ReportSpec spec;
    spec.as_of = *parse_date(as_of);
    const auto outcome = eval::run_report(checked.repository, spec);
    const auto& t = outcome.evaluation.agencies.at(0).objectives.at(0).targets.at(0);
    return std::make_tuple(t.result.verdict, t.revision != nullptr,
                           to_decimal_string(*t.target->stretch));
  };
  // Before the revision the stretch is 45.000, which the year's 46.187 exceeds; raised to
  // 56.865 on 1 October, it leaves the year met.
  CHECK(judged_on("2021-09-30") == std::make_tuple(Verdict::met, false, std::string("45000")));
  CHECK(judged_on("2022-01-31") == std::make_tuple(Verdict::met, true, std::string("56865")));
  eval::ReportSpec spec;
  spec.as_of = *parse_date("2022-01-31");
  const auto outcome = eval::run_report(checked.repository, spec);
  const auto& t = outcome.evaluation.agencies.at(0).objectives.at(0).targets.at(0);
  REQUIRE(t.original != nullptr);
  CHECK(to_decimal_string(*t.original->stretch) == "45000");
  CHECK(to_decimal_string(*t.target->stretch) == "56865");
}

TEST_CASE(
    "a revision still to come keeps a verdict 'so far'; one after the objective's end is refused") {
  const auto objectives = [](const char* due, const char* revised_on) {
    return std::string(
               "format: qobj/objectives\nversion: 1\nagency: {id: so-x, name: Sở X}\n"
               "year: 2021\nobjectives:\n  - id: MT1\n    title: Hội nghị đối thoại\n") +
           "    due: " + due +
           "\n    targets:\n      - {id: hn, kind: minimum-count, comparison: at-least, value: 4,\n"
           "         stretch: 6, revisions: [{date: " +
           revised_on + ", document: KH 12/KH-SX, stretch: 8}]}\n";
  };
  const std::string measurements =
      "format: qobj/measurements\nversion: 1\nagency: so-x\nyear: 2021\nrecords:\n"
      "  - target: MT1/hn\n    period: 2021\n    events:\n"
      "      - {date: 2021-01-20, description: a}\n      - {date: 2021-02-20, description: b}\n"
      "      - {date: 2021-03-20, description: c}\n      - {date: 2021-04-20, description: d}\n"
      "      - {date: 2021-05-20, description: e}\n      - {date: 2021-06-20, description: f}\n";
  const auto judged = [&](const CheckResult& checked, const char* as_of) {
    eval::ReportSpec spec;
    spec.as_of = *parse_date(as_of);
    const auto outcome = eval::run_report(checked.repository, spec);
    const auto& t = outcome.evaluation.agencies.at(0).objectives.at(0).targets.at(0);
    return std::make_tuple(t.result.verdict, t.result.provisional, t.ahead.size());
  };
  const CheckResult ahead = check_texts(
      {{"o.yaml", objectives("2021-12-31", "2021-10-01")}, {"m.yaml", measurements}}, {});
  REQUIRE(ahead.outcome == CheckOutcome::ok);
  // Six reach the stretch of 6 in July, but the file says it becomes 8 on 1 October.
  CHECK(judged(ahead, "2021-07-15") == std::make_tuple(Verdict::exceeded, true, std::size_t{1}));
  CHECK(judged(ahead, "2022-01-31") == std::make_tuple(Verdict::met, false, std::size_t{0}));
  // An objective over on 30 June cannot be revised in October.
  const CheckResult late = check_texts(
      {{"o.yaml", objectives("2021-06-30", "2021-10-01")}, {"m.yaml", measurements}}, {});
  std::vector<std::string> codes;
  for (const Diagnostic& d : late.diagnostics) codes.emplace_back(message_code(d.message));
  CHECK(std::find(codes.begin(), codes.end(), "check.revision-outside-year") != codes.end());
  CHECK(judged(late, "2022-01-31") == std::make_tuple(Verdict::exceeded, false, std::size_t{0}));
}
