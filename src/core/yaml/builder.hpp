// Builds a Document from yaml-cpp's parser events, checking as it goes what the events alone
// would let through: duplicate and merge keys, aliases (recursive, over budget), depth, more
// than one document, unterminated quotes; and placing empty values where they are written.
#pragma once

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/yaml/document.hpp"
#include "core/yaml/reader.hpp"

namespace qobj::yaml {

// Thrown from an event to stop parsing after a diagnostic that leaves nothing to read.
struct StopParsing {};

class DocumentBuilder final : public YAML::EventHandler {
 public:
  // `shifts`: where yaml-cpp reads a rewritten text (rewrite_json_surrogate_pairs), how to
  // map its positions back; empty otherwise.
  DocumentBuilder(Document& document, std::vector<Diagnostic>& diagnostics, Omitted& omitted,
                  const ReaderLimits& limits,
                  std::vector<std::pair<std::uint32_t, std::uint32_t>> shifts = {});

  int documents_seen() const { return m_documents; }
  // The innermost open flow collection of this kind, for "never closed" errors.
  std::optional<std::uint32_t> open_flow_offset(NodeKind kind) const;
  // The byte offset in the text of a yaml-cpp mark.
  std::uint32_t offset_of(const YAML::Mark& mark) const;

  void OnDocumentStart(const YAML::Mark& mark) override;
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override;
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override;
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override;
  void OnSequenceEnd() override { close_collection(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override;
  void OnMapEnd() override { close_collection(); }
  void OnAnchor(const YAML::Mark& mark, const std::string& name) override;

 private:
  struct Frame {
    NodeId node;
    std::uint32_t children = 0;
    std::uint64_t expanded = 1;  // values in the subtree once aliases are expanded
    std::size_t first_key = 0;   // into m_keys
    NodeId current_key = 0;
    YAML::anchor_t anchor = 0;
    // Large mappings: key text hash -> key. Hashes, not views: the arena may move.
    std::unique_ptr<std::unordered_multimap<std::size_t, NodeId>> key_index;
  };
  struct Anchor {
    NodeId node = 0;
    bool complete = false;
    std::uint64_t expanded = 1;
    std::string name;
  };

  NodeId add_node(NodeKind kind, Style style, std::uint32_t offset);
  void set_text(NodeId id, std::string_view value, std::size_t source_pos);
  void set_tag(NodeId id, const std::string& tag, Style style);
  void register_anchor(YAML::anchor_t anchor, NodeId id, bool complete);
  // Attaches a finished (or, for collections, just opened) node to the open collection.
  void attach(NodeId id);
  void add_expanded(std::uint64_t count);
  void check_key(Frame& frame, NodeId key);
  std::optional<NodeId> find_key(const Frame& frame, std::string_view name) const;
  void open_collection(NodeKind kind, const YAML::Mark& mark, const std::string& tag,
                       YAML::anchor_t anchor, YAML::EmitterStyle::value style);
  void close_collection();
  std::string pointer_to_current() const;
  Diagnostic& report(MessageId id, std::vector<MessageArg> args, std::uint32_t offset,
                     std::string pointer = {});

  Document& m_doc;
  DiagnosticBudget m_diagnostics;
  ReaderLimits m_limits;
  std::uint32_t m_base;  // offset of the text yaml-cpp sees (after a byte order mark)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> m_shifts;
  std::vector<Frame> m_frames;
  std::vector<NodeId> m_keys;  // keys of the open mappings, innermost last
  std::vector<Anchor> m_anchors;
  std::string m_pending_anchor_name;
  std::uint64_t m_alias_added = 0;
  int m_documents = 0;
};

}  // namespace qobj::yaml
