// What the environment says about presentation: colour and language.
#pragma once

#include <cstdio>

#include "cli/options.hpp"
#include "core/diag/language.hpp"

namespace qobj::cli {

// auto: colour only when `stream` is a terminal and NO_COLOR is unset or empty.
bool use_colour(ColourMode mode, std::FILE* stream);

// --lang, else the environment (QOBJ_LANG, LC_ALL, LC_MESSAGES, LANG), else English.
Lang choose_language(const GlobalOptions& options);

}  // namespace qobj::cli
