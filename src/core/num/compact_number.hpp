// An exact number kept small when there are many (a year of series points, the figures of
// tens of thousands of results): a 64-bit integer over a power of ten when it is a decimal
// that fits, or a fraction of two 32-bit integers (a gap in percent: 320/19), 16 bytes and no
// allocation; any other value (huge numbers, infinities) on the heap as an ExactNumber. Nothing is
// ever rounded. It reads as a std::optional<ExactNumber> does, but hands out values, not
// references: `*n` and `n->value` are the number rebuilt.
#pragma once

#include <cstdint>
#include <optional>

#include "core/num/exact_number.hpp"

namespace qobj {

class CompactNumber {
 public:
  CompactNumber() = default;                                // absent
  CompactNumber(std::nullopt_t) : CompactNumber() {}        // NOLINT: as std::optional
  CompactNumber(const std::optional<ExactNumber>& number);  // NOLINT: implicit by design
  CompactNumber(const ExactNumber& number);                 // NOLINT: implicit by design
  CompactNumber(const CompactNumber& other);
  CompactNumber& operator=(const CompactNumber& other);
  CompactNumber(CompactNumber&& other) noexcept;
  CompactNumber& operator=(CompactNumber&& other) noexcept;
  ~CompactNumber() { reset(); }

  bool has_value() const { return m_scale != kAbsent; }
  explicit operator bool() const { return has_value(); }
  std::optional<ExactNumber> get() const;
  operator std::optional<ExactNumber>() const { return get(); }  // NOLINT: as std::optional
  // The number; it must be there.
  ExactNumber value() const { return *get(); }
  ExactNumber operator*() const { return value(); }
  // `n->value`: the member of the number rebuilt, alive until the end of the expression.
  struct Arrow {
    ExactNumber number;
    const ExactNumber* operator->() const { return &number; }
  };
  Arrow operator->() const { return Arrow{value()}; }
  void reset();

 private:
  static constexpr std::int8_t kAbsent = -1, kOnHeap = -2, kFraction = -3;
  // Decimals: the value is m_bits / 10^m_scale. kFraction: the numerator in the high 32 bits,
  // the denominator in the low ones. kOnHeap: the address of the ExactNumber owned.
  std::int64_t m_bits = 0;
  std::int8_t m_scale = kAbsent;

  const ExactNumber* big() const { return reinterpret_cast<const ExactNumber*>(m_bits); }
  void own(const ExactNumber* number) {
    m_bits = reinterpret_cast<std::int64_t>(number);
    m_scale = kOnHeap;
  }
};

static_assert(sizeof(CompactNumber) == 16, "kept small: a large year holds hundreds of thousands");

}  // namespace qobj
