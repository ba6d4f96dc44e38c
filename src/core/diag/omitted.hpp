// Diagnostics past a cap are counted, not kept: a file of a million broken records must not
// take gigabytes to say so, and a person reads the first screens anyway (docs/limits.md).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/diag/diagnostic.hpp"

namespace qobj {

// At most this many diagnostics of one file are kept and shown, and this many in one run.
inline constexpr std::size_t kMaxDiagnosticsPerFile = 200;
inline constexpr std::size_t kMaxDiagnosticsPerRun = 5000;

struct SeverityCounts {
  std::size_t errors = 0, warnings = 0, notes = 0;

  void add(Severity severity);
  SeverityCounts& operator+=(const SeverityCounts& other);
  std::size_t total() const { return errors + warnings + notes; }
};

SeverityCounts count_severities(const std::vector<Diagnostic>& diagnostics);

// The diagnostics counted but not kept, by file (as the diagnostics name it).
struct Omitted {
  std::map<std::string, SeverityCounts> by_file;

  void add(const Diagnostic& diagnostic) {
    by_file[diagnostic.location.file].add(diagnostic.severity);
  }
  void merge(const Omitted& other);
  SeverityCounts total() const;
  bool empty() const { return by_file.empty(); }
};

// Adds diagnostics to `out`, keeping at most `per_file` of each file and counting the others
// in `omitted`.
class DiagnosticBudget {
 public:
  DiagnosticBudget(std::vector<Diagnostic>& out, Omitted& omitted,
                   std::size_t per_file = kMaxDiagnosticsPerFile)
      : m_out(out), m_omitted(omitted), m_per_file(per_file) {}

  // The diagnostic as kept, for a note or a hint to be added; past the cap, a scratch copy.
  Diagnostic& add(Diagnostic diagnostic);
  // Whether a diagnostic of `file` would only be counted: what it needs need not be built.
  bool full(const std::string& file) const {
    const auto it = m_kept.find(file);
    return it != m_kept.end() && it->second >= m_per_file;
  }

 private:
  std::vector<Diagnostic>& m_out;
  Omitted& m_omitted;
  std::size_t m_per_file;
  std::unordered_map<std::string, std::size_t> m_kept;
  Diagnostic m_scratch;
};

// Keeps the first `per_file` diagnostics of each file and the first `per_run` in all (sorted
// diagnostics: the first by position), counting the others in `omitted`. Errors about reading
// files (`keep_always`) are never dropped: they decide the exit code.
template <typename KeepAlways>
void trim_diagnostics(std::vector<Diagnostic>& diagnostics, Omitted& omitted,
                      KeepAlways keep_always, std::size_t per_file = kMaxDiagnosticsPerFile,
                      std::size_t per_run = kMaxDiagnosticsPerRun) {
  std::unordered_map<std::string, std::size_t> kept_in_file;
  std::size_t kept = 0;
  std::vector<Diagnostic> out;
  out.reserve(std::min(diagnostics.size(), per_run));
  for (Diagnostic& d : diagnostics) {
    std::size_t& in_file = kept_in_file[d.location.file];
    if (keep_always(d) || (in_file < per_file && kept < per_run)) {
      ++in_file;
      ++kept;
      out.push_back(std::move(d));
    } else {
      omitted.add(d);
    }
  }
  diagnostics = std::move(out);
}

}  // namespace qobj
