#include "core/report/number_format.hpp"

#include <algorithm>

namespace qobj::report {

namespace {

// Rounded half up to `places` decimals, trailing zeros dropped; `group` 0 for no grouping.
std::string format_with(const ExactNumber& number, int places, char group, char decimal) {
  if (!number.is_finite()) return to_decimal_string(number);
  const bool negative = sgn(number.value) < 0;
  mpz_class scale;
  mpz_ui_pow_ui(scale.get_mpz_t(), 10, static_cast<unsigned long>(places));
  // Half up, away from zero: |q| × 10^p + 1/2, floored.
  const mpq_class shifted = abs(number.value) * scale + mpq_class(1, 2);
  const mpz_class rounded = shifted.get_num() / shifted.get_den();
  std::string digits = rounded.get_str();
  if (static_cast<int>(digits.size()) <= places)
    digits.insert(0, static_cast<std::size_t>(places) - digits.size() + 1, '0');
  std::string whole = digits.substr(0, digits.size() - static_cast<std::size_t>(places));
  std::string fraction = digits.substr(digits.size() - static_cast<std::size_t>(places));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (group != 0 && i > 0 && (whole.size() - i) % 3 == 0) grouped += group;
    grouped += whole[i];
  }
  std::string out = negative && (rounded != 0) ? "-" : "";
  out += grouped;
  if (!fraction.empty()) {
    out += decimal;
    out += fraction;
  }
  return out;
}

}  // namespace

std::string format_number(const ExactNumber& number, Lang lang, int places) {
  return lang == Lang::vi ? format_with(number, places, '.', ',')
                          : format_with(number, places, ',', '.');
}

std::string machine_number(const ExactNumber& number) {
  const std::string exact = to_decimal_string(number);
  if (exact.find('/') == std::string::npos) return exact;
  return format_with(number, kMachinePlaces, 0, '.');
}

int display_places(const ExactNumber& number, const std::optional<ExactNumber>& threshold) {
  if (!number.is_finite()) return 0;
  const std::string exact = to_decimal_string(number);
  const auto dot = exact.find('.');
  int places = exact.find('/') != std::string::npos ? 2
               : dot == std::string::npos           ? 0
                                                    : static_cast<int>(exact.size() - dot - 1);
  places = std::min(places, kMachinePlaces);
  if (!threshold || compare(number, *threshold) == 0) return places;
  while (places < kMachinePlaces &&
         format_with(number, places, 0, '.') == format_with(*threshold, places, 0, '.'))
    ++places;
  return places;
}

std::string format_against(const ExactNumber& number, const ExactNumber& threshold, Lang lang,
                           int places) {
  std::string shown = format_number(number, lang, places);
  const bool equal = compare(number, threshold) == 0;
  for (int p = places + 1; !equal && p <= 6 && shown == format_number(threshold, lang, p - 1);
       ++p) {
    shown = format_number(number, lang, p);
  }
  return shown;
}

}  // namespace qobj::report
