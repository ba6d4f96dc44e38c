// The fast path for simple YAML (simple_events.hpp) must build exactly the document, and
// give exactly the diagnostics, that yaml-cpp's events do: compared here on every YAML file
// of the repository and on hand-written edge cases.
#include "core/yaml/simple_events.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/diag/catalogue.hpp"
#include "core/yaml/reader.hpp"

using namespace qobj;
using namespace qobj::yaml;

namespace {

// Every node and every diagnostic of a read, one line each.
std::string describe(const ReadResult& read) {
  std::string out;
  if (read.document) {
    const Document& doc = *read.document;
    for (NodeId id = 0; id < doc.node_count(); ++id) {
      out += fmt::format("{} kind={} style={} offset={} alias={} size={} tag='{}' text='{}'\n", id,
                         static_cast<int>(doc.kind(id)), static_cast<int>(doc.style(id)),
                         doc.offset(id), doc.is_alias(id), doc.size(id), doc.tag(id), doc.text(id));
    }
  } else {
    out += "no document\n";
  }
  for (const Diagnostic& d : read.diagnostics) {
    out += fmt::format("{} {}:{} {} {}\n", message_code(d.message), d.location.line,
                       d.location.column, d.pointer, format_message(d.message, Lang::en, d.args));
  }
  return out;
}

// Whether the fast path takes `text`, and then whether it reads it as yaml-cpp does.
bool same_as_yaml_cpp(const std::string& name, const std::string& text) {
  ReaderLimits slow;
  slow.fast_paths = false;
  const std::string fast_read = describe(read_yaml(name, text));
  const std::string slow_read = describe(read_yaml(name, text, slow));
  CHECK_MESSAGE(fast_read == slow_read, name);
  return fast_read == slow_read;
}

}  // namespace

TEST_CASE("the fast path reads every simple YAML file of the repository as yaml-cpp does") {
  std::size_t taken = 0, files = 0;
  for (const char* folder : {"tests/fixtures", "examples", "tests/fuzz"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::string(QOBJ_SOURCE_DIR) + "/" + folder)) {
      const auto extension = entry.path().extension();
      if (!entry.is_regular_file() || (extension != ".yaml" && extension != ".yml")) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      ++files;
      // Each document of a fuzz corpus file ("#---" joins two) is a file of its own.
      std::string text = bytes.str();
      const auto split = text.find("\n#---\n");
      if (split != std::string::npos) text = text.substr(0, split + 1);
      const std::size_t bom = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
      if (!is_simple_yaml(std::string_view(text).substr(bom))) continue;
      ++taken;
      same_as_yaml_cpp(entry.path().string(), text);
    }
  }
  MESSAGE(fmt::format("{} of {} YAML files are read by the fast path", taken, files));
  CHECK(taken > 50);
}

TEST_CASE("what the fast path takes, it reads as yaml-cpp does") {
  const char* taken[] = {
      "a: 1\n",
      "a: 1\r\nb: 'x'\r\n",
      "# comment\n\na: b # comment\n  # indented comment\nc: \"d e\"\n",
      "a:\n  b:\n    - 1\n    - {x: y, z: [1, 2, []], w: {}}\n    -\n    - ~\n  c:\nd: null\n",
      "a:\n- 1\n- 2\nb: 3\n",
      "- id: MT1\n  targets:\n    - {id: a, kind: zero-count}\n- id: MT2\n",
      "a: 'it''s'\nb: \"quoted: yes\"\nc: x#y\nd: http://x/y\ne: -5\nf: 2021-Q1\n",
      "\"quoted key\": 1\n'single': 2\n",
      "a: [Sở Công Thương, \"x, y\", 'z']\n",
      "a: {k: Cục Thống kê tỉnh, n: 107.2}\n",
      "a:    \n  # x\nb: 1\n",
      "a: NULL\nb: Null\nc: ~\n",
      "k: v\n\n\n",
  };
  for (const char* text : taken) {
    INFO(text);
    CHECK(is_simple_yaml(text));
    same_as_yaml_cpp("t.yaml", text);
  }
}

TEST_CASE("the fast path leaves to yaml-cpp what is not in its subset") {
  const char* left[] = {
      "",                        // empty: yaml-cpp's diagnostics
      "# only a comment\n",      //
      "a: &x 1\nb: *x\n",        // anchors and aliases
      "a: !!str 1\n",            // tags
      "a: |\n  text\n",          // block scalars
      "a: >-\n  text\n",         //
      "a: b\n  c\n",             // multi-line plain scalars
      "a: \"x\\ty\"\n",          // escapes
      "a: \"x\n  y\"\n",         // multi-line quoted
      "a: [1,\n  2]\n",          // flow over two lines
      "a:\tb\n",                 // tabs
      "\ta: b\n",                //
      "---\na: b\n",             // documents
      "%YAML 1.2\n---\na: b\n",  //
      "a: b: c\n",               // errors
      "a: 1\n a: 2\n",           //
      "  a: 1\n",                // an indented root
      "[1, 2]\n",                // a flow root
      "scalar\n",                //
      "a: [1, 2,]\n",            // a trailing comma
      "a: {x}\n",                // a key without a value
      "a: {x: }\n",              //
      "a: {x:1}\n",              //
      "~: 1\n",                  // a null key
      "? a\n: b\n",              // complex keys
      "- - a\n",                 //
      "a: - b\n",                //
      "a: x[1] {2}\n",           // fine in block text, but left: brackets in a key line
      "a: 1\r2\n",               // a carriage return inside a line
  };
  for (const char* text : left) {
    INFO(text);
    if (is_simple_yaml(text)) same_as_yaml_cpp("t.yaml", text);
  }
  // yaml-cpp refuses a key whose ':' is more than 1024 bytes away (a review finding).
  for (const std::string& key : {std::string(1100, 'k'), "'" + std::string(1100, 'k') + "'"}) {
    CHECK_FALSE(is_simple_yaml(key + ": 1\n"));
    CHECK_FALSE(is_simple_yaml("a: {" + key + ": 1}\n"));
  }
  CHECK_FALSE(is_simple_yaml("a: &x 1\n"));
  CHECK_FALSE(is_simple_yaml("a: |\n  text\n"));
  CHECK_FALSE(is_simple_yaml("a: b\n  c\n"));
  CHECK_FALSE(is_simple_yaml("a: [1,\n  2]\n"));
  CHECK_FALSE(is_simple_yaml("---\na: b\n"));
}
