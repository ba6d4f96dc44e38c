// Small lexical look-ups in the source text that yaml-cpp's events do not report: a scalar's
// style, where a quoted scalar ends, where an empty value really is, a tab in indentation.
// Offsets are byte offsets into the whole text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/yaml/document.hpp"

namespace qobj::yaml {

// Skips a node's properties (tag "!x", anchor "&a") and the blanks after them.
std::size_t skip_node_properties(std::string_view text, std::size_t pos);

// The style of the scalar whose content starts at `pos` (after its properties).
Style scalar_style_at(std::string_view text, std::size_t pos);

// The offset of the closing quote of the quoted scalar opening at `pos`; nullopt if none.
std::optional<std::size_t> find_closing_quote(std::string_view text, std::size_t pos);

// The offset of the first escape (its backslash) in the double-quoted scalar opening at `pos`
// that stands for `code_point`, e.g. "\e" for U+001B; nullopt if none does.
std::optional<std::size_t> find_escape_for(std::string_view text, std::size_t pos,
                                           char32_t code_point);

// The offset of the flow collection ("[" or "{") that opens deeper than `max_depth` levels of
// flow nesting, found before yaml-cpp runs: its scanner reads a whole flow collection ahead, so
// ten megabytes of "[" would take gigabytes before the builder could count the levels.
// Quoted scalars and comments are skipped; nullopt when the nesting stays within the limit.
std::optional<std::size_t> find_flow_too_deep(std::string_view text, std::uint32_t max_depth);

// Length of an explicit null ("~", "null", "Null", "NULL") written at `pos`, or 0.
std::size_t null_token_length(std::string_view text, std::size_t pos);

// yaml-cpp places an empty value at the next token, often on a later line. This returns
// the offset just after the ':' or '-' (or '?') that introduced the empty value, found by
// walking back from `next_token` over blanks, line breaks and comments; `next_token` when
// there is none. `floor` is where the content starts.
std::size_t empty_value_offset(std::string_view text, std::size_t next_token, std::size_t floor);

// The offset of a tab in the indentation of the last line at or before `line_end_limit` whose
// leading blanks contain a tab and which has content after them.
std::optional<std::size_t> find_tab_indentation(std::string_view text, std::size_t floor,
                                                std::size_t line_end_limit);

// True when `text` has something besides blanks and "---" / "..." markers, i.e. comments.
// Meant for a file that parsed to no value: it tells "comments only" from "empty".
bool has_comments(std::string_view text);

// JSON spells a character beyond U+FFFF as a surrogate pair of \u escapes ("\uD83D\uDCA9"),
// which yaml-cpp refuses. For text that looks like JSON (it starts with '{' or '['), returns
// the text with each such pair written as YAML's \U0001F4A9, and where the text got shorter:
// pairs (offset in the new text, bytes removed before it) to map positions back.
struct SurrogateRewrite {
  std::string text;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> shifts;
};
std::optional<SurrogateRewrite> rewrite_json_surrogate_pairs(std::string_view content);

}  // namespace qobj::yaml
