#include "core/num/compact_number.hpp"

#include <array>

namespace qobj {

namespace {

constexpr int kMaxScale = 18;

// 10^scale as a GMP integer, 0 ≤ scale ≤ kMaxScale: computed once, for a report reads back
// hundreds of thousands of numbers.
const mpz_class& power_of_ten(int scale) {
  static const std::array<mpz_class, kMaxScale + 1> powers = [] {
    std::array<mpz_class, kMaxScale + 1> p;
    for (int k = 0; k <= kMaxScale; ++k)
      mpz_ui_pow_ui(p[static_cast<std::size_t>(k)].get_mpz_t(), 10, static_cast<unsigned long>(k));
    return p;
  }();
  return powers[static_cast<std::size_t>(scale)];
}

}  // namespace

CompactNumber::CompactNumber(const std::optional<ExactNumber>& number) : CompactNumber() {
  if (number) *this = CompactNumber(*number);
}

CompactNumber::CompactNumber(const ExactNumber& number) : CompactNumber() {
  if (number.is_integer() && number.value.get_num().fits_slong_p()) {
    m_bits = number.value.get_num().get_si();
    m_scale = 0;
    return;
  }
  if (number.is_finite()) {
    // A terminating decimal: find the scale that makes it an integer, if one fits.
    for (int scale = 1; scale <= kMaxScale; ++scale) {
      const mpq_class scaled = number.value * power_of_ten(scale);
      if (scaled.get_den() != 1) continue;
      if (!scaled.get_num().fits_slong_p()) break;
      m_bits = scaled.get_num().get_si();
      m_scale = static_cast<std::int8_t>(scale);
      return;
    }
  }
  const mpz_class& numerator = number.value.get_num();
  const mpz_class& denominator = number.value.get_den();
  if (number.is_finite() && mpz_sizeinbase(numerator.get_mpz_t(), 2) < 32 &&
      mpz_sizeinbase(denominator.get_mpz_t(), 2) <= 32) {
    const auto high = static_cast<std::uint64_t>(
        static_cast<std::uint32_t>(static_cast<std::int32_t>(numerator.get_si())));
    m_bits = static_cast<std::int64_t>((high << 32) | denominator.get_ui());
    m_scale = kFraction;
    return;
  }
  own(new ExactNumber(number));
}

CompactNumber::CompactNumber(const CompactNumber& other) : CompactNumber() {
  if (other.m_scale == kOnHeap) {
    own(new ExactNumber(*other.big()));
  } else {
    m_bits = other.m_bits;
    m_scale = other.m_scale;
  }
}

CompactNumber& CompactNumber::operator=(const CompactNumber& other) {
  if (this != &other) *this = CompactNumber(other);
  return *this;
}

CompactNumber::CompactNumber(CompactNumber&& other) noexcept
    : m_bits(other.m_bits), m_scale(other.m_scale) {
  other.m_bits = 0;
  other.m_scale = kAbsent;
}

CompactNumber& CompactNumber::operator=(CompactNumber&& other) noexcept {
  if (this != &other) {
    reset();
    m_bits = other.m_bits;
    m_scale = other.m_scale;
    other.m_bits = 0;
    other.m_scale = kAbsent;
  }
  return *this;
}

void CompactNumber::reset() {
  if (m_scale == kOnHeap) delete big();
  m_bits = 0;
  m_scale = kAbsent;
}

std::optional<ExactNumber> CompactNumber::get() const {
  if (m_scale == kAbsent) return std::nullopt;
  if (m_scale == kOnHeap) return *big();
  if (m_scale == kFraction) {
    const auto bits = static_cast<std::uint64_t>(m_bits);
    ExactNumber n;
    n.value = mpq_class(mpz_class(static_cast<long>(static_cast<std::int32_t>(bits >> 32))),
                        mpz_class(static_cast<unsigned long>(bits & 0xFFFFFFFFU)));
    return n;  // canonical when it was stored
  }
  ExactNumber n;
  if (m_scale == 0) {
    n.value = mpz_class(static_cast<long>(m_bits));
    return n;
  }
  n.value = mpq_class(mpz_class(static_cast<long>(m_bits)), power_of_ten(m_scale));
  n.value.canonicalize();
  return n;
}

}  // namespace qobj
