// The language of messages and reports.
#pragma once

#include <optional>
#include <string_view>

namespace qobj {

enum class Lang { en, vi };

// Parses "vi" / "en" (case-insensitive, a region or encoding suffix allowed: "vi_VN.UTF-8").
std::optional<Lang> parse_lang(std::string_view name);

// What the environment asks for, in order of precedence: QOBJ_LANG, then the POSIX locale
// variables LC_ALL, LC_MESSAGES, LANG (a locale starting with "vi" means Vietnamese); English
// when none of them says. Takes the values, not the environment, so it can be tested.
struct LanguageEnvironment {
  std::string_view qobj_lang, lc_all, lc_messages, lang;
};
Lang language_from_environment(const LanguageEnvironment& env);

}  // namespace qobj
