// What the environment says about presentation: colour and language.
#pragma once

#include <cstdio>
#include <vector>

#include "cli/options.hpp"
#include "core/diag/diagnostic.hpp"
#include "core/diag/language.hpp"

namespace qobj::cli {

// auto: colour only when `stream` is a terminal and NO_COLOR is unset or empty.
bool use_colour(ColourMode mode, std::FILE* stream);

// --lang, else the environment (QOBJ_LANG, LC_ALL, LC_MESSAGES, LANG), else English.
Lang choose_language(const GlobalOptions& options);

// A mistake in what `qobj report` was asked to do, said on standard error like every other
// diagnostic; returns the usage exit code.
int report_error(const GlobalOptions& global, Lang lang, MessageId message,
                 std::vector<MessageArg> args);

}  // namespace qobj::cli
