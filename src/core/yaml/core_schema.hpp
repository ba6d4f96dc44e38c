// What a node is as JSON data, by the YAML 1.2 core schema: the typing the reader leaves to
// later layers. A plain scalar "12" is an integer, "true" a boolean, "~" a null; anything
// quoted, a block scalar, or tagged !!str is a string.
#pragma once

#include <optional>
#include <string_view>

#include "core/num/exact_number.hpp"
#include "core/yaml/document.hpp"

namespace qobj::yaml {

enum class JsonType { null, boolean, integer, number, string, array, object };

JsonType json_type(const Document& doc, NodeId id);

// The exact value of a node whose type is integer or number.
std::optional<ExactNumber> number_value(const Document& doc, NodeId id);

// true/false of a boolean node.
bool boolean_value(const Document& doc, NodeId id);

// How a plain scalar's text resolves (exposed for tests).
JsonType resolve_plain_scalar(std::string_view text);

}  // namespace qobj::yaml
