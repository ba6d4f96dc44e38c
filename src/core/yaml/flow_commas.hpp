// Text with a comma inside `{ }`: YAML ends a value at the comma, so `{value: 48,75}` is the
// value 48 and a key "75" with no value, and `{name: Kế hoạch phổ biến, giáo dục pháp luật}`
// a key "giáo dục pháp luật". Such a key is never meant: it is said where it is written, with
// the value as it was meant (48.75, or the text in quotes).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/yaml/document.hpp"

namespace qobj::yaml {

// Text as a double-quoted YAML scalar: the fix a hint proposes for text that needs quotes.
std::string double_quoted(std::string_view text);

// Adds yaml.flow-comma (or -decimal-comma, -key-alone) for each run of keys of a flow mapping
// that have no ':' after them. Returns the offsets those diagnostics explain: every such key
// and the value the comma cut short, where a schema's errors are the same mistake.
std::vector<std::uint32_t> find_flow_commas(const Document& doc,
                                            std::vector<Diagnostic>& diagnostics);

}  // namespace qobj::yaml
