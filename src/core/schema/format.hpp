// The "format" values qobj asserts: date, date-time (RFC 3339) and regex (ECMA-262).
// Other formats are annotations, as draft-07 allows.
#pragma once

#include <optional>
#include <string_view>

#include "core/diag/message_id.hpp"

namespace qobj::schema {

// nullopt when qobj does not check this format; else whether `text` is valid.
std::optional<bool> check_format(std::string_view format, std::string_view text);

// The hint that shows the right spelling of a format, when there is one.
std::optional<MessageId> format_hint(std::string_view format);
// The name of a format as a phrase of the catalogue ("date" is "ngày" in Vietnamese).
std::optional<MessageId> format_phrase(std::string_view format);

bool is_rfc3339_date(std::string_view text);

}  // namespace qobj::schema
