// The command line as plain data: every command with its options, their value names, the
// values they take and what they do, in the run's language. options.cpp builds it from the
// same definitions that parse argv and print --help; the manual pages and the shell
// completions are written from it, so none of them can drift from --help.
#pragma once

#include <string>
#include <vector>

#include "core/diag/language.hpp"

namespace qobj::cli {

// What a value is, for completion: a YAML file or a folder of them, any file, a folder, a
// folder or file or git revision (qobj diff), or other text.
enum class ValueKind { none, text, yaml_paths, file, folder, revision_or_path };

struct OptionEntry {
  std::vector<std::string> names;   // "-o", "--output"; a positional's name
  std::string value_name;           // "FILE", "text|json"; empty for a flag
  std::vector<std::string> values;  // a closed set of values it takes
  bool list = false;                // the values are written as a comma-separated list
  ValueKind kind = ValueKind::none;
  bool required = false, repeated = false;
  std::string description;
};

struct CommandEntry {
  std::string name;
  std::string description;
  std::vector<OptionEntry> options;
  std::vector<OptionEntry> positionals;
};

struct CommandTable {
  Lang lang = Lang::en;
  std::string description;           // qobj's own
  std::vector<OptionEntry> options;  // the global ones
  std::vector<CommandEntry> commands;
  std::string exit_codes;                  // "Exit codes:\n  0  success\n…"
  std::string options_word, command_word;  // "OPTIONS", "COMMAND" as --help writes them
};

}  // namespace qobj::cli
