#include "core/formats/respell.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "core/text/unicode.hpp"

namespace qobj::formats {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The words and numbers of a text, accents stripped and lowercase: "Quý IV/2023" is
// quy, iv, 2023; "Q4" is q, 4.
struct Token {
  std::string text;
  bool number = false;
};

std::vector<Token> tokens_of(std::string_view text) {
  const std::string plain = text::strip_accents(text);
  std::vector<Token> out;
  for (std::size_t i = 0; i < plain.size();) {
    const bool digit = is_digit(plain[i]);
    if (!digit && !is_letter(plain[i])) {
      ++i;
      continue;
    }
    Token token{"", digit};
    while (i < plain.size() && (digit ? is_digit(plain[i]) : is_letter(plain[i])))
      token.text += lower(plain[i++]);
    out.push_back(std::move(token));
  }
  return out;
}

std::optional<int> small_number(const Token& token) {
  if (token.number && token.text.size() <= 2) return std::stoi(token.text);
  static constexpr std::string_view kRoman[] = {"i", "ii", "iii", "iv"};
  for (std::size_t i = 0; i < std::size(kRoman); ++i) {
    if (token.text == kRoman[i]) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

bool has_word(const std::vector<Token>& tokens, std::string_view word) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [&](const Token& t) { return !t.number && t.text == word; });
}

// The small number right after the first of `words`, e.g. 4 in "quý 4".
std::optional<int> number_after(const std::vector<Token>& tokens,
                                std::initializer_list<std::string_view> words) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    if (tokens[i].number) continue;
    if (std::find(words.begin(), words.end(), tokens[i].text) == words.end()) continue;
    return small_number(tokens[i + 1]);
  }
  return std::nullopt;
}

// The small number right before a word, e.g. 6 in "6 tháng".
std::optional<int> number_before(const std::vector<Token>& tokens, std::string_view word) {
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (!tokens[i].number && tokens[i].text == word && tokens[i - 1].number)
      return small_number(tokens[i - 1]);
  }
  return std::nullopt;
}

// A period as qobj writes it, from the ways people write one: "Quý IV/2023", "Q4/2023",
// "quý 4 năm 2023", "2023/Q4", "6 tháng đầu năm 2023", "H1/2023", "9 tháng 2023",
// "tháng 3/2023", "T3/2023", "3/2023", "năm 2023".
std::string period_of(std::string_view text) {
  const std::vector<Token> tokens = tokens_of(text);
  std::optional<std::string> year;
  std::vector<int> others;
  int romans = 0;
  for (const Token& t : tokens) {
    if (t.number && t.text.size() == 4) {
      if (year) return "";  // two years: a range, not a period
      year = t.text;
    } else if (t.number) {
      if (t.text.size() > 2) return "";
      others.push_back(std::stoi(t.text));
    } else if (small_number(t)) {
      ++romans;
    }
  }
  // "Q1-Q2/2021", "Quý III-IV/2021", "T7-T12/2021": several quarters or months are a range,
  // which no single period names; better no proposal than a wrong one.
  if (!year || others.size() + static_cast<std::size_t>(romans) > 1) return "";
  if (const auto q = number_after(tokens, {"quy", "q", "quarter"}); q && *q >= 1 && *q <= 4)
    return fmt::format("{}-Q{}", *year, *q);
  if (const auto h = number_after(tokens, {"h"}); h && (*h == 1 || *h == 2))
    return fmt::format("{}-H{}", *year, *h);
  if (has_word(tokens, "nua")) return *year + (has_word(tokens, "cuoi") ? "-H2" : "-H1");
  const auto months = number_before(tokens, "thang");
  if (months == 6) return *year + (has_word(tokens, "cuoi") ? "-H2" : "-H1");
  if (months == 9 || number_before(tokens, "m") == 9) return *year + "-9M";
  if (const auto m = number_after(tokens, {"thang", "t", "month"}); m && *m >= 1 && *m <= 12)
    return fmt::format("{}-{:02}", *year, *m);
  if (others.size() == 1 && others[0] >= 1 && others[0] <= 12 && tokens.size() == 2)
    return fmt::format("{}-{:02}", *year, others[0]);
  if (others.empty() && (tokens.size() == 1 || has_word(tokens, "nam"))) return *year;
  return "";
}

std::string without_spaces(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

// An id from words: Latin letters and digits, words joined by hyphens ("dung han" is
// dung-han), but a short prefix and its number joined as one ("MT 8" is MT8). `lowercase` for
// the ids that must be ("Đúng hạn" is dung-han).
std::string as_id(std::string_view text, bool lowercase) {
  const std::string plain = text::strip_accents(text);
  std::vector<std::string> words;
  std::string word;
  for (const char c : plain) {
    if (is_digit(c) || is_letter(c)) {
      // A letter after digits, or digits after letters, starts a new token ("MT8" stays one
      // word: the split is only to decide the joins).
      word += lowercase ? lower(c) : c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  const auto is_number = [](const std::string& w) {
    return std::all_of(w.begin(), w.end(), is_digit);
  };
  const auto is_prefix = [&](const std::string& w) {
    return w.size() <= 3 && !is_number(w) && std::none_of(w.begin(), w.end(), is_digit);
  };
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool glued = i > 0 && is_number(words[i]) && is_prefix(words[i - 1]);
    out += (i == 0 || glued ? "" : "-") + words[i];
  }
  return out;
}

}  // namespace

std::string date_from_day_first(std::string_view text) {
  const std::vector<Token> tokens = tokens_of(text);
  std::vector<std::string> numbers;
  for (const Token& t : tokens) {
    if (t.number) numbers.push_back(t.text);
  }
  if (numbers.size() != 3) return "";
  // Only words a date is written with ("ngày 31 tháng 12 năm 2023").
  for (const Token& t : tokens) {
    if (!t.number && t.text != "ngay" && t.text != "thang" && t.text != "nam") return "";
  }
  const auto& day = numbers[0];
  const auto& month = numbers[1];
  const auto& year = numbers[2];
  if (day.size() > 2 || month.size() > 2 || year.size() != 4) return "";
  return fmt::format("{}-{:0>2}-{:0>2}", year, month, day);
}

std::optional<std::string> key_meant(std::string_view key) {
  static const std::pair<const char*, const char*> kKeys[] = {
      {"tieude", "title"},
      {"ten", "name"},
      {"ma", "id"},
      {"donvi", "unit"},
      {"phong", "unit"},
      {"cacphong", "units"},
      {"coquan", "agency"},
      {"nam", "year"},
      {"ky", "period"},
      {"kybaocao", "period"},
      {"giatri", "value"},
      {"loai", "kind"},
      {"muctieu", "objectives"},
      {"chitieu", "targets"},
      {"ghichu", "note"},
      {"nguon", "source"},
      {"tuso", "numerator"},
      {"mauso", "denominator"},
      {"soluong", "count"},
      {"solan", "count"},
      {"sosanh", "comparison"},
      {"han", "due"},
      {"thoihan", "due"},
      {"hanchot", "due"},
      {"batdau", "start"},
      {"ketthuc", "end"},
      {"dinhdang", "format"},
      {"phienban", "version"},
      {"tieuchuan", "standard"},
      {"kehoach", "plan"},
      {"congviec", "actions"},
      {"nhiemvu", "actions"},
      {"nguonluc", "resources"},
      {"trachnhiem", "responsible"},
      {"danhgia", "evaluation"},
      {"noidung", "text"},
      {"solieu", "records"},
      {"thangdiem", "scale"},
      {"namgoc", "baseline_year"},
      {"huongdan", "note"},
      {"tansuat", "cadence"},
      {"mucdich", "title"},
  };
  const std::string plain = text::folded_word(key);
  for (const auto& [vietnamese, english] : kKeys) {
    if (plain == vietnamese) return std::string(english);
  }
  return std::nullopt;
}

std::vector<std::string> respellings(std::string_view text) {
  std::vector<std::string> out;
  const auto add = [&](std::string proposal) {
    if (!proposal.empty() && std::find(out.begin(), out.end(), proposal) == out.end())
      out.push_back(std::move(proposal));
  };
  // "MT2 / dung-han", "MT 1.2": the punctuation is meant, only the spaces are not.
  const bool punctuated = text.find_first_of("/.") != std::string_view::npos;
  if (punctuated) add(without_spaces(text));
  add(as_id(text, false));
  add(as_id(text, true));
  if (!punctuated) add(without_spaces(text));
  add(without_spaces(text::strip_accents(text)));
  add(period_of(text));
  add(date_from_day_first(text));
  return out;
}

}  // namespace qobj::formats
