// Which characters qobj's text may hold, and text made safe for each medium it is written to.
// Input text is checked against the same rule (yaml.control-char, yaml.escaped-char), so a
// sound file never needs these; they keep an output valid whatever reaches it (a file's name,
// a value echoed in a diagnostic about it).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace qobj::text {

// Whether a code point may stand in text: not a control character (C0 but tab, line feed and
// carriage return; DEL; C1) and not a noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF), so
// that it is inert on a terminal and valid in XML 1.0 and JSON.
bool is_allowed_in_text(char32_t code_point);

// The offset and code point of the first character of valid UTF-8 text that is not allowed.
std::optional<std::pair<std::size_t, char32_t>> find_disallowed_char(std::string_view utf8);

// Whether the bytes are valid UTF-8 holding only allowed characters.
bool is_safe_text(std::string_view bytes);

// For XML, JSON and spreadsheets: invalid UTF-8 and characters that are not allowed become
// U+FFFD, the replacement character.
std::string replace_unsafe(std::string_view bytes);

// For a terminal: characters that are not allowed are shown as escapes a reader can see and
// no terminal acts on (ESC as \e, others as \u0007 or \u009B), invalid bytes as \xFF.
std::string show_unsafe(std::string_view bytes);

// The same for text that must stay on its line (a value or a file name inside a message): tab,
// line feed and carriage return are shown as \t, \n and \r too, so that none can start a
// line that looks like qobj's own.
std::string show_in_line(std::string_view bytes);

}  // namespace qobj::text
