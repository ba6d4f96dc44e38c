// JSON Pointer (RFC 6901) tokens, for the schemas' $ref and the mappings' pointers into a JSON
// file: one unescaping for both.
#pragma once

#include <string>
#include <string_view>

namespace qobj::text {

// A pointer's reference token unescaped: "~1" is '/', "~0" is '~'.
inline std::string unescape_pointer_token(std::string_view token) {
  std::string out;
  for (std::size_t i = 0; i < token.size(); ++i) {
    if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
      out += token[i + 1] == '1' ? '/' : '~';
      ++i;
    } else {
      out += token[i];
    }
  }
  return out;
}

}  // namespace qobj::text
