#include "core/yaml/flow_commas.hpp"

#include <optional>
#include <string>

namespace qobj::yaml {

namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

bool is_number_text(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  return all_digits(text);
}

// Where the plain key written at `offset` ends, when a ',' or '}' rather than ':' ends it.
std::optional<std::size_t> end_without_colon(std::string_view source, std::size_t offset) {
  for (std::size_t i = offset; i < source.size(); ++i) {
    const char c = source[i];
    if (c == ',' || c == '}') {
      while (i > offset && (source[i - 1] == ' ' || source[i - 1] == '\t')) --i;
      return i;
    }
    if (c == ':' && (i + 1 == source.size() ||
                     std::string_view(" \t\r\n,}").find(source[i + 1]) != std::string_view::npos))
      return std::nullopt;
  }
  return std::nullopt;
}

std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

}  // namespace

void find_flow_commas(const Document& doc, std::vector<Diagnostic>& diagnostics) {
  const std::string_view source = doc.source().text();
  for (NodeId id = 0; id < doc.node_count(); ++id) {
    // A tagged mapping (!!set {a, b}) is refused for its tag already.
    if (doc.is_alias(id) || doc.kind(id) != NodeKind::mapping || doc.style(id) != Style::flow ||
        !doc.tag(id).empty())
      continue;
    std::optional<Entry> previous;
    for (const Entry entry : doc.entries(id)) {
      const bool implicit_null = doc.kind(entry.value) == NodeKind::null &&
                                 !doc.is_alias(entry.value) && doc.text(entry.value).empty() &&
                                 doc.tag(entry.value).empty();
      const auto end = implicit_null && doc.style(entry.key) == Style::plain
                           ? end_without_colon(source, doc.offset(entry.key))
                           : std::nullopt;
      if (!end) {
        previous = entry;
        continue;
      }
      const std::string_view key = doc.text(entry.key);
      const Location at = doc.location(entry.key);
      const std::string pointer = doc.pointer(entry.key);
      if (previous && doc.kind(previous->value) == NodeKind::scalar &&
          doc.style(previous->value) == Style::plain) {
        const std::string_view before = doc.text(previous->value);
        const std::string_view name = doc.text(previous->key);
        if (is_number_text(before) && all_digits(key)) {
          // A decimal comma: 48,75 meant 48.75.
          diagnostics.push_back(
              Diagnostic::error(MessageId::yaml_flow_decimal_comma,
                                {std::string(before), std::string(key),
                                 std::string(before) + "." + std::string(key), std::string(name)},
                                at, pointer));
        } else {
          // The value as written, from its first character to the end of the stray key.
          const std::size_t start = doc.offset(previous->value);
          const std::string_view whole = source.substr(start, *end - start);
          diagnostics.push_back(Diagnostic::error(
              MessageId::yaml_flow_comma,
              {std::string(key), std::string(name), std::string(name) + ": " + quoted(whole)}, at,
              pointer));
        }
      } else {
        diagnostics.push_back(
            Diagnostic::error(MessageId::yaml_flow_key_alone, {std::string(key)}, at, pointer));
      }
      previous = entry;
    }
  }
}

}  // namespace qobj::yaml
