// The imported periods as measurement records in YAML: a new measurements file, or the records
// added at the end of an existing file's `records:` list with everything else (comments, key
// order, quoting) left as written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diag/language.hpp"
#include "core/import/one_stop_import.hpp"

namespace qobj::import {

// The records, as block items indented by `indent` ("  - target: …").
std::string records_yaml(const ImportResult& result, const ImportRequest& request,
                         const std::string& indent);

// A whole measurements file for the agency and year of the periods.
// `schema_dir` is where the editor modeline finds the schemas; the comment is in `lang`.
std::string new_measurements_text(const ImportResult& result, const ImportRequest& request,
                                  const std::string& source, const std::string& schema_dir,
                                  Lang lang);

struct Appended {
  std::optional<std::string> text;  // none when it cannot be added to (said in diagnostics)
  std::vector<Diagnostic> diagnostics;
};

// The existing file `name` (its text) with the records added, after checking that it is a
// measurements file of the same agency, year and reporting year.
Appended append_records(const std::string& name, const std::string& existing,
                        const ImportResult& result, const ImportRequest& request);

}  // namespace qobj::import
