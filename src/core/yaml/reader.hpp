// Reads a YAML file into a Document through yaml-cpp's event parser, with a diagnostic for
// everything that yaml-cpp's own tree would accept silently or crash on.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/diag/omitted.hpp"
#include "core/source/source_file.hpp"
#include "core/yaml/document.hpp"

namespace qobj::yaml {

// Documented in docs/limits.md; every one is reported as a diagnostic when it is passed.
struct ReaderLimits {
  std::uint32_t max_depth = 64;                 // nested collections
  std::uint64_t max_alias_expansion = 1000000;  // values that aliases may add to a document
  std::size_t max_diagnostics = kMaxDiagnosticsPerFile;  // kept; the rest are counted
  // Strict JSON and the simple YAML of qobj files are read by qobj's own parsers, which give
  // yaml-cpp's events faster; tests turn them off to compare.
  bool fast_paths = true;
};

struct ReadResult {
  // The decoded text, kept for showing source lines; empty when the bytes are not text.
  std::shared_ptr<const SourceFile> source;
  // Present unless the text could not be parsed; it may come with errors (duplicate keys…).
  std::optional<Document> document;
  std::vector<Diagnostic> diagnostics;
  Omitted omitted;  // diagnostics past ReaderLimits::max_diagnostics, counted
};

// Parses a decoded source.
ReadResult parse_yaml(SourceFile source, const ReaderLimits& limits = {});

// Decodes the bytes (see decode.hpp), then parses them.
ReadResult read_yaml(std::string name, std::string bytes, const ReaderLimits& limits = {});

}  // namespace qobj::yaml
