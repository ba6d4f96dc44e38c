#include "core/text/safe_text.hpp"

#include <doctest/doctest.h>

#include "core/source/inputs.hpp"
#include "core/text/utf8.hpp"
#include "core/yaml/source_scan.hpp"

using namespace qobj::text;

TEST_CASE("text may hold tab and line breaks, not other controls or noncharacters") {
  for (const char32_t allowed :
       {U'\t', U'\n', U'\r', U' ', U'ở', U'\u00A0', U'\uFFFD', U'\U0001D11E'})
    CHECK(is_allowed_in_text(allowed));
  for (const char32_t refused : {U'\0', U'\a', U'\x1B', U'\x7F', U'\u0085', U'\u009B', U'\uFDD0',
                                 U'\uFFFE', U'\uFFFF', U'\U0010FFFF'})
    CHECK_FALSE(is_allowed_in_text(refused));
}

TEST_CASE("the first character that is not allowed is found with its offset") {
  CHECK_FALSE(find_disallowed_char("Sở Công Thương\tnăm 2021\n").has_value());
  const auto found = find_disallowed_char("Sở\x1B[31m");
  REQUIRE(found.has_value());
  CHECK(found->first == 4);
  CHECK(found->second == U'\x1B');
  CHECK(find_disallowed_char("ab\xC2\x9B")->second == U'\u009B');
}

TEST_CASE("a terminal is shown escapes it cannot act on") {
  CHECK(show_unsafe("Sở Công Thương") == "Sở Công Thương");
  CHECK(show_unsafe("a\x1B[2Jb") == "a\\e[2Jb");
  CHECK(show_unsafe("bell\a") == "bell\\u0007");
  CHECK(show_unsafe("csi\xC2\x9B") == "csi\\u009B");
  CHECK(show_unsafe("caf\xE9.yaml") == "caf\\xE9.yaml");
  CHECK(show_unsafe(std::string_view("nul\0", 4)) == "nul\\u0000");
  CHECK(show_unsafe("\xEF\xBF\xBF") == "\\uFFFF");
}

TEST_CASE("XML and JSON get U+FFFD for what they cannot hold") {
  CHECK(replace_unsafe("Phòng\x1B[31m") == "Phòng\uFFFD[31m");
  CHECK(replace_unsafe("caf\xE9") == "caf\uFFFD");
  CHECK(replace_unsafe("\xE1\xBB") == "\uFFFD\uFFFD");  // a truncated sequence, byte by byte
  CHECK(replace_unsafe("tab\tline\n") == "tab\tline\n");
  CHECK(is_safe_text(replace_unsafe("\x00\x7F\xC2\x85\xEF\xBF\xBE\xFF")));
}

TEST_CASE("yaml-cpp's Latin-1 bytes for \\_ and \\N are read as the characters they are") {
  CHECK(repair_latin1_bytes("S\xA0x") == "S\u00A0x");
  CHECK(repair_latin1_bytes("V\xC4\x83n\x85") == "V\u0103n\u0085");
}

TEST_CASE("the escape that stands for a character is found in the source") {
  using qobj::yaml::find_escape_for;
  const std::string_view line = R"(title: "Ph\u00f2ng \e[31m \x00 \U0000FFFF \N")";
  const std::size_t quote = line.find('"');
  CHECK(find_escape_for(line, quote, U'\x1B') == line.find("\\e"));
  CHECK(find_escape_for(line, quote, U'\0') == line.find("\\x00"));
  CHECK(find_escape_for(line, quote, U'\uFFFF') == line.find("\\U"));
  CHECK(find_escape_for(line, quote, U'\u0085') == line.find("\\N"));
  CHECK_FALSE(find_escape_for(line, quote, U'\a').has_value());
}

TEST_CASE("flow nesting deeper than the limit is found before yaml-cpp reads it") {
  using qobj::yaml::find_flow_too_deep;
  CHECK(find_flow_too_deep("a: " + std::string(100000, '['), 64) == 3 + 64);
  // After a document marker, an anchor or a tag, the node still starts (review finding).
  CHECK(find_flow_too_deep("--- " + std::string(100, '['), 64) == 4 + 64);
  CHECK(find_flow_too_deep("a: &x " + std::string(100, '['), 64) == 6 + 64);
  CHECK(find_flow_too_deep("a: !!seq " + std::string(100, '['), 64) == 9 + 64);
  CHECK(find_flow_too_deep("- " + std::string(65, '{'), 64) == 2 + 64);
  CHECK_FALSE(find_flow_too_deep("a: " + std::string(64, '[') + std::string(64, ']'), 64));
  // Brackets that do not open anything: in quotes, comments, plain text, after a closed one.
  CHECK_FALSE(find_flow_too_deep("a: \"" + std::string(100, '[') + "\"\n", 64));
  CHECK_FALSE(find_flow_too_deep("a: '" + std::string(100, '[') + "'\n", 64));
  CHECK_FALSE(find_flow_too_deep("# " + std::string(100, '[') + "\nb: 1\n", 64));
  CHECK_FALSE(find_flow_too_deep("a: x" + std::string(100, '[') + "\n", 64));
  // "- " inside plain text opens nothing (a sequence item starts only where a node may).
  CHECK_FALSE(
      find_flow_too_deep("a: 20" + std::string(70, '{') + " - " + std::string(70, '{'), 64));
  CHECK(find_flow_too_deep("- - " + std::string(70, '['), 64).has_value());
  CHECK_FALSE(find_flow_too_deep(
      "a: [it's, \"[[\", {b: '[['}]\n" + std::string(10, '[') + std::string(10, ']'), 64));
}

TEST_CASE("exclude patterns match a path whatever its spelling, or its name") {
  qobj::Excludes excludes{{"data/2020/*", "nhap", "*.draft.yaml", "./old/"}};
  CHECK(excludes.matches("./data/2020/measurements.yaml"));
  CHECK(excludes.matches("data//2020/objectives.yaml"));
  CHECK(excludes.matches("2021/nhap"));
  CHECK(excludes.matches("2021/mt.draft.yaml"));
  CHECK(excludes.matches("old"));
  CHECK(excludes.matches("old/"));
  CHECK_FALSE(excludes.matches("data/2021/measurements.yaml"));
  CHECK_FALSE(excludes.matches("2021/nhap-2.yaml"));
}
