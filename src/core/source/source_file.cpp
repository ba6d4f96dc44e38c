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
  const auto column =
      text::count_code_points(std::string_view(m_text).substr(start, offset - start)) + 1;
  return Location{m_name, line, static_cast<std::uint32_t>(column), offset};
}

}  // namespace qobj
