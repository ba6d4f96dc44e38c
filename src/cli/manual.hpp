// The manual pages (man 1), in roff, from the command table: qobj(1) and a page per command.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/command_table.hpp"

namespace qobj::cli {

// "qobj", "qobj-check", …
std::vector<std::string> man_page_names(const CommandTable& table);

// The page, or nullopt when there is no such page.
std::optional<std::string> man_page(const CommandTable& table, const std::string& page);

}  // namespace qobj::cli
