// qobj's own YAML document tree: compact, positioned, untyped.
//
// Nodes live in one array in document order (pre-order). A collection stores how many
// children it has and how many nodes its subtree spans, so its children are found by skipping
// subtrees and no child lists are kept. A mapping's children alternate key, value. Scalar text
// points into the source when it is spelled there byte for byte, and into an arena otherwise
// (escapes, folded lines, NFC normalisation). An alias is a node of its own (it has its own
// position) that refers to its anchored node; reading through it gives the anchored node.
//
// Scalars are never typed here: "010", "yes" and "1.150" stay text, with their style and tag,
// and later layers type them by the YAML 1.2 core schema.
#pragma once

#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/source/source_file.hpp"

namespace qobj::yaml {

using NodeId = std::uint32_t;

enum class NodeKind : std::uint8_t { null, scalar, sequence, mapping };

enum class Style : std::uint8_t {
  plain,
  single_quoted,
  double_quoted,
  literal,
  folded,
  block,  // collections
  flow,
};

std::string_view kind_name(NodeKind kind);

class Document;

// Iterates the direct children of a collection by skipping subtrees.
class ChildIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = NodeId;
  using difference_type = std::ptrdiff_t;
  using pointer = const NodeId*;
  using reference = NodeId;

  ChildIterator() = default;
  ChildIterator(const Document* doc, NodeId id, std::uint32_t remaining)
      : m_doc(doc), m_id(id), m_remaining(remaining) {}
  NodeId operator*() const { return m_id; }
  ChildIterator& operator++();
  ChildIterator operator++(int) {
    auto copy = *this;
    ++*this;
    return copy;
  }
  friend bool operator==(const ChildIterator& a, const ChildIterator& b) {
    return a.m_remaining == b.m_remaining;
  }

 private:
  const Document* m_doc = nullptr;
  NodeId m_id = 0;
  std::uint32_t m_remaining = 0;
};

struct ChildRange {
  ChildIterator first, last;
  ChildIterator begin() const { return first; }
  ChildIterator end() const { return last; }
};

// A mapping entry: the key node and the value node.
struct Entry {
  NodeId key;
  NodeId value;
};

class EntryIterator {
 public:
  EntryIterator() = default;
  explicit EntryIterator(ChildIterator it) : m_it(it) {}
  Entry operator*() const {
    auto value = m_it;
    ++value;
    return Entry{*m_it, *value};
  }
  EntryIterator& operator++() {
    ++m_it;
    ++m_it;
    return *this;
  }
  friend bool operator==(const EntryIterator& a, const EntryIterator& b) = default;

 private:
  ChildIterator m_it;
};

struct EntryRange {
  EntryIterator first, last;
  EntryIterator begin() const { return first; }
  EntryIterator end() const { return last; }
};

class Document {
 public:
  explicit Document(std::shared_ptr<const SourceFile> source) : m_source(std::move(source)) {}

  const SourceFile& source() const { return *m_source; }
  const std::shared_ptr<const SourceFile>& shared_source() const { return m_source; }
  NodeId root() const { return 0; }
  std::size_t node_count() const { return m_nodes.size(); }

  // Kind, text, style, tag and children read through aliases.
  NodeKind kind(NodeId id) const { return node(resolve(id)).kind; }
  bool is_alias(NodeId id) const { return node(id).alias; }
  NodeId resolve(NodeId id) const { return node(id).alias ? node(id).a : id; }
  // Scalar text (NFC); a null's token as written ("~", "null", "" when empty); "" otherwise.
  std::string_view text(NodeId id) const;
  Style style(NodeId id) const { return node(resolve(id)).style; }
  std::string_view tag(NodeId id) const;  // "" when the node has no explicit tag

  // Number of direct children; a mapping counts its entries.
  std::size_t size(NodeId id) const;
  ChildRange items(NodeId sequence) const;
  EntryRange entries(NodeId mapping) const;
  std::optional<NodeId> find(NodeId mapping, std::string_view key) const;

  // Where the node is written (an alias: where the alias is written, not its anchor).
  std::uint32_t offset(NodeId id) const { return node(id).offset; }
  Location location(NodeId id) const { return m_source->location(node(id).offset); }
  // The JSON pointer of the node: up through its parents, which are indexed the first time a
  // pointer is asked for (diagnostics only), so that a million of them stay linear. Not safe
  // from two threads at once: only the thread reading a document, or the checks across files
  // (run on one thread), ask for its pointers.
  std::string pointer(NodeId id) const;

  // Gives back what the builder reserved and did not use, for a small document: a province's
  // thousands of files would otherwise each keep a guess four times their size. A large
  // document keeps its array: a copy would double the peak, and pages never written are never
  // resident.
  void release_spare();

 private:
  friend class DocumentBuilder;
  friend class ChildIterator;

  struct Node {
    std::uint32_t offset = 0;
    // scalar: text start; collection: child count; alias: anchored node
    std::uint32_t a = 0;
    // scalar: text length; collection: nodes in the subtree below it
    std::uint32_t b = 0;
    NodeKind kind = NodeKind::null;
    Style style = Style::plain;
    bool alias = false;
    bool text_in_arena = false;
  };
  static_assert(sizeof(Node) == 16, "nodes are kept small: a 100 MB file has millions");

  const Node& node(NodeId id) const { return m_nodes[id]; }
  std::uint32_t span(NodeId id) const {
    const Node& n = m_nodes[id];
    return n.alias || n.kind == NodeKind::scalar || n.kind == NodeKind::null ? 1 : n.b + 1;
  }
  void index_parents() const;

  std::shared_ptr<const SourceFile> m_source;
  std::vector<Node> m_nodes;
  std::string m_arena;
  std::vector<std::pair<NodeId, std::string>> m_tags;  // sorted by node
  // Built on demand by pointer(): each node's parent collection, and where it sits in it (its
  // index in a sequence; its key node in a mapping, a key being its own slot).
  struct Place {
    NodeId parent = 0;
    std::uint32_t slot = 0;
  };
  mutable std::vector<Place> m_places;
};

}  // namespace qobj::yaml
