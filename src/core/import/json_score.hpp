// A score in a saved JSON file (the national index of Quyết định 766/QĐ-TTg, "17,35/20"), read
// by a mapping's `json:` JSON Pointers into one period, every problem said where it is.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/import/layout.hpp"
#include "core/source/source_file.hpp"
#include "core/time/date.hpp"
#include "core/yaml/document.hpp"

namespace qobj::import {

struct JsonScoreReading {
  std::optional<Period> period;
  std::optional<ExactNumber> score;
  std::string pointer;  // where the score was read: "/data/3/tienDoGiaiQuyet"
  Location at;
  std::vector<Diagnostic> diagnostics;
  std::shared_ptr<const SourceFile> source;  // the file's text, for showing lines
};

JsonScoreReading read_json_score(std::string name, std::string bytes, const Layout& layout);

// The node a JSON Pointer (RFC 6901) names from `from`: "/data/0/ten", with ~1 for '/' and ~0
// for '~' in a key; none when it names nothing.
std::optional<yaml::NodeId> resolve_pointer(const yaml::Document& doc, yaml::NodeId from,
                                            std::string_view pointer);

}  // namespace qobj::import
