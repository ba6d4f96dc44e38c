#include "core/text/safe_text.hpp"

#include <fmt/format.h>

#include "core/text/utf8.hpp"

namespace qobj::text {

namespace {

// Walks `bytes`, copying what is safe and handing each unsafe piece to `replace`: a character
// that is not allowed (with its code point) or one invalid byte (as char32_t(-1)).
template <typename Replace>
std::string rewrite_unsafe(std::string_view bytes, Replace replace,
                           bool line_breaks_unsafe = false) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const auto c = static_cast<unsigned char>(bytes[pos]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++pos;
      continue;
    }
    if (line_breaks_unsafe && (c == '\t' || c == '\n' || c == '\r')) {
      replace(out, static_cast<char32_t>(c), c);
      ++pos;
      continue;
    }
    const std::size_t length = utf8_sequence_length(c);
    if (length == 0 || find_invalid_utf8(bytes.substr(pos, length)) ||
        pos + length > bytes.size()) {
      replace(out, static_cast<char32_t>(-1), c);
      ++pos;
      continue;
    }
    std::size_t next = pos;
    const char32_t code_point = decode_code_point(bytes, next);
    if (is_allowed_in_text(code_point)) {
      out.append(bytes.substr(pos, next - pos));
    } else {
      replace(out, code_point, c);
    }
    pos = next;
  }
  return out;
}

}  // namespace

bool is_allowed_in_text(char32_t c) {
  if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0x7F && c <= 0x9F) return false;
  if (c >= 0xFDD0 && c <= 0xFDEF) return false;
  if ((c & 0xFFFE) == 0xFFFE) return false;
  return true;
}

std::optional<std::pair<std::size_t, char32_t>> find_disallowed_char(std::string_view utf8) {
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const auto c = static_cast<unsigned char>(utf8[pos]);
    if (c >= 0x20 && c < 0x7F) {  // the common case, ASCII text
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t code_point = decode_code_point(utf8, pos);
    if (!is_allowed_in_text(code_point)) return std::pair(start, code_point);
  }
  return std::nullopt;
}

bool is_safe_text(std::string_view bytes) {
  return !find_invalid_utf8(bytes) && !find_disallowed_char(bytes);
}

std::string replace_unsafe(std::string_view bytes) {
  if (is_safe_text(bytes)) return std::string(bytes);
  return rewrite_unsafe(bytes, [](std::string& out, char32_t, unsigned char) { out += "\uFFFD"; });
}

namespace {

void append_visible(std::string& out, char32_t code_point, unsigned char byte) {
  switch (code_point) {
    case static_cast<char32_t>(-1):
      out += fmt::format("\\x{:02X}", byte);
      break;
    case 0x1B:
      out += "\\e";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(code_point));
  }
}

}  // namespace

std::string show_unsafe(std::string_view bytes) {
  if (is_safe_text(bytes)) return std::string(bytes);
  return rewrite_unsafe(bytes, append_visible);
}

std::string show_in_line(std::string_view bytes) {
  if (bytes.find_first_of("\t\n\r") == std::string_view::npos && is_safe_text(bytes))
    return std::string(bytes);
  return rewrite_unsafe(bytes, append_visible, true);
}

}  // namespace qobj::text
