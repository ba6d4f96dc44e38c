#include "core/source/decode.hpp"

#include <fmt/format.h>

#include "core/text/safe_text.hpp"
#include "core/text/utf8.hpp"

namespace qobj {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool starts_with_bytes(std::string_view bytes, std::initializer_list<unsigned char> prefix) {
  if (bytes.size() < prefix.size()) return false;
  std::size_t i = 0;
  for (const unsigned char b : prefix) {
    if (static_cast<unsigned char>(bytes[i++]) != b) return false;
  }
  return true;
}

Diagnostic whole_file_error(const std::string& name, MessageId id, std::string arg) {
  return Diagnostic::error(id, {std::move(arg)}, Location{name, 1, 1, 0, {}});
}

// The location of `offset` in text whose prefix up to `offset` is valid UTF-8.
Location location_in_prefix(const std::string& name, std::string_view bytes, std::size_t offset,
                            std::uint32_t content_start) {
  const SourceFile prefix(name, std::string(bytes.substr(0, offset)), content_start);
  return prefix.location(offset);
}

// First byte YAML does not allow in a text stream: C0 controls other than tab, LF and CR,
// and DEL. (Bytes ≥ 0x80 are judged by the UTF-8 check.)
// Decodes UTF-16 after its byte order mark; nullopt at an unpaired surrogate.
std::optional<std::string> decode_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit_at = [&](std::size_t i) -> char32_t {
    const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  if (bytes.size() % 2 != 0) return std::nullopt;
  for (std::size_t i = 2; i < bytes.size(); i += 2) {
    char32_t unit = unit_at(i);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (i + 3 >= bytes.size()) return std::nullopt;
      const char32_t low = unit_at(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      return std::nullopt;
    }
    text::append_utf8(out, unit);
  }
  return out;
}

}  // namespace

DecodedSource decode_source(std::string name, std::string bytes) {
  DecodedSource result;
  std::string_view view(bytes);

  // UTF-32 marks first: FF FE 00 00 also starts like UTF-16LE.
  if (starts_with_bytes(view, {0x00, 0x00, 0xFE, 0xFF}) ||
      starts_with_bytes(view, {0xFF, 0xFE, 0x00, 0x00})) {
    result.diagnostics.push_back(
        whole_file_error(name, MessageId::yaml_unsupported_encoding, "UTF-32"));
    return result;
  }
  const bool utf16le = starts_with_bytes(view, {0xFF, 0xFE});
  if (utf16le || starts_with_bytes(view, {0xFE, 0xFF})) {
    const std::string encoding = utf16le ? "UTF-16LE" : "UTF-16BE";
    auto decoded = decode_utf16(view, utf16le);
    if (!decoded) {
      result.diagnostics.push_back(whole_file_error(name, MessageId::yaml_invalid_utf16, encoding));
      return result;
    }
    Diagnostic note = whole_file_error(name, MessageId::yaml_utf16_decoded, encoding);
    note.severity = Severity::warning;
    result.diagnostics.push_back(std::move(note));
    bytes = std::move(*decoded);
    view = bytes;
  } else if (view.size() >= 2 && (view[0] == '\0') != (view[1] == '\0')) {
    // ASCII text in UTF-16 without a mark: every other byte is zero.
    const std::string encoding = view[1] == '\0' ? "UTF-16LE" : "UTF-16BE";
    // "UTF-16LE without a byte order mark", in the run's language.
    Diagnostic d = whole_file_error(name, MessageId::yaml_unsupported_encoding, encoding);
    d.args[0] = MessageArg::bilingual(encoding + " without a byte order mark",
                                      encoding + " không có dấu BOM");
    result.diagnostics.push_back(std::move(d));
    return result;
  }

  const std::uint32_t content_start = view.substr(0, 3) == kUtf8Bom ? 3 : 0;
  const auto bad_utf8 = text::find_invalid_utf8(view);
  const auto control = text::find_disallowed_char(view.substr(0, bad_utf8.value_or(view.size())));
  if (control) {
    const auto [offset, code_point] = *control;
    const auto id = code_point == 0 ? MessageId::yaml_nul_byte : MessageId::yaml_control_char;
    result.diagnostics.push_back(
        Diagnostic::error(id, {fmt::format("{:04X}", static_cast<unsigned>(code_point))},
                          location_in_prefix(name, view, offset, content_start)));
    result.display.emplace(std::move(name), text::replace_unsafe(view), content_start);
    return result;
  }
  if (bad_utf8) {
    const auto byte = static_cast<unsigned char>(view[*bad_utf8]);
    result.diagnostics.push_back(
        Diagnostic::error(MessageId::yaml_invalid_utf8, {fmt::format("{:02X}", byte)},
                          location_in_prefix(name, view, *bad_utf8, content_start)));
    result.display.emplace(std::move(name), text::replace_unsafe(view), content_start);
    return result;
  }
  result.source.emplace(std::move(name), std::move(bytes), content_start);
  return result;
}

}  // namespace qobj
