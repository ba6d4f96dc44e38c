// The official JSON Schema draft-07 meta-schema, built in (schemas/json-schema-draft-07.json).
#pragma once

#include <string_view>

namespace qobj::schema {

inline constexpr std::string_view kDraft07MetaSchemaUri = "http://json-schema.org/draft-07/schema";
std::string_view draft07_meta_schema_text();

}  // namespace qobj::schema
