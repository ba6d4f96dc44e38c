// A mapping file (`format: qobj/import-mapping`, schemas/import-mapping.schema.json) read into a
// Layout: how `qobj import one-stop --mapping FILE` reads a report that is not the 13-column
// form: its columns left to right, how its table is found, its total rows, its known rows and
// the row that is the agency's. Like hledger's CSV rules, declarative: no code in it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/import/layout.hpp"
#include "core/source/source_file.hpp"

namespace qobj::import {

struct MappingReading {
  std::optional<Layout> layout;  // absent when anything is wrong
  std::vector<Diagnostic> diagnostics;
  std::shared_ptr<const SourceFile> source;  // for showing the lines diagnostics are at
};

// `name` is the file's display name; `bytes` its content as read.
MappingReading read_mapping(std::string name, std::string bytes);

}  // namespace qobj::import
