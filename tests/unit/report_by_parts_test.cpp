// A province reported a few agencies at a time writes, byte for byte, what the report made at
// once writes: the same agencies in the same order, the same year, the same roll-up, the same
// objectives failing the run, the same problem when a year is missing.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/check/check.hpp"
#include "core/eval/report_spec.hpp"
#include "core/province/by_parts.hpp"
#include "core/report/render.hpp"

using namespace qobj;

namespace {

constexpr report::ReportFormat kFormats[] = {report::ReportFormat::table,
                                             report::ReportFormat::json, report::ReportFormat::csv};

struct Written {
  std::vector<std::string> texts;  // one per format of kFormats, or with the roll-up only
  std::vector<std::string> failing;
  eval::ReportOutcome::Problem problem = eval::ReportOutcome::Problem::none;
  std::vector<std::string> known;
};

report::RenderOptions render_options(bool summary_only) {
  report::RenderOptions options;
  options.lang = Lang::vi;
  options.summary_only = summary_only;
  options.jobs = 2;
  return options;
}

std::vector<report::ReportFormat> formats(bool summary_only) {
  std::vector<report::ReportFormat> out(std::begin(kFormats), std::end(kFormats));
  if (summary_only) {
    out.push_back(report::ReportFormat::markdown);
    out.push_back(report::ReportFormat::html);
    out.push_back(report::ReportFormat::junit);
  }
  return out;
}

CheckOptions check_options(bool keep_model) {
  CheckOptions options;
  options.as_of = parse_date("2022-01-31");
  options.load_baseline_years = true;
  options.jobs = 1;  // with files_per_part, an agency to a part
  options.keep_model = keep_model;
  options.files_per_part = 1;  // an agency to a part
  return options;
}

// The report made at once, as `qobj report` makes it for formats that need the whole.
Written at_once(const std::vector<std::string>& paths, eval::ReportSpec spec) {
  const CheckResult checked = check_paths(paths, check_options(true));
  REQUIRE_FALSE(checked.in_parts);
  if (const auto with_errors = agencies_with_errors(checked)) spec.set_aside = *with_errors;
  eval::ReportOutcome outcome = eval::run_report(checked.repository, spec);
  Written out{{}, outcome.failing, outcome.problem, outcome.known};
  if (outcome.problem != eval::ReportOutcome::Problem::none) return out;
  if (spec.summary_only) outcome.evaluation.agencies.clear();
  for (const auto format : formats(spec.summary_only)) {
    std::string text;
    report::render_report(format, outcome.evaluation, render_options(spec.summary_only),
                          report::string_sink(text));
    out.texts.push_back(std::move(text));
  }
  return out;
}

// Writers of every format into `texts`.
struct Writers {
  std::vector<std::unique_ptr<report::PartWriter>> owned;
  std::vector<report::PartWriter*> all;
};
Writers writers_into(std::vector<std::string>& texts, bool summary_only) {
  const auto all = formats(summary_only);
  texts.assign(all.size(), std::string());
  Writers writers;
  for (std::size_t i = 0; i < all.size(); ++i) {
    writers.owned.push_back(
        report::part_writer(all[i], render_options(summary_only), report::string_sink(texts[i])));
    REQUIRE(writers.owned.back());
    writers.all.push_back(writers.owned.back().get());
  }
  return writers;
}

// Written as the check goes, on a guess; written again from the files when it did not hold.
Written in_parts(const std::vector<std::string>& paths, eval::ReportSpec spec, bool& held) {
  CheckOptions options = check_options(false);
  Written guessed;
  const eval::ReportSpec guessed_spec = spec;
  Writers guessing = writers_into(guessed.texts, spec.summary_only);
  province::Speculation speculation(guessed_spec, guessing.all);
  options.part_listener = &speculation;
  const CheckResult checked = check_paths(paths, options);
  REQUIRE(checked.in_parts);
  if (const auto with_errors = agencies_with_errors(checked)) spec.set_aside = *with_errors;
  const province::PartsPlan plan = province::plan_parts(checked, spec, options.files_per_part);
  Written out{{}, {}, plan.problem, plan.known};
  held = false;
  if (plan.problem != eval::ReportOutcome::Problem::none) return out;
  held = speculation.holds(plan, spec.set_aside);
  if (held) {
    out.failing = std::move(speculation).finish(spec.set_aside).failing;
    out.texts = std::move(guessed.texts);
    return out;
  }
  Writers writers = writers_into(out.texts, spec.summary_only);
  out.failing = province::write_parts(plan, options, spec, writers.all).failing;
  return out;
}

// Whether the guess held (or nothing was written: no plan of the year asked for).
bool same(const std::vector<std::string>& paths, const eval::ReportSpec& spec) {
  const Written whole = at_once(paths, spec);
  bool held = false;
  const Written parts = in_parts(paths, spec, held);
  CHECK(parts.problem == whole.problem);
  CHECK(parts.known == whole.known);
  CHECK(parts.failing == whole.failing);
  REQUIRE(parts.texts.size() == whole.texts.size());
  for (std::size_t i = 0; i < whole.texts.size(); ++i) {
    INFO("format " << i);
    CHECK(!whole.texts[i].empty());
    CHECK(parts.texts[i] == whole.texts[i]);
  }
  return held || whole.problem != eval::ReportOutcome::Problem::none;
}

std::string at(const char* path) {
  return std::string(QOBJ_SOURCE_DIR) + "/" + path;
}

}  // namespace

TEST_CASE("a province reported part by part writes what the report at once writes") {
  const std::vector<std::vector<std::string>> runs{
      {at("examples"), at("tests/fixtures/province")},
      {at("examples"), at("tests/fixtures/reports/set-aside")},
      {at("tests/fixtures/reports")},
      // One folder a year: the baseline year's is every agency's context.
      {at("tests/fixtures/province-flat/2021")},
  };
  for (const auto& paths : runs) {
    INFO(paths.back());
    eval::ReportSpec spec;
    spec.as_of = *parse_date("2022-01-31");
    spec.fail_on = {eval::Verdict::not_met, eval::Verdict::incomplete};
    // The province read once: the guesses hold.
    SUBCASE("each agency's latest year, or the one most have") {
      CHECK(same(paths, spec));
    }
    SUBCASE("the roll-up alone") {
      spec.summary_only = true;
      CHECK(same(paths, spec));
    }
    SUBCASE("a year asked for") {
      spec.year = 2020;
      CHECK(same(paths, spec));
    }
    SUBCASE("a year no agency has") {
      spec.year = 1999;
      same(paths, spec);
    }
  }
}

namespace {

std::string objectives_of(const std::string& agency, int year) {
  return "format: qobj/objectives\nversion: 1\nagency: {id: " + agency + ", name: Cơ quan " +
         agency + "}\nyear: " + std::to_string(year) +
         "\nobjectives:\n  - id: MT1\n    title: Đúng hạn\n    targets:\n"
         "      - {id: dung-han, kind: percentage, comparison: at-least, value: 95}\n";
}

std::string measurements_of(const std::string& agency, int year, const std::string& numerator) {
  return "format: qobj/measurements\nversion: 1\nagency: " + agency +
         "\nyear: " + std::to_string(year) +
         "\nrecords:\n  - {target: MT1/dung-han, period: " + std::to_string(year) +
         ", numerator: " + numerator + ", denominator: 100}\n";
}

// A file of the folders a case writes, with the folders it is in.
void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a guess that does not hold is not written: the province is read again") {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / "qobj-report-by-parts-test";
  std::filesystem::remove_all(folder);
  const auto write = [&](const std::string& name, const std::string& text) {
    write_file(folder / name, text);
  };
  // Counting b, most agencies' latest year is 2021; b's errors set it aside, and with a and c
  // alone the later of two years is taken, 2022.
  write("a/2022/objectives.yaml", objectives_of("a", 2022));
  write("a/2022/measurements.yaml", measurements_of("a", 2022, "97"));
  write("b/2021/objectives.yaml", objectives_of("b", 2021));
  write("b/2021/measurements.yaml", measurements_of("b", 2021, "9O"));
  write("c/2021/objectives.yaml", objectives_of("c", 2021));
  write("c/2021/measurements.yaml", measurements_of("c", 2021, "90"));
  eval::ReportSpec spec;
  spec.as_of = *parse_date("2023-01-31");
  CHECK_FALSE(same({folder.string()}, spec));
  std::filesystem::remove_all(folder);
}

TEST_CASE("a file changed between the check and its reading again stops the report") {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / "qobj-report-by-parts-changed";
  std::filesystem::remove_all(folder);
  const auto write = [&](const std::string& name, const std::string& text) {
    write_file(folder / name, text);
  };
  for (const std::string agency : {"a", "b"}) {
    write(agency + "/objectives.yaml", objectives_of(agency, 2021));
    write(agency + "/measurements.yaml", measurements_of(agency, 2021, "97"));
  }
  const CheckOptions options = check_options(false);
  const CheckResult checked = check_paths({folder.string()}, options);
  REQUIRE(checked.in_parts);
  eval::ReportSpec spec;
  spec.as_of = *parse_date("2022-01-31");
  const province::PartsPlan plan = province::plan_parts(checked, spec, options.files_per_part);
  // Saved meanwhile: 97 becomes 90, which the check never saw.
  write("b/measurements.yaml", measurements_of("b", 2021, "90"));
  std::string written;
  const auto writer = report::part_writer(report::ReportFormat::json, render_options(false),
                                          report::string_sink(written));
  const province::PartsOutcome outcome = province::write_parts(plan, options, spec, {writer.get()});
  REQUIRE(outcome.changed.size() == 1);
  CHECK(outcome.changed[0].ends_with("b/measurements.yaml"));
  CHECK_FALSE(outcome.rest.rollup);  // not finished
  std::filesystem::remove_all(folder);
}
