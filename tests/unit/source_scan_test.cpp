#include "core/yaml/source_scan.hpp"

#include <doctest/doctest.h>

using namespace qobj::yaml;

TEST_CASE("node properties are skipped to find the style") {
  const std::string_view text = "a: !t &x \"q\"";
  const std::size_t start = skip_node_properties(text, 3);
  CHECK(start == 9);
  CHECK(scalar_style_at(text, start) == Style::double_quoted);
  CHECK(scalar_style_at("'x'", 0) == Style::single_quoted);
  CHECK(scalar_style_at("|\n x", 0) == Style::literal);
  CHECK(scalar_style_at(">\n x", 0) == Style::folded);
  CHECK(scalar_style_at("x", 0) == Style::plain);
  CHECK(skip_node_properties("!<tag:x> v", 0) == 9);
}

TEST_CASE("closing quotes honour escapes") {
  CHECK(find_closing_quote(R"("a\"b" c)", 0) == 5);
  CHECK(find_closing_quote("'it''s' c", 0) == 6);
  CHECK_FALSE(find_closing_quote("\"never", 0).has_value());
  CHECK_FALSE(find_closing_quote("'never''", 0).has_value());
}

TEST_CASE("explicit null tokens") {
  CHECK(null_token_length("~", 0) == 1);
  CHECK(null_token_length("null\n", 0) == 4);
  CHECK(null_token_length("NULL]", 0) == 4);
  CHECK(null_token_length("nullable", 0) == 0);
  CHECK(null_token_length("x", 0) == 0);
}

TEST_CASE("an empty value is placed after the indicator that introduced it") {
  const std::string_view text = "a:\nb: 1\nc:   # note\n\nd: 2\n- \n-\n  # c\nx";
  CHECK(empty_value_offset(text, 3, 0) == 2);  // after "a:"
  CHECK(empty_value_offset(text, text.find("d: 2"), 0) == text.find("c:") + 2);
  CHECK(empty_value_offset(text, text.find("-\n"), 0) == text.find("- ") + 1);
  CHECK(empty_value_offset(text, text.find('x'), 0) == text.find("-\n") + 1);
  CHECK(empty_value_offset("abc", 2, 0) == 2);  // no indicator: unchanged
  CHECK(empty_value_offset("  x", 2, 0) == 2);
}

TEST_CASE("a tab in indentation is found, a tab elsewhere is not") {
  const std::string_view text = "a:\n  b: 1\n\tc: 2\nd:\t3\n";
  CHECK(find_tab_indentation(text, 0, text.size()) == text.find("\tc"));
  CHECK_FALSE(find_tab_indentation("a:\t1\n\t\nb: 2\n", 0, 20).has_value());
  CHECK_FALSE(find_tab_indentation(text, 0, 9).has_value());  // before the tab's line
}

TEST_CASE("comments tell a comments-only file from an empty one") {
  CHECK(has_comments("# a\n  # b\n"));
  CHECK_FALSE(has_comments(""));
  CHECK_FALSE(has_comments(" \n\n---\n"));
}
