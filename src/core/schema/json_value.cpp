#include "core/schema/json_value.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <string>

#include "core/text/utf8.hpp"

namespace qobj::schema {

using yaml::JsonType;

namespace {

bool is_numeric(JsonType type) {
  return type == JsonType::integer || type == JsonType::number;
}

constexpr std::size_t kMaxRendered = 60;

std::string truncate(std::string text) {
  if (text::count_code_points(text) <= kMaxRendered) return text;
  std::size_t pos = 0;
  for (std::size_t i = 0; i < kMaxRendered - 1 && pos < text.size(); ++i)
    text::decode_code_point(text, pos);
  text.resize(pos);
  return text + "…";
}

std::vector<char32_t> folded_code_points(std::string_view word) {
  std::vector<char32_t> out;
  std::size_t pos = 0;
  while (pos < word.size()) {
    char32_t cp = text::decode_code_point(word, pos);
    if (cp < 0x80) cp = static_cast<char32_t>(std::tolower(static_cast<int>(cp)));
    if (cp == U'-' || cp == U' ') cp = U'_';
    out.push_back(cp);
  }
  return out;
}

// Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`: the optimal
// string alignment distance, so the common typo "titel" is one edit from "title".
std::size_t edit_distance(const std::vector<char32_t>& a, const std::vector<char32_t>& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::size_t json_hash(const yaml::Document& doc, yaml::NodeId id) {
  const auto mix = [](std::size_t seed, std::size_t value) {
    return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
  };
  const JsonType type = yaml::json_type(doc, id);
  switch (type) {
    case JsonType::integer:
    case JsonType::number: {
      const auto value = yaml::number_value(doc, id);
      const std::string canonical =
          value && value->is_finite() ? value->value.get_str() : std::string(doc.text(id));
      return mix(1, std::hash<std::string>{}(canonical));
    }
    case JsonType::null:
      return 2;
    case JsonType::boolean:
      return yaml::boolean_value(doc, id) ? 3 : 4;
    case JsonType::string:
      return mix(5, std::hash<std::string_view>{}(doc.text(id)));
    case JsonType::array: {
      std::size_t seed = 6;
      for (const yaml::NodeId item : doc.items(id)) seed = mix(seed, json_hash(doc, item));
      return seed;
    }
    case JsonType::object: {
      std::size_t sum = 0;  // order-independent
      for (const yaml::Entry entry : doc.entries(id))
        sum += mix(std::hash<std::string_view>{}(doc.text(entry.key)), json_hash(doc, entry.value));
      return mix(7, sum);
    }
  }
  return 0;
}

bool json_equal(const yaml::Document& a_doc, yaml::NodeId a, const yaml::Document& b_doc,
                yaml::NodeId b) {
  const JsonType a_type = yaml::json_type(a_doc, a);
  const JsonType b_type = yaml::json_type(b_doc, b);
  if (is_numeric(a_type) && is_numeric(b_type)) {
    const auto x = yaml::number_value(a_doc, a);
    const auto y = yaml::number_value(b_doc, b);
    return x && y && compare(*x, *y) == 0;
  }
  if (a_type != b_type) return false;
  switch (a_type) {
    case JsonType::null:
      return true;
    case JsonType::boolean:
      return yaml::boolean_value(a_doc, a) == yaml::boolean_value(b_doc, b);
    case JsonType::string:
      return a_doc.text(a) == b_doc.text(b);
    case JsonType::array: {
      if (a_doc.size(a) != b_doc.size(b)) return false;
      auto bi = b_doc.items(b).begin();
      for (const yaml::NodeId item : a_doc.items(a)) {
        if (!json_equal(a_doc, item, b_doc, *bi)) return false;
        ++bi;
      }
      return true;
    }
    case JsonType::object: {
      if (a_doc.size(a) != b_doc.size(b)) return false;
      for (const yaml::Entry entry : a_doc.entries(a)) {
        const auto other = b_doc.find(b, a_doc.text(entry.key));
        if (!other || !json_equal(a_doc, entry.value, b_doc, *other)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

std::string render_value(const yaml::Document& doc, yaml::NodeId id) {
  switch (yaml::json_type(doc, id)) {
    case JsonType::string:
      return truncate(std::string("\"").append(doc.text(id)).append("\""));
    case JsonType::null:
      return doc.text(id).empty() ? "null" : std::string(doc.text(id));
    case JsonType::array: {
      std::string out = "[";
      for (const yaml::NodeId item : doc.items(id)) {
        if (out.size() > 1) out += ", ";
        out += render_value(doc, item);
        if (out.size() > kMaxRendered) break;
      }
      return truncate(out + "]");
    }
    case JsonType::object: {
      std::string out = "{";
      for (const yaml::Entry entry : doc.entries(id)) {
        if (out.size() > 1) out += ", ";
        out.append(doc.text(entry.key)).append(": ").append(render_value(doc, entry.value));
        if (out.size() > kMaxRendered) break;
      }
      return truncate(out + "}");
    }
    default:
      return truncate(std::string(doc.text(id)));
  }
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  const auto folded = folded_code_points(word);
  std::optional<std::string> best;
  std::size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    const auto other = folded_code_points(candidate);
    const std::size_t distance = edit_distance(folded, other);
    // A typo: at most a third of the word, and at most 3 edits.
    const std::size_t allowed =
        std::min<std::size_t>(3, std::max<std::size_t>(1, other.size() / 3));
    if (distance <= allowed && (!best || distance < best_distance)) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

bool is_ambiguous_thousands(std::string_view text) {
  if (!text.empty() && text[0] == '-') text.remove_prefix(1);
  const std::size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 3 || text[0] == '0') return false;
  for (std::size_t i = 0; i < dot; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return false;
  }
  // One or more groups of exactly three digits after the first dot.
  std::string_view rest = text.substr(dot);
  while (!rest.empty()) {
    if (rest.size() < 4 || rest[0] != '.') return false;
    for (std::size_t i = 1; i < 4; ++i) {
      if (std::isdigit(static_cast<unsigned char>(rest[i])) == 0) return false;
    }
    rest.remove_prefix(4);
  }
  return true;
}

std::optional<SpellingHint> number_spelling_hint(std::string_view text) {
  std::string trimmed(text);
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
  if (!trimmed.empty() && trimmed.back() == '%') {
    trimmed.pop_back();
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    const auto inner = number_spelling_hint(trimmed);
    if (inner && !inner->other.empty()) return inner;  // "1,150%": the ambiguity comes first
    const std::string spelled = inner ? inner->spelled : trimmed;
    if (parse_exact_number(spelled))
      return SpellingHint{MessageId::hint_number_percent, spelled, ""};
    return std::nullopt;
  }
  // "1,150", "83,372": a decimal comma to a Vietnamese reader, a thousands comma to an
  // English one. Either reading could be a wrong verdict: both are said.
  std::string commas_as_dots = trimmed;
  std::replace(commas_as_dots.begin(), commas_as_dots.end(), ',', '.');
  if (trimmed.find('.') == std::string::npos && trimmed.find(',') != std::string::npos &&
      is_ambiguous_thousands(commas_as_dots)) {
    std::string thousands;
    for (const char c : trimmed) {
      if (c != ',') thousands += c;
    }
    if (trimmed.find(',') == trimmed.rfind(',')) {  // one comma: a decimal reading exists
      const auto decimal = parse_exact_number(commas_as_dots);
      std::string spelled = decimal ? to_decimal_string(*decimal) : commas_as_dots;
      if (is_ambiguous_thousands(spelled)) spelled += '0';  // 20.515 would read as thousands
      return SpellingHint{MessageId::hint_number_comma_ambiguous, thousands, spelled};
    }
    return SpellingHint{MessageId::hint_number_vietnamese, thousands, ""};  // 1,234,567
  }
  // Vietnamese: thousands dots, decimal comma ("83.372", "7,5", "1.234,5").
  const std::string whole = trimmed.substr(0, trimmed.find(','));
  const bool grouped = is_ambiguous_thousands(whole);
  const bool comma = trimmed.find(',') != std::string::npos;
  if (grouped || comma) {
    std::string international;
    for (const char c : trimmed) {
      if (c == '.' && grouped) continue;
      international += c == ',' ? '.' : c;
    }
    if (parse_exact_number(international))
      return SpellingHint{MessageId::hint_number_vietnamese, international, ""};
  }
  // A quoted number ("02", "95"): the quotes make it text.
  if (const auto number = parse_exact_number(trimmed); number && number->is_finite()) {
    return SpellingHint{MessageId::hint_number_quoted, to_decimal_string(*number), ""};
  }
  return std::nullopt;
}

}  // namespace qobj::schema
