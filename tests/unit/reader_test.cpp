#include "core/yaml/reader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

#include "core/diag/catalogue.hpp"
#include "core/yaml/json_events.hpp"

using namespace qobj;
using namespace qobj::yaml;

namespace {

ReadResult read(std::string text, ReaderLimits limits = {}) {
  return read_yaml("t.yaml", std::move(text), limits);
}

// The single diagnostic of a read, as "code line:column".
std::string only_diagnostic(const ReadResult& result) {
  REQUIRE(result.diagnostics.size() == 1);
  const auto& d = result.diagnostics[0];
  return fmt::format("{} {}:{}", message_code(d.message), d.location.line, d.location.column);
}

}  // namespace

TEST_CASE("every rejection is reported at the right place") {
  struct Case {
    const char* name;
    std::string text;
    const char* expected;
  };
  const Case cases[] = {
      {"duplicate key", "a: 1\nb: 2\na: 3\n", "yaml.duplicate-key 3:1"},
      {"merge key", "x: &x {a: 1}\ny:\n  <<: *x\n", "yaml.merge-key 3:3"},
      {"second document", "a: 1\n---\nb: 2\n", "yaml.multiple-documents 2:1"},
      {"undefined alias", "a: 1\nb: *nope\n", "yaml.undefined-alias 2:4"},
      {"recursive alias", "a: &r [1, *r]\n", "yaml.recursive-alias 1:11"},
      {"unterminated double quote", "a: 1\nb: \"abc\n  def\n", "yaml.unterminated-string 2:4"},
      {"unterminated single quote", "a: 'x\n", "yaml.unterminated-string 1:4"},
      {"tab indentation", "a:\n\tb: 1\n", "yaml.tab-indent 2:1"},
      {"tab indentation deeper", "a:\n  b: 1\n  \tc: 2\n", "yaml.tab-indent 3:3"},
      {"unclosed flow sequence", "a: [1, 2\nb: 3\n", "yaml.unclosed-flow 1:4"},
      {"unclosed flow mapping", "a: {x: 1\n", "yaml.unclosed-flow 1:4"},
      {"empty file", "", "yaml.empty-file 1:1"},
      {"blank file", "\n  \n", "yaml.empty-file 1:1"},
      {"comments only", "# a\n# b: 1\n", "yaml.comments-only 1:1"},
      {"empty key", "a: 1\n: 2\n", "yaml.empty-key 2:1"},
      {"complex key", "? [a]\n: 1\n", "yaml.complex-key 1:3"},
      {"syntax", "a: 1\n  b: 2\n", "yaml.syntax 2:4"},
      {"nul", std::string("a: \0", 4), "yaml.nul-byte 1:4"},
      {"invalid utf-8 after a BOM",
       "\xEF\xBB\xBF"
       "a: \xC3",
       "yaml.invalid-utf8 1:4"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    CHECK(only_diagnostic(read(c.text)) == c.expected);
  }
}

TEST_CASE("a duplicate key points back at the first one, and keys compare in NFC") {
  const auto result = read("k:\n  ho\xCC\x82\xCC\x80: 1\n  h\xE1\xBB\x93: 2\n");
  REQUIRE(result.diagnostics.size() == 1);
  const auto& d = result.diagnostics[0];
  CHECK(d.message == MessageId::yaml_duplicate_key);
  CHECK(d.args == std::vector<MessageArg>{"hồ"});
  CHECK(d.location.line == 3);
  CHECK(d.location.column == 3);
  CHECK(d.pointer == "/k/hồ");
  REQUIRE(d.related);
  CHECK(d.related->location.line == 2);
  CHECK(d.related->location.column == 3);
  CHECK(result.document.has_value());  // the tree is still there for later checks
}

TEST_CASE("duplicates are found in large mappings too") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += fmt::format("k{}: {}\n", i, i);
  text += "k7: again\n";
  CHECK(only_diagnostic(read(text)) == "yaml.duplicate-key 41:1");
  CHECK(read("a: 1\nb: 2\nc:\n  a: 1\n").diagnostics.empty());  // other mappings may reuse keys
}

TEST_CASE("duplicates are found among escaped keys, whose text is copied as it grows") {
  // Escaped keys live in the arena, which moves as it grows: the index must survive that.
  std::string text;
  for (int i = 0; i < 200; ++i) text += fmt::format("\"k\\x4{}{}\": {}\n", i % 10, i, i);
  text += "\"k\\x477\": again\n";
  CHECK(only_diagnostic(read(text)) == "yaml.duplicate-key 201:1");
}

TEST_CASE("nesting and alias expansion are bounded") {
  ReaderLimits limits;
  limits.max_depth = 3;
  CHECK(read("a:\n  b:\n    c: 1\n", limits).diagnostics.empty());
  CHECK(only_diagnostic(read("a:\n  b:\n    c:\n      d: 1\n", limits)) == "yaml.too-deep 4:7");

  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char previous = 'a';
  for (char name = 'b'; name <= 'j'; ++name) {
    bomb += std::string(1, name) + ": &" + name + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + previous;
    bomb += "]\n";
    previous = name;
  }
  const auto result = read(bomb);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].message == MessageId::yaml_alias_budget);
  CHECK_FALSE(result.document.has_value());
}

TEST_CASE("a deeply nested flow does not crash") {
  const auto result = read(std::string("a: ").append(100000, '['));
  CHECK(has_errors(result.diagnostics));
  CHECK_FALSE(result.document.has_value());
}

TEST_CASE("CRLF line ends and a byte order mark keep columns right") {
  const auto result = read(
      "\xEF\xBB\xBF"
      "a: 1\r\nb: 2\r\nb: 3\r\n");
  CHECK(only_diagnostic(result) == "yaml.duplicate-key 3:1");
  const auto& doc = *result.document;
  const auto b = *doc.find(doc.root(), "b");
  CHECK(doc.text(b) == "2");
  CHECK(doc.location(b).line == 2);
  CHECK(doc.location(b).column == 4);
}

TEST_CASE("UTF-16 input is decoded and read") {
  const std::string utf16le(
      "\xFF\xFE"
      "a\0:\0 \0"
      "1\0\n\0",
      12);
  const auto result = read(utf16le);
  REQUIRE(result.document);
  CHECK(result.document->text(*result.document->find(0, "a")) == "1");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].severity == Severity::warning);
}

TEST_CASE("strict JSON takes the fast path, with the same positions and checks") {
  CHECK(is_strict_json(" {\"a\": [1, 2.5e3, -0, true, null, \"x\\u00e9\\uD83D\\uDCA9\"]}\n"));
  CHECK_FALSE(is_strict_json("{a: 1}"));         // YAML flow style: left to yaml-cpp
  CHECK_FALSE(is_strict_json("[1, 2,]"));        // trailing comma
  CHECK_FALSE(is_strict_json("{\"a\": 01}"));    // leading zero
  CHECK_FALSE(is_strict_json("[\"\\uDC00\"]"));  // lone low surrogate
  CHECK_FALSE(is_strict_json("{} {}"));
  CHECK_FALSE(is_strict_json("a: 1"));

  const auto result =
      read("{\"agency\": \"Sở\",\n \"n\": 1.150, \"s\": \"x\\uD83D\\uDCA9\", \"agency\": 2}");
  CHECK(only_diagnostic(result) == "yaml.duplicate-key 2:36");
  const auto& doc = *result.document;
  const NodeId n = *doc.find(doc.root(), "n");
  CHECK(doc.text(n) == "1.150");
  CHECK(doc.style(n) == Style::plain);
  CHECK(doc.location(n).line == 2);
  CHECK(doc.location(n).column == 7);
  const NodeId s = *doc.find(doc.root(), "s");
  CHECK(doc.text(s) == "x💩");
  CHECK(doc.style(s) == Style::double_quoted);
  CHECK(doc.kind(*doc.find(doc.root(), "agency")) == NodeKind::scalar);

  // Past the depth limit on the fast path too, and never a crash on deep input.
  CHECK(only_diagnostic(read(std::string(100, '[') + std::string(100, ']'))) ==
        "yaml.too-deep 1:65");
  CHECK(has_errors(read(std::string(100000, '[') + std::string(100000, ']')).diagnostics));
}
