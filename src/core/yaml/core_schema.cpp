#include "core/yaml/core_schema.hpp"

namespace qobj::yaml {

namespace {

constexpr std::string_view kTagPrefix = "tag:yaml.org,2002:";

bool is_quoted_or_block(Style style) {
  return style == Style::single_quoted || style == Style::double_quoted ||
         style == Style::literal || style == Style::folded;
}

bool is_decimal_integer(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

JsonType resolve_plain_scalar(std::string_view text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
    return JsonType::null;
  if (text == "true" || text == "True" || text == "TRUE" || text == "false" || text == "False" ||
      text == "FALSE") {
    return JsonType::boolean;
  }
  const auto number = parse_exact_number(text);
  if (!number) return JsonType::string;
  const bool hex_or_octal = text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o');
  return is_decimal_integer(text) || hex_or_octal ? JsonType::integer : JsonType::number;
}

JsonType json_type(const Document& doc, NodeId id) {
  switch (doc.kind(id)) {
    case NodeKind::null:
      return JsonType::null;
    case NodeKind::sequence:
      return JsonType::array;
    case NodeKind::mapping:
      return JsonType::object;
    case NodeKind::scalar:
      break;
  }
  const std::string_view tag = doc.tag(id);
  if (tag.substr(0, kTagPrefix.size()) == kTagPrefix) {
    const std::string_view name = tag.substr(kTagPrefix.size());
    if (name == "str") return JsonType::string;
    if (name == "null") return JsonType::null;
    if (name == "bool") return JsonType::boolean;
    if (name == "int") return JsonType::integer;
    if (name == "float") return JsonType::number;
  }
  if (is_quoted_or_block(doc.style(id)) || !tag.empty()) return JsonType::string;
  return resolve_plain_scalar(doc.text(id));
}

std::optional<ExactNumber> number_value(const Document& doc, NodeId id) {
  const JsonType type = json_type(doc, id);
  if (type != JsonType::integer && type != JsonType::number) return std::nullopt;
  return parse_exact_number(doc.text(id));
}

bool boolean_value(const Document& doc, NodeId id) {
  const std::string_view text = doc.text(id);
  return text == "true" || text == "True" || text == "TRUE";
}

}  // namespace qobj::yaml
