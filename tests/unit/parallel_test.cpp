// Work spread over threads, and what must not depend on it: each index done once, failures
// reported, a check's and a report's result the same whatever the number of threads.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/check/check.hpp"
#include "core/eval/report_spec.hpp"
#include "core/parallel/parallel_for.hpp"
#include "core/report/json_report.hpp"
#include "core/report/text_report.hpp"

using namespace qobj;

TEST_CASE("parallel_for calls every index once, on any number of threads") {
  for (const unsigned jobs : {1U, 2U, 3U, 16U}) {
    for (const std::size_t count :
         {std::size_t{0}, std::size_t{1}, std::size_t{5}, std::size_t{1000}}) {
      std::vector<std::atomic<int>> calls(count);
      parallel_for(count, jobs, [&](std::size_t i) { calls[i].fetch_add(1); });
      for (std::size_t i = 0; i < count; ++i) {
        INFO("jobs " << jobs << ", count " << count << ", index " << i);
        CHECK(calls[i].load() == 1);
      }
    }
  }
}

TEST_CASE("parallel_for rethrows the failure of the lowest index, after every call ended") {
  std::atomic<int> done{0};
  try {
    parallel_for(100, 4, [&](std::size_t i) {
      if (i == 70) throw std::runtime_error("seventy");
      if (i == 30) throw std::runtime_error("thirty");
      done.fetch_add(1);
    });
    FAIL("nothing was thrown");
  } catch (const std::runtime_error& error) {
    CHECK(std::string(error.what()) == "thirty");
  }
  CHECK(done.load() == 98);
}

TEST_CASE("worker_count: every core for 0, else as asked") {
  CHECK(worker_count(0) >= 1);
  CHECK(worker_count(3) == 3);
}

namespace {

std::vector<NamedText> agencies(int count) {
  std::vector<NamedText> files;
  for (int i = 0; i < count; ++i) {
    const std::string id = "co-quan-" + std::to_string(i);
    files.push_back({id + "/objectives.yaml",
                     "format: qobj/objectives\nversion: 1\nagency: {id: " + id +
                         ", name: Cơ quan " + std::to_string(i) +
                         "}\nyear: 2021\nobjectives:\n  - id: MT1\n    title: Đúng hạn\n"
                         "    targets:\n      - {id: dung-han, kind: percentage, comparison: "
                         "at-least, value: 95}\n"});
    // Every third agency with a mistake of its own, every fourth without data.
    std::string records = "records:\n  - {target: MT1/dung-han, period: 2021, numerator: " +
                          std::to_string(90 + i % 10) + ", denominator: 100}\n";
    if (i % 3 == 0) records += "  - {target: MT1/dung-han, period: 2021-13, numerator: 1}\n";
    if (i % 4 != 0) {
      files.push_back(
          {id + "/measurements.yaml",
           "format: qobj/measurements\nversion: 1\nagency: " + id + "\nyear: 2021\n" + records});
    }
  }
  return files;
}

std::string diagnostics_of(const CheckResult& result) {
  std::string out;
  for (const Diagnostic& d : result.diagnostics)
    out += d.location.file + ":" + std::to_string(d.location.offset) + ":" +
           std::to_string(static_cast<int>(d.message)) + "\n";
  return out;
}

}  // namespace

TEST_CASE("a check and a report say the same with one thread and with many") {
  std::string first_diagnostics, first_report, first_table;
  for (const unsigned jobs : {1U, 2U, 5U}) {
    CheckOptions options;
    options.as_of = parse_date("2022-01-31");
    options.jobs = jobs;
    const CheckResult checked = check_texts(agencies(40), options);
    CHECK(checked.files_checked == 70);
    const std::string diagnostics = diagnostics_of(checked);
    CHECK(!diagnostics.empty());

    // Only the sound files take part: the report is over the agencies whose files passed.
    eval::ReportSpec spec;
    spec.as_of = *parse_date("2022-01-31");
    spec.jobs = jobs;
    const eval::ReportOutcome outcome = eval::run_report(checked.repository, spec);
    const std::string json = report::render_json_report(outcome.evaluation, jobs);
    const std::string table =
        report::render_text_report(outcome.evaluation, {Lang::vi, true, false, jobs});
    CHECK(table.find("Tổng hợp") != std::string::npos);
    if (jobs == 1) {
      first_diagnostics = diagnostics;
      first_report = json;
      first_table = table;
      continue;
    }
    INFO("jobs " << jobs);
    CHECK(diagnostics == first_diagnostics);
    CHECK(json == first_report);
    CHECK(table == first_table);
  }
}

TEST_CASE("the cores a run uses stay within its cgroup's CPU quota") {
  CHECK(cores_within_quota("200000 100000", 8) == 2);
  CHECK(cores_within_quota("150000 100000", 8) == 2);  // a core and a half: two threads
  CHECK(cores_within_quota("50000 100000", 8) == 1);
  CHECK(cores_within_quota("1600000 100000", 8) == 8);  // a quota above the cores: the cores
  CHECK(cores_within_quota("max 100000", 8) == 8);      // no quota
  CHECK(cores_within_quota("-1 100000", 8) == 8);       // cgroup v1's "no quota"
  CHECK(cores_within_quota("", 8) == 8);
  CHECK(cores_within_quota("abc def", 8) == 8);
  CHECK(worker_count(3) == 3);
  CHECK(worker_count(0) >= 1);
  CHECK(worker_count(0) <= std::max(1U, std::thread::hardware_concurrency()));
}
