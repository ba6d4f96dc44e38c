// The codes the files and the reports spell an enum with ("percentage", "at-least",
// "half-year"…): one table per enum, read and written by the same two functions.
#pragma once

#include <optional>
#include <string_view>
#include <utility>

namespace qobj::model {

// Specialised next to each enum: `static constexpr std::pair<Enum, std::string_view> entries[]`.
template <typename Enum>
struct CodeTable;

template <typename Enum>
std::string_view code_of(Enum value) {
  for (const auto& [entry, code] : CodeTable<Enum>::entries) {
    if (entry == value) return code;
  }
  return "";
}

template <typename Enum>
std::optional<Enum> from_code(std::string_view text) {
  for (const auto& [entry, code] : CodeTable<Enum>::entries) {
    if (code == text) return entry;
  }
  return std::nullopt;
}

}  // namespace qobj::model
