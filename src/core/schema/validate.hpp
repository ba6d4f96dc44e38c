// Validates a YAML document against a compiled JSON Schema, collecting every error as a
// diagnostic at the instance's file, line and column, with its JSON pointer.
#pragma once

#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/schema/schema.hpp"
#include "core/yaml/document.hpp"

namespace qobj::schema {

// How deep $ref may recurse on one value before validation gives up on it.
inline constexpr std::size_t kMaxValidationDepth = 256;

std::vector<Diagnostic> validate(const Schema& schema, const yaml::Document& document);
std::vector<Diagnostic> validate(const Schema& schema, const yaml::Document& document,
                                 yaml::NodeId instance);

}  // namespace qobj::schema
