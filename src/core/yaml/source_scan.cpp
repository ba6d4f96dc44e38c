#include "core/yaml/source_scan.hpp"

#include <fmt/format.h>

#include <utility>

#include "core/text/utf8.hpp"

namespace qobj::yaml {

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_space(char c) {
  return is_blank(c) || c == '\n' || c == '\r';
}

std::size_t line_start_of(std::string_view text, std::size_t pos, std::size_t floor) {
  while (pos > floor && text[pos - 1] != '\n') --pos;
  return pos;
}

// Start of a comment on the line [start, end): a '#' at the line start or after a blank.
std::optional<std::size_t> comment_start(std::string_view text, std::size_t start,
                                         std::size_t end) {
  for (std::size_t i = start; i < end; ++i) {
    if (text[i] == '#' && (i == start || is_blank(text[i - 1]))) return i;
  }
  return std::nullopt;
}

}  // namespace

std::size_t skip_node_properties(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == '!' || text[pos] == '&')) {
    if (text.substr(pos, 2) == "!<") {
      while (pos < text.size() && text[pos] != '>') ++pos;
      if (pos < text.size()) ++pos;
    } else {
      while (pos < text.size() && !is_space(text[pos])) ++pos;
    }
    while (pos < text.size() && is_space(text[pos])) ++pos;
  }
  return pos;
}

Style scalar_style_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return Style::plain;
  switch (text[pos]) {
    case '"':
      return Style::double_quoted;
    case '\'':
      return Style::single_quoted;
    case '|':
      return Style::literal;
    case '>':
      return Style::folded;
    default:
      return Style::plain;
  }
}

std::optional<std::size_t> find_closing_quote(std::string_view text, std::size_t pos) {
  const char quote = text[pos];
  for (std::size_t i = pos + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\') {
      ++i;  // the escaped character cannot close the string
    } else if (text[i] == quote) {
      if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is an escaped single quote
      } else {
        return i;
      }
    }
  }
  return std::nullopt;
}

namespace {

// The character a one-letter YAML escape stands for; nullopt for a letter that is not one.
std::optional<char32_t> single_escape(char letter) {
  static constexpr std::pair<char, char32_t> kEscapes[] = {
      {'0', 0x00}, {'a', 0x07},  {'b', 0x08}, {'t', 0x09}, {'\t', 0x09},  {'n', 0x0A},
      {'v', 0x0B}, {'f', 0x0C},  {'r', 0x0D}, {'e', 0x1B}, {' ', 0x20},   {'"', 0x22},
      {'/', 0x2F}, {'\\', 0x5C}, {'N', 0x85}, {'_', 0xA0}, {'L', 0x2028}, {'P', 0x2029}};
  for (const auto& [escape, decoded] : kEscapes) {
    if (escape == letter) return decoded;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::size_t> find_escape_for(std::string_view text, std::size_t pos,
                                           char32_t code_point) {
  for (std::size_t i = pos + 1; i + 1 < text.size() && text[i] != '"'; ++i) {
    if (text[i] != '\\') continue;
    const std::size_t backslash = i++;
    const char letter = text[i];
    std::size_t digits = letter == 'x' ? 2 : letter == 'u' ? 4 : letter == 'U' ? 8 : 0;
    std::optional<char32_t> decoded = single_escape(letter);
    if (digits > 0) {
      char32_t value = 0;
      for (; digits > 0 && i + 1 < text.size(); --digits) {
        const char c = text[++i];
        const int digit = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
        if (digit < 0) break;
        value = value * 16 + static_cast<char32_t>(digit);
      }
      decoded = value;
    }
    if (decoded == code_point) return backslash;
  }
  return std::nullopt;
}

std::optional<std::size_t> find_flow_too_deep(std::string_view text, std::uint32_t max_depth) {
  std::uint32_t depth = 0;
  bool at_value_start = true;  // where a "[", "{" or quote would open a node
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool after_space = i == 0 || is_space(text[i - 1]) || text[i - 1] == '\n';
    if (c == '\n') {
      if (depth == 0) at_value_start = true;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') continue;
    if (c == '#' && after_space) {  // a comment, to the end of the line
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
      continue;
    }
    const bool line_start = i == 0 || text[i - 1] == '\n';
    if (line_start && (text.substr(i, 3) == "---" || text.substr(i, 3) == "...")) {
      i += 2;  // a document marker: a node may follow on its line
      at_value_start = true;
      continue;
    }
    if ((c == '&' || c == '!') && at_value_start) {
      // An anchor or a tag: the node it belongs to follows.
      while (i + 1 < text.size() && !is_space(text[i + 1])) ++i;
      continue;
    }
    if ((c == '"' || c == '\'') && at_value_start) {
      const auto closing = find_closing_quote(text, i);
      if (!closing) return std::nullopt;  // yaml-cpp reports the unterminated string
      i = *closing;
      at_value_start = false;
      continue;
    }
    if ((c == '[' || c == '{') && (depth > 0 || at_value_start)) {
      if (++depth > max_depth) return i;
      at_value_start = true;
      continue;
    }
    if ((c == ']' || c == '}') && depth > 0) {
      --depth;
      at_value_start = false;
      continue;
    }
    const bool spaced = i + 1 == text.size() || is_space(text[i + 1]);
    if (depth > 0) {
      at_value_start = c == ',' || c == ':' || (c == '?' && spaced);
    } else if (c == ':' && spaced) {
      at_value_start = true;  // a key's value follows
    } else if ((c == '-' || c == '?') && spaced) {
      // "- [" opens a node only where a node may start, not inside plain text ("a - [b").
    } else {
      at_value_start = false;
    }
  }
  return std::nullopt;
}

std::size_t null_token_length(std::string_view text, std::size_t pos) {
  for (const std::string_view token : {"~", "null", "Null", "NULL"}) {
    if (text.substr(pos, token.size()) != token) continue;
    const std::size_t end = pos + token.size();
    if (end == text.size() || is_space(text[end]) || text[end] == ',' || text[end] == ']' ||
        text[end] == '}') {
      return token.size();
    }
  }
  return 0;
}

std::size_t empty_value_offset(std::string_view text, std::size_t next_token, std::size_t floor) {
  std::size_t pos = std::min(next_token, text.size());
  for (;;) {
    bool crossed_line = false;
    while (pos > floor && is_space(text[pos - 1])) crossed_line |= text[--pos] == '\n';
    if (pos == floor) return next_token;
    // Skip a comment that ends the line we arrived on. Only a line we came back to can end
    // in one: on the token's own line, what precedes it is not a comment. (Scanning the line
    // each time made a long line of empty values in flow, "[,,,,…]", quadratic.)
    if (!crossed_line) break;
    const std::size_t start = line_start_of(text, pos, floor);
    const auto comment = comment_start(text, start, pos);
    if (!comment) break;
    pos = *comment;
  }
  const char indicator = text[pos - 1];
  if (indicator == ':' || indicator == '-' || indicator == '?') return pos;
  return next_token;
}

std::optional<std::size_t> find_tab_indentation(std::string_view text, std::size_t floor,
                                                std::size_t line_end_limit) {
  std::optional<std::size_t> found;
  std::size_t start = floor;
  while (start < text.size() && start <= line_end_limit) {
    std::size_t i = start;
    std::optional<std::size_t> tab;
    while (i < text.size() && is_blank(text[i])) {
      if (text[i] == '\t' && !tab) tab = i;
      ++i;
    }
    const bool has_content = i < text.size() && text[i] != '\n' && text[i] != '\r';
    if (tab && has_content) found = tab;
    const std::size_t newline = text.find('\n', i);
    if (newline == std::string_view::npos) break;
    start = newline + 1;
  }
  return found;
}

bool has_comments(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::size_t i = start;
    while (i < end && is_space(text[i])) ++i;
    if (i < end && text[i] == '#') return true;
    start = end + 1;
  }
  return false;
}

std::optional<SurrogateRewrite> rewrite_json_surrogate_pairs(std::string_view content) {
  const std::size_t first = content.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (content[first] != '{' && content[first] != '['))
    return std::nullopt;
  auto hex_unit = [&](std::size_t pos) -> std::optional<unsigned> {
    if (pos + 2 > content.size() || content[pos] != '\\' || content[pos + 1] != 'u')
      return std::nullopt;
    return text::parse_hex4(content, pos + 2);
  };
  SurrogateRewrite rewrite;
  std::size_t copied = 0;
  std::uint32_t removed = 0;
  for (std::size_t i = 0; i + 12 <= content.size(); ++i) {
    if (content[i] != '\\') continue;
    const auto high = hex_unit(i);
    const auto low = high ? hex_unit(i + 6) : std::nullopt;
    if (high && low && *high >= 0xD800 && *high <= 0xDBFF && *low >= 0xDC00 && *low <= 0xDFFF) {
      const unsigned code_point = 0x10000 + ((*high - 0xD800) << 10) + (*low - 0xDC00);
      rewrite.text.append(content.substr(copied, i - copied));
      rewrite.text += fmt::format("\\U{:08X}", code_point);
      removed += 2;
      rewrite.shifts.emplace_back(static_cast<std::uint32_t>(rewrite.text.size()), removed);
      copied = i + 12;
      i += 11;
    } else {
      ++i;  // an escaped character, possibly a backslash: never the start of an escape
    }
  }
  if (rewrite.shifts.empty()) return std::nullopt;
  rewrite.text.append(content.substr(copied));
  return rewrite;
}

}  // namespace qobj::yaml
