// qobj's own file formats: their JSON Schemas (schemas/*.schema.json, compiled into the
// binary), and telling which format a document is in.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/diag/omitted.hpp"
#include "core/num/exact_number.hpp"
#include "core/schema/schema.hpp"
#include "core/yaml/document.hpp"

namespace qobj::formats {

// `import_mapping` is the layout of a one-stop report (`qobj import one-stop --mapping`): read by
// the import, only validated by qobj check.
enum class FileKind { objectives, measurements, import_mapping };

// The text of a built-in schema, byte for byte the file in schemas/.
std::string_view schema_text(FileKind kind);
// The names `qobj schema NAME` accepts, and the text for a name.
std::vector<std::string_view> schema_names();
std::optional<std::string_view> schema_text(std::string_view name);

// The compiled schema of a format (compiled once, on first use).
const schema::Schema& builtin_schema(FileKind kind);

// Reads the document's `format:` key. Absent or unknown formats are diagnostics.
std::optional<FileKind> detect_kind(const yaml::Document& doc,
                                    std::vector<Diagnostic>& diagnostics);

// The numbers of a qobj file, after its schema: one a Vietnamese reader would misread ("1.150"
// is 1.15 to YAML but 1 150 in a Vietnamese document) is qobj.ambiguous-number; one that is not
// finite, or is 10^18 or more in size, or has more than 20 decimal places, is qobj.number-range,
// which replaces the schema's diagnostics about the same value (from `first` on).
// At most `max_kept` new diagnostics are kept; the others are counted in `omitted`.
void check_numbers(const yaml::Document& doc, std::vector<Diagnostic>& diagnostics,
                   std::size_t first, Omitted& omitted, std::size_t max_kept);

// Why a number cannot be used in a qobj file (a phrase), or nullopt when it can. `exact` is
// the value read, nullopt when it could not be read exactly.
std::optional<MessageId> number_out_of_range(const std::optional<ExactNumber>& exact);

}  // namespace qobj::formats
