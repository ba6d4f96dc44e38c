#include "core/yaml/reader.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <optional>
#include <streambuf>

#include "core/source/decode.hpp"
#include "core/yaml/builder.hpp"
#include "core/yaml/flow_commas.hpp"
#include "core/yaml/json_events.hpp"
#include "core/yaml/simple_events.hpp"
#include "core/yaml/source_scan.hpp"

namespace qobj::yaml {

namespace {

// Lets yaml-cpp read the text in place: no copy of a file that may be hundreds of megabytes.
class ViewStreamBuf final : public std::streambuf {
 public:
  explicit ViewStreamBuf(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // read-only: the get area is never written
    setg(begin, begin, begin + text.size());
  }
};

std::string alias_name_at(std::string_view text, std::size_t pos) {
  if (pos < text.size() && text[pos] == '*') ++pos;
  std::size_t end = pos;
  while (end < text.size() &&
         std::string_view(" \t\r\n,[]{}").find(text[end]) == std::string_view::npos)
    ++end;
  return std::string(text.substr(pos, end - pos));
}

// yaml-cpp's reason in the catalogue's words (it is English only).
MessageId syntax_phrase(const std::string& message) {
  namespace E = YAML::ErrorMsg;
  const auto starts = [&](const char* prefix) { return message.rfind(prefix, 0) == 0; };
  if (starts(E::YAML_DIRECTIVE_ARGS) || starts(E::YAML_VERSION) || starts(E::YAML_MAJOR_VERSION) ||
      starts(E::REPEATED_YAML_DIRECTIVE) || starts(E::TAG_DIRECTIVE_ARGS) ||
      starts(E::REPEATED_TAG_DIRECTIVE))
    return MessageId::phrase_yaml_directive;
  if (starts(E::CHAR_IN_TAG_HANDLE) || starts(E::TAG_WITH_NO_SUFFIX) ||
      starts(E::END_OF_VERBATIM_TAG))
    return MessageId::phrase_yaml_tag;
  if (starts(E::END_OF_MAP) || starts(E::END_OF_SEQ)) return MessageId::phrase_yaml_unclosed;
  if (starts(E::MULTIPLE_TAGS) || starts(E::MULTIPLE_ANCHORS) || starts(E::MULTIPLE_ALIASES) ||
      starts(E::ALIAS_CONTENT) || starts(E::AMBIGUOUS_ANCHOR))
    return MessageId::phrase_yaml_properties;
  if (starts(E::INVALID_HEX) || starts(E::INVALID_UNICODE) || starts(E::INVALID_ESCAPE))
    return MessageId::phrase_yaml_escape;
  if (starts(E::DOC_IN_SCALAR)) return MessageId::phrase_yaml_document_marker;
  if (starts(E::FLOW_END)) return MessageId::phrase_yaml_flow_end;
  if (starts(E::BLOCK_ENTRY)) return MessageId::phrase_yaml_block_entry;
  if (starts(E::MAP_KEY)) return MessageId::phrase_yaml_map_key;
  if (starts(E::MAP_VALUE)) return MessageId::phrase_yaml_map_value;
  if (starts(E::ALIAS_NOT_FOUND) || starts(E::ANCHOR_NOT_FOUND) || starts(E::CHAR_IN_ALIAS) ||
      starts(E::CHAR_IN_ANCHOR))
    return MessageId::phrase_yaml_anchor_name;
  if (starts(E::ZERO_INDENT_IN_BLOCK) || starts(E::CHAR_IN_BLOCK))
    return MessageId::phrase_yaml_block_header;
  return MessageId::phrase_yaml_unreadable;
}

// `key: text: more` on one line: the second ': ' is the text's, not a key's. The fix is the
// line with the text quoted.
std::optional<Diagnostic> colon_in_text(std::string_view text, std::size_t offset,
                                        const std::string& message) {
  if (message != YAML::ErrorMsg::MAP_VALUE || offset >= text.size() || text[offset] != ':')
    return std::nullopt;
  const std::size_t line_start = text.rfind('\n', offset) + 1;  // npos + 1 is 0
  const std::string_view before = text.substr(line_start, offset - line_start);
  std::size_t key_start = before.find_first_not_of(' ');
  if (key_start == std::string_view::npos) return std::nullopt;
  if (before.substr(key_start, 2) == "- ") key_start = before.find_first_not_of(' ', key_start + 2);
  const std::size_t colon = before.find(": ", key_start);
  if (key_start == std::string_view::npos || colon == std::string_view::npos) return std::nullopt;
  const std::string_view key = before.substr(key_start, colon - key_start);
  std::size_t line_end = text.find('\n', offset);
  if (line_end == std::string_view::npos) line_end = text.size();
  std::string_view value = text.substr(line_start + colon + 2, line_end - line_start - colon - 2);
  value = value.substr(0, value.find(" #"));
  while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.remove_suffix(1);
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  // Already quoted, or a flow collection: not this mistake.
  if (value.empty() || key.find_first_of("{}[]\"'") != std::string_view::npos ||
      std::string_view("\"'[{|>").find(value.front()) != std::string_view::npos)
    return std::nullopt;
  const std::string quoted = std::string(key) + ": " + double_quoted(value);
  return Diagnostic::error(MessageId::yaml_colon_in_text, {std::string(key), quoted}, Location{});
}

// In a flow mapping opened at `open`, an entry whose value holds ': ' ("note: Lưu ý: trễ
// hạn"): the diagnostic and where that second colon is.
std::optional<std::pair<Diagnostic, std::size_t>> colon_in_flow_text(
    std::string_view text, std::optional<std::uint32_t> open) {
  if (!open || *open >= text.size() || text[*open] != '{') return std::nullopt;
  const std::size_t end = std::min(text.find('}', *open), text.size());
  std::size_t start = *open + 1;
  while (start < end) {
    const std::size_t comma = std::min(text.find(',', start), end);
    const std::string_view entry = text.substr(start, comma - start);
    const std::size_t first = entry.find(": ");
    const std::size_t second =
        first == std::string_view::npos ? first : entry.find(": ", first + 2);
    if (second != std::string_view::npos &&
        entry.find_first_of("\"'[{") == std::string_view::npos) {
      std::string_view key = entry.substr(0, first);
      while (!key.empty() && (key.front() == ' ' || key.front() == '\n')) key.remove_prefix(1);
      std::string_view value = entry.substr(first + 2);
      while (!value.empty() &&
             (value.back() == ' ' || value.back() == '\n' || value.back() == '\r'))
        value.remove_suffix(1);
      const std::string quoted = std::string(key) + ": " + double_quoted(value);
      return std::pair(
          Diagnostic::error(MessageId::yaml_colon_in_text, {std::string(key), quoted}, Location{}),
          start + second);
    }
    start = comma + 1;
  }
  return std::nullopt;
}

// `records: []` with items below it (the first record added under the empty list `qobj init`
// writes): the `[]` is the mistake, not the items. The diagnostic points at the `[`.
std::optional<std::pair<Diagnostic, std::size_t>> items_after_empty_list(std::string_view text,
                                                                         std::size_t offset) {
  if (offset >= text.size()) return std::nullopt;
  std::size_t line = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line = line == std::string_view::npos ? 0 : line + 1;
  const std::size_t item = text.find_first_not_of(' ', line);
  if (item == std::string_view::npos || text[item] != '-' || line == 0) return std::nullopt;
  // The line before, past blank and comment lines.
  std::size_t end = line - 1;  // the '\n' ending the line before
  while (true) {
    const std::size_t start = end == 0 ? 0 : text.rfind('\n', end - 1) + 1;  // npos + 1 is 0
    std::string_view before = text.substr(start, end - start);
    const std::size_t first = before.find_first_not_of(" \r");
    if (first != std::string_view::npos && before[first] != '#') {
      before = before.substr(0, before.find(" #"));
      while (!before.empty() && (before.back() == ' ' || before.back() == '\r'))
        before.remove_suffix(1);
      if (!before.ends_with("[]")) return std::nullopt;
      std::string_view key = before.substr(first, before.size() - 2 - first);
      while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
      if (!key.ends_with(':')) return std::nullopt;
      key.remove_suffix(1);
      if (key.starts_with("- ")) key.remove_prefix(2);
      return std::pair(
          Diagnostic::error(MessageId::yaml_items_after_empty_list, {std::string(key)}, Location{}),
          start + before.size() - 2);
    }
    if (start == 0) return std::nullopt;
    end = start - 1;
  }
}

// Turns what yaml-cpp threw into a diagnostic that says what happened in the person's terms.
Diagnostic parser_error(const YAML::Exception& error, const DocumentBuilder& builder,
                        const SourceFile& source, const ReaderLimits& limits) {
  const std::uint32_t offset = builder.offset_of(error.mark);
  const std::string_view text = source.text();
  Diagnostic d = Diagnostic::error(MessageId::yaml_syntax, {error.msg}, source.location(offset));

  // Whatever yaml-cpp says ("illegal map value"…), a tab in the indentation is the cause.
  const std::size_t line_end = text.find('\n', offset);
  if (const auto tab =
          find_tab_indentation(text, source.content_start(),
                               line_end == std::string_view::npos ? text.size() : line_end)) {
    d.message = MessageId::yaml_tab_indent;
    d.args.clear();
    d.location = source.location(*tab);
    return d;
  }
  if (dynamic_cast<const YAML::DeepRecursion*>(&error) != nullptr) {
    d.message = MessageId::yaml_too_deep;
    d.args = {std::to_string(limits.max_depth)};
  } else if (error.msg == YAML::ErrorMsg::UNKNOWN_ANCHOR) {
    d.message = MessageId::yaml_undefined_alias;
    d.args = {alias_name_at(text, offset)};
  } else if (auto flow_colon =
                 error.msg == YAML::ErrorMsg::END_OF_MAP_FLOW
                     ? colon_in_flow_text(text, builder.open_flow_offset(NodeKind::mapping))
                     : std::nullopt) {
    // {…, note: Lưu ý: trễ hạn}: the second ': ' broke the mapping, not a missing '}'.
    d = std::move(flow_colon->first);
    d.location = source.location(flow_colon->second);
  } else if (error.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW ||
             error.msg == YAML::ErrorMsg::END_OF_MAP_FLOW) {
    const bool sequence = error.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW;
    d.message = MessageId::yaml_unclosed_flow;
    d.args = {sequence ? "[" : "{", sequence ? "]" : "}"};
    if (const auto open =
            builder.open_flow_offset(sequence ? NodeKind::sequence : NodeKind::mapping)) {
      d.location = source.location(*open);
    }
  } else if (error.msg == YAML::ErrorMsg::EOF_IN_SCALAR) {
    d.message = MessageId::yaml_unterminated_string;
    d.args = {"\""};
  } else if (auto colon = colon_in_text(text, offset, error.msg)) {
    d = std::move(*colon);
    d.location = source.location(offset);
  } else if (auto empty = items_after_empty_list(text, offset)) {
    d = std::move(empty->first);
    d.location = source.location(empty->second);
  } else {
    d.args = {syntax_phrase(error.msg)};
  }
  return d;
}

bool is_implicit_empty(const Document& doc) {
  return doc.node_count() == 0 ||
         (doc.kind(doc.root()) == NodeKind::null && !doc.is_alias(doc.root()) &&
          doc.text(doc.root()).empty() && doc.tag(doc.root()).empty());
}

}  // namespace

ReadResult parse_yaml(SourceFile source, const ReaderLimits& limits) {
  ReadResult result;
  result.source = std::make_shared<const SourceFile>(std::move(source));
  Document doc(result.source);
  bool parsed = true;
  const std::string_view content = doc.source().content();
  const bool json = limits.fast_paths && is_strict_json(content);
  const bool simple = limits.fast_paths && !json && is_simple_yaml(content);
  if (!json && !simple) {
    if (const auto deep = find_flow_too_deep(doc.source().text(), limits.max_depth)) {
      result.diagnostics.push_back(
          Diagnostic::error(MessageId::yaml_too_deep, {std::to_string(limits.max_depth)},
                            doc.source().location(static_cast<std::uint32_t>(*deep))));
      return result;
    }
  }
  {
    // JSON that yaml-cpp reads needs its surrogate pairs rewritten; the JSON path needs not.
    auto rewrite = json || simple ? std::nullopt : rewrite_json_surrogate_pairs(content);
    DocumentBuilder builder(doc, result.diagnostics, result.omitted, limits,
                            rewrite ? std::move(rewrite->shifts) : decltype(rewrite->shifts){});
    ViewStreamBuf buffer(rewrite ? std::string_view(rewrite->text) : doc.source().text());
    std::istream in(&buffer);
    try {
      if (json) {
        emit_json_events(content, builder);
      } else if (simple) {
        emit_simple_yaml_events(content, builder);
      } else {
        YAML::Parser parser(in);
        // A second call finds a second document, which the builder refuses.
        if (parser.HandleNextDocument(builder)) parser.HandleNextDocument(builder);
      }
    } catch (const StopParsing&) {
      parsed = false;
    } catch (const YAML::Exception& error) {
      parsed = false;
      result.diagnostics.push_back(parser_error(error, builder, doc.source(), limits));
    }
  }
  if (!parsed) return result;
  if (is_implicit_empty(doc)) {
    const bool comments = has_comments(doc.source().content());
    result.diagnostics.push_back(
        Diagnostic::error(comments ? MessageId::yaml_comments_only : MessageId::yaml_empty_file, {},
                          doc.source().location(doc.source().content_start())));
    return result;
  }
  doc.release_spare();
  result.document.emplace(std::move(doc));
  return result;
}

ReadResult read_yaml(std::string name, std::string bytes, const ReaderLimits& limits) {
  DecodedSource decoded = decode_source(std::move(name), std::move(bytes));
  if (!decoded.source) {
    std::shared_ptr<const SourceFile> display;
    if (decoded.display) display = std::make_shared<const SourceFile>(std::move(*decoded.display));
    return ReadResult{std::move(display), std::nullopt, std::move(decoded.diagnostics), {}};
  }
  ReadResult result = parse_yaml(std::move(*decoded.source), limits);
  result.diagnostics.insert(result.diagnostics.begin(), decoded.diagnostics.begin(),
                            decoded.diagnostics.end());
  return result;
}

}  // namespace qobj::yaml
