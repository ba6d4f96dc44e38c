// Diagnostics for machines: qobj's own JSON, SARIF 2.1.0 (code scanning, IDEs), and GitHub
// Actions workflow commands. Each returns the whole output as text; messages are in `lang`.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/diag/language.hpp"
#include "core/diag/omitted.hpp"

namespace qobj {

struct CheckSummaryData {
  std::size_t files_checked = 0;
  const std::vector<Diagnostic>* diagnostics = nullptr;
  const Omitted* omitted = nullptr;                   // counted past the caps; null for none
  const std::vector<std::string>* skipped = nullptr;  // YAML files that are not qobj's
  const std::vector<std::string>* context = nullptr;  // files read as context
};

std::string render_diagnostics_json(const CheckSummaryData& data, Lang lang);
std::string render_diagnostics_sarif(const CheckSummaryData& data, Lang lang,
                                     std::string_view tool_version);
std::string render_diagnostics_github(const CheckSummaryData& data, Lang lang);
// GitLab's Code Quality report (a JSON array of Code Climate issues): every diagnostic with a
// stable fingerprint, errors "major", warnings "minor".
std::string render_diagnostics_gitlab(const CheckSummaryData& data, Lang lang);

// The message followed by its hint, as one line of text for formats with a single message.
std::string message_with_hint(const Diagnostic& diagnostic, Lang lang);

}  // namespace qobj
