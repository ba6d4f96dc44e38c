#include "core/yaml/document.hpp"

#include <algorithm>
#include <string>

namespace qobj::yaml {

std::string_view kind_name(NodeKind kind) {
  switch (kind) {
    case NodeKind::null:
      return "null";
    case NodeKind::scalar:
      return "scalar";
    case NodeKind::sequence:
      return "sequence";
    case NodeKind::mapping:
      return "mapping";
  }
  return "?";
}

ChildIterator& ChildIterator::operator++() {
  m_id += m_doc->span(m_id);
  --m_remaining;
  return *this;
}

std::string_view Document::text(NodeId id) const {
  const Node& n = node(resolve(id));
  if (n.kind != NodeKind::scalar && n.kind != NodeKind::null) return {};
  const std::string_view store = n.text_in_arena ? std::string_view(m_arena) : m_source->text();
  return store.substr(n.a, n.b);
}

std::string_view Document::tag(NodeId id) const {
  const NodeId target = resolve(id);
  const auto it = std::lower_bound(m_tags.begin(), m_tags.end(), target,
                                   [](const auto& entry, NodeId key) { return entry.first < key; });
  return it != m_tags.end() && it->first == target ? std::string_view(it->second)
                                                   : std::string_view();
}

std::size_t Document::size(NodeId id) const {
  const Node& n = node(resolve(id));
  if (n.kind == NodeKind::mapping) return n.a / 2;
  if (n.kind == NodeKind::sequence) return n.a;
  return 0;
}

ChildRange Document::items(NodeId id) const {
  const NodeId target = resolve(id);
  const Node& n = node(target);
  const bool collection = n.kind == NodeKind::sequence || n.kind == NodeKind::mapping;
  const std::uint32_t count = collection ? n.a : 0;
  return ChildRange{ChildIterator(this, target + 1, count), ChildIterator(this, 0, 0)};
}

EntryRange Document::entries(NodeId id) const {
  if (kind(id) != NodeKind::mapping) return {};
  const ChildRange children = items(id);
  return EntryRange{EntryIterator(children.first), EntryIterator(children.last)};
}

std::optional<NodeId> Document::find(NodeId mapping, std::string_view key) const {
  for (const Entry entry : entries(mapping)) {
    if (kind(entry.key) == NodeKind::scalar && text(entry.key) == key) return entry.value;
  }
  return std::nullopt;
}

bool Document::find_path(NodeId from, NodeId target, std::string& path) const {
  if (from == target) return true;
  const Node& n = node(from);
  if (n.alias || target < from || target >= from + span(from)) return false;
  const std::size_t mark = path.size();
  if (n.kind == NodeKind::sequence) {
    std::size_t index = 0;
    for (const NodeId child : items(from)) {
      append_pointer_token(path, std::to_string(index++));
      if (find_path(child, target, path)) return true;
      path.resize(mark);
    }
  } else if (n.kind == NodeKind::mapping) {
    for (const Entry entry : entries(from)) {
      append_pointer_token(path, text(entry.key));
      if (entry.key == target || find_path(entry.value, target, path)) return true;
      path.resize(mark);
    }
  }
  return false;
}

std::string Document::pointer(NodeId id) const {
  std::string path;
  if (m_nodes.empty() || !find_path(root(), id, path)) return {};
  return path;
}

}  // namespace qobj::yaml
