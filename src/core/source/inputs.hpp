// Finding and reading input files: the only place in the core that touches the file system
// for reading. Failures are diagnostics of the io.* family (exit code 3).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/diag/diagnostic.hpp"

namespace qobj {

// The display name of standard input, given on the command line as "-".
inline constexpr std::string_view kStdinName = "<stdin>";

struct InputList {
  std::vector<std::string> files;  // in a stable order; "-" for standard input
  std::vector<Diagnostic> diagnostics;
};

// Expands the paths: a file stands for itself; a directory for every *.yaml and *.yml file
// below it (hidden directories skipped), sorted by path; "-" for standard input. With
// `include_json`, directories give their *.json files too.
InputList collect_inputs(const std::vector<std::string>& paths, bool include_json = false);

struct InputBytes {
  std::string name;  // the path, or "<stdin>"
  std::string bytes;
  std::optional<Diagnostic> error;
};

// Reads a whole file (or standard input for "-"), refusing more than `max_bytes`.
InputBytes read_input(const std::string& path, std::uint64_t max_bytes);

}  // namespace qobj
