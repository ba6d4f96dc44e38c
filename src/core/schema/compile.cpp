#include <fmt/format.h>

#include <map>
#include <set>

#include "core/schema/meta_schema.hpp"
#include "core/schema/schema.hpp"
#include "core/schema/uri.hpp"
#include "core/text/json_pointer.hpp"
#include "core/yaml/core_schema.hpp"
#include "core/yaml/reader.hpp"

namespace qobj::schema {

using yaml::Document;
using yaml::JsonType;
using yaml::NodeId;
using yaml::NodeKind;

// Turns schema documents into Subschemas. Two passes: index every subschema's base URI and
// every $id, then compile from the root, resolving $ref through the index.
class Compiler {
 public:
  explicit Compiler(std::vector<Diagnostic>& diagnostics) : m_diagnostics(diagnostics) {}

  std::uint32_t add_document(std::shared_ptr<const Document> doc, NodeId root,
                             const std::string& base) {
    const auto index = static_cast<std::uint32_t>(m_schema.m_documents.size());
    m_schema.m_documents.push_back(std::move(doc));
    m_resources[std::string(without_fragment(base))] = {index, root};
    index_subschema(index, root, base);
    return index;
  }

  SchemaId compile(std::uint32_t doc_index, NodeId node);
  Schema take() { return std::move(m_schema); }

 private:
  struct Place {
    std::uint32_t document;
    NodeId node;
    friend auto operator<=>(const Place&, const Place&) = default;
  };

  const Document& doc(std::uint32_t index) const { return *m_schema.m_documents[index]; }
  void index_subschema(std::uint32_t d, NodeId node, std::string base);
  void error(std::uint32_t d, NodeId node, MessageId id, std::vector<MessageArg> args) {
    m_diagnostics.push_back(
        Diagnostic::error(id, std::move(args), doc(d).location(node), doc(d).pointer(node)));
  }
  void invalid(std::uint32_t d, NodeId node, std::string_view keyword, MessageId expected) {
    error(d, node, MessageId::schema_invalid_keyword, {std::string(keyword), expected});
  }
  SchemaId resolve_ref(std::uint32_t d, NodeId ref_node, const std::string& base);
  std::optional<NodeId> follow_pointer(const Document& document, NodeId from,
                                       std::string_view pointer) const;

  std::optional<std::uint64_t> count(std::uint32_t d, NodeId node, std::string_view keyword);
  std::optional<ExactNumber> number(std::uint32_t d, NodeId node, std::string_view keyword);
  std::optional<Regex> regex(std::uint32_t d, NodeId node);
  std::vector<SchemaId> schema_list(std::uint32_t d, NodeId node, std::string_view keyword);
  std::vector<std::string> string_list(std::uint32_t d, NodeId node, std::string_view keyword);
  void compile_keywords(SchemaId id, std::uint32_t d, NodeId node);

  std::vector<Diagnostic>& m_diagnostics;
  Schema m_schema;
  std::map<std::string, Place> m_resources;  // URI without fragment -> schema resource
  std::map<std::string, Place> m_anchors;    // URI with a plain-name fragment ("#foo")
  std::map<Place, std::string> m_base;       // base URI of every indexed subschema
  std::map<Place, SchemaId> m_compiled;
};

namespace {

// Keywords whose value is a schema, a list of schemas, or a mapping of names to schemas.
constexpr std::string_view kSchemaKeywords[] = {"additionalItems",
                                                "additionalProperties",
                                                "contains",
                                                "propertyNames",
                                                "if",
                                                "then",
                                                "else",
                                                "not",
                                                "items"};
constexpr std::string_view kSchemaListKeywords[] = {"allOf", "anyOf", "oneOf", "items"};
constexpr std::string_view kSchemaMapKeywords[] = {"properties", "patternProperties", "definitions",
                                                   "dependencies"};

}  // namespace

void Compiler::index_subschema(std::uint32_t d, NodeId node, std::string base) {
  const Document& document = doc(d);
  if (document.kind(node) != NodeKind::mapping) return;
  if (const auto id = document.find(node, "$id");
      id && yaml::json_type(document, *id) == JsonType::string) {
    const std::string resolved = resolve_uri(base, document.text(*id));
    const std::string_view fragment = fragment_of(resolved);
    if (!fragment.empty()) {
      m_anchors[resolved] = {d, node};
    }
    if (document.text(*id).empty() || document.text(*id)[0] != '#') {
      base = std::string(without_fragment(resolved));
      m_resources.emplace(base, Place{d, node});
    }
  }
  m_base[{d, node}] = base;
  for (const auto keyword : kSchemaKeywords) {
    if (const auto child = document.find(node, keyword)) index_subschema(d, *child, base);
  }
  for (const auto keyword : kSchemaListKeywords) {
    const auto list = document.find(node, keyword);
    if (!list || document.kind(*list) != NodeKind::sequence) continue;
    for (const NodeId child : document.items(*list)) index_subschema(d, child, base);
  }
  for (const auto keyword : kSchemaMapKeywords) {
    const auto map = document.find(node, keyword);
    if (!map || document.kind(*map) != NodeKind::mapping) continue;
    for (const yaml::Entry entry : document.entries(*map)) index_subschema(d, entry.value, base);
  }
}

std::optional<NodeId> Compiler::follow_pointer(const Document& document, NodeId from,
                                               std::string_view pointer) const {
  NodeId node = from;
  while (!pointer.empty()) {
    if (pointer[0] != '/') return std::nullopt;
    pointer.remove_prefix(1);
    const auto end = pointer.find('/');
    std::string token(pointer.substr(0, end));
    pointer = end == std::string_view::npos ? std::string_view() : pointer.substr(end);
    const std::string unescaped = text::unescape_pointer_token(token);
    if (document.kind(node) == NodeKind::mapping) {
      const auto next = document.find(node, unescaped);
      if (!next) return std::nullopt;
      node = *next;
    } else if (document.kind(node) == NodeKind::sequence) {
      std::size_t index = 0;
      for (const char c : unescaped) {
        if (c < '0' || c > '9') return std::nullopt;
        index = index * 10 + static_cast<std::size_t>(c - '0');
      }
      if (unescaped.empty() || index >= document.size(node)) return std::nullopt;
      auto it = document.items(node).begin();
      std::advance(it, static_cast<std::ptrdiff_t>(index));
      node = *it;
    } else {
      return std::nullopt;
    }
  }
  return node;
}

SchemaId Compiler::resolve_ref(std::uint32_t d, NodeId ref_node, const std::string& base) {
  const std::string target = resolve_uri(base, doc(d).text(ref_node));
  const std::string resource(without_fragment(target));
  const std::string fragment = percent_decode(fragment_of(target));
  std::optional<Place> place;
  if (fragment.empty() || fragment[0] == '/') {
    if (const auto it = m_resources.find(resource); it != m_resources.end()) {
      if (const auto node = follow_pointer(doc(it->second.document), it->second.node, fragment)) {
        place = Place{it->second.document, *node};
      }
    }
  } else if (const auto it = m_anchors.find(target); it != m_anchors.end()) {
    place = it->second;
  }
  if (!place) {
    error(d, ref_node, MessageId::schema_unresolved_ref, {std::string(doc(d).text(ref_node))});
    return kNone;
  }
  return compile(place->document, place->node);
}

std::optional<std::uint64_t> Compiler::count(std::uint32_t d, NodeId node,
                                             std::string_view keyword) {
  const auto value = yaml::number_value(doc(d), node);
  if (!value || !value->is_integer() || sgn(value->value) < 0 ||
      !value->value.get_num().fits_ulong_p()) {
    invalid(d, node, keyword, MessageId::phrase_integer);
    return std::nullopt;
  }
  return value->value.get_num().get_ui();
}

std::optional<ExactNumber> Compiler::number(std::uint32_t d, NodeId node,
                                            std::string_view keyword) {
  const auto value = yaml::number_value(doc(d), node);
  if (!value || !value->is_finite()) {
    invalid(d, node, keyword, MessageId::phrase_number);
    return std::nullopt;
  }
  return value;
}

std::optional<Regex> Compiler::regex(std::uint32_t d, NodeId node) {
  if (yaml::json_type(doc(d), node) != JsonType::string) {
    invalid(d, node, "pattern", MessageId::phrase_string);
    return std::nullopt;
  }
  Regex::Error problem;
  auto compiled = Regex::compile(doc(d).text(node), &problem);
  if (!compiled) {
    // PCRE2 says what is wrong in English only: Vietnamese says where.
    error(d, node, MessageId::schema_bad_regex,
          {fmt::format("\"{}\"", doc(d).text(node)),
           MessageArg::bilingual(fmt::format("{} (at byte {})", problem.message, problem.offset),
                                 fmt::format("sai ở byte thứ {}", problem.offset))});
  }
  return compiled;
}

std::vector<SchemaId> Compiler::schema_list(std::uint32_t d, NodeId node,
                                            std::string_view keyword) {
  std::vector<SchemaId> out;
  if (doc(d).kind(node) != NodeKind::sequence || doc(d).size(node) == 0) {
    invalid(d, node, keyword, MessageId::phrase_array);
    return out;
  }
  for (const NodeId child : doc(d).items(node)) out.push_back(compile(d, child));
  return out;
}

std::vector<std::string> Compiler::string_list(std::uint32_t d, NodeId node,
                                               std::string_view keyword) {
  std::vector<std::string> out;
  if (doc(d).kind(node) != NodeKind::sequence) {
    invalid(d, node, keyword, MessageId::phrase_array);
    return out;
  }
  for (const NodeId child : doc(d).items(node)) {
    if (yaml::json_type(doc(d), child) != JsonType::string) {
      invalid(d, child, keyword, MessageId::phrase_string);
      continue;
    }
    out.emplace_back(doc(d).text(child));
  }
  return out;
}

SchemaId Compiler::compile(std::uint32_t d, NodeId node) {
  if (const auto it = m_compiled.find({d, node}); it != m_compiled.end()) return it->second;
  const auto id = static_cast<SchemaId>(m_schema.m_subschemas.size());
  m_compiled[{d, node}] = id;  // before the children: a $ref cycle finds it
  m_schema.m_subschemas.emplace_back();
  m_schema.m_subschemas[id].document = d;
  m_schema.m_subschemas[id].node = node;

  const Document& document = doc(d);
  const JsonType type = yaml::json_type(document, node);
  if (type == JsonType::boolean) {
    m_schema.m_subschemas[id].constant = yaml::boolean_value(document, node);
  } else if (type != JsonType::object) {
    error(d, node, MessageId::schema_not_a_schema, {});
    m_schema.m_subschemas[id].constant = true;
  } else {
    compile_keywords(id, d, node);
  }
  return id;
}

void Compiler::compile_keywords(SchemaId id, std::uint32_t d, NodeId node) {
  const Document& document = doc(d);
  // The subschema is written through an index: compiling children may grow the vector.
  auto self = [this, id]() -> Subschema& { return m_schema.m_subschemas[id]; };
  if (const auto ref = document.find(node, "$ref")) {
    if (yaml::json_type(document, *ref) != JsonType::string) {
      invalid(d, *ref, "$ref", MessageId::phrase_string);
      return;
    }
    const auto base = m_base.find({d, node});
    const SchemaId target =
        resolve_ref(d, *ref, base != m_base.end() ? base->second : std::string());
    self().ref = target;
    if (target == kNone) self().constant = true;
    return;  // draft-07: keywords beside $ref are ignored
  }

  for (const yaml::Entry entry : document.entries(node)) {
    const std::string_view key = document.text(entry.key);
    const NodeId value = entry.value;
    const JsonType value_type = yaml::json_type(document, value);
    if (key == "type") {
      auto bit = [](std::string_view name) -> std::uint8_t {
        if (name == "null") return kTypeNull;
        if (name == "boolean") return kTypeBoolean;
        if (name == "object") return kTypeObject;
        if (name == "array") return kTypeArray;
        if (name == "number") return kTypeNumber;
        if (name == "string") return kTypeString;
        if (name == "integer") return kTypeInteger;
        return 0;
      };
      std::vector<NodeId> names;
      if (value_type == JsonType::array) {
        for (const NodeId item : document.items(value)) names.push_back(item);
      } else {
        names.push_back(value);
      }
      for (const NodeId name : names) {
        const std::uint8_t b =
            yaml::json_type(document, name) == JsonType::string ? bit(document.text(name)) : 0;
        if (b == 0) invalid(d, name, "type", MessageId::phrase_string);
        self().types |= b;
      }
    } else if (key == "enum") {
      if (value_type != JsonType::array) {
        invalid(d, value, key, MessageId::phrase_array);
        continue;
      }
      std::vector<NodeId> values(document.items(value).begin(), document.items(value).end());
      self().enum_values = std::move(values);
    } else if (key == "const") {
      self().const_value = value;
    } else if (key == "multipleOf") {
      auto n = number(d, value, key);
      if (n && sgn(n->value) <= 0) {
        invalid(d, value, key, MessageId::phrase_number);
        n.reset();
      }
      self().multiple_of = n;
    } else if (key == "maximum") {
      self().maximum = number(d, value, key);
    } else if (key == "exclusiveMaximum") {
      self().exclusive_maximum = number(d, value, key);
    } else if (key == "minimum") {
      self().minimum = number(d, value, key);
    } else if (key == "exclusiveMinimum") {
      self().exclusive_minimum = number(d, value, key);
    } else if (key == "maxLength") {
      self().max_length = count(d, value, key);
    } else if (key == "minLength") {
      self().min_length = count(d, value, key);
    } else if (key == "maxItems") {
      self().max_items = count(d, value, key);
    } else if (key == "minItems") {
      self().min_items = count(d, value, key);
    } else if (key == "maxProperties") {
      self().max_properties = count(d, value, key);
    } else if (key == "minProperties") {
      self().min_properties = count(d, value, key);
    } else if (key == "pattern") {
      self().pattern = regex(d, value);
    } else if (key == "x-qobj-pattern") {
      if (value_type == JsonType::object) {
        for (const yaml::Entry text : document.entries(value)) {
          if (yaml::json_type(document, text.value) != JsonType::string) continue;
          const std::string_view lang = document.text(text.key);
          if (lang == "en") self().pattern_text_en = std::string(document.text(text.value));
          if (lang == "vi") self().pattern_text_vi = std::string(document.text(text.value));
        }
      }
    } else if (key == "format") {
      if (value_type == JsonType::string) self().format = std::string(document.text(value));
    } else if (key == "items") {
      if (value_type == JsonType::array) {
        std::vector<SchemaId> tuple;
        for (const NodeId child : document.items(value)) tuple.push_back(compile(d, child));
        self().tuple_items = std::move(tuple);
        self().items_is_tuple = true;
      } else {
        const SchemaId child = compile(d, value);
        self().items = child;
      }
    } else if (key == "additionalItems") {
      const SchemaId child = compile(d, value);
      self().additional_items = child;
    } else if (key == "uniqueItems") {
      self().unique_items = value_type == JsonType::boolean && yaml::boolean_value(document, value);
    } else if (key == "contains") {
      const SchemaId child = compile(d, value);
      self().contains = child;
    } else if (key == "required") {
      self().required = string_list(d, value, key);
    } else if (key == "properties" || key == "patternProperties") {
      if (value_type != JsonType::object) {
        invalid(d, value, key, MessageId::phrase_object);
        continue;
      }
      for (const yaml::Entry property : document.entries(value)) {
        const SchemaId child = compile(d, property.value);
        if (key == "properties") {
          self().properties.emplace_back(std::string(document.text(property.key)), child);
        } else if (auto pattern = regex(d, property.key)) {
          self().pattern_properties.emplace_back(std::move(*pattern), child);
        }
      }
    } else if (key == "additionalProperties") {
      const SchemaId child = compile(d, value);
      self().additional_properties = child;
    } else if (key == "dependencies") {
      if (value_type != JsonType::object) {
        invalid(d, value, key, MessageId::phrase_object);
        continue;
      }
      for (const yaml::Entry dependency : document.entries(value)) {
        Dependency rule;
        rule.property = std::string(document.text(dependency.key));
        if (yaml::json_type(document, dependency.value) == JsonType::array) {
          rule.required = string_list(d, dependency.value, key);
        } else {
          rule.schema = compile(d, dependency.value);
        }
        self().dependencies.push_back(std::move(rule));
      }
    } else if (key == "propertyNames") {
      const SchemaId child = compile(d, value);
      self().property_names = child;
    } else if (key == "if" || key == "then" || key == "else" || key == "not") {
      const SchemaId child = compile(d, value);
      (key == "if"     ? self().if_schema
       : key == "then" ? self().then_schema
       : key == "else" ? self().else_schema
                       : self().not_schema) = child;
    } else if (key == "allOf" || key == "anyOf" || key == "oneOf") {
      auto list = schema_list(d, value, key);
      (key == "allOf"   ? self().all_of
       : key == "anyOf" ? self().any_of
                        : self().one_of) = std::move(list);
    }
    // Other keywords ($id, $schema, title, description, default, examples, definitions,
    // $comment, readOnly…) are annotations, or reached through $ref.
  }
}

SchemaLoad compile_schema(std::shared_ptr<const yaml::Document> document, NodeId root,
                          std::string base_uri) {
  SchemaLoad load;
  Compiler compiler(load.diagnostics);
  const std::uint32_t main = compiler.add_document(document, root, base_uri);

  // The meta-schema, for {"$ref": "http://json-schema.org/draft-07/schema#"}.
  static const std::shared_ptr<const yaml::Document> meta = [] {
    auto read =
        yaml::read_yaml("json-schema-draft-07.json", std::string(draft07_meta_schema_text()));
    return std::make_shared<const yaml::Document>(std::move(*read.document));
  }();
  compiler.add_document(meta, meta->root(), std::string(kDraft07MetaSchemaUri));

  compiler.compile(main, root);
  if (!has_errors(load.diagnostics)) load.schema = compiler.take();
  return load;
}

}  // namespace qobj::schema
