#include "core/num/compact_number.hpp"

namespace qobj {

namespace {

constexpr int kMaxScale = 18;

// 10^scale as a GMP integer.
mpz_class power_of_ten(int scale) {
  mpz_class p;
  mpz_ui_pow_ui(p.get_mpz_t(), 10, static_cast<unsigned long>(scale));
  return p;
}

}  // namespace

CompactNumber::CompactNumber(const std::optional<ExactNumber>& number) {
  if (!number) return;
  if (number->is_integer() && number->value.get_num().fits_slong_p()) {
    m_mantissa = number->value.get_num().get_si();
    m_scale = 0;
    return;
  }
  if (number->is_finite()) {
    // A terminating decimal: find the scale that makes it an integer, if one fits.
    for (int scale = 1; scale <= kMaxScale; ++scale) {
      const mpq_class scaled = number->value * power_of_ten(scale);
      if (scaled.get_den() != 1) continue;
      if (!scaled.get_num().fits_slong_p()) break;
      m_mantissa = scaled.get_num().get_si();
      m_scale = static_cast<std::int8_t>(scale);
      return;
    }
  }
  m_scale = kOnHeap;
  m_big = std::make_unique<const ExactNumber>(*number);
}

CompactNumber::CompactNumber(const CompactNumber& other)
    : m_mantissa(other.m_mantissa),
      m_scale(other.m_scale),
      m_big(other.m_big ? std::make_unique<const ExactNumber>(*other.m_big) : nullptr) {}

CompactNumber& CompactNumber::operator=(const CompactNumber& other) {
  if (this != &other) *this = CompactNumber(other);
  return *this;
}

std::optional<ExactNumber> CompactNumber::get() const {
  if (m_scale == kAbsent) return std::nullopt;
  if (m_scale == kOnHeap) return *m_big;
  ExactNumber n;
  n.value = mpq_class(mpz_class(static_cast<long>(m_mantissa)), power_of_ten(m_scale));
  n.value.canonicalize();
  return n;
}

}  // namespace qobj
