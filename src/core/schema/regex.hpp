// Regular expressions for JSON Schema's "pattern", "patternProperties" and format "regex":
// ECMA-262 syntax matched over Unicode code points (PCRE2 in UTF mode), so "^.{2}$" matches
// "Hồ". std::regex would count bytes.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace qobj::schema {

class Regex {
 public:
  struct Error {
    std::string message;
    std::size_t offset = 0;  // in the pattern, in bytes
  };
  // Compiles an ECMA-262 pattern; escapes ECMA does not have (\a, \e, \z…) are errors.
  static std::optional<Regex> compile(std::string_view pattern, Error* error = nullptr);

  // Whether the pattern matches somewhere in `text` (ECMA's RegExp.prototype.test).
  // nullopt when the match gives up (the backtracking limit guards against runaway patterns).
  std::optional<bool> search(std::string_view text) const;

  const std::string& pattern() const { return m_pattern; }

 private:
  struct Code;
  Regex(std::string pattern, std::shared_ptr<const Code> code)
      : m_pattern(std::move(pattern)), m_code(std::move(code)) {}
  std::string m_pattern;
  std::shared_ptr<const Code> m_code;
};

}  // namespace qobj::schema
