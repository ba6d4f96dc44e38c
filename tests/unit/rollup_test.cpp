// The roll-up across agencies: which agencies it counts, the targets most often not met
// (grouped by what they say, whatever their ids), the agencies missing the year's files.
#include "core/eval/rollup.hpp"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/check/check.hpp"
#include "core/eval/report_spec.hpp"
#include "core/eval/trend.hpp"

using namespace qobj;

namespace {

std::string objectives(const std::string& agency, int year, const std::string& objective_id,
                       const std::string& title, const std::string& text, int value) {
  return "format: qobj/objectives\nversion: 1\nagency: {id: " + agency + ", name: Cơ quan " +
         agency + "}\nyear: " + std::to_string(year) + "\nobjectives:\n  - id: " + objective_id +
         "\n    title: " + title + "\n    targets:\n      - {id: dung-han, text: \"" + text +
         "\", kind: percentage, comparison: at-least, value: " + std::to_string(value) + "}\n";
}

std::string measurements(const std::string& agency, int year, const std::string& objective_id,
                         int numerator) {
  return "format: qobj/measurements\nversion: 1\nagency: " + agency +
         "\nyear: " + std::to_string(year) + "\nrecords:\n  - {target: " + objective_id +
         "/dung-han, period: " + std::to_string(year) +
         ", numerator: " + std::to_string(numerator) + ", denominator: 100}\n";
}

// The evaluation points into the checked repository: both are kept together.
struct Reported {
  CheckResult checked;
  eval::ReportOutcome outcome;
};

std::unique_ptr<Reported> report(std::vector<NamedText> files, std::optional<int> year = {},
                                 bool summary_only = false) {
  auto reported = std::make_unique<Reported>();
  CheckOptions options;
  options.as_of = parse_date("2022-01-31");
  reported->checked = check_texts(std::move(files), options);
  REQUIRE(reported->checked.outcome == CheckOutcome::ok);
  eval::ReportSpec spec;
  spec.as_of = *parse_date("2022-01-31");
  spec.year = year;
  spec.summary_only = summary_only;
  reported->outcome = eval::run_report(reported->checked.repository, spec);
  return reported;
}

}  // namespace

TEST_CASE("one agency with all its files has no roll-up, unless it is asked for") {
  const std::vector<NamedText> files{
      {"a/o.yaml", objectives("a", 2021, "MT1", "Đúng hạn", "95%", 95)},
      {"a/m.yaml", measurements("a", 2021, "MT1", 99)}};
  CHECK_FALSE(report(files)->outcome.evaluation.rollup);
  const auto alone = report(files, std::nullopt, true)->outcome.evaluation.rollup;
  REQUIRE(alone);
  CHECK(alone->agencies.size() == 1);
  CHECK(alone->total.evaluated == 1);
}

TEST_CASE("targets written alike are grouped across agencies, ids and case aside") {
  const auto reported = report({
      {"a/o.yaml", objectives("a", 2021, "MT1", "Giải quyết hồ sơ đúng hạn", "Trên 95%", 95)},
      {"a/m.yaml", measurements("a", 2021, "MT1", 90)},
      // Another id, another case and spacing, a closing full stop: the same target.
      {"b/o.yaml", objectives("b", 2021, "MT7", "giải quyết  hồ sơ đúng hạn.", "trên 95%", 95)},
      {"b/m.yaml", measurements("b", 2021, "MT7", 80)},
      {"c/o.yaml", objectives("c", 2021, "MT1", "Giải quyết hồ sơ đúng hạn", "Trên 95%", 95)},
      {"c/m.yaml", measurements("c", 2021, "MT1", 99)},
      // Worded otherwise: a group of its own.
      {"d/o.yaml", objectives("d", 2021, "MT1", "Giải quyết hồ sơ đúng hạn", "Trên 98%", 98)},
      {"d/m.yaml", measurements("d", 2021, "MT1", 97)},
  });
  const eval::ReportOutcome& outcome = reported->outcome;
  const auto& rollup = outcome.evaluation.rollup;
  REQUIRE(rollup);
  CHECK(rollup->year == 2021);
  CHECK(rollup->agencies.size() == 4);
  CHECK(rollup->total.evaluated == 4);
  CHECK(rollup->total.met == 1);
  CHECK(rollup->total.per_verdict[static_cast<int>(eval::Verdict::not_met)] == 3);
  REQUIRE(rollup->not_met.size() == 2);
  CHECK(rollup->not_met[0].not_met == 2);
  CHECK(rollup->not_met[0].of == 3);
  CHECK(rollup->not_met[0].objective_id == "MT1");  // as the first agency writes it
  REQUIRE(rollup->not_met[0].agencies.size() == 2);
  CHECK(rollup->agencies[rollup->not_met[0].agencies[1]].id == "b");
  CHECK(rollup->not_met[1].not_met == 1);
  CHECK(rollup->not_met[1].of == 1);
  CHECK(rollup->missing.empty());
}

TEST_CASE("agencies missing the year's objectives or measurements are listed") {
  const auto reported = report({
      {"a/o.yaml", objectives("a", 2021, "MT1", "Đúng hạn", "95%", 95)},
      {"a/m.yaml", measurements("a", 2021, "MT1", 99)},
      // Only last year's files.
      {"b/o.yaml", objectives("b", 2020, "MT1", "Đúng hạn", "95%", 95)},
      {"b/m.yaml", measurements("b", 2020, "MT1", 99)},
      // This year's objectives, no measurements.
      {"c/o.yaml", objectives("c", 2021, "MT1", "Đúng hạn", "95%", 95)},
  });
  const eval::ReportOutcome& outcome = reported->outcome;
  const auto& rollup = outcome.evaluation.rollup;
  REQUIRE(rollup);
  CHECK(rollup->year == 2021);
  // b is evaluated for 2020, its latest: it is not counted in 2021's roll-up.
  CHECK(rollup->agencies.size() == 2);
  REQUIRE(rollup->missing.size() == 2);
  CHECK(rollup->missing[0].id == "b");
  CHECK(rollup->missing[0].what == eval::MissingFiles::What::objectives);
  CHECK(rollup->missing[0].latest == 2020);
  CHECK(rollup->missing[1].id == "c");
  CHECK(rollup->missing[1].what == eval::MissingFiles::What::measurements);

  // --year 2020: a is missing that year's objectives (it has none before), c too.
  const auto then_reported =
      report({{"a/o.yaml", objectives("a", 2021, "MT1", "Đúng hạn", "95%", 95)},
              {"b/o.yaml", objectives("b", 2020, "MT1", "Đúng hạn", "95%", 95)},
              {"b/m.yaml", measurements("b", 2020, "MT1", 99)}},
             2020);
  const eval::ReportOutcome& then = then_reported->outcome;
  REQUIRE(then.evaluation.rollup);
  CHECK(then.evaluation.rollup->agencies.size() == 1);
  REQUIRE(then.evaluation.rollup->missing.size() == 1);
  CHECK(then.evaluation.rollup->missing[0].id == "a");
  CHECK(then.evaluation.rollup->missing[0].latest == 2021);  // its other year
}

TEST_CASE("one agency beginning next year's files does not take the run to that year") {
  const auto reported = report({
      {"a/o.yaml", objectives("a", 2021, "MT1", "Đúng hạn", "95%", 95)},
      {"a/m.yaml", measurements("a", 2021, "MT1", 99)},
      {"b/o.yaml", objectives("b", 2021, "MT1", "Đúng hạn", "95%", 95)},
      {"b/m.yaml", measurements("b", 2021, "MT1", 99)},
      {"f/o.yaml", objectives("f", 2021, "MT1", "Đúng hạn", "95%", 95)},
      {"f/m.yaml", measurements("f", 2021, "MT1", 99)},
      // c has both years: it is evaluated for 2021 with the others.
      {"c/o21.yaml", objectives("c", 2021, "MT1", "Đúng hạn", "95%", 95)},
      {"c/m21.yaml", measurements("c", 2021, "MT1", 99)},
      {"c/o22.yaml", objectives("c", 2022, "MT1", "Đúng hạn", "95%", 95)},
      // d has begun 2022 only: it is missing 2021.
      {"d/o22.yaml", objectives("d", 2022, "MT1", "Đúng hạn", "95%", 95)},
  });
  const eval::Evaluation& evaluation = reported->outcome.evaluation;
  REQUIRE(evaluation.rollup);
  CHECK(evaluation.rollup->year == 2021);
  // Three have 2021 as their latest, two 2022: the run is of 2021.
  REQUIRE(evaluation.agencies.size() == 4);
  for (const auto& agency : evaluation.agencies) CHECK(agency.year == 2021);
  REQUIRE(evaluation.rollup->missing.size() == 1);
  CHECK(evaluation.rollup->missing[0].id == "d");
  CHECK(evaluation.rollup->missing[0].latest == 2022);
}

TEST_CASE("--trend lines a target up across the years, by id or by baseline_from") {
  const std::string head =
      "format: qobj/objectives\nversion: 1\nagency: {id: a, name: Cơ quan a}\n";
  const std::string then =
      head +
      "year: 2020\nobjectives:\n  - id: MT5\n    title: Chỉ số\n    targets:\n"
      "      - {id: chi-so, kind: amount, comparison: at-least, value: 100, unit: điểm, "
      "aggregate: last}\n"
      "  - id: MT9\n    title: Đúng hạn\n    targets:\n"
      "      - {id: dung-han, kind: percentage, comparison: at-least, value: 95}\n";
  const std::string now =
      head +
      "year: 2021\nobjectives:\n  - id: MT6\n    title: Chỉ số\n    targets:\n"
      "      - {id: tang-truong, kind: growth, baseline_year: 2020, baseline_from: MT5/chi-so, "
      "comparison: at-least, value: 5}\n"
      "  - id: MT9\n    title: Đúng hạn\n    targets:\n"
      "      - {id: dung-han, kind: percentage, comparison: at-least, value: 98}\n"
      "  - id: MT10\n    title: Mới\n    targets:\n"
      "      - {id: moi, kind: yes-no}\n";
  CheckOptions options;
  options.as_of = parse_date("2022-01-31");
  const CheckResult checked = check_texts({{"2020.yaml", then}, {"2021.yaml", now}}, options);
  REQUIRE(checked.outcome == CheckOutcome::ok);
  const eval::Trend trend = eval::evaluate_trend(checked.repository, *parse_date("2022-01-31"));
  REQUIRE(trend.agencies.size() == 1);
  const eval::AgencyTrend& agency = trend.agencies[0];
  CHECK(agency.years == std::vector<int>{2020, 2021});
  REQUIRE(agency.rows.size() == 3);
  // In the latest year's order; the renumbered target followed back to its 2020 ids.
  CHECK(agency.rows[0].objective->id == "MT6");
  REQUIRE(agency.rows[0].targets[0] != nullptr);
  CHECK(agency.rows[0].targets[0]->target->id == "chi-so");
  CHECK(agency.rows[0].objectives[0]->objective->id == "MT5");
  CHECK(agency.rows[1].objective->id == "MT9");
  REQUIRE(agency.rows[1].targets[0] != nullptr);
  CHECK(agency.rows[1].targets[0]->target->value->value == 95);
  CHECK(agency.rows[1].targets[1]->target->value->value == 98);
  CHECK(agency.rows[2].objective->id == "MT10");
  CHECK(agency.rows[2].targets[0] == nullptr);

  // --objective keeps one objective's row, by its id each year.
  const eval::Trend one =
      eval::evaluate_trend(checked.repository, *parse_date("2022-01-31"), 0, "", "MT9");
  REQUIRE(one.agencies.size() == 1);
  CHECK(one.agencies[0].rows.size() == 1);
}

TEST_CASE("an agency whose files have errors is set aside: not evaluated, named in the roll-up") {
  CheckOptions options;
  options.as_of = parse_date("2022-01-31");
  std::string broken = measurements("b", 2021, "MT1", 50);
  broken.replace(broken.find("numerator: 50"), 13, "numerator: 5O");  // a letter O for a zero
  const CheckResult checked =
      check_texts({{"a/o.yaml", objectives("a", 2021, "MT1", "Đúng hạn", "95%", 95)},
                   {"a/m.yaml", measurements("a", 2021, "MT1", 99)},
                   {"b/o.yaml", objectives("b", 2021, "MT1", "Đúng hạn", "95%", 95)},
                   {"b/m.yaml", broken}},
                  options);
  REQUIRE(checked.outcome == CheckOutcome::invalid_input);
  const auto with_errors = agencies_with_errors(checked);
  REQUIRE(with_errors);
  CHECK(*with_errors == std::vector<std::string>{"b"});

  eval::ReportSpec spec;
  spec.as_of = *parse_date("2022-01-31");
  spec.set_aside = *with_errors;
  const eval::ReportOutcome outcome = eval::run_report(checked.repository, spec);
  REQUIRE(outcome.evaluation.agencies.size() == 1);
  CHECK(outcome.evaluation.agencies[0].id == "a");
  REQUIRE(outcome.evaluation.rollup);
  REQUIRE(outcome.evaluation.rollup->missing.size() == 1);
  CHECK(outcome.evaluation.rollup->missing[0].id == "b");
  CHECK(outcome.evaluation.rollup->missing[0].name == "Cơ quan b");
  CHECK(outcome.evaluation.rollup->missing[0].what == eval::MissingFiles::What::sound_files);

  // Errors past the run's cap are counted, not shown: their agencies are set aside all the
  // same.
  CheckOptions capped = options;
  capped.max_diagnostics = 1;
  std::string also_broken = measurements("c", 2021, "MT1", 50);
  also_broken.replace(also_broken.find("numerator: 50"), 13, "numerator: 5O");
  const CheckResult cut =
      check_texts({{"a/o.yaml", objectives("a", 2021, "MT1", "Đúng hạn", "95%", 95)},
                   {"a/m.yaml", measurements("a", 2021, "MT1", 99)},
                   {"b/o.yaml", objectives("b", 2021, "MT1", "Đúng hạn", "95%", 95)},
                   {"b/m.yaml", broken},
                   {"c/o.yaml", objectives("c", 2021, "MT1", "Đúng hạn", "95%", 95)},
                   {"c/m.yaml", also_broken}},
                  capped);
  REQUIRE(cut.diagnostics.size() == 1);
  REQUIRE(cut.omitted.by_file.contains("b/m.yaml"));
  REQUIRE(cut.omitted.by_file.contains("c/m.yaml"));
  CHECK(agencies_with_errors(cut) == std::vector<std::string>{"b", "c"});

  // An error in a file that names no agency belongs to none: nothing can be set aside.
  const CheckResult anonymous =
      check_texts({{"a/o.yaml", objectives("a", 2021, "MT1", "Đúng hạn", "95%", 95)},
                   {"x.yaml", "format: qobj/measurements\nversion: 1\nrecords: 3\n"}},
                  options);
  REQUIRE(anonymous.outcome == CheckOutcome::invalid_input);
  CHECK_FALSE(agencies_with_errors(anonymous));
}

TEST_CASE("a roll-up gathered part by part is the roll-up of all the parts at once") {
  const std::vector<NamedText> files{
      {"a/o.yaml", objectives("a", 2021, "MT1", "Giải quyết hồ sơ đúng hạn", "Trên 95%", 95)},
      {"a/m.yaml", measurements("a", 2021, "MT1", 90)},
      {"b/o.yaml", objectives("b", 2021, "MT7", "giải quyết hồ sơ đúng hạn", "trên 95%", 95)},
      {"b/m.yaml", measurements("b", 2021, "MT7", 80)},
      {"c/o.yaml", objectives("c", 2021, "MT1", "Giải quyết hồ sơ đúng hạn", "Trên 98%", 98)},
      {"c/m.yaml", measurements("c", 2021, "MT1", 90)},
      {"d/o.yaml", objectives("d", 2021, "MT1", "Giải quyết hồ sơ đúng hạn", "Trên 95%", 95)},
      {"e/o.yaml", objectives("e", 2020, "MT1", "Giải quyết hồ sơ đúng hạn", "Trên 95%", 95)},
  };
  const auto whole = report(files);
  const std::optional<eval::Rollup>& at_once = whole->outcome.evaluation.rollup;
  REQUIRE(at_once);

  // Parts of whole agencies, each evaluated and counted, then let go.
  eval::RollupTally tally(2021);
  for (const auto& [from, to] : {std::pair{0, 4}, {4, 7}, {7, 8}}) {
    const auto part =
        report(std::vector<NamedText>(files.begin() + from, files.begin() + to), 2021, true);
    tally.add(part->outcome.evaluation, part->checked.repository);
  }
  const std::optional<eval::Rollup> in_parts = std::move(tally).finish(false, {"f"});
  REQUIRE(in_parts);

  REQUIRE(in_parts->agencies.size() == at_once->agencies.size());
  for (std::size_t i = 0; i < at_once->agencies.size(); ++i) {
    CHECK(in_parts->agencies[i].id == at_once->agencies[i].id);
    CHECK(in_parts->agencies[i].summary.met == at_once->agencies[i].summary.met);
  }
  CHECK(in_parts->total.evaluated == at_once->total.evaluated);
  CHECK(in_parts->total.met == at_once->total.met);
  REQUIRE(in_parts->not_met.size() == at_once->not_met.size());
  for (std::size_t i = 0; i < at_once->not_met.size(); ++i) {
    CHECK(in_parts->not_met[i].objective_id == at_once->not_met[i].objective_id);
    CHECK(in_parts->not_met[i].target.text == at_once->not_met[i].target.text);
    CHECK(in_parts->not_met[i].not_met == at_once->not_met[i].not_met);
    CHECK(in_parts->not_met[i].of == at_once->not_met[i].of);
    CHECK(in_parts->not_met[i].agencies == at_once->not_met[i].agencies);
  }
  // d has no measurements, e no objectives of 2021, f was set aside.
  REQUIRE(in_parts->missing.size() == at_once->missing.size() + 1);
  for (std::size_t i = 0; i < at_once->missing.size(); ++i) {
    CHECK(in_parts->missing[i].id == at_once->missing[i].id);
    CHECK(in_parts->missing[i].what == at_once->missing[i].what);
    CHECK(in_parts->missing[i].latest == at_once->missing[i].latest);
  }
  CHECK(in_parts->missing.back().id == "f");
  CHECK(in_parts->missing.back().what == eval::MissingFiles::What::sound_files);
}
