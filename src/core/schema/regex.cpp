#define PCRE2_CODE_UNIT_WIDTH 8
#include "core/schema/regex.hpp"

#include <fmt/format.h>
#include <pcre2.h>

namespace qobj::schema {

namespace {

// Backtracking steps allowed per match: enough for any sane pattern, a stop for ReDoS.
constexpr std::uint32_t kMatchLimit = 1000000;

// Translates ECMA-262 escapes PCRE2 spells differently, and refuses those ECMA lacks.
std::optional<std::string> translate(std::string_view pattern, Regex::Error* error) {
  std::string out;
  out.reserve(pattern.size());
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    if (i + 1 >= pattern.size()) {
      if (error != nullptr) *error = {"\\ at end of pattern", i};
      return std::nullopt;
    }
    const char e = pattern[++i];
    if (e == 'u') {
      // \uXXXX and \u{X…} are PCRE2's \x{…}.
      std::size_t start = i + 1;
      std::size_t end = start;
      if (start < pattern.size() && pattern[start] == '{') {
        end = pattern.find('}', start);
        if (end == std::string_view::npos) end = pattern.size();
        out += fmt::format("\\x{{{}}}", pattern.substr(start + 1, end - start - 1));
        i = end;
      } else {
        end = std::min(start + 4, pattern.size());
        out += fmt::format("\\x{{{}}}", pattern.substr(start, end - start));
        i = end - 1;
      }
      continue;
    }
    // ECMA-262's escapes (Unicode mode): character classes, assertions, control escapes,
    // \cX, \xHH, \0, back references, \k<name>, \p{…}, and escaped syntax characters.
    static constexpr std::string_view kAllowed = "dDwWsSbBfnrtvcx0123456789kpP^$\\.*+?()[]{}|/-";
    if (kAllowed.find(e) == std::string_view::npos) {
      if (error != nullptr) *error = {fmt::format("\\{} is not an ECMA-262 escape", e), i - 1};
      return std::nullopt;
    }
    out += '\\';
    out += e;
  }
  return out;
}

}  // namespace

struct Regex::Code {
  pcre2_code* code = nullptr;
  pcre2_match_context* context = nullptr;
  ~Code() {
    pcre2_match_context_free(context);
    pcre2_code_free(code);
  }
};

std::optional<Regex> Regex::compile(std::string_view pattern, Error* error) {
  const auto translated = translate(pattern, error);
  if (!translated) return std::nullopt;
  int code_error = 0;
  PCRE2_SIZE error_offset = 0;
  pcre2_code* code =
      pcre2_compile(reinterpret_cast<PCRE2_SPTR>(translated->data()), translated->size(),
                    PCRE2_UTF | PCRE2_DOLLAR_ENDONLY, &code_error, &error_offset, nullptr);
  if (code == nullptr) {
    if (error != nullptr) {
      PCRE2_UCHAR buffer[256];
      pcre2_get_error_message(code_error, buffer, sizeof buffer);
      *error = {reinterpret_cast<const char*>(buffer), error_offset};
    }
    return std::nullopt;
  }
  auto owned = std::make_shared<Code>();
  owned->code = code;
  owned->context = pcre2_match_context_create(nullptr);
  pcre2_set_match_limit(owned->context, kMatchLimit);
  return Regex(std::string(pattern), std::move(owned));
}

std::optional<bool> Regex::search(std::string_view text) const {
  pcre2_match_data* data = pcre2_match_data_create_from_pattern(m_code->code, nullptr);
  const int rc = pcre2_match(m_code->code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(),
                             0, PCRE2_NO_UTF_CHECK, data, m_code->context);
  pcre2_match_data_free(data);
  if (rc >= 0) return true;
  if (rc == PCRE2_ERROR_NOMATCH) return false;
  return std::nullopt;
}

}  // namespace qobj::schema
