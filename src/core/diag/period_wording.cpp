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
  int index = 0;  // the month (1–12) or quarter (1–4)
  std::string name;
};

// "tháng 7" … "tháng 12" as "tháng 7–12"; "quý II" … "quý IV" as "quý II–IV".
std::string run_name(const Short& first, const Short& last, Lang lang) {
  if (first.shape == Shape::month) {
    return lang == Lang::vi
               ? fmt::format("tháng {}–{}", first.index, last.index)
               : fmt::format("{}–{}", kMonthsEn[first.index - 1], kMonthsEn[last.index - 1]);
  }
  return lang == Lang::vi
             ? fmt::format("quý {}–{}", kRoman[first.index - 1], kRoman[last.index - 1])
             : fmt::format("Q{}–Q{}", first.index, last.index);
}

// Whole calendar months (from a first to a last day): a 15th-to-14th quarter is worded by its
// dates.
std::optional<int> calendar_months(const Period& p) {
  if (p.start.day != 1) return std::nullopt;
  return whole_months(p);
}

std::optional<Short> short_name(const Period& p, Lang lang) {
  const auto months = calendar_months(p);
  if (!months || p.start.year != p.end.year) return std::nullopt;
  const int first = p.start.month;
  if (*months == 1) {
    return Short{Shape::month, p.start.year, first,
                 lang == Lang::vi ? fmt::format("tháng {}", first) : kMonthsEn[first - 1]};
  }
  if (*months == 3 && (first - 1) % 3 == 0) {
    const int quarter = (first - 1) / 3 + 1;
    return Short{Shape::quarter, p.start.year, quarter,
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
  const auto months = calendar_months(p);
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
  // Quarters (or months) of one year: the year once, at the end, and three or more in a row
  // as a run ("tháng 3, tháng 7–12 năm 2021").
  std::vector<Short> shorts;
  for (const Period& p : periods) {
    const auto named = short_name(p, lang);
    if (!named || (!shorts.empty() &&
                   (named->shape != shorts.front().shape || named->year != shorts.front().year))) {
      shorts.clear();
      break;
    }
    shorts.push_back(*named);
  }
  if (shorts.size() > 1) {
    for (std::size_t i = 0; i < shorts.size();) {
      std::size_t j = i;
      while (j + 1 < shorts.size() && shorts[j + 1].index == shorts[j].index + 1) ++j;
      const std::string name = j - i >= 2 ? run_name(shorts[i], shorts[j], lang) : shorts[i].name;
      out += (out.empty() ? "" : ", ") + name;
      i = j - i >= 2 ? j + 1 : i + 1;
    }
    return lang == Lang::vi ? fmt::format("{} năm {}", out, shorts.front().year)
                            : fmt::format("{} {}", out, shorts.front().year);
  }
  for (const Period& p : periods) out += (out.empty() ? "" : ", ") + period_wording(p, lang);
  return out;
}

}  // namespace qobj
