// A check over many agencies' folders, done a few agencies at a time to bound its memory,
// says exactly what the check done at once says: every diagnostic with its quoted lines, the
// files skipped, the counts.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "core/check/agency_batches.hpp"
#include "core/check/check.hpp"
#include "core/diag/text_renderer.hpp"

using namespace qobj;

namespace {

using Parts = std::vector<std::vector<std::size_t>>;

// Everything `qobj check` prints of a result.
std::string said(const CheckResult& result) {
  const TextRenderOptions render{Lang::en, false, false};
  const SourceLookup sources = [&](const std::string& name) { return result.find_source(name); };
  std::string out;
  for (const Diagnostic& d : result.diagnostics) out += render_diagnostic(d, sources, render);
  out += render_omitted(result.omitted, render);
  out += render_check_notes(result.skipped, result.context, true, render);
  out += render_check_summary(result.files_checked, result.diagnostics, render, result.omitted);
  out += "outcome " + std::to_string(static_cast<int>(result.outcome)) + "\n";
  return out;
}

// The folders of the fixtures and examples with YAML files in two places or more.
std::vector<std::string> folders_of_several_files() {
  std::vector<std::string> folders;
  for (const char* root : {"tests/fixtures", "examples"}) {
    const std::filesystem::path base = std::filesystem::path(QOBJ_SOURCE_DIR) / root;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(base)) {
      if (!entry.is_directory()) continue;
      std::size_t yaml = 0;
      for (const auto& file : std::filesystem::recursive_directory_iterator(entry.path()))
        yaml += file.path().extension() == ".yaml" ? 1 : 0;
      if (yaml >= 2) folders.push_back(entry.path().string());
    }
  }
  return folders;
}

}  // namespace

TEST_CASE("agency_batches keeps each agency's files together, the files of none first") {
  const std::vector<std::string> agencies{"b", "", "a", "b", "c", "a", "", "d"};
  CHECK(agency_batches(agencies, 1) == Parts{{1, 6}, {0, 3}, {2, 5}, {4}, {7}});
  CHECK(agency_batches(agencies, 4) == Parts{{1, 6, 0, 3}, {2, 5, 4, 7}});
  CHECK(agency_batches(agencies, 100) == Parts{{1, 6, 0, 3, 2, 5, 4, 7}});
  // A part is closed once full, never in the middle of an agency.
  CHECK(agency_batches({"a", "a", "a", "b"}, 2) == Parts{{0, 1, 2}, {3}});
  CHECK(agency_batches({"a", "b"}, 1) == Parts{{0}, {1}});
  CHECK(agency_batches({}, 3).empty());
}

TEST_CASE("a check agency by agency says what the check at once says, on every fixture folder") {
  std::size_t by_agency = 0;
  const auto folders = folders_of_several_files();
  REQUIRE(folders.size() > 50);
  for (const std::string& folder : folders) {
    CheckOptions at_once;
    at_once.as_of = parse_date("2022-01-31");
    at_once.jobs = 2;
    at_once.load_context = true;  // as qobj check: the baseline year's folder beside
    const CheckResult whole = check_paths({folder}, at_once);
    CheckOptions in_parts = at_once;
    in_parts.keep_model = false;
    in_parts.files_per_part = 1;  // an agency to a part (one thread), or the files for none
    in_parts.jobs = 1;
    const CheckResult parts = check_paths({folder}, in_parts);
    INFO(folder);
    CHECK(said(parts) == said(whole));
    // Checked in parts, the model is let go, and only the texts quoted are kept.
    if (parts.repository.objectives.empty() && !whole.repository.objectives.empty()) {
      ++by_agency;
      std::set<std::string> quoted;
      for (const Diagnostic& d : parts.diagnostics) {
        quoted.insert(d.location.file);
        if (d.related) quoted.insert(d.related->location.file);
      }
      for (const auto& source : parts.sources) CHECK(quoted.contains(source->name()));
    }
  }
  // Most folders are checked in parts (the others have a file that does not say its agency).
  CHECK(by_agency > folders.size() / 2);
}

TEST_CASE("a file read as another agency's than its lines say: the run is done at once") {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / "qobj-check-by-agency-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder / "a");
  std::filesystem::create_directories(folder / "b");
  const auto write = [&](const std::filesystem::path& path, const std::string& text) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    REQUIRE(file != nullptr);
    std::fwrite(text.data(), 1, text.size(), file);
    std::fclose(file);
  };
  write(folder / "a/objectives.yaml",
        "format: qobj/objectives\nversion: 1\nagency: {id: so-a, name: Sở A}\nyear: 2021\n"
        "objectives:\n  - id: MT1\n    title: Đúng hạn\n    targets:\n"
        "      - {id: dung-han, kind: percentage, comparison: at-least, value: 95}\n");
  // Its lines say so-b (the last `agency:` written), the reader takes the first.
  write(folder / "b/measurements.yaml",
        "format: qobj/measurements\nversion: 1\nagency: so-a\nagency: so-b\nyear: 2021\n"
        "records:\n  - {target: MT1/dung-han, period: 2021, numerator: 96, denominator: 100}\n");
  CheckOptions at_once;
  at_once.as_of = parse_date("2022-01-31");
  const CheckResult whole = check_paths({folder.string()}, at_once);
  CheckOptions in_parts = at_once;
  in_parts.keep_model = false;
  in_parts.files_per_part = 1;
  const CheckResult parts = check_paths({folder.string()}, in_parts);
  CHECK(said(parts) == said(whole));
  CHECK(parts.outcome == CheckOutcome::invalid_input);
  CHECK(!parts.repository.objectives.empty());  // done at once: the model kept
  std::filesystem::remove_all(folder);
}
