// Renders diagnostics for people:
//   file:line:col: error[code]: message
//     12 | the source line
//        |      ^
//     = hint: how to fix it
// The caret is aligned by display width, so it sits under the right letter of Vietnamese
// text in NFC or NFD, and tabs in the line are repeated in the caret line.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/diag/language.hpp"
#include "core/diag/omitted.hpp"
#include "core/source/source_file.hpp"

namespace qobj {

// Finds the text of a file by name, for showing source lines; nullptr when there is none.
using SourceLookup = std::function<const SourceFile*(const std::string& name)>;

struct TextRenderOptions {
  Lang lang = Lang::en;
  bool colour = false;
  bool brief = false;  // the first line only: where, what kind, the message
};

std::string render_diagnostic(const Diagnostic& diagnostic, const SourceLookup& sources,
                              const TextRenderOptions& options);

// The caret line's prefix: as wide as the first `column - 1` characters of `line`.
std::string caret_padding(std::string_view line, std::uint32_t column);

// "3 files checked: 2 errors, 1 warning" in the chosen language; the counts include the
// diagnostics omitted past the caps.
std::string render_check_summary(std::size_t files, const std::vector<Diagnostic>& diagnostics,
                                 const TextRenderOptions& options, const Omitted& omitted = {});

// What the run left out and read besides, a line each when there is any: the YAML files a
// directory search skipped as not qobj's (the first few named), and the context files read.
std::string render_check_notes(const std::vector<std::string>& skipped,
                               const std::vector<std::string>& context, bool context_shown,
                               const TextRenderOptions& options);

// A line per file whose diagnostics went past the cap: how many more there are.
std::string render_omitted(const Omitted& omitted, const TextRenderOptions& options);

}  // namespace qobj
