// What the environment says about presentation: colour and language.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/options.hpp"
#include "core/check/check.hpp"
#include "core/diag/diagnostic.hpp"
#include "core/diag/language.hpp"
#include "core/diag/text_renderer.hpp"

namespace qobj::cli {

// auto: colour only when `stream` is a terminal and NO_COLOR is unset or empty.
bool use_colour(ColourMode mode, std::FILE* stream);

// --lang, else the environment (QOBJ_LANG, LC_ALL, LC_MESSAGES, LANG), else English.
Lang choose_language(const GlobalOptions& options);

// A mistake in what `qobj report` was asked to do, or an output that failed, said on standard
// error like every other diagnostic, as coming from `where`; returns the usage exit code.
int report_error(const GlobalOptions& global, Lang lang, MessageId message,
                 std::vector<MessageArg> args, std::string where = "qobj report",
                 std::optional<MessageId> hint = std::nullopt);

// Diagnostics in full on standard error, with their source lines where `sources` has them,
// then what was left out past the caps.
void print_diagnostics(const GlobalOptions& global, Lang lang,
                       const std::vector<Diagnostic>& diagnostics, const SourceLookup& sources,
                       const Omitted& omitted = {});

// The errors of a check that stops a command, in full, on standard error.
void print_check_errors(const GlobalOptions& global, Lang lang, const CheckResult& checked);

// Writes to standard output, remembering why the first write that failed did.
void write_stdout(std::string_view bytes);

// The exit code once standard output is flushed: `code`, or the I/O exit code (said) when
// what was written could not all reach it (a full disk, a closed pipe).
int finish_stdout(const GlobalOptions& global, int code);

}  // namespace qobj::cli
