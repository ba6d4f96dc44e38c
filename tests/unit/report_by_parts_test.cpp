// A province reported a few agencies at a time writes, byte for byte, what the report made at
// once writes: the same agencies in the same order, the same year, the same roll-up, the same
// objectives failing the run, the same problem when a year is missing.
#include <doctest/doctest.h>

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
  options.jobs = 2;
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

Written in_parts(const std::vector<std::string>& paths, eval::ReportSpec spec) {
  const CheckOptions options = check_options(false);
  const CheckResult checked = check_paths(paths, options);
  REQUIRE(checked.in_parts);
  if (const auto with_errors = agencies_with_errors(checked)) spec.set_aside = *with_errors;
  const province::PartsPlan plan = province::plan_parts(checked, spec, options.files_per_part);
  Written out{{}, {}, plan.problem, plan.known};
  if (plan.problem != eval::ReportOutcome::Problem::none) return out;
  const auto all = formats(spec.summary_only);
  out.texts.resize(all.size());
  std::vector<std::unique_ptr<report::PartWriter>> owned;
  std::vector<report::PartWriter*> writers;
  for (std::size_t i = 0; i < all.size(); ++i) {
    owned.push_back(report::part_writer(all[i], render_options(spec.summary_only),
                                        report::string_sink(out.texts[i])));
    REQUIRE(owned.back());
    writers.push_back(owned.back().get());
  }
  out.failing = province::write_parts(plan, options, spec, writers).failing;
  return out;
}

void same(const std::vector<std::string>& paths, const eval::ReportSpec& spec) {
  const Written whole = at_once(paths, spec);
  const Written parts = in_parts(paths, spec);
  CHECK(parts.problem == whole.problem);
  CHECK(parts.known == whole.known);
  CHECK(parts.failing == whole.failing);
  REQUIRE(parts.texts.size() == whole.texts.size());
  for (std::size_t i = 0; i < whole.texts.size(); ++i) {
    INFO("format " << i);
    CHECK(!whole.texts[i].empty());
    CHECK(parts.texts[i] == whole.texts[i]);
  }
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
  };
  for (const auto& paths : runs) {
    INFO(paths.back());
    eval::ReportSpec spec;
    spec.as_of = *parse_date("2022-01-31");
    spec.fail_on = {eval::Verdict::not_met, eval::Verdict::incomplete};
    SUBCASE("each agency's latest year, or the one most have") {
      same(paths, spec);
    }
    SUBCASE("the roll-up alone") {
      spec.summary_only = true;
      same(paths, spec);
    }
    SUBCASE("a year asked for") {
      spec.year = 2020;
      same(paths, spec);
    }
    SUBCASE("a year no agency has") {
      spec.year = 1999;
      same(paths, spec);
    }
  }
}
