// Text made safe inside XML and HTML, in element content and in quoted attributes.
#pragma once

#include <string>
#include <string_view>

#include "core/text/safe_text.hpp"

namespace qobj::text {

// Characters XML 1.0 has no place for (and invalid UTF-8) become U+FFFD first.
inline std::string escape_markup(std::string_view raw) {
  const std::string text = replace_unsafe(raw);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Text made safe for a Markdown table cell (and any line of Markdown): Markdown's punctuation
// escaped, no line breaks, no pipes.
inline std::string markdown_cell(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '<':
      case '>':
      case '[':
      case ']':
      case '#':
        out += '\\';
        out += c;
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace qobj::text
