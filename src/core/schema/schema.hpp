// A compiled JSON Schema (draft-07): every subschema of the documents it was loaded from,
// with $ref resolved to indices. It keeps its documents, whose nodes hold the enum and
// const values and the positions that schema errors point at.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/num/exact_number.hpp"
#include "core/schema/regex.hpp"
#include "core/yaml/document.hpp"

namespace qobj::schema {

using SchemaId = std::uint32_t;
inline constexpr SchemaId kNone = UINT32_MAX;

// Bits of the "type" keyword.
enum TypeBits : std::uint8_t {
  kTypeNull = 1,
  kTypeBoolean = 2,
  kTypeObject = 4,
  kTypeArray = 8,
  kTypeNumber = 16,
  kTypeString = 32,
  kTypeInteger = 64,
};

struct Dependency {
  std::string property;
  std::vector<std::string> required;  // an array dependency
  SchemaId schema = kNone;            // a schema dependency
};

struct Subschema {
  std::uint32_t document = 0;  // index into Schema::documents()
  yaml::NodeId node = 0;
  std::optional<bool> constant;  // a boolean schema: true accepts all, false nothing

  SchemaId ref = kNone;  // draft-07: with $ref, the other keywords are ignored

  std::uint8_t types = 0;  // 0: any type
  std::optional<std::vector<yaml::NodeId>> enum_values;
  std::optional<yaml::NodeId> const_value;

  std::optional<ExactNumber> multiple_of, maximum, exclusive_maximum, minimum, exclusive_minimum;
  std::optional<std::uint64_t> max_length, min_length, max_items, min_items, max_properties,
      min_properties;
  std::optional<Regex> pattern;
  // qobj's annotation `x-qobj-pattern: {en, vi}`: what the pattern means, said instead of it.
  std::string pattern_text_en, pattern_text_vi;
  std::string format;

  SchemaId items = kNone;             // one schema for every item
  std::vector<SchemaId> tuple_items;  // or one per position
  bool items_is_tuple = false;
  SchemaId additional_items = kNone;
  bool unique_items = false;
  SchemaId contains = kNone;

  std::vector<std::string> required;
  std::vector<std::pair<std::string, SchemaId>> properties;
  std::vector<std::pair<Regex, SchemaId>> pattern_properties;
  SchemaId additional_properties = kNone;
  std::vector<Dependency> dependencies;
  SchemaId property_names = kNone;

  SchemaId if_schema = kNone, then_schema = kNone, else_schema = kNone, not_schema = kNone;
  std::vector<SchemaId> all_of, any_of, one_of;
};

class Schema {
 public:
  SchemaId root() const { return 0; }
  const Subschema& at(SchemaId id) const { return m_subschemas[id]; }
  SchemaId id_of(const Subschema& s) const {
    return static_cast<SchemaId>(&s - m_subschemas.data());
  }
  const yaml::Document& document_of(const Subschema& s) const { return *m_documents[s.document]; }
  std::size_t size() const { return m_subschemas.size(); }

 private:
  friend class Compiler;
  std::vector<std::shared_ptr<const yaml::Document>> m_documents;
  std::vector<Subschema> m_subschemas;
};

struct SchemaLoad {
  std::optional<Schema> schema;  // absent when the schema has errors
  std::vector<Diagnostic> diagnostics;
};

// Compiles the schema at `root` of `document`. `base_uri` names it for $ref resolution when it
// has no $id. The draft-07 meta-schema is always available to $ref.
SchemaLoad compile_schema(std::shared_ptr<const yaml::Document> document, yaml::NodeId root,
                          std::string base_uri);

}  // namespace qobj::schema
