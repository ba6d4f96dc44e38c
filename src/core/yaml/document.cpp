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

void Document::index_parents() const {
  m_places.assign(m_nodes.size(), Place{});
  for (NodeId id = 0; id < m_nodes.size(); ++id) {
    const Node& n = m_nodes[id];
    if (n.alias) continue;  // an alias's children are its anchor's, indexed there
    if (n.kind == NodeKind::sequence) {
      std::uint32_t index = 0;
      for (const NodeId child : items(id)) m_places[child] = Place{id, index++};
    } else if (n.kind == NodeKind::mapping) {
      for (const Entry entry : entries(id)) {
        m_places[entry.key] = Place{id, entry.key};
        m_places[entry.value] = Place{id, entry.key};
      }
    }
  }
}

std::string Document::pointer(NodeId id) const {
  if (m_nodes.empty() || id >= m_nodes.size()) return {};
  if (m_places.size() != m_nodes.size()) index_parents();
  std::vector<NodeId> chain;  // from the node up to a child of the root
  for (NodeId at = id; at != root(); at = m_places[at].parent) chain.push_back(at);
  std::string path;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Place& place = m_places[*it];
    if (m_nodes[place.parent].kind == NodeKind::sequence) {
      append_pointer_token(path, std::to_string(place.slot));
    } else {
      append_pointer_token(path, text(place.slot));
    }
  }
  return path;
}

void Document::release_spare() {
  constexpr std::size_t kSmall = 1 << 20;  // bytes of nodes: below malloc's mmap threshold
  if (m_nodes.capacity() * sizeof(Node) <= kSmall) m_nodes.shrink_to_fit();
  if (m_arena.capacity() <= kSmall) m_arena.shrink_to_fit();
}

}  // namespace qobj::yaml
