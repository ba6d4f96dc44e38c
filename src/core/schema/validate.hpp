// Validates a YAML document against a compiled JSON Schema, collecting every error as a
// diagnostic at the instance's file, line and column, with its JSON pointer.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/schema/schema.hpp"
#include "core/yaml/document.hpp"

namespace qobj::schema {

// How deep $ref may recurse on one value before validation gives up on it.
inline constexpr std::size_t kMaxValidationDepth = 256;

// The properties of the schema a validation met in the document: (the subschema holding
// `properties`, the property's name). A test uses it to tell that a file exercises every
// property a schema accepts.
struct PropertyTrace {
  std::set<std::pair<SchemaId, std::string>> used;
};

std::vector<Diagnostic> validate(const Schema& schema, const yaml::Document& document,
                                 PropertyTrace* trace = nullptr);
std::vector<Diagnostic> validate(const Schema& schema, const yaml::Document& document,
                                 yaml::NodeId instance, PropertyTrace* trace = nullptr);

}  // namespace qobj::schema
