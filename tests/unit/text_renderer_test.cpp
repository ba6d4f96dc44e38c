#include "core/diag/text_renderer.hpp"

#include <doctest/doctest.h>

using namespace qobj;

namespace {

Diagnostic duplicate_at(std::uint32_t line, std::uint32_t column) {
  Diagnostic d;
  d.message = MessageId::yaml_duplicate_key;
  d.args = {"tên"};
  d.location = Location{"f.yaml", line, column, 0};
  return d;
}

}  // namespace

TEST_CASE("the caret sits under the column, by display width") {
  CHECK(caret_padding("abc", 3) == "  ");
  CHECK(caret_padding("Hồ Chí: x", 9) == std::string(8, ' '));
  // NFD: "Hồ" is four code points but two columns wide.
  CHECK(caret_padding("Ho\xCC\x82\xCC\x80: x", 7) == std::string(4, ' '));
  CHECK(caret_padding("\tb: 1", 2) == "\t");
}

TEST_CASE("a diagnostic shows location, code, message, source line, caret and hint") {
  const SourceFile source("f.yaml", "tên: a\n  tên: b\n");
  const SourceLookup lookup = [&](const std::string& name) {
    return name == "f.yaml" ? &source : nullptr;
  };
  const std::string text = render_diagnostic(duplicate_at(2, 3), lookup, {Lang::en, false});
  CHECK(text ==
        "f.yaml:2:3: error[yaml.duplicate-key]: duplicate key \"tên\" in this mapping\n"
        " 2 |   tên: b\n"
        "   |   ^\n"
        "  = hint: each key may appear once in a mapping: remove one of them or merge their "
        "values\n");
  const std::string vi = render_diagnostic(duplicate_at(2, 3), lookup, {Lang::vi, false});
  CHECK(vi.find("f.yaml:2:3: lỗi[yaml.duplicate-key]: khoá \"tên\" bị lặp") == 0);
  CHECK(vi.find("  = gợi ý: ") != std::string::npos);
}

TEST_CASE("colour only when asked") {
  const SourceLookup none = [](const std::string&) { return nullptr; };
  CHECK(render_diagnostic(duplicate_at(1, 1), none, {Lang::en, false}).find('\x1b') ==
        std::string::npos);
  CHECK(render_diagnostic(duplicate_at(1, 1), none, {Lang::en, true}).find("\x1b[1;31m") !=
        std::string::npos);
}

TEST_CASE("a related location is shown as a note") {
  const SourceFile source("f.yaml", "a: 1\na: 2\n");
  const SourceLookup lookup = [&](const std::string&) { return &source; };
  Diagnostic d = duplicate_at(2, 1);
  d.args = {"a"};
  d.related = RelatedLocation{Location{"f.yaml", 1, 1, 0}, MessageId::yaml_duplicate_key_first};
  const std::string text = render_diagnostic(d, lookup, {Lang::en, false});
  CHECK(text.find("f.yaml:1:1: note: \"a\" is first defined here\n 1 | a: 1\n   | ^\n") !=
        std::string::npos);
}

TEST_CASE("a whole-file diagnostic has no line or column") {
  Diagnostic d;
  d.message = MessageId::io_not_found;
  d.args = {"missing.yaml"};
  d.location = Location{"missing.yaml", 0, 0, 0};
  const std::string text = render_diagnostic(d, nullptr, {Lang::en, false});
  CHECK(text.find("missing.yaml: error[io.not-found]: cannot read missing.yaml") == 0);
}

TEST_CASE("long lines are shown as a window around the column") {
  const std::string line = std::string(500, 'a') + "X" + std::string(500, 'b');
  const SourceFile source("f.yaml", line);
  const SourceLookup lookup = [&](const std::string&) { return &source; };
  const std::string text = render_diagnostic(duplicate_at(1, 501), lookup, {Lang::en, false});
  CHECK(text.size() < 600);
  const auto source_line = text.find(" 1 | …");
  REQUIRE(source_line != std::string::npos);
  const auto caret_line = text.find("   | ", source_line + 1);
  REQUIRE(caret_line != std::string::npos);
  // The caret is under the X.
  const std::string shown =
      text.substr(source_line + 5, text.find('\n', source_line) - source_line - 5);
  const std::string caret =
      text.substr(caret_line + 5, text.find('\n', caret_line) - caret_line - 5);
  CHECK(caret == std::string(shown.find('X') - 2, ' ') + "^");  // "…" is 3 bytes, 1 column
}

TEST_CASE("the summary counts files, errors and warnings") {
  std::vector<Diagnostic> diagnostics(2, duplicate_at(1, 1));
  diagnostics[1].severity = Severity::warning;
  CHECK(render_check_summary(3, diagnostics, {Lang::en, false}) ==
        "3 files checked: 1 error, 1 warning\n");
  CHECK(render_check_summary(1, {}, {Lang::en, false}) == "1 file checked: no problems found\n");
  CHECK(render_check_summary(2, diagnostics, {Lang::vi, false}) ==
        "đã kiểm tra 2 tệp: 1 lỗi, 1 cảnh báo\n");
}

TEST_CASE("what a diagnostic echoes of the input cannot act on the terminal or fake a line") {
  const Diagnostic d = Diagnostic::error(MessageId::schema_unknown_key,
                                         {"a\r1 file checked: no problems found\x1b[2J", "", ""},
                                         Location{"in\nput\x1b]0;x\x07.yaml", 3, 1, 10});
  const std::string out = render_diagnostic(d, nullptr, {Lang::en, false});
  CHECK(out.find('\r') == std::string::npos);
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("in\\nput\\e]0;x\\u0007.yaml:3:1") == 0);
  CHECK(out.find("a\\r1 file checked: no problems found\\e[2J") != std::string::npos);
}

TEST_CASE("past ten files, what was not shown is said in one line") {
  Omitted omitted;
  for (int i = 0; i < 12; ++i) {
    Diagnostic d = Diagnostic::error(MessageId::yaml_syntax, {}, Location{std::to_string(i)});
    omitted.add(d);
    omitted.add(d);
  }
  CHECK(render_omitted(omitted, {Lang::en, false}) ==
        "12 files have 24 more errors and 0 more warnings not shown (qobj shows the first 200 of "
        "a file and 5000 of a run; fix these and check again)\n");
  Omitted few;
  few.add(Diagnostic::error(MessageId::yaml_syntax, {}, Location{"a.yaml"}));
  CHECK(render_omitted(few, {Lang::en, false}).rfind("a.yaml: 1 more errors", 0) == 0);
}
