#include "core/yaml/builder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <limits>

#include "core/text/safe_text.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"
#include "core/yaml/core_schema.hpp"
#include "core/yaml/source_scan.hpp"

namespace qobj::yaml {

namespace {

// No tag, the non-specific ones, and the YAML core schema's. Anything else (!!binary,
// !python/object…) would be read as plain text while its writer meant something else.
bool tag_is_supported(const std::string& tag) {
  if (tag.empty() || tag == "?" || tag == "!") return true;
  static constexpr std::string_view kCore[] = {"tag:yaml.org,2002:str",   "tag:yaml.org,2002:int",
                                               "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
                                               "tag:yaml.org,2002:null",  "tag:yaml.org,2002:seq",
                                               "tag:yaml.org,2002:map"};
  return std::find(std::begin(kCore), std::end(kCore), tag) != std::end(kCore);
}

// Whether a core tag fits what it is put on: "!!int abc" or "!!bool maybe" would be read as
// something else than written (yaml-cpp coerces, or qobj would say "too long to read").
bool tag_fits(std::string_view tag, NodeKind kind, std::string_view text) {
  constexpr std::string_view kCorePrefix = "tag:yaml.org,2002:";
  if (!tag.starts_with(kCorePrefix)) return true;
  const std::string_view name = tag.substr(kCorePrefix.size());
  if (name == "seq") return kind == NodeKind::sequence;
  if (name == "map") return kind == NodeKind::mapping;
  if (kind != NodeKind::scalar) return false;
  if (name == "str") return true;
  const JsonType type = resolve_plain_scalar(text);
  if (name == "int") return type == JsonType::integer;
  if (name == "float") return type == JsonType::integer || type == JsonType::number;
  if (name == "bool") return type == JsonType::boolean;
  if (name == "null") return type == JsonType::null;
  return false;
}

// A tag as its writer spelled it: "!!binary", not "tag:yaml.org,2002:binary".
std::string tag_as_written(std::string_view tag) {
  constexpr std::string_view kCorePrefix = "tag:yaml.org,2002:";
  if (tag.starts_with(kCorePrefix)) return "!!" + std::string(tag.substr(kCorePrefix.size()));
  return std::string(tag);
}

// Past this many keys a mapping's duplicate check switches from a scan to a hash index.
constexpr std::size_t kKeysScannedLinearly = 16;

std::uint64_t saturating_add(std::uint64_t a, std::uint64_t b) {
  return a > std::numeric_limits<std::uint64_t>::max() - b
             ? std::numeric_limits<std::uint64_t>::max()
             : a + b;
}

bool is_quoted(Style style) {
  return style == Style::single_quoted || style == Style::double_quoted;
}

}  // namespace

DocumentBuilder::DocumentBuilder(Document& document, std::vector<Diagnostic>& diagnostics,
                                 Omitted& omitted, const ReaderLimits& limits,
                                 std::vector<std::pair<std::uint32_t, std::uint32_t>> shifts)
    : m_doc(document),
      m_diagnostics(diagnostics, omitted, limits.max_diagnostics),
      m_limits(limits),
      m_base(document.source().content_start()),
      m_shifts(std::move(shifts)) {
  // Reserve address space, not memory: pages are only touched as nodes are added, and the
  // array never moves while a large file is read (a move would double the peak).
  m_doc.m_nodes.reserve(document.source().text().size() / 4 + 64);
}

std::uint32_t DocumentBuilder::offset_of(const YAML::Mark& mark) const {
  if (mark.is_null() || mark.pos < 0) return m_base;
  std::uint64_t offset = std::uint64_t{m_base} + static_cast<std::uint64_t>(mark.pos);
  if (!m_shifts.empty()) {
    const auto pos = static_cast<std::uint32_t>(mark.pos);
    const auto after =
        std::upper_bound(m_shifts.begin(), m_shifts.end(), std::make_pair(pos, UINT32_MAX));
    if (after != m_shifts.begin()) offset += std::prev(after)->second;
  }
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(offset, m_doc.source().text().size()));
}

std::optional<std::uint32_t> DocumentBuilder::open_flow_offset(NodeKind kind) const {
  for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
    const auto& node = m_doc.m_nodes[it->node];
    if (node.style == Style::flow && node.kind == kind) return node.offset;
  }
  return std::nullopt;
}

Diagnostic& DocumentBuilder::report(MessageId id, std::vector<MessageArg> args,
                                    std::uint32_t offset, std::string pointer) {
  return m_diagnostics.add(
      Diagnostic::error(id, std::move(args), m_doc.source().location(offset), std::move(pointer)));
}

std::string DocumentBuilder::pointer_to_current() const {
  std::string pointer;
  for (const Frame& frame : m_frames) {
    if (frame.children == 0) break;
    if (m_doc.m_nodes[frame.node].kind == NodeKind::mapping) {
      append_pointer_token(pointer, m_doc.text(frame.current_key));
    } else {
      append_pointer_token(pointer, std::to_string(frame.children - 1));
    }
  }
  return pointer;
}

NodeId DocumentBuilder::add_node(NodeKind kind, Style style, std::uint32_t offset) {
  const auto id = static_cast<NodeId>(m_doc.m_nodes.size());
  Document::Node node;
  node.offset = offset;
  node.kind = kind;
  node.style = style;
  m_doc.m_nodes.push_back(node);
  return id;
}

void DocumentBuilder::set_text(NodeId id, std::string_view value, std::size_t source_pos) {
  std::string normalised;
  if (!text::is_stable_under_nfc(value)) {
    normalised = text::to_nfc(value);
    value = normalised;
  }
  auto& node = m_doc.m_nodes[id];
  const std::string_view source = m_doc.source().text();
  node.b = static_cast<std::uint32_t>(value.size());
  // Most scalars are spelled in the source byte for byte: point there instead of copying.
  if (source_pos <= source.size() && source.substr(source_pos, value.size()) == value) {
    node.a = static_cast<std::uint32_t>(source_pos);
    return;
  }
  node.a = static_cast<std::uint32_t>(m_doc.m_arena.size());
  node.text_in_arena = true;
  m_doc.m_arena.append(value);
}

void DocumentBuilder::set_tag(NodeId id, const std::string& tag, Style style) {
  // yaml-cpp reports "?" for no tag and "!" for the non-specific tag every quoted or block
  // scalar carries; only an explicit tag is worth keeping.
  if (tag.empty() || tag == "?") return;
  if (tag == "!" && style != Style::plain && style != Style::block && style != Style::flow) return;
  m_doc.m_tags.emplace_back(id, tag);
}

void DocumentBuilder::register_anchor(YAML::anchor_t anchor, NodeId id, bool complete) {
  if (anchor == YAML::NullAnchor) return;
  if (anchor >= m_anchors.size()) m_anchors.resize(anchor + 1);
  m_anchors[anchor] = Anchor{id, complete, 1, std::move(m_pending_anchor_name)};
  m_pending_anchor_name.clear();
}

void DocumentBuilder::add_expanded(std::uint64_t count) {
  if (!m_frames.empty()) m_frames.back().expanded = saturating_add(m_frames.back().expanded, count);
}

void DocumentBuilder::attach(NodeId id) {
  if (m_frames.empty()) return;  // the root
  Frame& frame = m_frames.back();
  const bool is_key =
      m_doc.m_nodes[frame.node].kind == NodeKind::mapping && frame.children % 2 == 0;
  ++frame.children;
  if (is_key) {
    frame.current_key = id;
    check_key(frame, id);
  }
}

void DocumentBuilder::check_key(Frame& frame, NodeId key) {
  const std::uint32_t offset = m_doc.m_nodes[key].offset;
  const NodeKind kind = m_doc.kind(key);
  if (kind == NodeKind::null) {
    report(MessageId::yaml_empty_key, {}, offset, pointer_to_current());
    return;
  }
  if (kind != NodeKind::scalar) {
    report(MessageId::yaml_complex_key, {}, offset, pointer_to_current());
    return;
  }
  const std::string_view name = m_doc.text(key);
  if (name == "<<" && m_doc.style(key) == Style::plain) {
    report(MessageId::yaml_merge_key, {}, offset, pointer_to_current());
  }

  const std::optional<NodeId> first = find_key(frame, name);
  if (first) {
    Diagnostic& d =
        report(MessageId::yaml_duplicate_key, {std::string(name)}, offset, pointer_to_current());
    d.related = RelatedLocation{m_doc.source().location(m_doc.m_nodes[*first].offset),
                                MessageId::yaml_duplicate_key_first};
    return;
  }
  m_keys.push_back(key);
  const auto hash = [this](NodeId id) { return std::hash<std::string_view>{}(m_doc.text(id)); };
  if (frame.key_index) {
    frame.key_index->emplace(hash(key), key);
  } else if (m_keys.size() - frame.first_key > kKeysScannedLinearly) {
    frame.key_index = std::make_unique<std::unordered_multimap<std::size_t, NodeId>>();
    for (std::size_t i = frame.first_key; i < m_keys.size(); ++i) {
      frame.key_index->emplace(hash(m_keys[i]), m_keys[i]);
    }
  }
}

std::optional<NodeId> DocumentBuilder::find_key(const Frame& frame, std::string_view name) const {
  if (frame.key_index) {
    const auto [first, last] = frame.key_index->equal_range(std::hash<std::string_view>{}(name));
    for (auto it = first; it != last; ++it) {
      if (m_doc.text(it->second) == name) return it->second;
    }
    return std::nullopt;
  }
  for (std::size_t i = frame.first_key; i < m_keys.size(); ++i) {
    if (m_doc.text(m_keys[i]) == name) return m_keys[i];
  }
  return std::nullopt;
}

void DocumentBuilder::OnDocumentStart(const YAML::Mark& mark) {
  if (++m_documents > 1) {
    report(MessageId::yaml_multiple_documents, {}, offset_of(mark));
    throw StopParsing{};
  }
}

void DocumentBuilder::OnAnchor(const YAML::Mark& /*mark*/, const std::string& name) {
  m_pending_anchor_name = name;
}

void DocumentBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag,
                               YAML::anchor_t anchor, const std::string& value) {
  const std::uint32_t offset = offset_of(mark);
  const std::string_view source = m_doc.source().text();
  const std::size_t start = skip_node_properties(source, offset);
  const Style style = scalar_style_at(source, start);
  if (is_quoted(style) && !find_closing_quote(source, start)) {
    // yaml-cpp takes the rest of the file as the string; say where it opened instead.
    report(MessageId::yaml_unterminated_string, {std::string(1, source[start])},
           static_cast<std::uint32_t>(start));
    throw StopParsing{};
  }
  const NodeId id = add_node(NodeKind::scalar, style, offset);
  // yaml-cpp gives the \_ and \N escapes as the bare Latin-1 bytes: read them as characters.
  std::string repaired;
  std::string_view text = value;
  if (style == Style::double_quoted && text::find_invalid_utf8(text)) {
    repaired = text::repair_latin1_bytes(text);
    text = repaired;
  }
  // What escapes decode to is text like any other: no control characters, no noncharacters.
  if (style == Style::double_quoted) {
    if (const auto bad = text::find_disallowed_char(text)) {
      const std::size_t at = find_escape_for(source, start, bad->second).value_or(start);
      report(MessageId::yaml_escaped_char,
             {fmt::format("{:04X}", static_cast<unsigned>(bad->second))},
             static_cast<std::uint32_t>(at), pointer_to_current());
    }
  }
  set_text(id, text, is_quoted(style) ? start + 1 : start);
  set_tag(id, tag, style);
  if (!tag_is_supported(tag)) {
    report(MessageId::yaml_unsupported_tag, {tag_as_written(tag)}, offset, pointer_to_current());
  } else if (!tag_fits(tag, NodeKind::scalar, text)) {
    report(MessageId::yaml_tag_mismatch, {tag_as_written(tag), std::string(text)}, offset,
           pointer_to_current());
  }
  register_anchor(anchor, id, true);
  attach(id);
  add_expanded(1);
}

void DocumentBuilder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) {
  const std::string_view source = m_doc.source().text();
  std::uint32_t offset = offset_of(mark);
  const bool has_properties =
      offset < source.size() && (source[offset] == '!' || source[offset] == '&');
  const std::size_t start = skip_node_properties(source, offset);
  const std::size_t token = null_token_length(source, start);
  // An explicit null ("~", "null") is where yaml-cpp says when something precedes it on its
  // line ("key: ~", "- null"); an empty value is reported at the next token instead.
  std::size_t before = offset;
  while (before > m_base && (source[before - 1] == ' ' || source[before - 1] == '\t')) --before;
  const bool written_here =
      has_properties || (token > 0 && before > m_base && source[before - 1] != '\n');
  if (!written_here)
    offset = static_cast<std::uint32_t>(empty_value_offset(source, offset, m_base));

  // yaml-cpp gives no tag with an empty value: read it from the source.
  if (has_properties && source[offset] == '!') {
    std::size_t end = offset;
    while (end < source.size() && !std::isspace(static_cast<unsigned char>(source[end]))) ++end;
    const std::string_view written = source.substr(offset, end - offset);
    const std::string tag = written.starts_with("!!")
                                ? "tag:yaml.org,2002:" + std::string(written.substr(2))
                                : std::string(written);
    if (!tag_is_supported(tag)) {
      report(MessageId::yaml_unsupported_tag, {std::string(written)}, offset, pointer_to_current());
    } else if (!tag_fits(tag, NodeKind::scalar, {})) {
      report(MessageId::yaml_tag_mismatch, {std::string(written), ""}, offset,
             pointer_to_current());
    }
  }
  const NodeId id = add_node(NodeKind::null, Style::plain, offset);
  auto& node = m_doc.m_nodes[id];
  if (written_here && token > 0) {
    node.a = static_cast<std::uint32_t>(start);
    node.b = static_cast<std::uint32_t>(token);
  }
  register_anchor(anchor, id, true);
  attach(id);
  add_expanded(1);
}

void DocumentBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) {
  const std::uint32_t offset = offset_of(mark);
  if (anchor == YAML::NullAnchor || anchor >= m_anchors.size()) {
    report(MessageId::yaml_undefined_alias, {"?"}, offset);
    throw StopParsing{};
  }
  const Anchor& target = m_anchors[anchor];
  if (!target.complete) {
    // Keep the tree finite: the alias becomes an empty value after the error.
    const NodeId id = add_node(NodeKind::null, Style::plain, offset);
    attach(id);
    report(MessageId::yaml_recursive_alias, {target.name}, offset, pointer_to_current());
    add_expanded(1);
    return;
  }
  m_alias_added = saturating_add(m_alias_added, target.expanded);
  if (m_alias_added > m_limits.max_alias_expansion) {
    report(MessageId::yaml_alias_budget, {std::to_string(m_limits.max_alias_expansion)}, offset);
    throw StopParsing{};
  }
  const NodeId id = add_node(m_doc.m_nodes[target.node].kind, Style::plain, offset);
  m_doc.m_nodes[id].alias = true;
  m_doc.m_nodes[id].a = target.node;
  attach(id);
  add_expanded(target.expanded);
}

void DocumentBuilder::open_collection(NodeKind kind, const YAML::Mark& mark, const std::string& tag,
                                      YAML::anchor_t anchor, YAML::EmitterStyle::value style) {
  const std::uint32_t offset = offset_of(mark);
  if (m_frames.size() >= m_limits.max_depth) {
    report(MessageId::yaml_too_deep, {std::to_string(m_limits.max_depth)}, offset);
    throw StopParsing{};
  }
  const Style node_style = style == YAML::EmitterStyle::Flow ? Style::flow : Style::block;
  const NodeId id = add_node(kind, node_style, offset);
  set_tag(id, tag, node_style);
  if (!tag_is_supported(tag)) {
    report(MessageId::yaml_unsupported_tag, {tag_as_written(tag)}, offset);
  } else if (!tag_fits(tag, kind, {})) {
    report(MessageId::yaml_tag_mismatch,
           {tag_as_written(tag), kind == NodeKind::mapping ? "{…}" : "[…]"}, offset);
  }
  register_anchor(anchor, id, false);
  attach(id);
  Frame frame;
  frame.node = id;
  frame.first_key = m_keys.size();
  frame.anchor = anchor;
  m_frames.push_back(std::move(frame));
}

void DocumentBuilder::close_collection() {
  Frame& frame = m_frames.back();
  auto& node = m_doc.m_nodes[frame.node];
  node.a = frame.children;
  node.b = static_cast<std::uint32_t>(m_doc.m_nodes.size() - frame.node - 1);
  m_keys.resize(frame.first_key);
  if (frame.anchor != YAML::NullAnchor) {
    m_anchors[frame.anchor].complete = true;
    m_anchors[frame.anchor].expanded = frame.expanded;
  }
  const std::uint64_t expanded = frame.expanded;
  m_frames.pop_back();
  add_expanded(expanded);
}

void DocumentBuilder::OnSequenceStart(const YAML::Mark& mark, const std::string& tag,
                                      YAML::anchor_t anchor, YAML::EmitterStyle::value style) {
  open_collection(NodeKind::sequence, mark, tag, anchor, style);
}

void DocumentBuilder::OnMapStart(const YAML::Mark& mark, const std::string& tag,
                                 YAML::anchor_t anchor, YAML::EmitterStyle::value style) {
  open_collection(NodeKind::mapping, mark, tag, anchor, style);
}

}  // namespace qobj::yaml
