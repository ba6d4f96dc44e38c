// JSON-data views of YAML nodes that schema validation needs: equality (enum, const,
// uniqueItems) and a short rendering of a value for messages.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/diag/message_id.hpp"
#include "core/yaml/core_schema.hpp"
#include "core/yaml/document.hpp"

namespace qobj::schema {

// JSON equality: numbers by value (1 equals 1.0), mappings regardless of key order.
// A hash that JSON-equal values share (numbers by exact value, objects whatever their key
// order), so that uniqueItems compares only the items that may be equal.
std::size_t json_hash(const yaml::Document& doc, yaml::NodeId id);

bool json_equal(const yaml::Document& a_doc, yaml::NodeId a, const yaml::Document& b_doc,
                yaml::NodeId b);

// A value as a person would recognise it in a message: "text" quoted, numbers as written,
// collections abbreviated; at most about 60 characters.
std::string render_value(const yaml::Document& doc, yaml::NodeId id);

// The candidate closest to `word` by edit distance (ignoring case and accents of ASCII
// letters), when it is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

// When text stands where a number belongs and looks like a number written the Vietnamese
// way ("7,5", "1.150", "95%", "02"), the hint that shows the right spelling and that spelling;
// for "1,150", which is 1.15 to a Vietnamese reader and 1150 to an English one, both.
struct SpellingHint {
  MessageId hint;
  std::string spelled;
  std::string other;  // the other meaning's spelling, when there are two
};
std::optional<SpellingHint> number_spelling_hint(std::string_view text);

// "1.150", "83.372": a dot followed by groups of three digits reads as 1.15 in YAML but
// means 1150 in Vietnamese.
bool is_ambiguous_thousands(std::string_view text);

}  // namespace qobj::schema
