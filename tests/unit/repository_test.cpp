// The repository as a whole, through check_texts and the report spec: which plan is evaluated,
// how references resolve, where baselines come from, what completeness says, and how the
// filters and the --fail-on policy behave. Files are written inline, as a secretary would.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/check/check.hpp"
#include "core/diag/catalogue.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/eval/report_spec.hpp"
#include "core/model/plans.hpp"

using namespace qobj;

namespace {

std::string objectives(const std::string& agency, int year, const std::string& body,
                       const std::string& head = "") {
  return "format: qobj/objectives\nversion: 1\nagency: {id: " + agency + ", name: Cơ quan " +
         agency + "}\nyear: " + std::to_string(year) + "\n" + head + body;
}

std::string measurements(const std::string& agency, int year, const std::string& body) {
  return "format: qobj/measurements\nversion: 1\nagency: " + agency +
         "\nyear: " + std::to_string(year) + "\n" + body;
}

CheckResult check(std::vector<NamedText> files, const char* as_of = "2022-01-31") {
  CheckOptions options;
  options.as_of = parse_date(as_of);
  return check_texts(std::move(files), options);
}

std::vector<std::string> codes(const CheckResult& result) {
  std::vector<std::string> out;
  for (const Diagnostic& d : result.diagnostics) out.emplace_back(message_code(d.message));
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

eval::ReportOutcome report(const CheckResult& checked, const char* as_of = "2022-01-31") {
  eval::ReportSpec spec;
  spec.as_of = *parse_date(as_of);
  return eval::run_report(checked.repository, spec);
}

const eval::ObjectiveEvaluation& objective(const eval::Evaluation& e, const std::string& id) {
  for (const auto& agency : e.agencies) {
    for (const auto& o : agency.objectives) {
      if (o.objective->id == id) return o;
    }
  }
  FAIL("no objective " << id);
  throw std::logic_error("unreachable");
}

std::string verdict(const eval::Evaluation& e, const std::string& id) {
  return std::string(eval::verdict_code(objective(e, id).verdict));
}

const std::string kPlan =
    "    plan: {actions: [a], resources: [b], responsible: c, due: 2021-12-31, evaluation: d}\n";

std::string percentage(const std::string& id, const std::string& value = "100") {
  return "  - id: " + id + "\n    title: Hồ sơ đúng hạn\n" + kPlan +
         "    targets: [{id: dung-han, kind: percentage, comparison: at-least, value: " + value +
         "}]\n";
}

}  // namespace

TEST_CASE("plans: the latest year is evaluated; --year picks another, or says what there is") {
  const auto checked =
      check({{"2020.yaml", objectives("so", 2020, "objectives:\n" + percentage("MT1"))},
             {"2021.yaml", objectives("so", 2021, "objectives:\n" + percentage("MT1"))}});
  CHECK(checked.outcome == CheckOutcome::ok);
  CHECK(report(checked).evaluation.agencies.front().year == 2021);
  eval::ReportSpec spec;
  spec.as_of = *parse_date("2022-01-31");
  spec.year = 2020;
  CHECK(eval::run_report(checked.repository, spec).evaluation.agencies.front().year == 2020);
  spec.year = 2019;
  const auto none = eval::run_report(checked.repository, spec);
  CHECK(none.problem == eval::ReportOutcome::Problem::no_such_year);
  CHECK(none.known == std::vector<std::string>{"2020", "2021"});
}

TEST_CASE("plans: the agency's own file speaks for the plan, even after a unit's file") {
  const std::string unit_file =
      objectives("so", 2021, "unit: van-phong\nobjectives:\n" + percentage("VP1"));
  const std::string agency_file = objectives(
      "so", 2021, "units: [{id: van-phong, name: Văn phòng Sở}]\nobjectives:\n" + percentage("MT1"),
      "period: {start: 2021-04-01, end: 2022-03-31}\n");
  const auto checked = check({{"a-unit.yaml", unit_file}, {"b-agency.yaml", agency_file}});
  const model::Plan* plan = checked.repository.plans->find("so", 2021);
  REQUIRE(plan != nullptr);
  CHECK(plan->period().end == *parse_date("2022-03-31"));
  CHECK(plan->main_file->unit.empty());
  // The unit file's objectives belong to its unit, and are summarised under its name.
  const auto outcome = report(checked, "2022-04-30");
  CHECK(objective(outcome.evaluation, "VP1").objective->unit == "van-phong");
  REQUIRE(outcome.evaluation.agencies.front().units.size() == 1);
  CHECK(outcome.evaluation.agencies.front().units.front().name == "Văn phòng Sở");
}

TEST_CASE("resolution: one rule for records, baselines and the checks") {
  const auto checked =
      check({{"o.yaml",
              objectives("so", 2021,
                         "objectives:\n" + percentage("MT1") +
                             "  - id: MT2\n    title: Hai chỉ tiêu\n" + kPlan +
                             "    targets:\n"
                             "      - {id: a, kind: percentage, comparison: at-least, value: 1}\n"
                             "      - {id: b, kind: percentage, comparison: at-least, value: 1}\n"
                             "  - id: MT3\n    title: Nhóm\n    children:\n"
                             "      - {id: MT3.1, title: Con, targets: [{id: t, kind: "
                             "zero-count}]}\n")}});
  CHECK(checked.outcome == CheckOutcome::ok);
  REQUIRE(checked.repository.plans->find("so", 2021) != nullptr);
  const model::Plan& plan = *checked.repository.plans->find("so", 2021);
  CHECK(plan.resolve("MT1", "").status == model::Resolution::found);
  CHECK(plan.resolve("MT1", "dung-han").target == &plan.objective("MT1")->targets.front());
  CHECK(plan.resolve("MT2", "").status == model::Resolution::target_needed);
  CHECK(plan.resolve("MT2", "c").status == model::Resolution::unknown_target);
  CHECK(plan.resolve("MT3", "").status == model::Resolution::group);
  CHECK(plan.resolve("MT9", "").status == model::Resolution::unknown_objective);
  const auto records =
      check({{"o.yaml", objectives("so", 2021,
                                   "objectives:\n" + percentage("MT1") +
                                       "  - id: MT2\n    title: Hai chỉ tiêu\n" + kPlan +
                                       "    targets:\n"
                                       "      - {id: a, kind: yes-no}\n"
                                       "      - {id: b, kind: yes-no}\n")},
             {"m.yaml", measurements("so", 2021,
                                     "records:\n"
                                     "  - {target: MT2, period: 2021, done: true}\n"
                                     "  - {target: MT2/c, period: 2021, done: true}\n"
                                     "  - {target: MT9, period: 2021, done: true}\n"
                                     "baselines:\n  - {target: MT1/x, year: 2020, value: 1}\n")}});
  const auto found = codes(records);
  CHECK(has(found, "check.target-needed"));
  CHECK(has(found, "check.unknown-target"));
  CHECK(has(found, "check.unknown-objective"));
}

TEST_CASE("baselines: recorded wins, else the baseline year's files, and a difference is shown") {
  const std::string growth =
      "  - id: MT4\n    title: Doanh thu\n" + kPlan +
      "    targets:\n"
      "      - {id: gia-tri, kind: amount, comparison: at-least, value: 100, unit: tỷ đồng}\n"
      "      - {id: tang-truong, kind: growth, baseline_year: 2020, comparison: at-least, "
      "value: 5}\n";
  const std::string then = measurements("so", 2020,
                                        "records:\n  - {target: MT4/gia-tri, period: 2020-H1, "
                                        "value: 50}\n  - {target: MT4/gia-tri, period: 2020-H2, "
                                        "value: 50}\n");
  const std::string now_records =
      "records:\n  - {target: MT4/gia-tri, period: 2021-H1, value: 54}\n"
      "  - {target: MT4/gia-tri, period: 2021-H2, value: 56}\n";
  const std::vector<NamedText> base{
      {"o2020.yaml", objectives("so", 2020, "objectives:\n" + growth)},
      {"m2020.yaml", then},
      {"o2021.yaml", objectives("so", 2021, "objectives:\n" + growth)}};
  auto computed_files = base;
  computed_files.push_back({"m2021.yaml", measurements("so", 2021, now_records)});
  // The evaluation points into the checked files: they are kept while it is read.
  const auto computed_check = check(computed_files);
  CHECK(computed_check.outcome == CheckOutcome::ok);
  const auto computed = report(computed_check);
  const auto& t = objective(computed.evaluation, "MT4").targets.back().result;
  REQUIRE(t.baseline.has_value());
  CHECK(t.baseline->source == eval::BaselineSource::baseline_year_files);
  CHECK(to_decimal_string(t.baseline->value) == "100");
  CHECK(to_decimal_string(*t.actual) == "10");  // 110 against 100

  auto recorded_files = base;
  recorded_files.push_back(
      {"m2021.yaml",
       measurements("so", 2021,
                    now_records + "baselines:\n  - {target: MT4/tang-truong, year: 2020, value: "
                                  "104.5, source: Cục Thống kê}\n")});
  const auto recorded_check = check(recorded_files);
  const auto recorded = report(recorded_check);
  const auto& r = objective(recorded.evaluation, "MT4").targets.back().result;
  REQUIRE(r.baseline.has_value());
  CHECK(r.baseline->source == eval::BaselineSource::measurements);
  CHECK(r.baseline->note == "Cục Thống kê");
  REQUIRE(r.baseline->computed_value.has_value());
  CHECK(to_decimal_string(*r.baseline->computed_value) == "100");
}

TEST_CASE("completeness: a quarter missing is warned about, and the target is not met on it") {
  const std::string o =
      objectives("so", 2021,
                 "objectives:\n  - id: MT1\n    title: Không có khiếu nại\n" + kPlan +
                     "    targets: [{id: khieu-nai, kind: zero-count}]\n");
  const std::string m = measurements("so", 2021,
                                     "records:\n  - {target: MT1, period: 2021-Q1, count: 0}\n"
                                     "  - {target: MT1, period: 2021-Q2, count: 0}\n");
  const auto year_end = check({{"o.yaml", o}, {"m.yaml", m}});
  CHECK(has(codes(year_end), "check.missing-data"));
  CHECK(verdict(report(year_end).evaluation, "MT1") == "incomplete");
  // On 30 June nothing is missing yet: met so far.
  const auto june = check({{"o.yaml", o}, {"m.yaml", m}}, "2021-06-30");
  CHECK_FALSE(has(codes(june), "check.missing-data"));
  const auto so_far = report(june, "2021-06-30");
  CHECK(verdict(so_far.evaluation, "MT1") == "met");
  CHECK(objective(so_far.evaluation, "MT1").provisional);
  // A cadence declared for the file asks for every quarter, even of a target without records.
  const auto declared = check(
      {{"o.yaml", objectives("so", 2021, "objectives:\n" + percentage("MT1") + percentage("MT2"),
                             "cadence: quarter\n")},
       {"m.yaml", measurements("so", 2021,
                               "records:\n  - {target: MT1, period: 2021, numerator: 1, "
                               "denominator: 1}\n")}});
  const auto found = codes(declared);
  CHECK(std::count(found.begin(), found.end(), "check.missing-data") == 1);  // MT2's quarters
}

TEST_CASE("the report spec: --unit, --objective and --fail-on") {
  const auto checked =
      check({{"o.yaml",
              objectives("so", 2021,
                         "units: [{id: vp, name: Văn phòng}]\nobjectives:\n" + percentage("MT1") +
                             "  - id: MT2\n    title: Của phòng\n    unit: vp\n" + kPlan +
                             "    targets: [{id: t, kind: zero-count}]\n")},
             {"m.yaml",
              measurements("so", 2021,
                           "records:\n  - {target: MT1, period: 2021, numerator: 9, "
                           "denominator: 10}\n  - {target: MT2, period: 2021-Q1, count: 0}\n")}});
  eval::ReportSpec spec;
  spec.as_of = *parse_date("2022-01-31");
  spec.fail_on = {eval::Verdict::not_met};
  auto outcome = eval::run_report(checked.repository, spec);
  CHECK(outcome.failing == std::vector<std::string>{"MT1"});
  spec.fail_on = {eval::Verdict::incomplete};
  CHECK(eval::run_report(checked.repository, spec).failing == std::vector<std::string>{"MT2"});
  spec.unit = "vp";
  outcome = eval::run_report(checked.repository, spec);
  REQUIRE(outcome.evaluation.agencies.size() == 1);
  CHECK(outcome.evaluation.agencies.front().objectives.size() == 1);
  CHECK(outcome.evaluation.agencies.front().summary.evaluated == 1);
  spec.unit = "ke-toan";
  outcome = eval::run_report(checked.repository, spec);
  CHECK(outcome.problem == eval::ReportOutcome::Problem::no_such_unit);
  CHECK(outcome.known == std::vector<std::string>{"vp"});
  spec.unit.clear();
  spec.objective = "MT9";
  outcome = eval::run_report(checked.repository, spec);
  CHECK(outcome.problem == eval::ReportOutcome::Problem::no_such_objective);
  CHECK(outcome.known == std::vector<std::string>{"MT1", "MT2"});
}

TEST_CASE("groups of any depth combine bottom-up") {
  const auto checked = check(
      {{"o.yaml", objectives("so", 2021,
                             "objectives:\n  - id: MT4\n    title: Nhóm\n    children:\n"
                             "      - id: MT4.1\n        title: Nhóm con\n        children:\n"
                             "          - id: MT4.1.1\n            title: Con\n" +
                                 std::string(12, ' ') +
                                 "plan: {actions: [a], resources: [b], responsible: c, due: "
                                 "2021-12-31, evaluation: d}\n" +
                                 std::string(12, ' ') + "targets: [{id: t, kind: zero-count}]\n")},
       {"m.yaml",
        measurements("so", 2021, "records:\n  - {target: MT4.1.1, period: 2021, count: 0}\n")}});
  const auto outcome = report(checked);
  CHECK(verdict(outcome.evaluation, "MT4.1.1") == "met");
  CHECK(verdict(outcome.evaluation, "MT4.1") == "met");
  CHECK(verdict(outcome.evaluation, "MT4") == "met");
}

TEST_CASE("withdrawal counts from its date, with its reason") {
  const auto checked = check(
      {{"o.yaml", objectives("so", 2021,
                             "objectives:\n  - id: MT1\n    title: Điều chỉnh\n" + kPlan +
                                 "    withdrawn: {reason: Chuyển nhiệm vụ, date: 2021-07-01}\n"
                                 "    targets: [{id: t, kind: zero-count}]\n")},
       {"m.yaml",
        measurements("so", 2021, "records:\n  - {target: MT1, period: 2021-Q1, count: 1}\n")}});
  CHECK(verdict(report(checked, "2021-06-30").evaluation, "MT1") == "not-met");
  const auto after = report(checked, "2021-07-01");
  CHECK(verdict(after.evaluation, "MT1") == "withdrawn");
  CHECK(objective(after.evaluation, "MT1").objective->withdrawn->reason == "Chuyển nhiệm vụ");
  CHECK(after.evaluation.agencies.front().summary.evaluated == 0);
}

TEST_CASE("a checklist's declared items are its denominator") {
  const auto checked = check(
      {{"o.yaml", objectives("so", 2021,
                             "objectives:\n  - id: MT2\n    title: Nhiệm vụ trọng tâm\n" + kPlan +
                                 "    targets:\n      - id: nv\n        kind: checklist\n"
                                 "        items:\n          - {id: a, name: Đề án A}\n"
                                 "          - {id: b, name: Đề án B}\n"
                                 "          - {id: c, name: Đề án C}\n"
                                 "          - {id: d, name: Đề án D}\n")},
       {"m.yaml", measurements("so", 2021,
                               "records:\n  - target: MT2\n    period: 2021\n    items:\n"
                               "      - {id: a, done: true}\n      - {id: b, done: true}\n"
                               "      - {id: c, done: true}\n")}});
  const auto outcome = report(checked);
  const auto& r = objective(outcome.evaluation, "MT2").targets.front().result;
  CHECK(r.verdict == eval::Verdict::not_met);  // 3 of 4, not "100%"
  CHECK(r.missing_items == std::vector<std::string>{"Đề án D"});
  const auto unknown = check(
      {{"o.yaml", objectives("so", 2021,
                             "objectives:\n  - id: MT2\n    title: Nhiệm vụ\n" + kPlan +
                                 "    targets: [{id: nv, kind: checklist, items: [{id: a, name: "
                                 "A}]}]\n")},
       {"m.yaml", measurements("so", 2021,
                               "records:\n  - {target: MT2, period: 2021, items: [{id: aa, "
                               "done: true}]}\n")}});
  CHECK(has(codes(unknown), "check.unknown-item"));
}

TEST_CASE("surveys: scales, levels and ratings are checked") {
  const auto survey = [](const std::string& target, const std::string& record) {
    return check({{"o.yaml", objectives("so", 2021,
                                        "objectives:\n  - id: MT5\n    title: Hài lòng\n" + kPlan +
                                            "    targets: [" + target + "]\n")},
                  {"m.yaml", measurements("so", 2021, "records:\n" + record)}});
  };
  const std::string share =
      "{id: t, kind: survey, scale: {min: 1, max: 5}, measure: share-at-least, level: 4, "
      "comparison: greater-than, value: 90}";
  CHECK(has(codes(survey(share, "  - {target: MT5, period: 2021, ratings: {\"6\": 3}}\n")),
            "check.outside-scale"));
  CHECK(
      has(codes(survey(share, "  - {target: MT5, period: 2021, ratings: {\"5\": 3, \"05\": 1}}\n")),
          "check.duplicate-rating"));
  CHECK(has(codes(survey(share, "  - {target: MT5, period: 2021, mean: 4.2}\n")),
            "check.survey-needs-ratings"));
  CHECK(has(
      codes(survey(share, "  - {target: MT5, period: 2021, ratings: {\"5\": 3}, responses: 4}\n")),
      "check.responses-mismatch"));
  CHECK(has(codes(survey("{id: t, kind: survey, scale: {min: 5, max: 1}, measure: mean, "
                         "comparison: at-least, value: 3}",
                         "  - {target: MT5, period: 2021, mean: 4}\n")),
            "check.scale-reversed"));
  CHECK(has(codes(survey("{id: t, kind: survey, scale: {min: 1, max: 5}, measure: mean, level: "
                         "4, comparison: at-least, value: 3}",
                         "  - {target: MT5, period: 2021, mean: 4}\n")),
            "check.level-unused"));
  CHECK(has(codes(survey("{id: t, kind: survey, scale: {min: 1, max: 5}, measure: mean, "
                         "comparison: at-least, value: 3}",
                         "  - {target: MT5, period: 2021-H1, mean: 4}\n"
                         "  - {target: MT5, period: 2021-H2, mean: 3, responses: 10}\n")),
            "check.mean-without-responses"));
  CHECK(has(codes(survey(share,
                         "  - {target: MT5, period: 2021, ratings: {\"5\": "
                         "18446744073709551616}}\n")),
            "qobj.number-range"));
}

TEST_CASE("fields that would be ignored are refused") {
  const auto one = [](const std::string& target, const std::string& record) {
    return codes(check({{"o.yaml", objectives("so", 2021,
                                              "objectives:\n  - id: MT1\n    title: T\n" + kPlan +
                                                  "    targets: [" + target + "]\n")},
                        {"m.yaml", measurements("so", 2021, "records:\n" + record)}}));
  };
  const std::string amount =
      "{id: t, kind: amount, comparison: at-least, value: 10, unit: tỷ đồng}";
  CHECK(has(one(amount, "  - {target: MT1, period: 2021, value: 5, excluded: 1}\n"),
            "check.field-unused"));
  CHECK(has(one("{id: t, kind: percentage, comparison: at-least, value: 95}",
                "  - {target: MT1, period: 2021-H1, value: 96}\n"
                "  - {target: MT1, period: 2021-H2, value: 97}\n"),
            "check.ratio-needs-counts"));
  CHECK(has(one("{id: t, kind: growth, baseline_year: 2020}",
                "  - {target: MT1, period: 2021, value: 5}\n"),
            "check.growth-threshold"));
  CHECK(has(one("{id: t, kind: amount, comparison: at-least, value: 10, unit: tỷ đồng, "
                "aggregate: count}",
                "  - {target: MT1, period: 2021, value: 5}\n"),
            "schema.enum"));
  const auto verdicts =
      codes(check({{"o.yaml", objectives("so", 2021,
                                         "objectives:\n  - id: MT1\n    title: T\n" + kPlan +
                                             "    targets: [{id: t, kind: zero-count}]\n")},
                   {"m.yaml", measurements("so", 2021,
                                           "records:\n  - {target: MT1, period: 2021, count: 0}\n"
                                           "evaluations:\n  - {objective: MT1, verdict: met}\n"
                                           "  - {objective: MT1, cause: x}\n")}}));
  CHECK(has(verdicts, "check.verdict-not-yes-no"));
  CHECK(has(verdicts, "check.duplicate-evaluation"));
}

TEST_CASE("a unit's file: its unit must be declared, and its objectives may not name another") {
  const std::string agency = objectives(
      "so", 2021,
      "units: [{id: vp, name: VP}, {id: kt, name: KT}]\nobjectives:\n" + percentage("MT1"));
  const auto conflict =
      check({{"agency.yaml", agency},
             {"vp.yaml", objectives("so", 2021,
                                    "unit: vp\nobjectives:\n  - id: VP1\n    title: T\n"
                                    "    unit: kt\n" +
                                        kPlan + "    targets: [{id: t, kind: zero-count}]\n")}});
  CHECK(has(codes(conflict), "check.unit-conflict"));
  const auto unknown =
      check({{"agency.yaml", agency},
             {"vq.yaml", objectives("so", 2021, "unit: vq\nobjectives:\n" + percentage("VQ1"))}});
  CHECK(has(codes(unknown), "check.unknown-unit"));
}

TEST_CASE("records outside an objective's own dates are not counted, and said so") {
  const auto checked =
      check({{"o.yaml", objectives("so", 2021,
                                   "objectives:\n  - id: MT1\n    title: T\n    due: 2021-06-30\n" +
                                       kPlan + "    targets: [{id: t, kind: zero-count}]\n")},
             {"m.yaml", measurements("so", 2021,
                                     "records:\n  - {target: MT1, period: 2021-H1, count: 0}\n"
                                     "  - {target: MT1, period: 2021-H2, count: 3}\n")}});
  CHECK(has(codes(checked), "check.outside-objective"));
  CHECK(verdict(report(checked).evaluation, "MT1") == "met");  // H2 is after its due date
}

TEST_CASE("refusals found by review: counts for declared items, coarse frequency counts, shares") {
  const auto one = [](const std::string& target, const std::string& records) {
    return codes(check({{"o.yaml", objectives("so", 2021,
                                              "objectives:\n  - id: MT1\n    title: T\n" + kPlan +
                                                  "    targets: [" + target + "]\n")},
                        {"m.yaml", measurements("so", 2021, "records:\n" + records)}}));
  };
  // Declared items are reported item by item: 2 of 2 as counts could not say which.
  CHECK(has(one("{id: t, kind: checklist, items: [{id: a, name: A}, {id: b, name: B}]}",
                "  - {target: MT1, period: 2021, numerator: 2, denominator: 2}\n"),
            "check.field-unused"));
  // "6 tháng/lần": a year's count cannot say which half its events were in.
  CHECK(has(one("{id: t, kind: frequency, value: 1, per: half-year}",
                "  - {target: MT1, period: 2021, count: 2}\n"),
            "check.count-too-coarse"));
  CHECK(has(one("{id: t, kind: percentage, comparison: at-least, value: 95}",
                "  - {target: MT1, period: 2021, value: 150}\n"),
            "check.percent-range"));
  CHECK(has(one("{id: t, kind: survey, scale: {min: 1, max: 5}, measure: mean, comparison: "
                "at-least, value: 4}",
                "  - {target: MT1, period: 2021, ratings: {\"5\": 9, \"4\": 1}, mean: 1.0}\n"),
            "check.field-unused"));
  // Year-to-date figures with aggregate: last overlap by design.
  const auto ytd =
      one("{id: t, kind: amount, comparison: at-least, value: 100, unit: tỷ, "
          "aggregate: last}",
          "  - {target: MT1, period: 2021-Q1, value: 20}\n"
          "  - {target: MT1, period: 2021-H1, value: 45}\n"
          "  - {target: MT1, period: 2021-9M, value: 70}\n"
          "  - {target: MT1, period: 2021, value: 101}\n");
  CHECK_FALSE(has(ytd, "check.duplicate-period"));
  CHECK_FALSE(has(ytd, "check.missing-data"));
}

TEST_CASE("a group withdrawn takes its objectives with it") {
  const auto checked = check(
      {{"o.yaml",
        objectives("so", 2021,
                   "objectives:\n  - id: MT2\n    title: Nhóm\n"
                   "    withdrawn: {reason: Chuyển giao}\n    children:\n"
                   "      - {id: MT2.1, title: Con, targets: [{id: t, kind: zero-count}]}\n")},
       {"m.yaml",
        measurements("so", 2021, "records:\n  - {target: MT2.1, period: 2021, count: 4}\n")}});
  const auto outcome = report(checked);
  CHECK(verdict(outcome.evaluation, "MT2.1") == "withdrawn");
  CHECK(outcome.evaluation.agencies.front().summary.evaluated == 0);
}

TEST_CASE("dates that end before they begin, and a unit's file contradicting its agency's") {
  const auto reversed = codes(check({{"o.yaml", objectives("so", 2021,
                                                           "objectives:\n  - id: MT1\n    title: "
                                                           "T\n    start: 2021-09-01\n    due: "
                                                           "2021-03-31\n" +
                                                               kPlan +
                                                               "    targets: [{id: t, kind: "
                                                               "zero-count}]\n")}}));
  CHECK(has(reversed, "check.reversed-dates"));
  const auto differs = codes(check(
      {{"agency.yaml",
        objectives("so", 2021, "units: [{id: vp, name: VP}]\nobjectives:\n" + percentage("MT1"))},
       {"vp.yaml", objectives("so", 2021, "unit: vp\nobjectives:\n" + percentage("VP1"),
                              "period: {start: 2021-04-01, end: 2022-03-31}\n")}}));
  CHECK(has(differs, "check.unit-file-ignored"));
}

TEST_CASE("a growth target among several amounts says which one it grows") {
  const auto growth = [](const std::string& extra) {
    return codes(check({{"o.yaml", objectives("so", 2021,
                                              "objectives:\n  - id: X1\n    title: T\n" + kPlan +
                                                  "    targets:\n"
                                                  "      - {id: luot, kind: amount, comparison: "
                                                  "at-least, value: 1000, unit: lượt}\n"
                                                  "      - {id: tien, kind: amount, comparison: "
                                                  "at-least, value: 50, unit: tỷ}\n"
                                                  "      - {id: tt, kind: growth, baseline_year: "
                                                  "2020, comparison: at-least, value: 10" +
                                                  extra + "}\n")}}));
  };
  CHECK(has(growth(""), "check.growth-amount-ambiguous"));
  CHECK_FALSE(has(growth(", amount_target: luot"), "check.growth-amount-ambiguous"));
  CHECK(has(growth(", amount_target: gia"), "check.amount-target"));
  const auto negative = codes(
      check({{"o.yaml", objectives("so", 2021,
                                   "objectives:\n  - id: E8\n    title: T\n" + kPlan +
                                       "    targets: [{id: t, kind: growth, baseline_year: 2020, "
                                       "comparison: at-least, value: 10}]\n")},
             {"m.yaml", measurements("so", 2021,
                                     "records:\n  - {target: E8, period: 2021, value: -20}\n"
                                     "baselines:\n  - {target: E8, year: 2020, value: -10}\n")}}));
  CHECK(has(negative, "check.baseline-not-positive"));
}

TEST_CASE("summaries leave out what is not evaluated") {
  const auto checked = check(
      {{"o.yaml",
        objectives(
            "so", 2021,
            "units: [{id: vp, name: VP}]\nobjectives:\n" + percentage("MT1") +
                "  - id: MT2\n    title: Của phòng\n    unit: vp\n" + kPlan +
                "    withdrawn: {reason: Chuyển}\n    targets: [{id: t, kind: zero-count}]\n")},
       {"m.yaml", measurements("so", 2021,
                               "records:\n  - {target: MT1, period: 2021, numerator: 1, "
                               "denominator: 1}\n")}});
  const auto outcome = report(checked);
  CHECK(outcome.evaluation.agencies.front().units.empty());  // vp's only objective is withdrawn
}

TEST_CASE("a checklist record across an objective's dates: its undated items are not counted") {
  const auto found = codes(check(
      {{"o.yaml",
        objectives("so", 2021,
                   "objectives:\n  - id: K1\n    title: T\n    due: 2021-06-30\n" + kPlan +
                       "    targets: [{id: t, kind: checklist, items: [{id: a, name: "
                       "A}]}]\n")},
       {"m.yaml", measurements("so", 2021,
                               "records:\n  - {target: K1, period: 2021, items: [{id: a, done: "
                               "true}]}\n")}}));
  CHECK(has(found, "check.outside-objective"));
}

TEST_CASE("past 200 diagnostics in a file the rest are counted, and the totals stay exact") {
  std::string text =
      "format: qobj/measurements\nversion: 1\nagency: so-x\nyear: 2021\nrecords: []\n";
  for (int i = 0; i < 300; ++i) text += "records: []\n";
  const CheckResult result = check_texts({{"m.yaml", text}}, CheckOptions{});
  CHECK(result.outcome == CheckOutcome::invalid_input);
  CHECK(result.diagnostics.size() == kMaxDiagnosticsPerFile);
  REQUIRE(result.omitted.by_file.count("m.yaml") == 1);
  CHECK(result.omitted.by_file.at("m.yaml").errors == 300 - kMaxDiagnosticsPerFile);
  CHECK(render_check_summary(1, result.diagnostics, {Lang::en, false}, result.omitted) ==
        "1 file checked: 300 errors, 0 warnings\n");
  CHECK(render_omitted(result.omitted, {Lang::en, false}).rfind("m.yaml: 100 more errors", 0) == 0);
}
