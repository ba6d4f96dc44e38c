// UTF-8 decoding, validation and counting. Pure functions over bytes; no allocation unless asked.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace qobj::text {

// Length of the UTF-8 sequence that starts with `lead`, or 0 when `lead` cannot start one.
std::size_t utf8_sequence_length(unsigned char lead);

// Offset of the first byte that is not part of well-formed UTF-8 (overlongs, surrogates and
// code points above U+10FFFF are ill-formed), or nullopt when the whole text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view utf8);

// Decodes the code point at `pos` of valid UTF-8 text and advances `pos` past it.
char32_t decode_code_point(std::string_view utf8, std::size_t& pos);

void append_utf8(std::string& out, char32_t code_point);

bool is_ascii(std::string_view bytes);

// Bytes that do not form UTF-8 read as the Latin-1 characters they are (0xA0 → U+00A0): what
// yaml-cpp gives for the \_ and \N escapes.
std::string repair_latin1_bytes(std::string_view bytes);

// The value of four hexadecimal digits at `pos` ("00e9" is 0xE9), as in \uXXXX escapes.
std::optional<unsigned> parse_hex4(std::string_view text, std::size_t pos);

}  // namespace qobj::text
