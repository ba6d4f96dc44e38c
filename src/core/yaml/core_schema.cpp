#include "core/yaml/core_schema.hpp"

#include <cctype>

namespace qobj::yaml {

namespace {

constexpr std::string_view kTagPrefix = "tag:yaml.org,2002:";

bool is_quoted_or_block(Style style) {
  return style == Style::single_quoted || style == Style::double_quoted ||
         style == Style::literal || style == Style::folded;
}

}  // namespace

// The YAML 1.2 core schema's number syntax, checked without building the number: typing
// every plain scalar of a large file must be cheap.
JsonType number_syntax(std::string_view text) {
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o')) {
    const bool hex = text[1] == 'x';
    for (const char c : text.substr(2)) {
      const bool ok =
          hex ? std::isxdigit(static_cast<unsigned char>(c)) != 0 : c >= '0' && c <= '7';
      if (!ok) return JsonType::string;
    }
    return JsonType::integer;
  }
  std::string_view body = text;
  if (!body.empty() && (body[0] == '-' || body[0] == '+')) body.remove_prefix(1);
  if (body == ".inf" || body == ".Inf" || body == ".INF") return JsonType::number;
  if (text == ".nan" || text == ".NaN" || text == ".NAN") return JsonType::number;
  std::size_t i = 0;
  std::size_t digits = 0;
  while (i < body.size() && body[i] >= '0' && body[i] <= '9') ++i, ++digits;
  bool fraction = false;
  if (i < body.size() && body[i] == '.') {
    fraction = true;
    ++i;
    while (i < body.size() && body[i] >= '0' && body[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return JsonType::string;
  bool exponent = false;
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    exponent = true;
    ++i;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
    const std::size_t start = i;
    while (i < body.size() && body[i] >= '0' && body[i] <= '9') ++i;
    if (i == start) return JsonType::string;
  }
  if (i != body.size()) return JsonType::string;
  // A number whose exponent qobj cannot hold exactly stays a number: its checks say so.
  return fraction || exponent ? JsonType::number : JsonType::integer;
}

JsonType resolve_plain_scalar(std::string_view text) {
  if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
    return JsonType::null;
  if (text == "true" || text == "True" || text == "TRUE" || text == "false" || text == "False" ||
      text == "FALSE") {
    return JsonType::boolean;
  }
  return number_syntax(text);
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
