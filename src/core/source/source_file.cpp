#include "core/source/source_file.hpp"

#include <algorithm>
#include <cstring>

#include "core/text/utf8.hpp"

namespace qobj {

SourceFile::SourceFile(std::string name, std::string text, std::uint32_t content_start)
    : m_name(std::move(name)), m_text(std::move(text)), m_content_start(content_start) {
  const std::size_t blocks = m_text.size() / kBlock + 1;
  m_block_breaks.resize(blocks, 0);
  m_block_columns.resize(blocks, 0);
  const std::string_view all(m_text);
  const char* const begin = m_text.data();
  const char* const end = begin + m_text.size();
  // One pass over the line breaks: each block start crossed takes the breaks before it, and
  // its column from the start of the line it is on.
  std::uint32_t breaks = 0;
  std::size_t start = m_content_start;  // of the current line
  std::size_t block = 1;
  const auto close_blocks_before = [&](std::size_t limit) {
    for (; block < blocks && block * kBlock < limit; ++block) {
      const std::size_t at = block * kBlock;
      m_block_breaks[block] = breaks;
      if (at < m_content_start) continue;  // inside the byte order mark
      const std::size_t previous = at - kBlock;
      m_block_columns[block] =
          start <= previous
              ? m_block_columns[block - 1] + static_cast<std::uint32_t>(text::count_code_points(
                                                 all.substr(previous, kBlock)))
              : static_cast<std::uint32_t>(text::count_code_points(all.substr(start, at - start)));
    }
  };
  for (const char* p = begin + m_content_start;;) {
    const auto* newline =
        static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    if (newline == nullptr) break;
    // A block starting right after this break is on the next line.
    close_blocks_before(static_cast<std::size_t>(newline - begin) + 1);
    p = newline + 1;
    ++breaks;
    start = static_cast<std::size_t>(p - begin);
  }
  close_blocks_before(m_text.size() + 1);
  m_line_count = breaks + 1;
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  if (line == 0 || line > m_line_count) return {};
  const std::string_view text(m_text);
  std::size_t start = m_content_start;
  if (line > 1) {
    // The last block with fewer breaks before it than the line has: the break that ends the
    // line before it is in that block.
    const auto first_not_before =
        std::lower_bound(m_block_breaks.begin(), m_block_breaks.end(), line - 1);
    const auto block = static_cast<std::size_t>(first_not_before - m_block_breaks.begin()) - 1;
    std::uint32_t breaks = m_block_breaks[block];
    start = std::max<std::size_t>(m_content_start, block * kBlock);
    for (; breaks < line - 1; ++breaks) start = text.find('\n', start) + 1;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  while (end > start && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
  return text.substr(start, end - start);
}

Location SourceFile::location(std::uint64_t wanted) const {
  const auto offset =
      static_cast<std::uint32_t>(std::clamp<std::uint64_t>(wanted, m_content_start, m_text.size()));
  const std::uint32_t block = offset / kBlock;
  const std::size_t from = std::max<std::size_t>(std::size_t{block} * kBlock, m_content_start);
  const std::string_view in_block = std::string_view(m_text).substr(from, offset - from);
  const auto line = static_cast<std::uint32_t>(
      m_block_breaks[block] + std::count(in_block.begin(), in_block.end(), '\n') + 1);
  // The column: from the line's start when it is in this block, else from the block's start.
  const std::size_t newline = in_block.rfind('\n');
  const std::size_t column =
      newline != std::string_view::npos
          ? text::count_code_points(in_block.substr(newline + 1)) + 1
          : (block > 0 ? m_block_columns[block] : 0) + text::count_code_points(in_block) + 1;
  return Location{m_name, line, static_cast<std::uint32_t>(column), offset, {}};
}

}  // namespace qobj
