#include "cli/options.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "cli/exit_codes.hpp"

using namespace qobj;
using namespace qobj::cli;

namespace {

ParsedCommandLine parse(std::vector<const char*> args) {
  args.insert(args.begin(), "qobj");
  return parse_command_line(static_cast<int>(args.size()), args.data());
}

}  // namespace

TEST_CASE("byte sizes") {
  CHECK(parse_byte_size("1048576") == 1048576);
  CHECK(parse_byte_size("512K") == 512 * 1024);
  CHECK(parse_byte_size("256M") == 256ULL << 20);
  CHECK(parse_byte_size("2G") == 2ULL << 30);
  CHECK(parse_byte_size("64MB") == 64ULL << 20);
  CHECK_FALSE(parse_byte_size("").has_value());
  CHECK_FALSE(parse_byte_size("M").has_value());
  CHECK_FALSE(parse_byte_size("12X").has_value());
  CHECK_FALSE(parse_byte_size("-1").has_value());
  CHECK_FALSE(parse_byte_size("99999999999999G").has_value());
}

TEST_CASE("check takes paths and options before or after the command name") {
  const auto parsed = parse(
      {"--lang", "vi", "check", "a.yaml", "dir", "--color", "never", "--max-file-size", "1K"});
  REQUIRE_FALSE(parsed.exit_code.has_value());
  const auto* check = std::get_if<CheckCommand>(&parsed.command);
  REQUIRE(check != nullptr);
  CHECK(check->paths == std::vector<std::string>{"a.yaml", "dir"});
  CHECK(check->max_file_size == 1024);
  CHECK(parsed.global.lang == Lang::vi);
  CHECK(parsed.global.colour == ColourMode::never);
}

TEST_CASE("usage errors exit with 3, never with a CLI11 code") {
  CHECK(parse({"check", "--no-such-option", "a.yaml"}).exit_code == kExitUsageOrIo);
  CHECK(parse({"check"}).exit_code == kExitUsageOrIo);
  CHECK(parse({}).exit_code == kExitUsageOrIo);
  CHECK(parse({"frobnicate"}).exit_code == kExitUsageOrIo);
  CHECK(parse({"--lang", "fr", "check", "a.yaml"}).exit_code == kExitUsageOrIo);
  CHECK(parse({"check", "--max-file-size", "3G", "a.yaml"}).exit_code == kExitUsageOrIo);
  CHECK(parse({"check", "--max-file-size", "0", "a.yaml"}).exit_code == kExitUsageOrIo);
}

TEST_CASE("report takes its options") {
  const auto parsed = parse({"report",   "--as-of",   "2021-06-30", "--fail-on", "not-met,at-risk",
                             "--format", "json",      "--unit",     "van-phong", "--max-file-size",
                             "2M",       "-o",        "a.html",     "-o",        "a.csv",
                             "--bom",    "--year",    "2021",       "--number",  "15/BC-SCT",
                             "--place",  "Ninh Bình", "examples"});
  REQUIRE_FALSE(parsed.exit_code.has_value());
  const auto* report = std::get_if<ReportCommand>(&parsed.command);
  REQUIRE(report != nullptr);
  CHECK(report->as_of == "2021-06-30");
  CHECK(report->fail_on == std::vector<std::string>{"not-met", "at-risk"});
  CHECK(report->format == "json");
  CHECK(report->outputs == std::vector<std::string>{"a.html", "a.csv"});
  CHECK(report->bom);
  CHECK(report->year == 2021);
  CHECK(report->number == "15/BC-SCT");
  CHECK(report->place == "Ninh Bình");
  CHECK(report->unit == "van-phong");
  CHECK(report->max_file_size == 2ULL << 20);
  CHECK(parse({"report", "--as-of", "2021-02-30", "examples"}).exit_code == kExitUsageOrIo);
  CHECK(parse({"report", "--fail-on", "met,broken", "examples"}).exit_code == kExitUsageOrIo);
  CHECK(parse({"report", "--format", "pdf", "examples"}).exit_code == kExitUsageOrIo);
  CHECK(parse({"report", "--year", "99", "examples"}).exit_code == kExitUsageOrIo);
  CHECK(split_list("a,,b,") == std::vector<std::string>{"a", "b"});
}
