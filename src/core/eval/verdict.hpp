// The verdicts a report gives, and how parts combine into a whole.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace qobj::eval {

enum class Verdict {
  met,          // Đạt
  exceeded,     // Vượt
  not_met,      // Không đạt
  at_risk,      // Có nguy cơ không đạt
  incomplete,   // Chưa đủ số liệu: some data, with periods missing that could change it
  no_data,      // Chưa có số liệu
  not_yet_due,  // Chưa đến hạn
  withdrawn,    // Không đánh giá
};

inline constexpr int kVerdictCount = 8;

// Stable codes for machines and --fail-on: met, exceeded, not-met, at-risk, incomplete,
// no-data, not-yet-due, withdrawn.
std::string_view verdict_code(Verdict verdict);
std::optional<Verdict> verdict_from_code(std::string_view code);

// Met or exceeded.
inline bool is_met(Verdict verdict) {
  return verdict == Verdict::met || verdict == Verdict::exceeded;
}

// A composite (every part must be met) or a group (all its objectives): the worst part
// decides, in this order: not met, at risk, no data, incomplete, not yet due; a whole is
// exceeded only when every part is exceeded, else met. Withdrawn parts do not count; all
// withdrawn is withdrawn.
Verdict combine(const std::vector<Verdict>& parts);

}  // namespace qobj::eval
