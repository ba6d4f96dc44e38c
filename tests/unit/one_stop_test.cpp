// The one-stop form's arithmetic (definitions on published figures, identities, periods added
// up with their stocks) and what the repository makes of records taken from it: the target's
// definition, the reporting year that runs 15/12 to 14/12, stocks never summed.
#include "core/model/one_stop.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/check/check.hpp"
#include "core/diag/catalogue.hpp"
#include "core/eval/report_spec.hpp"
#include "core/time/coverage.hpp"

using namespace qobj;
using model::OneStopColumn;
using model::OneStopCounts;
using model::OneStopDefinition;

namespace {

OneStopCounts counts(std::initializer_list<std::pair<OneStopColumn, long>> cells) {
  OneStopCounts c;
  for (const auto& [column, value] : cells) c[column] = mpq_class(value);
  return c;
}

// The percentage to 0.01 %, rounded half up, as the press prints it.
std::string percent(const model::RatioTerms& t) {
  const mpq_class hundredths = t.numerator * 10000 / t.denominator + mpq_class(1, 2);
  ExactNumber n;
  n.value = mpq_class(mpz_class(hundredths.get_num() / hundredths.get_den()), 100);
  n.value.canonicalize();
  return to_decimal_string(n);
}

std::vector<std::string> codes(const CheckResult& result) {
  std::vector<std::string> out;
  for (const Diagnostic& d : result.diagnostics) out.emplace_back(message_code(d.message));
  return out;
}

const char* kObjectives = R"(format: qobj/objectives
version: 1
agency: {id: so-x, name: Sở X}
year: 2026
objectives:
  - id: MT2
    title: Hồ sơ TTHC giải quyết trước và đúng hạn
    plan: {actions: [a], resources: [b], responsible: c, due: 2026-12-31, evaluation: d}
    targets: [{id: dung-han, kind: percentage, comparison: greater-than, value: 95, DEFINITION}]
)";

std::string objectives(const std::string& definition) {
  std::string text = kObjectives;
  text.replace(text.find("DEFINITION"), 10, definition);
  return text;
}

// A quarter of the one-stop shop's year 2026 (15/12/2025 to 14/12/2026).
std::string quarter(int q, const std::string& data) {
  const Date start = add_months(Date{2025, 12, 15}, 3 * (q - 1));
  return "  - {target: MT2/dung-han, period: {start: " + start.to_string() +
         ", end: " + end_of_months(start, 3).to_string() + "}, " + data + "}\n";
}

std::string measurements(const std::string& records, const std::string& head =
                                                         "reporting_year: {start: 2025-12-15, end: "
                                                         "2026-12-14}\n") {
  return "format: qobj/measurements\nversion: 1\nagency: so-x\nyear: 2026\n" + head + "records:\n" +
         records;
}

CheckResult check(const std::string& objectives_text, const std::string& measurements_text,
                  const char* as_of = "2027-01-31") {
  CheckOptions options;
  options.as_of = parse_date(as_of);
  return check_texts({{"objectives.yaml", objectives_text}, {"m.yaml", measurements_text}},
                     options);
}

eval::TargetResult result(const eval::ReportOutcome& outcome) {
  return outcome.evaluation.agencies.front().objectives.front().targets.front().result;
}

eval::ReportOutcome report(const CheckResult& checked, const char* as_of = "2027-01-31") {
  eval::ReportSpec spec;
  spec.as_of = *parse_date(as_of);
  return eval::run_report(checked.repository, spec);
}

const std::string kColumns =
    "one_stop: {received: 110, received_online: 60, received_in_person: 40, carried_over: 10, "
    "resolved: 100, resolved_early: 80, resolved_on_time: 15, resolved_late: 5, pending: 10, "
    "pending_in_time: 8, pending_late: 2}";

bool has(const CheckResult& result, const std::string& code) {
  const auto all = codes(result);
  return std::find(all.begin(), all.end(), code) != all.end();
}

}  // namespace

TEST_CASE("one-stop: each definition on the published figures") {
  // Lâm Đồng, October 2019: 15 487 of 15 641 resolved before or on time = 99,02 %.
  const auto lam_dong = model::apply_definition(
      OneStopDefinition::resolved,
      counts({{OneStopColumn::resolved, 15641}, {OneStopColumn::resolved_in_time, 15487}}));
  REQUIRE(lam_dong.terms);
  CHECK(percent(*lam_dong.terms) == "99.02");
  // Vĩnh Phúc, Q3 2021, "due": 14 064 / 14 101 = 99,74 %.
  const auto vinh_phuc = model::apply_definition(OneStopDefinition::due,
                                                 counts({{OneStopColumn::resolved_early, 9000},
                                                         {OneStopColumn::resolved_on_time, 5064},
                                                         {OneStopColumn::resolved_late, 30},
                                                         {OneStopColumn::pending_late, 7}}));
  REQUIRE(vinh_phuc.terms);
  CHECK(vinh_phuc.terms->numerator == 14064);
  CHECK(vinh_phuc.terms->denominator == 14101);
  CHECK(percent(*vinh_phuc.terms) == "99.74");

  const OneStopCounts row = counts({{OneStopColumn::received_online, 60},
                                    {OneStopColumn::received_in_person, 40},
                                    {OneStopColumn::resolved, 100},
                                    {OneStopColumn::resolved_early, 80},
                                    {OneStopColumn::resolved_on_time, 15},
                                    {OneStopColumn::resolved_late, 3},
                                    {OneStopColumn::pending, 10},
                                    {OneStopColumn::pending_in_time, 8},
                                    {OneStopColumn::pending_late, 2}});
  const auto terms = [&](OneStopDefinition d) {
    const auto r = model::apply_definition(d, row);
    REQUIRE(r.terms);
    return std::pair(r.terms->numerator, r.terms->denominator);
  };
  CHECK(terms(OneStopDefinition::resolved) == std::pair(mpq_class(95), mpq_class(100)));
  CHECK(terms(OneStopDefinition::resolved_without_returned) ==
        std::pair(mpq_class(95), mpq_class(98)));
  CHECK(terms(OneStopDefinition::due) == std::pair(mpq_class(95), mpq_class(100)));
  CHECK(terms(OneStopDefinition::qd766) == std::pair(mpq_class(103), mpq_class(110)));
  CHECK(terms(OneStopDefinition::online) == std::pair(mpq_class(60), mpq_class(100)));

  // A definition names the columns it lacks.
  const auto older = model::apply_definition(OneStopDefinition::qd766,
                                             counts({{OneStopColumn::resolved_in_time, 95}}));
  CHECK_FALSE(older.terms);
  CHECK(older.missing == std::vector<OneStopColumn>{OneStopColumn::pending_in_time,
                                                    OneStopColumn::resolved,
                                                    OneStopColumn::pending});
}

TEST_CASE("one-stop: the form's identities, and periods added up with their stocks") {
  // Lâm Đồng, Q1 2020: 635 593 + 7 677 = 643 270 against a printed 643 272.
  const auto gaps = model::identity_gaps(counts({{OneStopColumn::received, 643272},
                                                 {OneStopColumn::received_online, 635593},
                                                 {OneStopColumn::received_in_person, 7677},
                                                 {OneStopColumn::carried_over, 0}}));
  REQUIRE(gaps.size() == 1);
  CHECK(gaps[0].total == OneStopColumn::received);
  CHECK(gaps[0].total_value - gaps[0].parts_sum == 2);

  const OneStopCounts q1 = counts({{OneStopColumn::received, 110},
                                   {OneStopColumn::received_online, 60},
                                   {OneStopColumn::received_in_person, 40},
                                   {OneStopColumn::carried_over, 10},
                                   {OneStopColumn::resolved_in_time, 90},
                                   {OneStopColumn::pending_late, 4}});
  const OneStopCounts q2 = counts({{OneStopColumn::received, 85},
                                   {OneStopColumn::received_online, 50},
                                   {OneStopColumn::received_in_person, 15},
                                   {OneStopColumn::carried_over, 20},
                                   {OneStopColumn::resolved_in_time, 70},
                                   {OneStopColumn::pending_late, 1}});
  const OneStopCounts both = model::combine_periods({&q1, &q2});
  CHECK(*both[OneStopColumn::resolved_in_time] == 160);  // a flow: summed
  CHECK(*both[OneStopColumn::pending_late] == 1);        // a stock: the last period's
  CHECK(*both[OneStopColumn::carried_over] == 10);       // a stock: the first period's
  CHECK(*both[OneStopColumn::received] == 175);          // 110 + 50 + 15: not 195
  CHECK_FALSE(both[OneStopColumn::resolved]);            // no period gives it
}

TEST_CASE("one-stop: quarters from the 15th to the 14th tile the reporting year") {
  const Period year{Date{2025, 12, 15}, Date{2026, 12, 14}};
  const auto quarters = sub_periods(year, 3);
  REQUIRE(quarters.size() == 4);
  CHECK(quarters[0] == Period{Date{2025, 12, 15}, Date{2026, 3, 14}});
  CHECK(quarters[3] == Period{Date{2026, 9, 15}, Date{2026, 12, 14}});
  CHECK(whole_months(quarters[0]) == 3);
  CHECK(whole_months(Period{Date{2019, 12, 1}, Date{2020, 2, 29}}) == 3);  // Lâm Đồng's
  CHECK_FALSE(whole_months(Period{Date{2025, 12, 15}, Date{2026, 3, 15}}));

  std::string records;
  for (int q = 1; q <= 4; ++q) records += quarter(q, "numerator: 99, denominator: 100");
  const auto checked = check(objectives("definition: resolved"), measurements(records));
  CHECK(codes(checked).empty());
  const eval::TargetResult r = result(report(checked));
  CHECK(eval::is_met(r.verdict));
  CHECK(r.coverage.missing.empty());

  // The same quarters without the reporting year run across the calendar year's edge.
  const auto outside = check(objectives("definition: resolved"), measurements(records, ""));
  INFO(codes(outside).size());
  CHECK(has(outside, "check.period-across"));

  // A missing quarter is missing, not zero: no "met" on three quarters.
  std::string three;
  for (int q = 1; q <= 3; ++q) three += quarter(q, "numerator: 99, denominator: 100");
  const auto gap = check(objectives("definition: resolved"), measurements(three));
  CHECK(codes(gap) == std::vector<std::string>{"check.missing-data"});
  CHECK(result(report(gap)).verdict != eval::Verdict::met);
  CHECK(result(report(gap)).verdict != eval::Verdict::exceeded);

  // A reporting year that is not one year near the plan's.
  const auto shape = check(objectives("definition: resolved"),
                           measurements(records,
                                        "reporting_year: {start: 2025-12-15, end: "
                                        "2026-12-31}\n"));
  CHECK(codes(shape).front() == "check.reporting-year-shape");
}

TEST_CASE("one-stop: the target's definition decides, and stocks are never summed") {
  // Pending dossiers past due at the end of each quarter: 30 at the end of Q1 (resolved late in
  // Q2, so counted again there), then none. By "due", the year is (8+9) / (8+9+10+13) with
  // (13) from the last quarter only.
  std::string records;
  records += quarter(1, "one_stop: {resolved_in_time: 970, resolved_late: 0, pending_late: 30}");
  records += quarter(2, "one_stop: {resolved_in_time: 1000, resolved_late: 30, pending_late: 0}");
  records += quarter(3, "one_stop: {resolved_in_time: 1000, resolved_late: 0, pending_late: 0}");
  records += quarter(4, "one_stop: {resolved_in_time: 1000, resolved_late: 0, pending_late: 0}");
  const auto checked = check(objectives("definition: due"), measurements(records));
  CHECK(codes(checked).empty());
  const eval::TargetResult r = result(report(checked));
  REQUIRE(r.actual);
  CHECK(r.actual->value == mpq_class(397, 4));  // 99.25 %, not 3970 / 4030

  // Terms alone cannot be added up under a definition with stocks.
  std::string terms;
  for (int q = 1; q <= 4; ++q) terms += quarter(q, "numerator: 970, denominator: 1000");
  CHECK(codes(check(objectives("definition: due"), measurements(terms))) ==
        std::vector<std::string>{"check.stock-needs-columns"});
  // … but can under one without.
  CHECK(codes(check(objectives("definition: resolved"), measurements(terms))).empty());

  // A record taken under another definition, or one the target does not state.
  const std::string imported =
      quarter(1, "definition: resolved, numerator: 95, denominator: 100, " + kColumns);
  CHECK(has(check(objectives("definition: due"), measurements(imported)),
            "check.definition-mismatch"));
  CHECK(has(check(objectives("note: x"), measurements(imported)), "check.definition-unstated"));
  // Terms that do not follow from the columns (a typo), and columns the definition lacks.
  const std::string typo =
      quarter(1, "definition: resolved, numerator: 96, denominator: 100, " + kColumns);
  CHECK(has(check(objectives("definition: resolved"), measurements(typo)), "check.one-stop-terms"));
  const std::string lacking = quarter(1, "one_stop: {resolved_in_time: 95, resolved: 100}");
  CHECK(has(check(objectives("definition: qd766"), measurements(lacking)),
            "check.one-stop-columns-missing"));
}

TEST_CASE("one-stop: what a review found could pass as met") {
  std::string records;
  for (int q = 1; q <= 4; ++q) records += quarter(q, "numerator: 99, denominator: 100");
  // A mean, the best or the last quarter is not the form's year.
  const std::string mean = objectives("definition: resolved, aggregate: mean");
  CHECK(has(check(mean, measurements(records)), "check.definition-aggregate"));

  // Columns whose (8)+(9) exceed (7) within a stated tolerance still cannot give over 100%.
  const std::string over =
      quarter(1,
              "one_stop: {resolved: 10, resolved_early: 8, resolved_on_time: 4, resolved_late: 0}, "
              "imported_from: {file: q1.csv, tolerance: 2}");
  CHECK(has(check(objectives("definition: resolved"), measurements(over)),
            "check.numerator-exceeds"));
  // A percentage beside the columns is not used, so it is refused.
  const std::string beside =
      quarter(1, "value: 50, one_stop: {resolved: 10, resolved_in_time: 10}");
  CHECK(has(check(objectives("definition: resolved"), measurements(beside)), "check.field-unused"));

  // Periods giving (8)+(9) either way add up: the two columns in one, the older layout's in
  // the other.
  const OneStopCounts split = counts({{OneStopColumn::resolved_early, 90},
                                      {OneStopColumn::resolved_on_time, 9},
                                      {OneStopColumn::resolved_late, 1},
                                      {OneStopColumn::pending_late, 0}});
  const OneStopCounts older = counts({{OneStopColumn::resolved_in_time, 99},
                                      {OneStopColumn::resolved_late, 1},
                                      {OneStopColumn::pending_late, 0}});
  const auto year =
      model::apply_definition(OneStopDefinition::due, model::combine_periods({&split, &older}));
  REQUIRE(year.terms);
  CHECK(year.terms->numerator == 198);
  CHECK(year.terms->denominator == 200);
}

TEST_CASE("one-stop: an objective due on the reporting year's last day keeps its first quarter") {
  std::string records;
  for (int q = 1; q <= 4; ++q) records += quarter(q, "numerator: 99, denominator: 100");
  std::string due = objectives("definition: resolved");
  due.replace(due.find("    plan:"), 0, "    due: 2026-12-14\n");
  const auto checked = check(due, measurements(records));
  CHECK_FALSE(has(checked, "check.outside-objective"));
  CHECK_FALSE(has(checked, "check.missing-data"));
  const eval::TargetResult r = result(report(checked));
  CHECK(eval::is_met(r.verdict));
}
