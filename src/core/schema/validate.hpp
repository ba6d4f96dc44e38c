// Validates a YAML document against a compiled JSON Schema, collecting every error as a
// diagnostic at the instance's file, line and column, with its JSON pointer.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/diag/omitted.hpp"
#include "core/schema/schema.hpp"
#include "core/yaml/document.hpp"

namespace qobj::schema {

// How deep $ref may recurse on one value before validation gives up on it.
inline constexpr std::size_t kMaxValidationDepth = 256;

// Validation visits a value once per subschema that applies to it, a few times for each
// alternative tried: this many steps per node of the document (and a floor for small ones)
// is far more than any sound schema needs, and ends a pathological one (schema.budget).
inline constexpr std::uint64_t kValidationStepsPerNode = 256;
inline constexpr std::uint64_t kValidationStepsFloor = 1'000'000;

// The properties of the schema a validation met in the document: (the subschema holding
// `properties`, the property's name). A test uses it to tell that a file exercises every
// property a schema accepts.
struct PropertyTrace {
  std::set<std::pair<SchemaId, std::string>> used;
};

// Proposes how text that fails a pattern or a format was probably meant to be written ("MT 3"
// → "MT3", "31/12/2023" → "2023-12-31"). The validator offers the first proposal that the
// schema accepts, as the hint "write …": a proposal that would fail again is never shown.
using Respeller = std::function<std::vector<std::string>(std::string_view text)>;

std::vector<Diagnostic> validate(const Schema& schema, const yaml::Document& document,
                                 PropertyTrace* trace = nullptr);
// The same, keeping at most `max_kept` diagnostics and counting the others in `omitted`.
// The key a document's unknown key stands for, when it is written in another language
// ("tieu_de" for title): offered as "did you mean" when the schema has that key there.
using KeyTranslator = std::function<std::optional<std::string>(std::string_view key)>;

// What the validator may propose, for the documents of a known format.
struct Advice {
  Respeller respell;
  KeyTranslator translate_key;
};

std::vector<Diagnostic> validate(const Schema& schema, const yaml::Document& document,
                                 Omitted& omitted, std::size_t max_kept, const Advice& advice = {});
std::vector<Diagnostic> validate(const Schema& schema, const yaml::Document& document,
                                 yaml::NodeId instance, PropertyTrace* trace = nullptr);

}  // namespace qobj::schema
