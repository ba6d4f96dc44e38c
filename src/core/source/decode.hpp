// Turns a file's bytes into a SourceFile of valid UTF-8, or says exactly why it cannot:
// invalid UTF-8 (at the first bad byte), NUL and control characters, UTF-16 without a byte
// order mark, UTF-32. UTF-16 with a byte order mark is decoded, with a warning.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/source/source_file.hpp"

namespace qobj {

struct DecodedSource {
  std::optional<SourceFile> source;  // empty when the bytes cannot be read as text
  // When they cannot: the text with each bad byte shown as U+FFFD, for showing the line.
  std::optional<SourceFile> display;
  std::vector<Diagnostic> diagnostics;
};

DecodedSource decode_source(std::string name, std::string bytes);

}  // namespace qobj
