// What the schema of a report mapping (schemas/import-mapping.schema.json) cannot say, checked
// on a schema-valid mapping: one column holds the rows' names, a figure has one column, every
// column has its heading when the table is found by headings, no name is left empty by
// folding. Shared by qobj check (which validates mappings beside the data) and qobj import
// (which reads them into a layout), so both refuse the same mappings.
#pragma once

#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/yaml/document.hpp"

namespace qobj::formats {

std::vector<Diagnostic> check_import_mapping(const yaml::Document& doc);

}  // namespace qobj::formats
