#include "core/diag/period_wording.hpp"

#include <fmt/format.h>

#include <optional>

#include "core/time/coverage.hpp"

namespace qobj {

namespace {

constexpr const char* kMonthsEn[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kRoman[] = {"I", "II", "III", "IV"};

enum class Shape { month, quarter, other };

// A calendar month or quarter of one year, with its short name ("tháng 7", "quý III"; "Jul",
// "Q3"); nullopt for anything else.
struct Short {
  Shape shape = Shape::other;
  int year = 0;
  std::string name;
};

std::optional<Short> short_name(const Period& p, Lang lang) {
  const auto months = whole_months(p);
  if (!months || p.start.year != p.end.year) return std::nullopt;
  const int first = p.start.month;
  if (*months == 1) {
    return Short{Shape::month, p.start.year,
                 lang == Lang::vi ? fmt::format("tháng {}", first) : kMonthsEn[first - 1]};
  }
  if (*months == 3 && (first - 1) % 3 == 0) {
    const int quarter = (first - 1) / 3 + 1;
    return Short{Shape::quarter, p.start.year,
                 lang == Lang::vi ? fmt::format("quý {}", kRoman[quarter - 1])
                                  : fmt::format("Q{}", quarter)};
  }
  return std::nullopt;
}

}  // namespace

std::string date_wording(const Date& date, Lang lang) {
  if (lang == Lang::vi)
    return fmt::format("{:02}/{:02}/{:04}", int{date.day}, int{date.month}, int{date.year});
  return date.to_string();
}

std::string period_wording(const Period& p, Lang lang) {
  const bool vi = lang == Lang::vi;
  if (p.start == p.end) return date_wording(p.start, lang);
  const auto months = whole_months(p);
  if (!months) {
    return vi ? fmt::format("{}–{}", date_wording(p.start, lang), date_wording(p.end, lang))
              : fmt::format("{} to {}", date_wording(p.start, lang), date_wording(p.end, lang));
  }
  const int year = p.start.year;
  const int first = p.start.month, last = p.end.month;
  if (const auto named = short_name(p, lang)) {
    return vi ? fmt::format("{}/{}", named->name, year) : fmt::format("{} {}", named->name, year);
  }
  if (p.start.year == p.end.year) {
    if (*months == 12) return vi ? fmt::format("năm {}", year) : std::to_string(year);
    if (*months == 6 && first == 1)
      return vi ? fmt::format("6 tháng đầu năm {}", year) : fmt::format("H1 {}", year);
    if (*months == 6 && first == 7)
      return vi ? fmt::format("6 tháng cuối năm {}", year) : fmt::format("H2 {}", year);
    if (*months == 9 && first == 1)
      return vi ? fmt::format("9 tháng đầu năm {}", year) : fmt::format("Jan–Sep {}", year);
    return vi ? fmt::format("tháng {}–{}/{}", first, last, year)
              : fmt::format("{}–{} {}", kMonthsEn[first - 1], kMonthsEn[last - 1], year);
  }
  return vi ? fmt::format("tháng {}/{}–tháng {}/{}", first, year, last, p.end.year)
            : fmt::format("{} {}–{} {}", kMonthsEn[first - 1], year, kMonthsEn[last - 1],
                          p.end.year);
}

std::string periods_wording(const std::vector<Period>& periods, Lang lang) {
  std::string out;
  // Quarters (or months) of one year: the year once, at the end.
  std::optional<Short> common;
  std::vector<std::string> names;
  for (const Period& p : periods) {
    const auto named = short_name(p, lang);
    if (!named || (common && (named->shape != common->shape || named->year != common->year))) {
      common.reset();
      names.clear();
      break;
    }
    common = named;
    names.push_back(named->name);
  }
  if (common && names.size() > 1) {
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
    return lang == Lang::vi ? fmt::format("{} năm {}", out, common->year)
                            : fmt::format("{} {}", out, common->year);
  }
  for (const Period& p : periods) out += (out.empty() ? "" : ", ") + period_wording(p, lang);
  return out;
}

}  // namespace qobj
