// An exact number kept small when there are many (a year of series points): a 64-bit integer
// over a power of ten when it is a decimal that fits, 24 bytes and no allocation; any other
// value (1/3, huge numbers) on the heap as an ExactNumber. Nothing is ever rounded.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "core/num/exact_number.hpp"

namespace qobj {

class CompactNumber {
 public:
  CompactNumber() = default;                                // absent
  CompactNumber(const std::optional<ExactNumber>& number);  // NOLINT: implicit by design
  CompactNumber(const CompactNumber& other);
  CompactNumber& operator=(const CompactNumber& other);
  CompactNumber(CompactNumber&&) noexcept = default;
  CompactNumber& operator=(CompactNumber&&) noexcept = default;
  ~CompactNumber() = default;

  bool has_value() const { return m_scale != kAbsent; }
  std::optional<ExactNumber> get() const;

 private:
  static constexpr std::int8_t kAbsent = -1, kOnHeap = -2;
  std::int64_t m_mantissa = 0;
  std::int8_t m_scale = kAbsent;  // decimals: the value is m_mantissa / 10^m_scale
  std::unique_ptr<const ExactNumber> m_big;
};

}  // namespace qobj
