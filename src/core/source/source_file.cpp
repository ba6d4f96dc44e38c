#include "core/source/source_file.hpp"

#include <algorithm>
#include <cstring>

#include "core/text/utf8.hpp"

namespace qobj {

SourceFile::SourceFile(std::string name, std::string text, std::uint32_t content_start)
    : m_name(std::move(name)), m_text(std::move(text)), m_content_start(content_start) {
  m_line_starts.push_back(m_content_start);
  const char* const begin = m_text.data();
  const char* const end = begin + m_text.size();
  for (const char* p = begin + m_content_start;;) {
    const auto* newline =
        static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    if (newline == nullptr) break;
    p = newline + 1;
    m_line_starts.push_back(static_cast<std::uint32_t>(p - begin));
  }
  const std::string_view all(m_text);
  m_block_columns.resize(m_text.size() / kColumnBlock + 1, 0);
  for (std::size_t k = 1; k < m_block_columns.size(); ++k) {
    const std::uint32_t at = static_cast<std::uint32_t>(k * kColumnBlock);
    const auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), at);
    if (after == m_line_starts.begin()) continue;  // before the content (a byte-order mark)
    const std::uint32_t line_start = *(after - 1);
    const std::uint32_t previous = at - kColumnBlock;
    m_block_columns[k] =
        line_start <= previous
            ? m_block_columns[k - 1] + static_cast<std::uint32_t>(text::count_code_points(
                                           all.substr(previous, kColumnBlock)))
            : static_cast<std::uint32_t>(
                  text::count_code_points(all.substr(line_start, at - line_start)));
  }
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
  if (line == 0 || line > m_line_starts.size()) return {};
  const std::uint32_t start = m_line_starts[line - 1];
  std::uint32_t end =
      line < m_line_starts.size() ? m_line_starts[line] : static_cast<std::uint32_t>(m_text.size());
  while (end > start && (m_text[end - 1] == '\n' || m_text[end - 1] == '\r')) --end;
  return std::string_view(m_text).substr(start, end - start);
}

Location SourceFile::location(std::uint64_t offset) const {
  offset = std::clamp<std::uint64_t>(offset, m_content_start, m_text.size());
  const auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  const auto line = static_cast<std::uint32_t>(after - m_line_starts.begin());
  const std::uint32_t start = m_line_starts[line - 1];
  const std::uint64_t block = offset / kColumnBlock;
  const std::uint64_t block_start = block * kColumnBlock;
  const std::string_view text(m_text);
  const auto column =
      block_start >= start && block > 0
          ? m_block_columns[block] +
                text::count_code_points(text.substr(block_start, offset - block_start)) + 1
          : text::count_code_points(text.substr(start, offset - start)) + 1;
  return Location{m_name, line, static_cast<std::uint32_t>(column), offset, {}};
}

}  // namespace qobj
