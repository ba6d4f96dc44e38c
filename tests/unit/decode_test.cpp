#include "core/source/decode.hpp"

#include <doctest/doctest.h>

using namespace qobj;

namespace {

std::string utf16(std::u16string_view text, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (const char16_t unit : text) {
    const char hi = static_cast<char>(unit >> 8);
    const char lo = static_cast<char>(unit & 0xFF);
    out += little_endian ? lo : hi;
    out += little_endian ? hi : lo;
  }
  return out;
}

}  // namespace

TEST_CASE("valid UTF-8 passes untouched, a byte order mark is skipped") {
  auto plain = decode_source("a.yaml", "a: Sở\n");
  REQUIRE(plain.source);
  CHECK(plain.diagnostics.empty());
  CHECK(plain.source->content() == "a: Sở\n");

  auto bom = decode_source("b.yaml",
                           "\xEF\xBB\xBF"
                           "a: 1\n");
  REQUIRE(bom.source);
  CHECK(bom.source->content_start() == 3);
  CHECK(bom.source->content() == "a: 1\n");
}

TEST_CASE("invalid UTF-8 is reported at the first bad byte, with its line shown") {
  auto result = decode_source("a.yaml", "a: 1\nb: S\xF4ng\n");
  CHECK_FALSE(result.source);
  REQUIRE(result.diagnostics.size() == 1);
  const auto& d = result.diagnostics[0];
  CHECK(d.message == MessageId::yaml_invalid_utf8);
  CHECK(d.args == std::vector<MessageArg>{"F4"});
  CHECK(d.location.line == 2);
  CHECK(d.location.column == 5);
  CHECK(d.location.offset == 9);
  REQUIRE(result.display);
  CHECK(result.display->line_text(2) == "b: S\uFFFDng");
}

TEST_CASE("NUL and control characters are refused") {
  auto nul = decode_source("a.yaml", std::string("a: 1\0", 5));
  REQUIRE(nul.diagnostics.size() == 1);
  CHECK(nul.diagnostics[0].message == MessageId::yaml_nul_byte);
  CHECK(nul.diagnostics[0].location.column == 5);

  auto vt = decode_source("a.yaml", "đ: x\x0B");
  REQUIRE(vt.diagnostics.size() == 1);
  CHECK(vt.diagnostics[0].message == MessageId::yaml_control_char);
  CHECK(vt.diagnostics[0].args == std::vector<MessageArg>{"000B"});
  CHECK(vt.diagnostics[0].location.column == 5);

  CHECK(decode_source("a.yaml", "a:\tb\r\n").diagnostics.empty());  // tab, CR, LF are text
}

TEST_CASE("UTF-16 with a byte order mark is decoded, with a warning") {
  for (const bool little_endian : {true, false}) {
    auto result = decode_source("a.yaml", utf16(u"đơn vị: Sở 𝄞\n", little_endian));
    REQUIRE(result.source);
    CHECK(result.source->text() == "đơn vị: Sở 𝄞\n");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].severity == Severity::warning);
    CHECK(result.diagnostics[0].message == MessageId::yaml_utf16_decoded);
    CHECK(result.diagnostics[0].args[0].text == (little_endian ? "UTF-16LE" : "UTF-16BE"));
  }
}

TEST_CASE("broken UTF-16, UTF-16 without a mark and UTF-32 are refused") {
  auto lone = decode_source("a.yaml", utf16(u"a\xD800", true));
  REQUIRE(lone.diagnostics.size() == 1);
  CHECK(lone.diagnostics[0].message == MessageId::yaml_invalid_utf16);

  auto odd = decode_source("a.yaml", std::string("\xFF\xFE"
                                                 "a",
                                                 3));
  REQUIRE(odd.diagnostics.size() == 1);
  CHECK(odd.diagnostics[0].message == MessageId::yaml_invalid_utf16);

  auto unmarked = decode_source("a.yaml", std::string("a\0:\0", 4));
  REQUIRE(unmarked.diagnostics.size() == 1);
  CHECK(unmarked.diagnostics[0].message == MessageId::yaml_unsupported_encoding);
  CHECK(unmarked.diagnostics[0].args[0].text == "UTF-16LE without a byte order mark");
  CHECK(unmarked.diagnostics[0].args[0].text_vi == "UTF-16LE không có dấu BOM");

  auto utf32 = decode_source("a.yaml", std::string("\xFF\xFE\0\0a\0\0\0", 8));
  REQUIRE(utf32.diagnostics.size() == 1);
  CHECK(utf32.diagnostics[0].message == MessageId::yaml_unsupported_encoding);
  CHECK(utf32.diagnostics[0].args[0].text == "UTF-32");
}
