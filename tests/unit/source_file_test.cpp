#include "core/source/source_file.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using qobj::SourceFile;

TEST_CASE("locations count lines from 1 and columns in characters") {
  const SourceFile source("f.yaml", "a: 1\nđơn vị: Sở\n");
  CHECK(source.line_count() == 3);
  const auto loc = source.location(std::string_view("a: 1\nđơn vị: ").size());
  CHECK(loc.file == "f.yaml");
  CHECK(loc.line == 2);
  CHECK(loc.column == 9);  // "đơn vị: " is 8 characters but 12 bytes
  CHECK(loc.offset == 17);
  CHECK(source.line_text(2) == "đơn vị: Sở");
}

TEST_CASE("a byte order mark is not a column; CRLF is not part of the line") {
  const SourceFile source("f.yaml",
                          "\xEF\xBB\xBF"
                          "ab: 1\r\ncd: 2\r\n",
                          3);
  CHECK(source.location(3).column == 1);
  CHECK(source.location(3).line == 1);
  CHECK(source.location(7).column == 5);
  CHECK(source.line_text(1) == "ab: 1");
  CHECK(source.location(10).line == 2);
  CHECK(source.location(10).column == 1);
}

TEST_CASE("offsets past the end are clamped") {
  const SourceFile source("f.yaml", "x");
  CHECK(source.location(99).column == 2);
  CHECK(source.line_text(0).empty());
  CHECK(source.line_text(5).empty());
}

TEST_CASE("columns on long lines, across the blocks they are counted from, are exact") {
  // Lines of several blocks, with two-byte and three-byte characters straddling the block
  // boundaries, and short lines between them.
  std::string text = "\xEF\xBB\xBF";
  for (int line = 0; line < 6; ++line) {
    for (int i = 0; i < 3000 * (line % 3); ++i) text += (i % 7 == 0 ? "ệ" : i % 5 == 0 ? "đ" : "a");
    text += "\n";
  }
  const SourceFile source("f.yaml", text, 3);
  std::uint32_t line = 1, column = 1;
  for (std::size_t offset = 3; offset < text.size(); ++offset) {
    const auto byte = static_cast<unsigned char>(text[offset]);
    if ((byte & 0xC0) == 0x80) continue;  // not the start of a character
    const auto at = source.location(offset);
    REQUIRE(at.line == line);
    REQUIRE(at.column == column);
    if (text[offset] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}

TEST_CASE("every line's text and start are found through the sparse index") {
  // Short and long lines, empty ones, CRLF, a last line without a break: lines starting at,
  // just before and just after the block boundaries the index keeps.
  std::vector<std::string> lines;
  std::string text;
  for (int n = 0; n < 4000; ++n) {
    std::string line(static_cast<std::size_t>((n * 37) % 23 == 0 ? 5000 : (n * 13) % 29), 'x');
    if (n % 11 == 0) line += "ơn";
    lines.push_back(line);
    text += line + (n % 17 == 0 ? "\r\n" : "\n");
  }
  text += "tail";
  lines.emplace_back("tail");
  const SourceFile source("f.yaml", text);
  REQUIRE(source.line_count() == lines.size());
  std::size_t start = 0;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    REQUIRE(source.line_text(static_cast<std::uint32_t>(n + 1)) == lines[n]);
    const auto at = source.location(start);
    REQUIRE(at.line == n + 1);
    REQUIRE(at.column == 1);
    start += lines[n].size() + (n % 17 == 0 ? 2 : 1);
  }
}
