#include "core/yaml/document.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "core/yaml/reader.hpp"

using namespace qobj;
using namespace qobj::yaml;

namespace {

Document parse(std::string text) {
  auto result = read_yaml("t.yaml", std::move(text));
  REQUIRE(result.document.has_value());
  CHECK(result.diagnostics.empty());
  return std::move(*result.document);
}

}  // namespace

TEST_CASE("scalars keep their text, style and tag, untyped") {
  const Document doc = parse(
      "count: 02\nflag: yes\namount: 1.150\ngrowth: 7,5\noctal: 010\n"
      "single: 'it''s'\ndouble: \"a\\tb\"\nliteral: |\n  line 1\n  line 2\nfolded: >\n  a\n  b\n"
      "tagged: !!str 12\n");
  const NodeId root = doc.root();
  CHECK(doc.kind(root) == NodeKind::mapping);
  CHECK(doc.size(root) == 10);
  auto text = [&](const char* key) { return doc.text(*doc.find(root, key)); };
  auto style = [&](const char* key) { return doc.style(*doc.find(root, key)); };
  CHECK(text("count") == "02");
  CHECK(text("flag") == "yes");
  CHECK(text("amount") == "1.150");
  CHECK(text("growth") == "7,5");
  CHECK(text("octal") == "010");
  CHECK(style("count") == Style::plain);
  CHECK(text("single") == "it's");
  CHECK(style("single") == Style::single_quoted);
  CHECK(text("double") == "a\tb");
  CHECK(style("double") == Style::double_quoted);
  CHECK(text("literal") == "line 1\nline 2\n");
  CHECK(style("literal") == Style::literal);
  CHECK(text("folded") == "a b\n");
  CHECK(style("folded") == Style::folded);
  CHECK(doc.tag(*doc.find(root, "tagged")) == "tag:yaml.org,2002:str");
  CHECK(doc.tag(*doc.find(root, "count")).empty());
  CHECK(doc.tag(*doc.find(root, "single")).empty());
}

TEST_CASE("all text is NFC") {
  const Document doc =
      parse("t\xC3\xAAn: \"Ho\xCC\x82\xCC\x80 Chi\xCC\x81 Minh\"\nx: Vie\xCC\xA3\xCC\x82t\n");
  CHECK(doc.text(*doc.find(doc.root(), "tên")) == "Hồ Chí Minh");
  CHECK(doc.text(*doc.find(doc.root(), "x")) == "Việt");
}

TEST_CASE("positions: 1-based lines, columns in characters, byte offsets") {
  const Document doc = parse("tên: Sở\nđơn vị:\n  - phòng\n");
  const NodeId units = *doc.find(doc.root(), "đơn vị");
  CHECK(doc.kind(units) == NodeKind::sequence);
  const NodeId first = *doc.items(units).begin();
  const Location loc = doc.location(first);
  CHECK(loc.line == 3);
  CHECK(loc.column == 5);
  CHECK(loc.offset == std::string_view("tên: Sở\nđơn vị:\n  - ").size());
  CHECK(doc.location(*doc.find(doc.root(), "tên")).column == 6);
  CHECK(doc.pointer(first) == "/đơn vị/0");
}

TEST_CASE("an empty value is positioned after its key, not at the next token") {
  const Document doc = parse("a:\n\n# comment\nb: ~\nc: null\nd:\n  -\n  - x\n");
  const NodeId a = *doc.find(doc.root(), "a");
  CHECK(doc.kind(a) == NodeKind::null);
  CHECK(doc.text(a).empty());
  CHECK(doc.location(a).line == 1);
  CHECK(doc.location(a).column == 3);
  const NodeId b = *doc.find(doc.root(), "b");
  CHECK(doc.kind(b) == NodeKind::null);
  CHECK(doc.text(b) == "~");
  CHECK(doc.location(b).column == 4);
  CHECK(doc.text(*doc.find(doc.root(), "c")) == "null");
  const NodeId empty_item = *doc.items(*doc.find(doc.root(), "d")).begin();
  CHECK(doc.location(empty_item).line == 7);
  CHECK(doc.location(empty_item).column == 4);
}

TEST_CASE("aliases read as their anchor but keep their own position") {
  const Document doc = parse("unit: &u {id: vp, name: Văn phòng}\nother: *u\n");
  const NodeId other = *doc.find(doc.root(), "other");
  CHECK(doc.is_alias(other));
  CHECK(doc.kind(other) == NodeKind::mapping);
  CHECK(doc.text(*doc.find(other, "name")) == "Văn phòng");
  CHECK(doc.location(other).line == 2);
  CHECK(doc.location(other).column == 8);
}

TEST_CASE("children are iterated in order, skipping subtrees") {
  const Document doc = parse("- [1, [2, 3]]\n- {a: [4]}\n- 5\n");
  std::vector<NodeKind> kinds;
  for (const NodeId item : doc.items(doc.root())) kinds.push_back(doc.kind(item));
  CHECK(kinds == std::vector<NodeKind>{NodeKind::sequence, NodeKind::mapping, NodeKind::scalar});
  std::vector<std::string_view> keys;
  for (const Entry entry : doc.entries(*std::next(doc.items(doc.root()).begin())))
    keys.push_back(doc.text(entry.key));
  CHECK(keys == std::vector<std::string_view>{"a"});
  CHECK_FALSE(doc.find(doc.root(), "a").has_value());  // not a mapping
  CHECK(doc.size(*doc.items(doc.root()).begin()) == 2);
}

TEST_CASE("pointers go up through parents: keys, indexes, escapes, a large list") {
  const Document doc = parse("a:\n  - x\n  - {b/c: [1, 2], d~e: 3}\nf: 4\n");
  const NodeId list = *doc.find(doc.root(), "a");
  std::vector<NodeId> items(doc.items(list).begin(), doc.items(list).end());
  const NodeId inner = *doc.find(items[1], "b/c");
  std::vector<NodeId> numbers(doc.items(inner).begin(), doc.items(inner).end());
  CHECK(doc.pointer(doc.root()) == "");
  CHECK(doc.pointer(items[0]) == "/a/0");
  CHECK(doc.pointer(numbers[1]) == "/a/1/b~1c/1");
  CHECK(doc.pointer(*doc.find(items[1], "d~e")) == "/a/1/d~0e");
  CHECK(doc.pointer(*doc.find(doc.root(), "f")) == "/f");

  std::string big = "records:\n";
  for (int i = 0; i < 100000; ++i) big += "  - {n: " + std::to_string(i) + "}\n";
  const Document large = parse(big);
  const NodeId records = *large.find(large.root(), "records");
  std::size_t index = 0;
  for (const NodeId record : large.items(records)) {
    if (index % 25000 == 99) CHECK(large.pointer(record) == "/records/" + std::to_string(index));
    ++index;
  }
}
