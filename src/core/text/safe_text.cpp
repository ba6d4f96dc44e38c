#include "core/text/safe_text.hpp"

#include <fmt/format.h>

#include "core/text/utf8.hpp"

namespace qobj::text {

namespace {

// Walks `bytes`, copying what is safe and handing each unsafe piece to `replace`: a character
// that is not allowed (with its code point) or one invalid byte (as char32_t(-1)).
template <typename Replace>
std::string rewrite_unsafe(std::string_view bytes, Replace replace) {
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

std::string show_unsafe(std::string_view bytes) {
  if (is_safe_text(bytes)) return std::string(bytes);
  return rewrite_unsafe(bytes, [](std::string& out, char32_t code_point, unsigned char byte) {
    if (code_point == static_cast<char32_t>(-1)) {
      out += fmt::format("\\x{:02X}", byte);
    } else if (code_point == 0x1B) {
      out += "\\e";
    } else {
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(code_point));
    }
  });
}

}  // namespace qobj::text
