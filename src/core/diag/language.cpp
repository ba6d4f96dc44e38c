#include "core/diag/language.hpp"

#include <cctype>

namespace qobj {

namespace {

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

// "vi", "vi_VN", "vi-VN.UTF-8" name Vietnamese; "video" does not.
bool names_language(std::string_view value, std::string_view code) {
  if (!starts_with_ci(value, code)) return false;
  if (value.size() == code.size()) return true;
  const char next = value[code.size()];
  return next == '_' || next == '-' || next == '.' || next == '@';
}

}  // namespace

std::optional<Lang> parse_lang(std::string_view name) {
  if (names_language(name, "vi")) return Lang::vi;
  if (names_language(name, "en")) return Lang::en;
  return std::nullopt;
}

Lang language_from_environment(const LanguageEnvironment& env) {
  if (const auto lang = parse_lang(env.qobj_lang)) return *lang;
  // POSIX: the first non-empty of LC_ALL, LC_MESSAGES, LANG decides.
  for (const std::string_view locale : {env.lc_all, env.lc_messages, env.lang}) {
    if (locale.empty()) continue;
    return names_language(locale, "vi") ? Lang::vi : Lang::en;
  }
  return Lang::en;
}

}  // namespace qobj
