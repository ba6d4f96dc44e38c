#include "core/eval/verdict.hpp"

#include <algorithm>

namespace qobj::eval {

std::string_view verdict_code(Verdict verdict) {
  switch (verdict) {
    case Verdict::met:
      return "met";
    case Verdict::exceeded:
      return "exceeded";
    case Verdict::not_met:
      return "not-met";
    case Verdict::at_risk:
      return "at-risk";
    case Verdict::incomplete:
      return "incomplete";
    case Verdict::no_data:
      return "no-data";
    case Verdict::not_yet_due:
      return "not-yet-due";
    case Verdict::withdrawn:
      return "withdrawn";
  }
  return "no-data";
}

std::optional<Verdict> verdict_from_code(std::string_view code) {
  for (int v = 0; v < kVerdictCount; ++v) {
    if (verdict_code(static_cast<Verdict>(v)) == code) return static_cast<Verdict>(v);
  }
  return std::nullopt;
}

Verdict combine(const std::vector<Verdict>& parts) {
  std::vector<Verdict> counted;
  std::copy_if(parts.begin(), parts.end(), std::back_inserter(counted),
               [](Verdict v) { return v != Verdict::withdrawn; });
  if (counted.empty()) return parts.empty() ? Verdict::no_data : Verdict::withdrawn;
  for (const Verdict worst : {Verdict::not_met, Verdict::at_risk, Verdict::no_data,
                              Verdict::incomplete, Verdict::not_yet_due}) {
    if (std::find(counted.begin(), counted.end(), worst) != counted.end()) return worst;
  }
  const bool all_exceeded =
      std::all_of(counted.begin(), counted.end(), [](Verdict v) { return v == Verdict::exceeded; });
  return all_exceeded ? Verdict::exceeded : Verdict::met;
}

}  // namespace qobj::eval
