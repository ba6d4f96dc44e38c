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

struct InputFile {
  std::string path;  // "-" for standard input
  // Named on the command line: it must be one of qobj's files. A file found in a directory
  // may be any YAML file (a CI configuration…), which a check leaves out.
  bool named = false;
};

struct InputList {
  std::vector<InputFile> files;  // in a stable order
  std::vector<Diagnostic> diagnostics;
};

// Shell patterns (`fnmatch`) for what a search leaves out: a file or directory is excluded
// when a pattern matches its whole path or its name ("drafts", "*.draft.yaml", "2020/*").
struct Excludes {
  std::vector<std::string> patterns;
  bool matches(const std::string& path) const;
};

// Expands the paths: a file stands for itself; a directory for every *.yaml and *.yml file
// below it (hidden directories, symbolic links to directories and excluded paths skipped),
// sorted by path; "-" for standard input. With `include_json`, directories give their *.json
// files too. A directory that cannot be read is an error (io.unreadable-directory).
InputList collect_inputs(const std::vector<std::string>& paths, bool include_json = false,
                         const Excludes& excludes = {});

// The YAML files beside `file` in its own folder (not below it), sorted, `file` left out: the
// context a check of one changed file reads its agency's other files from. Excluded, hidden
// and unreadable entries are left out silently.
std::vector<std::string> files_beside(const std::string& file, const Excludes& excludes = {});

// Which file was read, whatever its name: an output must never replace one.
struct FileIdentity {
  std::uint64_t device = 0;
  std::uint64_t inode = 0;
  friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

// The identity of the file at `path` (following links); nullopt when there is none.
std::optional<FileIdentity> identity_of(const std::string& path);

// A path as it is shown: characters a terminal would act on, and bytes that are not UTF-8,
// are written as visible escapes (text::show_unsafe).
std::string display_path(std::string_view path);

struct InputBytes {
  std::string name;  // the path as shown (display_path), or "<stdin>"
  std::string bytes;
  std::optional<Diagnostic> error;
  std::optional<FileIdentity> identity;  // of what was read, standard input included
};

// A path as typed in a shell command a person may copy from a hint: as it is when the shell
// leaves it alone, else in single quotes (its own quotes spelled '\''); shown safely.
std::string shell_word(std::string_view path);

// Reads a whole file (or standard input for "-"), refusing more than `max_bytes`.
InputBytes read_input(const std::string& path, std::uint64_t max_bytes);

}  // namespace qobj
