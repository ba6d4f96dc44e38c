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

}  // namespace

std::string double_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

std::vector<std::uint32_t> find_flow_commas(const Document& doc,
                                            std::vector<Diagnostic>& diagnostics) {
  std::vector<std::uint32_t> explained;
  const std::string_view source = doc.source().text();
  // Where a key without ':' ends, or nothing when the entry is a key and its value.
  const auto stray_end = [&](const Entry& entry) -> std::optional<std::size_t> {
    const bool implicit_null = doc.kind(entry.value) == NodeKind::null &&
                               !doc.is_alias(entry.value) && doc.text(entry.value).empty() &&
                               doc.tag(entry.value).empty();
    if (!implicit_null || doc.style(entry.key) != Style::plain) return std::nullopt;
    return end_without_colon(source, doc.offset(entry.key));
  };
  for (NodeId id = 0; id < doc.node_count(); ++id) {
    // A tagged mapping (!!set {a, b}) is refused for its tag already.
    if (doc.is_alias(id) || doc.kind(id) != NodeKind::mapping || doc.style(id) != Style::flow ||
        !doc.tag(id).empty())
      continue;
    std::vector<Entry> entries;
    for (const Entry entry : doc.entries(id)) entries.push_back(entry);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const auto end = stray_end(entries[i]);
      if (!end) continue;
      // The keys that a comma cut off, one after the other, are one mistake.
      std::size_t last = i;
      std::size_t last_end = *end;
      while (last + 1 < entries.size()) {
        const auto next_end = stray_end(entries[last + 1]);
        if (!next_end) break;
        ++last;
        last_end = *next_end;
      }
      for (std::size_t k = i; k <= last; ++k) explained.push_back(doc.offset(entries[k].key));
      if (i > 0) explained.push_back(doc.offset(entries[i - 1].value));
      const Entry& stray = entries[i];
      const std::string_view key = doc.text(stray.key);
      const Location at = doc.location(stray.key);
      const std::string pointer = doc.pointer(stray.key);
      const Entry* previous = i > 0 ? &entries[i - 1] : nullptr;
      if (previous == nullptr || doc.kind(previous->value) != NodeKind::scalar ||
          doc.style(previous->value) != Style::plain) {
        diagnostics.push_back(
            Diagnostic::error(MessageId::yaml_flow_key_alone, {std::string(key)}, at, pointer));
      } else if (const std::string_view before = doc.text(previous->value);
                 last == i && is_number_text(before) && all_digits(key)) {
        // A decimal comma: 48,75 meant 48.75. With three digits after it, 20,515 may as well
        // be twenty thousand: both readings are said (20515, or 20.5150, which cannot be read
        // as thousands).
        const std::string name(doc.text(previous->key));
        const std::string decimal = std::string(before) + "." + std::string(key);
        Diagnostic d = Diagnostic::error(MessageId::yaml_flow_decimal_comma,
                                         {std::string(before), std::string(key), decimal, name,
                                          std::string(before) + std::string(key), decimal + "0"},
                                         at, pointer);
        if (key.size() == 3) d.hint = MessageId::hint_flow_comma_ambiguous;
        diagnostics.push_back(std::move(d));
      } else {
        // The value as written, from its first character to the end of the last stray key.
        const std::size_t start = doc.offset(previous->value);
        const std::string_view name = doc.text(previous->key);
        Diagnostic d = Diagnostic::error(
            MessageId::yaml_flow_comma,
            {std::string(key), std::string(name),
             std::string(name) + ": " + double_quoted(source.substr(start, last_end - start))},
            at, pointer);
        d.related = RelatedLocation{doc.location(previous->value), MessageId::note_value_starts};
        diagnostics.push_back(std::move(d));
      }
      i = last;
    }
  }
  return explained;
}

}  // namespace qobj::yaml
