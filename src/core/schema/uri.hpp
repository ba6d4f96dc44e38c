// URI references as JSON Schema's $id and $ref use them (RFC 3986, section 5).
#pragma once

#include <string>
#include <string_view>

namespace qobj::schema {

// Resolves `reference` against `base`; the result keeps the reference's fragment.
std::string resolve_uri(std::string_view base, std::string_view reference);

// The URI without its fragment, and the fragment (without '#').
std::string_view without_fragment(std::string_view uri);
std::string_view fragment_of(std::string_view uri);

// Decodes %XX escapes (JSON pointers in URI fragments are percent-encoded).
std::string percent_decode(std::string_view text);

}  // namespace qobj::schema
