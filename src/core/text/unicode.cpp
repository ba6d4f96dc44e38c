#include "core/text/unicode.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "core/text/utf8.hpp"

namespace qobj::text {

bool is_stable_under_nfc(std::string_view utf8) {
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    if (static_cast<unsigned char>(utf8[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const char32_t cp = decode_code_point(utf8, pos);
    // NFC_QC is Yes for all of these, and none of them combines with what follows.
    if (cp >= 0x300 && (cp < 0x1E00 || cp > 0x1EFF)) return false;
  }
  return true;
}

std::string to_nfc(std::string_view utf8) {
  if (is_stable_under_nfc(utf8)) return std::string(utf8);
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                   static_cast<utf8proc_ssize_t>(utf8.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  // The reader only hands over validated UTF-8, so a failure here means memory ran out:
  // keep the text as written rather than lose it.
  if (length < 0) return std::string(utf8);
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
}

std::string to_upper(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const char32_t cp = decode_code_point(utf8, pos);
    append_utf8(out, static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp))));
  }
  return out;
}

std::string to_sentence_case(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t pos = 0;
  bool first = true;
  while (pos < utf8.size()) {
    const auto cp = static_cast<utf8proc_int32_t>(decode_code_point(utf8, pos));
    append_utf8(out, static_cast<char32_t>(first ? utf8proc_toupper(cp) : utf8proc_tolower(cp)));
    first = false;
  }
  return out;
}

bool starts_lowercase(std::string_view utf8) {
  if (utf8.empty()) return false;
  std::size_t pos = 0;
  return utf8proc_islower(static_cast<utf8proc_int32_t>(decode_code_point(utf8, pos)));
}

bool is_nfc(std::string_view utf8) {
  return is_stable_under_nfc(utf8) || to_nfc(utf8) == utf8;
}

std::size_t display_width(std::string_view utf8) {
  std::size_t width = 0;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const char32_t cp = decode_code_point(utf8, pos);
    const int w = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
    if (w > 0) width += static_cast<std::size_t>(w);
  }
  return width;
}

std::string fit_width(std::string_view utf8, std::size_t width) {
  if (display_width(utf8) <= width) return std::string(utf8);
  std::string out;
  std::size_t used = 0;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const std::size_t start = pos;
    decode_code_point(utf8, pos);
    const std::string_view next = utf8.substr(start, pos - start);
    const std::size_t next_width = display_width(next);
    if (used + next_width + 1 > width) break;
    out.append(next);
    used += next_width;
  }
  return out + "…";
}

std::string strip_accents(std::string_view utf8) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
      static_cast<utf8proc_ssize_t>(utf8.size()), &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
  if (length < 0) return std::string(utf8);
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  std::string out;
  const std::string_view stripped(reinterpret_cast<const char*>(mapped),
                                  static_cast<std::size_t>(length));
  // đ and Đ are letters of their own, not d with a mark: no decomposition removes the bar.
  std::size_t pos = 0;
  while (pos < stripped.size()) {
    const std::size_t start = pos;
    const char32_t cp = decode_code_point(stripped, pos);
    if (cp == U'đ') {
      out += 'd';
    } else if (cp == U'Đ') {
      out += 'D';
    } else {
      out.append(stripped.substr(start, pos - start));
    }
  }
  return out;
}

std::string folded_word(std::string_view utf8) {
  std::string out;
  for (const char c : strip_accents(utf8)) {
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    }
  }
  return out;
}

}  // namespace qobj::text
