// Texts joined into one ("MT1, MT2, MT3"), for messages and reports.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace qobj::text {

inline std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

}  // namespace qobj::text
