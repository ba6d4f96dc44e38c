// Files a command creates (qobj init, qobj new-year): every one or none, never replacing one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/options.hpp"
#include "core/diag/language.hpp"

namespace qobj::cli {

struct NewFileText {
  std::string path;
  std::string text;
};

// Creates the files (and their folders). When one is already there, or cannot be written, it
// says so on standard error as coming from `qobj COMMAND` and returns the exit code; nothing
// is written then. Each file is complete before any takes its name.
std::optional<int> write_new_files(const GlobalOptions& global, Lang lang,
                                   const std::string& command,
                                   const std::vector<NewFileText>& files);

// Where the schemas are, for the editor modeline of a file a command writes.
std::string schema_dir();

}  // namespace qobj::cli
