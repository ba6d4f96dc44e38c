#include "core/num/exact_number.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace qobj {

namespace {

bool all_digits(std::string_view text, int base) {
  if (text.empty()) return false;
  for (const char c : text) {
    const bool ok = base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                               : c >= '0' && c < static_cast<char>('0' + base);
    if (!ok) return false;
  }
  return true;
}

mpz_class integer_from(std::string_view digits, int base) {
  return mpz_class(std::string(digits), base);
}

mpz_class power_of_ten(unsigned long exponent) {
  mpz_class result;
  mpz_ui_pow_ui(result.get_mpz_t(), 10, exponent);
  return result;
}

}  // namespace

std::optional<ExactNumber> parse_exact_number(std::string_view text) {
  ExactNumber number;
  if (text == ".nan" || text == ".NaN" || text == ".NAN") {
    number.kind = ExactNumber::Kind::not_a_number;
    return number;
  }
  bool negative = false;
  std::string_view body = text;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
    negative = body[0] == '-';
    body.remove_prefix(1);
  }
  if (body == ".inf" || body == ".Inf" || body == ".INF") {
    number.kind =
        negative ? ExactNumber::Kind::negative_infinity : ExactNumber::Kind::positive_infinity;
    return number;
  }
  // Hexadecimal and octal integers carry no sign in the YAML 1.2 core schema.
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o')) {
    const int base = text[1] == 'x' ? 16 : 8;
    if (!all_digits(text.substr(2), base)) return std::nullopt;
    number.value = integer_from(text.substr(2), base);
    return number;
  }

  const std::size_t exponent_at = body.find_first_of("eE");
  const std::string_view mantissa = body.substr(0, exponent_at);
  long exponent = 0;
  if (exponent_at != std::string_view::npos) {
    std::string_view exponent_text = body.substr(exponent_at + 1);
    if (!exponent_text.empty() && exponent_text[0] == '+') exponent_text.remove_prefix(1);
    const auto [end, error] = std::from_chars(
        exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);
    if (exponent_text.empty() || error != std::errc() ||
        end != exponent_text.data() + exponent_text.size() || exponent > kMaxDecimalExponent ||
        exponent < -kMaxDecimalExponent) {
      return std::nullopt;
    }
  }
  const std::size_t dot = mantissa.find('.');
  const std::string_view whole = mantissa.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view() : mantissa.substr(dot + 1);
  if (whole.empty() && fraction.empty()) return std::nullopt;
  if ((!whole.empty() && !all_digits(whole, 10)) ||
      (!fraction.empty() && !all_digits(fraction, 10))) {
    return std::nullopt;
  }
  if (static_cast<long>(fraction.size()) > kMaxDecimalExponent) return std::nullopt;

  const mpz_class digits = integer_from(std::string(whole).append(fraction).insert(0, "0"), 10);
  exponent -= static_cast<long>(fraction.size());
  if (exponent >= 0) {
    number.value = mpq_class(digits * power_of_ten(static_cast<unsigned long>(exponent)));
  } else {
    number.value = mpq_class(digits, power_of_ten(static_cast<unsigned long>(-exponent)));
    number.value.canonicalize();
  }
  if (negative) number.value = -number.value;
  return number;
}

std::optional<int> compare(const ExactNumber& a, const ExactNumber& b) {
  using Kind = ExactNumber::Kind;
  if (a.kind == Kind::not_a_number || b.kind == Kind::not_a_number) return std::nullopt;
  auto rank = [](Kind kind) {
    return kind == Kind::negative_infinity ? -1 : kind == Kind::positive_infinity ? 1 : 0;
  };
  if (rank(a.kind) != rank(b.kind) || !a.is_finite())
    return rank(a.kind) < rank(b.kind) ? -1 : rank(a.kind) > rank(b.kind) ? 1 : 0;
  const int c = cmp(a.value, b.value);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

std::string to_decimal_string(const ExactNumber& number) {
  switch (number.kind) {
    case ExactNumber::Kind::positive_infinity:
      return ".inf";
    case ExactNumber::Kind::negative_infinity:
      return "-.inf";
    case ExactNumber::Kind::not_a_number:
      return ".nan";
    case ExactNumber::Kind::finite:
      break;
  }
  const mpq_class& q = number.value;
  // A terminating decimal has a denominator of the form 2^a * 5^b.
  mpz_class den = q.get_den();
  unsigned long twos = 0, fives = 0;
  while (mpz_divisible_ui_p(den.get_mpz_t(), 2) != 0) {
    den /= 2;
    ++twos;
  }
  while (mpz_divisible_ui_p(den.get_mpz_t(), 5) != 0) {
    den /= 5;
    ++fives;
  }
  if (den != 1) return q.get_str();
  const unsigned long places = std::max(twos, fives);
  const mpz_class scaled = q.get_num() * power_of_ten(places) / q.get_den();
  std::string digits = mpz_class(abs(scaled)).get_str();
  if (places > 0) {
    if (digits.size() <= places) digits.insert(0, places - digits.size() + 1, '0');
    digits.insert(digits.size() - places, ".");
  }
  if (sgn(scaled) < 0) digits.insert(0, 1, '-');
  return digits;
}

double nearest_double(const mpq_class& value) {
  if (sgn(value) == 0) return 0.0;
  const mpz_class numerator = abs(value.get_num());
  const mpz_class& denominator = value.get_den();
  // Scale so that the integer quotient has 55 to 57 bits: 53 to keep, the rest and the
  // remainder to round with.
  const long magnitude = static_cast<long>(mpz_sizeinbase(numerator.get_mpz_t(), 2)) -
                         static_cast<long>(mpz_sizeinbase(denominator.get_mpz_t(), 2));
  const long shift = 56 - magnitude;
  mpz_class n = numerator, d = denominator;
  if (shift > 0) {
    mpz_mul_2exp(n.get_mpz_t(), n.get_mpz_t(), static_cast<mp_bitcnt_t>(shift));
  } else {
    mpz_mul_2exp(d.get_mpz_t(), d.get_mpz_t(), static_cast<mp_bitcnt_t>(-shift));
  }
  mpz_class quotient, remainder;
  mpz_tdiv_qr(quotient.get_mpz_t(), remainder.get_mpz_t(), n.get_mpz_t(), d.get_mpz_t());
  const auto bits = static_cast<long>(mpz_sizeinbase(quotient.get_mpz_t(), 2));
  const long drop = bits - 53;
  mpz_class kept, dropped;
  mpz_fdiv_q_2exp(kept.get_mpz_t(), quotient.get_mpz_t(), static_cast<mp_bitcnt_t>(drop));
  mpz_fdiv_r_2exp(dropped.get_mpz_t(), quotient.get_mpz_t(), static_cast<mp_bitcnt_t>(drop));
  mpz_class half = 1;
  mpz_mul_2exp(half.get_mpz_t(), half.get_mpz_t(), static_cast<mp_bitcnt_t>(drop - 1));
  const int against_half = cmp(dropped, half);
  const bool round_up = against_half > 0 ||
                        (against_half == 0 && (sgn(remainder) != 0 || mpz_odd_p(kept.get_mpz_t())));
  if (round_up) kept += 1;
  const double result = std::ldexp(kept.get_d(), static_cast<int>(drop - shift));
  return sgn(value) < 0 ? -result : result;
}

double nearest_double(const ExactNumber& number) {
  switch (number.kind) {
    case ExactNumber::Kind::positive_infinity:
      return std::numeric_limits<double>::infinity();
    case ExactNumber::Kind::negative_infinity:
      return -std::numeric_limits<double>::infinity();
    case ExactNumber::Kind::not_a_number:
      return std::numeric_limits<double>::quiet_NaN();
    case ExactNumber::Kind::finite:
      break;
  }
  return nearest_double(number.value);
}

}  // namespace qobj

namespace qobj {

std::string to_decimal_string(const mpq_class& value) {
  ExactNumber n;
  n.value = value;
  n.value.canonicalize();
  return to_decimal_string(n);
}

int written_decimal_places(std::string_view text) {
  const std::size_t point = text.find('.');
  const std::size_t exponent = text.find_first_of("eE");
  long places = 0;
  if (point != std::string_view::npos) {
    const std::size_t end = exponent == std::string_view::npos ? text.size() : exponent;
    if (end > point) places = static_cast<long>(end - point - 1);
  }
  if (exponent != std::string_view::npos && text.substr(0, 2) != "0x") {
    long shift = 0;
    std::string_view digits = text.substr(exponent + 1);
    const bool negative = !digits.empty() && digits.front() == '-';
    if (!digits.empty() && (digits.front() == '-' || digits.front() == '+'))
      digits.remove_prefix(1);
    for (const char c : digits) {
      if (c < '0' || c > '9' || shift > kMaxDecimalExponent) break;
      shift = shift * 10 + (c - '0');
    }
    places += negative ? shift : -shift;
  }
  return static_cast<int>(std::clamp(places, 0L, kMaxDecimalExponent));
}

std::string to_decimal_string(const mpq_class& value, int places) {
  std::string text = to_decimal_string(value);
  const int written = written_decimal_places(text);
  if (written >= places || text.find('/') != std::string::npos) return text;
  if (written == 0) text += '.';
  text.append(static_cast<std::size_t>(places - written), '0');
  return text;
}

}  // namespace qobj
