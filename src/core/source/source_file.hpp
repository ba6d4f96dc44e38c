// A file's text as qobj reads it: valid UTF-8, with a sparse index so that a byte offset
// becomes a line and a column (in characters) on demand. The index keeps two numbers per block
// of bytes, not one per line: a 100 MB file of short lines would otherwise keep 17 MB of line
// starts for the few locations a run asks for.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.hpp"

namespace qobj {

class SourceFile {
 public:
  // `text` must be valid UTF-8; `content_start` skips a byte order mark.
  SourceFile(std::string name, std::string text, std::uint32_t content_start = 0);

  const std::string& name() const { return m_name; }
  // The whole text, byte order mark included: offsets index into it.
  std::string_view text() const { return m_text; }
  // The text after the byte order mark.
  std::string_view content() const { return std::string_view(m_text).substr(m_content_start); }
  std::uint32_t content_start() const { return m_content_start; }

  std::uint32_t line_count() const { return m_line_count; }
  // Line `line` (1-based) without its line break.
  std::string_view line_text(std::uint32_t line) const;
  // The location of a byte offset (clamped to the end of the text).
  Location location(std::uint64_t offset) const;

 private:
  std::string m_name;
  std::string m_text;
  std::uint32_t m_content_start;
  std::uint32_t m_line_count = 1;
  // At the start of every kBlock-th byte: the line breaks before it, and its column (characters
  // from its line's start). A line or a column is then counted over at most one block, and a
  // long line with many diagnostics stays linear.
  static constexpr std::uint32_t kBlock = 4096;
  std::vector<std::uint32_t> m_block_breaks;
  std::vector<std::uint32_t> m_block_columns;
};

}  // namespace qobj
