// JSON-data views of YAML nodes that schema validation needs: equality (enum, const,
// uniqueItems) and a short rendering of a value for messages.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/yaml/core_schema.hpp"
#include "core/yaml/document.hpp"

namespace qobj::schema {

// JSON equality: numbers by value (1 equals 1.0), mappings regardless of key order.
bool json_equal(const yaml::Document& a_doc, yaml::NodeId a, const yaml::Document& b_doc,
                yaml::NodeId b);

// A value as a person would recognise it in a message: "text" quoted, numbers as written,
// collections abbreviated; at most about 60 characters.
std::string render_value(const yaml::Document& doc, yaml::NodeId id);

// The candidate closest to `word` by edit distance (ignoring case and accents of ASCII
// letters), when it is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

}  // namespace qobj::schema
