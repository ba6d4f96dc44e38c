#include "core/diag/omitted.hpp"

namespace qobj {

void SeverityCounts::add(Severity severity) {
  switch (severity) {
    case Severity::error:
      ++errors;
      break;
    case Severity::warning:
      ++warnings;
      break;
    case Severity::note:
      ++notes;
      break;
  }
}

SeverityCounts& SeverityCounts::operator+=(const SeverityCounts& other) {
  errors += other.errors;
  warnings += other.warnings;
  notes += other.notes;
  return *this;
}

SeverityCounts count_severities(const std::vector<Diagnostic>& diagnostics) {
  SeverityCounts counts;
  for (const Diagnostic& d : diagnostics) counts.add(d.severity);
  return counts;
}

void Omitted::merge(const Omitted& other) {
  for (const auto& [file, counts] : other.by_file) by_file[file] += counts;
}

SeverityCounts Omitted::total() const {
  SeverityCounts sum;
  for (const auto& [file, counts] : by_file) sum += counts;
  return sum;
}

Diagnostic& DiagnosticBudget::add(Diagnostic diagnostic) {
  std::size_t& kept = m_kept[diagnostic.location.file];
  if (kept >= m_per_file) {
    m_omitted.add(diagnostic);
    m_scratch = std::move(diagnostic);
    return m_scratch;
  }
  ++kept;
  m_out.push_back(std::move(diagnostic));
  return m_out.back();
}

}  // namespace qobj
