#include "core/schema/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/schema/format.hpp"
#include "core/schema/json_value.hpp"
#include "core/text/utf8.hpp"
#include "core/yaml/core_schema.hpp"

namespace qobj::schema {

using yaml::Document;
using yaml::JsonType;
using yaml::NodeId;

namespace {

MessageId type_phrase(JsonType type) {
  switch (type) {
    case JsonType::null:
      return MessageId::phrase_null;
    case JsonType::boolean:
      return MessageId::phrase_boolean;
    case JsonType::integer:
      return MessageId::phrase_integer;
    case JsonType::number:
      return MessageId::phrase_number;
    case JsonType::string:
      return MessageId::phrase_string;
    case JsonType::array:
      return MessageId::phrase_array;
    case JsonType::object:
      return MessageId::phrase_object;
  }
  return MessageId::phrase_null;
}

std::vector<MessageId> type_phrases(std::uint8_t types) {
  std::vector<MessageId> out;
  const std::pair<std::uint8_t, MessageId> order[] = {
      {kTypeObject, MessageId::phrase_object}, {kTypeArray, MessageId::phrase_array},
      {kTypeString, MessageId::phrase_string}, {kTypeInteger, MessageId::phrase_integer},
      {kTypeNumber, MessageId::phrase_number}, {kTypeBoolean, MessageId::phrase_boolean},
      {kTypeNull, MessageId::phrase_null}};
  for (const auto& [bit, phrase] : order) {
    if ((types & bit) != 0) out.push_back(phrase);
  }
  return out;
}

bool type_matches(std::uint8_t types, JsonType type, const Document& doc, NodeId id) {
  switch (type) {
    case JsonType::null:
      return (types & kTypeNull) != 0;
    case JsonType::boolean:
      return (types & kTypeBoolean) != 0;
    case JsonType::string:
      return (types & kTypeString) != 0;
    case JsonType::array:
      return (types & kTypeArray) != 0;
    case JsonType::object:
      return (types & kTypeObject) != 0;
    case JsonType::integer:
      return (types & (kTypeInteger | kTypeNumber)) != 0;
    case JsonType::number: {
      if ((types & kTypeNumber) != 0) return true;
      // draft-07: a number with no fractional part is an integer (1.0).
      const auto value = yaml::number_value(doc, id);
      return (types & kTypeInteger) != 0 && value && value->is_integer();
    }
  }
  return false;
}

std::size_t pointer_depth(const std::string& pointer) {
  return static_cast<std::size_t>(std::count(pointer.begin(), pointer.end(), '/'));
}

std::uint64_t pair_key(SchemaId id, NodeId node) {
  return (static_cast<std::uint64_t>(id) << 32) | node;
}

class Validator {
 public:
  Validator(const Schema& schema, const Document& doc, PropertyTrace* trace)
      : m_schema(schema),
        m_doc(doc),
        m_trace(trace),
        m_steps_left(kValidationStepsFloor + kValidationStepsPerNode * doc.node_count()) {}

  // Diagnostics added to `top` past `max_kept` are only counted in `omitted`.
  void cap(const std::vector<Diagnostic>& top, Omitted& omitted, std::size_t max_kept) {
    m_top = &top;
    m_omitted = &omitted;
    m_max_kept = max_kept;
  }

  void validate(SchemaId id, NodeId node, std::string& pointer, std::vector<Diagnostic>& out,
                std::size_t depth);

  void advise_with(const Advice& advice) { m_advice = &advice; }

  // Adds, when validation ran out of steps, where it stopped.
  void finish(std::vector<Diagnostic>& out) {
    if (m_cycle_at) out.push_back(std::move(*m_cycle_at));
    if (m_stopped_at) out.push_back(std::move(*m_stopped_at));
    // Alternatives nested in alternatives can each explain the same failure: say it once.
    std::vector<Diagnostic> unique;
    unique.reserve(out.size());
    for (Diagnostic& d : out) {
      const bool seen = std::any_of(unique.end() - std::min<std::ptrdiff_t>(unique.size(), 8),
                                    unique.end(), [&](const Diagnostic& u) {
                                      return u.message == d.message && u.pointer == d.pointer &&
                                             u.location == d.location && u.args == d.args;
                                    });
      if (!seen) unique.push_back(std::move(d));
    }
    out = std::move(unique);
  }

 private:
  void report(std::vector<Diagnostic>& out, MessageId message, std::vector<MessageArg> args,
              NodeId node, const std::string& pointer,
              std::optional<MessageId> hint = std::nullopt) {
    if (m_probing) {
      // Only whether the value is valid matters: building the message would be wasted.
      m_probe_failed = true;
      return;
    }
    Diagnostic d = Diagnostic::error(message, std::move(args), m_doc.location(node), pointer);
    d.hint = hint;
    if (&out == m_top && out.size() >= m_max_kept) {
      m_omitted->add(d);
      return;
    }
    out.push_back(std::move(d));
  }
  // Whether the value is valid, without building diagnostics. Probes within a probe (an
  // alternative inside an alternative) are remembered for as long as the outermost one lasts:
  // the same (subschema, value) is then answered once, and nested anyOf/oneOf stay linear.
  bool valid(SchemaId id, NodeId node, std::string& pointer, std::size_t depth) {
    const bool was_probing = m_probing;
    const bool had_failed = m_probe_failed;
    const bool remember = was_probing && m_trace == nullptr;
    if (remember) {
      if (const auto known = m_memo.find(pair_key(id, node)); known != m_memo.end())
        return known->second;
    }
    m_probing = true;
    m_probe_failed = false;
    std::vector<Diagnostic> unused;
    validate(id, node, pointer, unused, depth);
    const bool ok = !m_probe_failed;
    m_probing = was_probing;
    m_probe_failed = had_failed;
    if (remember) m_memo.emplace(pair_key(id, node), ok);
    if (!was_probing) m_memo.clear();
    return ok;
  }
  void check_number(const Subschema& s, NodeId node, const std::string& pointer,
                    std::vector<Diagnostic>& out);
  void check_string(const Subschema& s, NodeId node, const std::string& pointer,
                    std::vector<Diagnostic>& out);
  void check_array(const Subschema& s, NodeId node, std::string& pointer,
                   std::vector<Diagnostic>& out, std::size_t depth);
  void check_object(const Subschema& s, NodeId node, std::string& pointer,
                    std::vector<Diagnostic>& out, std::size_t depth);
  void check_alternatives(const Subschema& s, NodeId node, std::string& pointer,
                          std::vector<Diagnostic>& out, std::size_t depth);
  std::optional<std::string> respell(const Subschema& s, std::string_view text) const;
  void check_if(const Subschema& s, NodeId node, std::string& pointer, std::vector<Diagnostic>& out,
                std::size_t depth);
  std::optional<std::string> sole_required(const Subschema& s) const;
  std::optional<yaml::Entry> misspelt_key(const Subschema& s, NodeId node,
                                          const std::vector<std::string>& names) const;
  std::optional<std::string> meant_key(std::string_view key,
                                       const std::vector<std::string>& names) const;
  void report_missing(const Subschema& s, std::string_view name, NodeId node,
                      const std::string& pointer, std::vector<Diagnostic>& out);
  void report_closest(const std::vector<std::vector<Diagnostic>>& branches, NodeId node,
                      const std::string& pointer, std::vector<Diagnostic>& out);

  const Schema& m_schema;
  const Document& m_doc;
  PropertyTrace* m_trace;
  const Advice* m_advice = nullptr;
  bool m_probing = false;
  bool m_probe_failed = false;
  std::unordered_map<std::uint64_t, bool> m_memo;
  // properties by name, for subschemas with many (built on first use)
  std::unordered_map<const Subschema*, std::unordered_map<std::string_view, SchemaId>>
      m_property_index;
  // The (subschema, value) pairs a $ref is being followed for: meeting one again means the
  // schema refers back to itself without moving into the value, which would never end.
  std::unordered_set<std::uint64_t> m_following;
  std::uint64_t m_steps_left;
  bool m_out_of_steps = false;
  std::optional<Diagnostic> m_stopped_at;
  std::optional<Diagnostic> m_cycle_at;
  int m_explaining = 0;  // alternatives being explained, nested
  std::unordered_map<std::uint64_t, std::vector<Diagnostic>> m_explained;
  const std::vector<Diagnostic>* m_top = nullptr;
  Omitted* m_omitted = nullptr;
  std::size_t m_max_kept = 0;
};

void Validator::validate(SchemaId id, NodeId node, std::string& pointer,
                         std::vector<Diagnostic>& out, std::size_t depth) {
  if (id == kNone) return;
  if (m_out_of_steps) {
    if (m_probing) m_probe_failed = true;
    return;
  }
  if (--m_steps_left == 0) {
    // Said once, by finish(), where validation stopped.
    m_out_of_steps = true;
    m_stopped_at = Diagnostic::error(MessageId::schema_budget, {}, m_doc.location(node), pointer);
    if (m_probing) m_probe_failed = true;
    return;
  }
  if (depth > kMaxValidationDepth) {
    report(out, MessageId::schema_too_deep, {std::to_string(kMaxValidationDepth)}, node, pointer);
    return;
  }
  const Subschema& s = m_schema.at(id);
  if (s.constant) {
    if (!*s.constant) report(out, MessageId::schema_false, {}, node, pointer);
    return;
  }
  if (s.ref != kNone) {
    const std::uint64_t key = pair_key(s.ref, node);
    if (!m_following.insert(key).second) {
      // A defect of the schema, said once whether or not an alternative was being tried.
      if (!m_cycle_at) {
        m_cycle_at =
            Diagnostic::error(MessageId::schema_ref_cycle, {}, m_doc.location(node), pointer);
      }
      if (m_probing) m_probe_failed = true;
      return;
    }
    // While alternatives are being explained, what a subschema says about a value is the same
    // each time it is asked: said once, then copied (overlapping oneOf stay linear).
    if (m_explaining > 0 && !m_probing) {
      if (const auto known = m_explained.find(key); known != m_explained.end()) {
        out.insert(out.end(), known->second.begin(), known->second.end());
      } else {
        std::vector<Diagnostic> said;
        validate(s.ref, node, pointer, said, depth + 1);
        out.insert(out.end(), said.begin(), said.end());
        m_explained.emplace(key, std::move(said));
      }
    } else {
      validate(s.ref, node, pointer, out, depth + 1);
    }
    m_following.erase(key);
    return;
  }
  const JsonType type = yaml::json_type(m_doc, node);
  if (s.types != 0 && !type_matches(s.types, type, m_doc, node)) {
    // The value is of another kind altogether: its other checks would only add noise.
    // Text where a number belongs is usually a number spelled the Vietnamese way.
    const auto spelling = type == JsonType::string && (s.types & (kTypeNumber | kTypeInteger)) != 0
                              ? number_spelling_hint(m_doc.text(node))
                              : std::nullopt;
    report(out, MessageId::schema_type,
           {MessageArg(type_phrases(s.types)), type_phrase(type), spelling ? spelling->spelled : "",
            spelling ? spelling->other : ""},
           node, pointer, spelling ? std::optional(spelling->hint) : std::nullopt);
    return;
  }
  if (s.enum_values) {
    const Document& schema_doc = m_schema.document_of(s);
    const bool found = std::any_of(s.enum_values->begin(), s.enum_values->end(), [&](NodeId v) {
      return json_equal(m_doc, node, schema_doc, v);
    });
    if (!found) {
      std::string allowed;
      std::vector<std::string> strings;
      for (const NodeId v : *s.enum_values) {
        if (!allowed.empty()) allowed += ", ";
        allowed += render_value(schema_doc, v);
        if (yaml::json_type(schema_doc, v) == JsonType::string)
          strings.emplace_back(schema_doc.text(v));
      }
      const auto suggestion =
          type == JsonType::string ? closest_match(m_doc.text(node), strings) : std::nullopt;
      report(out, MessageId::schema_enum,
             {render_value(m_doc, node), allowed, suggestion.value_or("")}, node, pointer,
             suggestion ? std::optional(MessageId::hint_did_you_mean) : std::nullopt);
    }
  }
  if (s.const_value && !json_equal(m_doc, node, m_schema.document_of(s), *s.const_value)) {
    report(out, MessageId::schema_const,
           {render_value(m_doc, node), render_value(m_schema.document_of(s), *s.const_value)}, node,
           pointer);
  }
  switch (type) {
    case JsonType::integer:
    case JsonType::number:
      check_number(s, node, pointer, out);
      break;
    case JsonType::string:
      check_string(s, node, pointer, out);
      break;
    case JsonType::array:
      check_array(s, node, pointer, out, depth);
      break;
    case JsonType::object:
      check_object(s, node, pointer, out, depth);
      break;
    default:
      break;
  }
  check_alternatives(s, node, pointer, out, depth);
}

void Validator::check_number(const Subschema& s, NodeId node, const std::string& pointer,
                             std::vector<Diagnostic>& out) {
  const auto value = yaml::number_value(m_doc, node);
  const std::string shown(m_doc.text(node));
  // A value that cannot be compared (too long to read exactly, NaN) gets one diagnostic, not
  // one per bound it fails.
  const bool bounded =
      s.minimum || s.maximum || s.exclusive_minimum || s.exclusive_maximum || s.multiple_of;
  if (!value || value->kind == ExactNumber::Kind::not_a_number) {
    if (bounded) report(out, MessageId::schema_number_range, {shown}, node, pointer);
    return;
  }
  auto bound = [&](const std::optional<ExactNumber>& limit, MessageId message, auto fails) {
    if (!limit) return;
    const auto c = compare(*value, *limit);
    if (!c || fails(*c)) report(out, message, {shown, to_decimal_string(*limit)}, node, pointer);
  };
  bound(s.minimum, MessageId::schema_minimum, [](int c) { return c < 0; });
  bound(s.exclusive_minimum, MessageId::schema_exclusive_minimum, [](int c) { return c <= 0; });
  bound(s.maximum, MessageId::schema_maximum, [](int c) { return c > 0; });
  bound(s.exclusive_maximum, MessageId::schema_exclusive_maximum, [](int c) { return c >= 0; });
  if (s.multiple_of) {
    bool multiple = false;
    if (value->is_finite()) {
      const mpq_class quotient = value->value / s.multiple_of->value;
      multiple = quotient.get_den() == 1;
    }
    if (!multiple)
      report(out, MessageId::schema_multiple_of, {shown, to_decimal_string(*s.multiple_of)}, node,
             pointer);
  }
}

void Validator::check_string(const Subschema& s, NodeId node, const std::string& pointer,
                             std::vector<Diagnostic>& out) {
  const std::string_view text = m_doc.text(node);
  if (s.min_length || s.max_length) {
    const std::size_t length = text::count_code_points(text);
    if (s.min_length && length < *s.min_length) {
      report(out, MessageId::schema_min_length,
             {std::to_string(length), std::to_string(*s.min_length)}, node, pointer);
    }
    if (s.max_length && length > *s.max_length) {
      report(out, MessageId::schema_max_length,
             {std::to_string(length), std::to_string(*s.max_length)}, node, pointer);
    }
  }
  // A failed format says more (with a hint) than the pattern that usually guards it.
  bool format_failed = false;
  if (!s.format.empty()) {
    const auto ok = check_format(s.format, text);
    if (ok && !*ok) {
      format_failed = true;
      const auto phrase = format_phrase(s.format);
      const std::optional<std::string> respelled = m_probing ? std::nullopt : respell(s, text);
      report(out, MessageId::schema_format,
             {render_value(m_doc, node), phrase ? MessageArg(*phrase) : MessageArg(s.format),
              respelled.value_or("")},
             node, pointer,
             respelled ? std::optional(MessageId::hint_date_converted) : format_hint(s.format));
    }
  }
  if (s.pattern && !format_failed) {
    const auto matched = s.pattern->search(text);
    if (!matched) {
      report(out, MessageId::schema_regex_limit, {render_value(m_doc, node), s.pattern->pattern()},
             node, pointer);
    } else if (!*matched) {
      const std::optional<std::string> respelled = m_probing ? std::nullopt : respell(s, text);
      const auto hint = respelled ? std::optional(MessageId::hint_write_instead) : std::nullopt;
      if (!s.pattern_text_en.empty()) {
        // The schema says in words what the pattern means: that, not the regular expression.
        report(out, MessageId::schema_form,
               {render_value(m_doc, node),
                MessageArg::bilingual(s.pattern_text_en, s.pattern_text_vi.empty()
                                                             ? s.pattern_text_en
                                                             : s.pattern_text_vi),
                respelled.value_or("")},
               node, pointer, hint);
      } else {
        report(out, MessageId::schema_pattern,
               {render_value(m_doc, node), s.pattern->pattern(), respelled.value_or("")}, node,
               pointer, hint);
      }
    }
  }
}

// The first proposal of the respeller that this subschema's format and pattern accept.
std::optional<std::string> Validator::respell(const Subschema& s, std::string_view text) const {
  if (m_advice == nullptr || !m_advice->respell) return std::nullopt;
  for (std::string& proposal : m_advice->respell(text)) {
    if (proposal == text) continue;
    if (!s.format.empty() && check_format(s.format, proposal) == false) continue;
    if (s.pattern && s.pattern->search(proposal) != true) continue;
    return std::move(proposal);
  }
  return std::nullopt;
}

void Validator::check_array(const Subschema& s, NodeId node, std::string& pointer,
                            std::vector<Diagnostic>& out, std::size_t depth) {
  const std::size_t size = m_doc.size(node);
  if (s.min_items && size < *s.min_items) {
    report(out, MessageId::schema_min_items, {std::to_string(size), std::to_string(*s.min_items)},
           node, pointer);
  }
  if (s.max_items && size > *s.max_items) {
    report(out, MessageId::schema_max_items, {std::to_string(size), std::to_string(*s.max_items)},
           node, pointer);
  }
  const std::size_t mark = pointer.size();
  std::size_t index = 0;
  bool contained = false;
  // uniqueItems: items by a hash that equal values share, compared only within a hash.
  std::unordered_multimap<std::size_t, std::pair<std::size_t, NodeId>> seen;
  for (const NodeId item : m_doc.items(node)) {
    append_pointer_token(pointer, std::to_string(index));
    if (s.items_is_tuple) {
      validate(index < s.tuple_items.size() ? s.tuple_items[index] : s.additional_items, item,
               pointer, out, depth + 1);
    } else {
      validate(s.items, item, pointer, out, depth + 1);
    }
    if (s.contains != kNone && !contained) contained = valid(s.contains, item, pointer, depth + 1);
    if (s.unique_items) {
      const std::size_t hash = json_hash(m_doc, item);
      const auto [first, last] = seen.equal_range(hash);
      for (auto it = first; it != last; ++it) {
        if (json_equal(m_doc, it->second.second, m_doc, item)) {
          report(out, MessageId::schema_unique_items,
                 {std::to_string(it->second.first), std::to_string(index)}, item, pointer);
          break;
        }
      }
      seen.emplace(hash, std::pair(index, item));
    }
    pointer.resize(mark);
    ++index;
  }
  if (s.contains != kNone && !contained) {
    report(
        out, MessageId::schema_contains,
        {render_value(m_schema.document_of(m_schema.at(s.contains)), m_schema.at(s.contains).node)},
        node, pointer);
  }
}

void Validator::check_object(const Subschema& s, NodeId node, std::string& pointer,
                             std::vector<Diagnostic>& out, std::size_t depth) {
  const std::size_t size = m_doc.size(node);
  if (s.min_properties && size < *s.min_properties) {
    report(out, MessageId::schema_min_properties,
           {std::to_string(size), std::to_string(*s.min_properties)}, node, pointer);
  }
  if (s.max_properties && size > *s.max_properties) {
    report(out, MessageId::schema_max_properties,
           {std::to_string(size), std::to_string(*s.max_properties)}, node, pointer);
  }
  // Large mappings and schemas are looked up through hashes: a schema of a hundred thousand
  // properties against as many keys stays linear.
  constexpr std::size_t kScanned = 16;
  std::unordered_set<std::string_view> keys;
  if (size > kScanned && s.required.size() + s.dependencies.size() > kScanned) {
    for (const yaml::Entry entry : m_doc.entries(node)) keys.insert(m_doc.text(entry.key));
  }
  const auto has_key = [&](std::string_view name) {
    return keys.empty() ? m_doc.find(node, name).has_value() : keys.count(name) > 0;
  };
  std::vector<std::string_view> missing;
  for (const std::string& name : s.required) {
    if (!has_key(name)) missing.push_back(name);
  }
  const std::unordered_map<std::string_view, SchemaId>* by_name = nullptr;
  if (s.properties.size() > kScanned) {
    auto& index = m_property_index[&s];
    if (index.empty()) {
      for (const auto& [name, child] : s.properties) index.emplace(name, child);
    }
    by_name = &index;
  }
  const std::size_t mark = pointer.size();
  for (const yaml::Entry entry : m_doc.entries(node)) {
    const std::string_view key = m_doc.text(entry.key);
    append_pointer_token(pointer, key);
    bool matched = false;
    const auto validate_property = [&](const std::string& name, SchemaId child) {
      matched = true;
      if (m_trace != nullptr) m_trace->used.emplace(m_schema.id_of(s), name);
      validate(child, entry.value, pointer, out, depth + 1);
    };
    if (by_name != nullptr) {
      if (const auto found = by_name->find(key); found != by_name->end())
        validate_property(std::string(key), found->second);
    } else {
      for (const auto& [name, child] : s.properties) {
        if (name == key) validate_property(name, child);
      }
    }
    for (const auto& [regex, child] : s.pattern_properties) {
      if (regex.search(key).value_or(false)) {
        matched = true;
        validate(child, entry.value, pointer, out, depth + 1);
      }
    }
    if (!matched && s.additional_properties != kNone) {
      const Subschema& additional = m_schema.at(s.additional_properties);
      if (additional.constant == false) {
        // Only whether it is valid matters while probing, and past the cap only how many:
        // the list of allowed keys and the nearest one are not worth building then.
        if (m_probing || (&out == m_top && out.size() >= m_max_kept)) {
          report(out, MessageId::schema_unknown_key, {std::string(key), "", ""}, entry.key,
                 pointer);
        } else {
          std::vector<std::string> names;
          std::string allowed;
          for (const auto& [name, child] : s.properties) {
            names.push_back(name);
            allowed += (allowed.empty() ? "" : ", ") + name;
          }
          const auto suggestion = meant_key(key, names);
          // A misspelled required key is one mistake: said at the misspelling, not also as a
          // missing key.
          if (suggestion) {
            const auto was_missing = std::find(missing.begin(), missing.end(), *suggestion);
            if (was_missing != missing.end()) missing.erase(was_missing);
          }
          report(out, MessageId::schema_unknown_key,
                 {std::string(key), allowed, suggestion.value_or("")}, entry.key, pointer,
                 suggestion ? std::optional(MessageId::hint_did_you_mean) : std::nullopt);
        }
      } else {
        validate(s.additional_properties, entry.value, pointer, out, depth + 1);
      }
    }
    if (s.property_names != kNone) validate(s.property_names, entry.key, pointer, out, depth + 1);
    pointer.resize(mark);
  }
  for (const std::string_view name : missing) {
    // "knd: percentage" where kind is missing: said at the misspelling, once.
    const auto misspelt = m_probing ? std::nullopt : misspelt_key(s, node, {std::string(name)});
    if (misspelt) {
      std::string here(pointer);
      append_pointer_token(here, m_doc.text(misspelt->key));
      report(out, MessageId::schema_unknown_key,
             {std::string(m_doc.text(misspelt->key)), "", std::string(name)}, misspelt->key, here,
             MessageId::hint_did_you_mean);
    } else {
      report_missing(s, name, node, pointer, out);
    }
  }
  for (const Dependency& dependency : s.dependencies) {
    if (!has_key(dependency.property)) continue;
    for (const std::string& needed : dependency.required) {
      if (!has_key(needed))
        report(out, MessageId::schema_dependency, {dependency.property, needed}, node, pointer);
    }
    validate(dependency.schema, node, pointer, out, depth + 1);
  }
}

// A missing key whose values the schema lists (the `kind` of a target) says which they are.
void Validator::report_missing(const Subschema& s, std::string_view name, NodeId node,
                               const std::string& pointer, std::vector<Diagnostic>& out) {
  if (m_probing) {
    m_probe_failed = true;
    return;
  }
  for (const auto& [property, child] : s.properties) {
    if (property != name) continue;
    const Subschema& values = m_schema.at(child);
    if (!values.enum_values || values.enum_values->empty()) break;
    const Document& schema_doc = m_schema.document_of(values);
    // Written as they would be in the file: kind: percentage, not kind: "percentage".
    const auto spelled = [&](NodeId v) {
      return yaml::json_type(schema_doc, v) == JsonType::string ? std::string(schema_doc.text(v))
                                                                : render_value(schema_doc, v);
    };
    std::string allowed;
    for (const NodeId v : *values.enum_values)
      allowed += (allowed.empty() ? "" : ", ") + spelled(v);
    report(out, MessageId::schema_required,
           {std::string(name), allowed, spelled(values.enum_values->front())}, node, pointer,
           MessageId::hint_required_one_of);
    return;
  }
  report(out, MessageId::schema_required, {std::string(name)}, node, pointer);
}

void Validator::check_alternatives(const Subschema& s, NodeId node, std::string& pointer,
                                   std::vector<Diagnostic>& out, std::size_t depth) {
  for (const SchemaId part : s.all_of) validate(part, node, pointer, out, depth + 1);
  // Alternatives are first tried cheaply; the errors of each are only built when none fits
  // and the person must be told which one was meant.
  auto explain = [&](const std::vector<SchemaId>& alternatives) {
    if (m_probing) {
      m_probe_failed = true;
      return;
    }
    std::vector<std::vector<Diagnostic>> branches;
    ++m_explaining;
    for (const SchemaId part : alternatives) {
      branches.emplace_back();
      validate(part, node, pointer, branches.back(), depth + 1);
    }
    if (--m_explaining == 0) m_explained.clear();
    report_closest(branches, node, pointer, out);
  };
  // Alternatives that each only require one key ([{required: [targets]}, {required:
  // [children]}]) are said as keys, rather than as alternatives: the keys, or none.
  const auto sole_keys = [&](const std::vector<SchemaId>& alternatives) {
    std::vector<std::string> keys;
    for (const SchemaId part : alternatives) {
      const auto key = sole_required(m_schema.at(part));
      if (key && std::find(keys.begin(), keys.end(), *key) == keys.end()) keys.push_back(*key);
    }
    const bool all = keys.size() == alternatives.size() &&
                     m_doc.kind(node) == yaml::NodeKind::mapping && !m_probing;
    return all ? keys : std::vector<std::string>{};
  };
  // {0}: all but the last, {1}: the last ("targets", "children"), said "… or …".
  const auto split = [](const std::vector<std::string>& names) {
    std::string head;
    for (std::size_t i = 0; i + 1 < names.size(); ++i) head += (i ? ", " : "") + names[i];
    return std::vector<MessageArg>{head, names.back(), names.front()};
  };
  if (!s.any_of.empty() && std::none_of(s.any_of.begin(), s.any_of.end(), [&](SchemaId part) {
        return valid(part, node, pointer, depth + 1);
      })) {
    // anyOf of keys: at least one of them is required.
    if (const auto keys = sole_keys(s.any_of); !keys.empty()) {
      if (!misspelt_key(s, node, keys))
        report(out, MessageId::schema_required_one_of, split(keys), node, pointer);
    } else {
      explain(s.any_of);
    }
  }
  // oneOf of keys: exactly one of them.
  bool one_of_said = false;
  if (!s.one_of.empty()) {
    if (const auto keys = sole_keys(s.one_of); !keys.empty()) {
      std::vector<std::string> present;
      for (const auto& key : keys) {
        if (m_doc.find(node, key)) present.push_back(key);
      }
      if (present.empty() && !misspelt_key(s, node, keys)) {
        report(out, MessageId::schema_required_one_of, split(keys), node, pointer);
      } else if (present.size() > 1) {
        report(out, MessageId::schema_keys_exclusive, split(present), node, pointer);
      }
      one_of_said = true;
    }
  }
  if (!s.one_of.empty() && !one_of_said) {
    std::vector<std::string> matching;
    for (std::size_t i = 0; i < s.one_of.size(); ++i) {
      if (valid(s.one_of[i], node, pointer, depth + 1)) matching.push_back(std::to_string(i + 1));
    }
    if (matching.empty()) {
      explain(s.one_of);
    } else if (matching.size() > 1) {
      std::string list;
      for (const auto& m : matching) list += (list.empty() ? "" : ", ") + m;
      report(out, MessageId::schema_one_of_many, {std::to_string(matching.size()), list}, node,
             pointer);
    }
  }
  if (s.not_schema != kNone && valid(s.not_schema, node, pointer, depth + 1)) {
    report(out, MessageId::schema_not, {}, node, pointer);
  }
  check_if(s, node, pointer, out, depth);
}

void Validator::check_if(const Subschema& s, NodeId node, std::string& pointer,
                         std::vector<Diagnostic>& out, std::size_t depth) {
  if (s.if_schema != kNone) {
    if (valid(s.if_schema, node, pointer, depth + 1)) {
      validate(s.then_schema, node, pointer, out, depth + 1);
    } else {
      validate(s.else_schema, node, pointer, out, depth + 1);
    }
  }
}

// The first key of the mapping that is not one `s` knows and stands for one of `names`
// ("tagrets", "knd", "tieu_de"): said there, as an unknown key with "did you mean", and only
// there.
std::optional<yaml::Entry> Validator::misspelt_key(const Subschema& s, NodeId node,
                                                   const std::vector<std::string>& names) const {
  for (const yaml::Entry entry : m_doc.entries(node)) {
    const std::string_view key = m_doc.text(entry.key);
    const bool known = std::any_of(s.properties.begin(), s.properties.end(),
                                   [&](const auto& p) { return p.first == key; });
    if (!known && meant_key(key, names)) return entry;
  }
  return std::nullopt;
}

// The one of `names` an unknown key stands for: a misspelling of it, or the key in another
// language ("tieu_de" for title).
std::optional<std::string> Validator::meant_key(std::string_view key,
                                                const std::vector<std::string>& names) const {
  if (auto near = closest_match(key, names)) return near;
  if (m_advice == nullptr || !m_advice->translate_key) return std::nullopt;
  const auto translated = m_advice->translate_key(key);
  if (translated && std::find(names.begin(), names.end(), *translated) != names.end())
    return translated;
  return std::nullopt;
}

// The key a subschema requires when requiring it is all it does.
std::optional<std::string> Validator::sole_required(const Subschema& s) const {
  // Nothing but `required`: any other keyword could make a branch fail for another reason.
  const bool only_required =
      s.required.size() == 1 && !s.constant && s.ref == kNone && s.types == 0 && !s.enum_values &&
      !s.const_value && !s.multiple_of && !s.maximum && !s.exclusive_maximum && !s.minimum &&
      !s.exclusive_minimum && !s.max_length && !s.min_length && !s.max_items && !s.min_items &&
      !s.pattern && s.format.empty() && s.items == kNone && s.tuple_items.empty() &&
      s.additional_items == kNone && !s.unique_items && s.contains == kNone &&
      s.properties.empty() && s.pattern_properties.empty() && s.additional_properties == kNone &&
      s.dependencies.empty() && s.property_names == kNone && !s.min_properties &&
      !s.max_properties && s.all_of.empty() && s.any_of.empty() && s.one_of.empty() &&
      s.if_schema == kNone && s.not_schema == kNone;
  return only_required ? std::optional(s.required.front()) : std::nullopt;
}

// Reports the alternative the person most likely meant: one whose discriminating values
// (const, enum) match and whose kind of value is right, with the fewest errors. When every
// alternative wants another kind of value, says so once, listing the kinds.
void Validator::report_closest(const std::vector<std::vector<Diagnostic>>& branches, NodeId node,
                               const std::string& pointer, std::vector<Diagnostic>& out) {
  auto is_root_type_error = [&](const Diagnostic& d) {
    return d.message == MessageId::schema_type && d.pointer == pointer;
  };
  if (std::all_of(branches.begin(), branches.end(), [&](const auto& errors) {
        return errors.size() == 1 && is_root_type_error(errors[0]);
      })) {
    std::vector<MessageId> expected;
    for (const auto& errors : branches) {
      for (const MessageId phrase : errors[0].args[0].phrases) {
        if (std::find(expected.begin(), expected.end(), phrase) == expected.end())
          expected.push_back(phrase);
      }
    }
    report(out, MessageId::schema_type,
           {MessageArg(expected), type_phrase(yaml::json_type(m_doc, node))}, node, pointer);
    return;
  }
  auto score = [&](const std::vector<Diagnostic>& errors) {
    std::size_t root_type = 0, discriminators = 0, deepest = 0;
    for (const auto& d : errors) {
      if (is_root_type_error(d)) ++root_type;
      if (d.message == MessageId::schema_const || d.message == MessageId::schema_enum)
        ++discriminators;
      deepest = std::max(deepest, pointer_depth(d.pointer));
    }
    // Lower is better; a deeper first error means the branch went further before failing.
    return std::make_tuple(root_type, discriminators, errors.size(), ~deepest);
  };
  const auto best =
      std::min_element(branches.begin(), branches.end(),
                       [&](const auto& a, const auto& b) { return score(a) < score(b); });
  for (const Diagnostic& d : *best) {
    if (&out == m_top && out.size() >= m_max_kept) {
      m_omitted->add(d);  // past the file's cap: counted
    } else {
      out.push_back(d);
    }
  }
}

}  // namespace

std::vector<Diagnostic> validate(const Schema& schema, const Document& document, NodeId instance,
                                 PropertyTrace* trace) {
  std::vector<Diagnostic> out;
  std::string pointer = document.pointer(instance);
  Validator validator(schema, document, trace);
  validator.validate(schema.root(), instance, pointer, out, 0);
  validator.finish(out);
  return out;
}

std::vector<Diagnostic> validate(const Schema& schema, const Document& document,
                                 PropertyTrace* trace) {
  return validate(schema, document, document.root(), trace);
}

std::vector<Diagnostic> validate(const Schema& schema, const Document& document, Omitted& omitted,
                                 std::size_t max_kept, const Advice& advice) {
  std::vector<Diagnostic> out;
  std::string pointer;
  Validator validator(schema, document, nullptr);
  validator.advise_with(advice);
  validator.cap(out, omitted, max_kept);
  validator.validate(schema.root(), document.root(), pointer, out, 0);
  validator.finish(out);
  return out;
}

}  // namespace qobj::schema
