// Shell completion scripts for bash, zsh and fish, from the command table: the commands, their
// options, the values of --format, --fail-on, --lang…, and paths filtered to .yaml/.yml.
#pragma once

#include <optional>
#include <string>

#include "cli/command_table.hpp"

namespace qobj::cli {

// nullopt for a shell it does not know.
std::optional<std::string> completion_script(const CommandTable& table, const std::string& shell);

}  // namespace qobj::cli
