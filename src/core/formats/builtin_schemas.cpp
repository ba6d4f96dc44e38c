#include "core/formats/builtin_schemas.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_set>

#include "core/schema/json_value.hpp"
#include "core/yaml/core_schema.hpp"
#include "core/yaml/reader.hpp"

namespace qobj::formats {

// Generated from schemas/ by cmake/QobjEmbed.cmake.
std::string_view objectives_schema_text();
std::string_view measurements_schema_text();
std::string_view report_schema_text();
std::string_view import_mapping_schema_text();

namespace {

constexpr std::string_view kObjectivesFormat = "qobj/objectives";
constexpr std::string_view kMeasurementsFormat = "qobj/measurements";
constexpr std::string_view kImportMappingFormat = "qobj/import-mapping";

schema::Schema compile_builtin(std::string_view name, std::string_view text) {
  auto read = yaml::read_yaml(std::string(name), std::string(text));
  if (!read.document)
    throw std::logic_error("built-in schema " + std::string(name) + " does not parse");
  const auto doc = std::make_shared<const yaml::Document>(std::move(*read.document));
  auto load =
      schema::compile_schema(doc, doc->root(), "https://qobj.invalid/schemas/" + std::string(name));
  if (!load.schema)
    throw std::logic_error("built-in schema " + std::string(name) + " does not compile");
  return std::move(*load.schema);
}

}  // namespace

std::string_view schema_text(FileKind kind) {
  switch (kind) {
    case FileKind::objectives:
      return objectives_schema_text();
    case FileKind::measurements:
      return measurements_schema_text();
    case FileKind::import_mapping:
      return import_mapping_schema_text();
  }
  return {};
}

std::vector<std::string_view> schema_names() {
  return {"objectives", "measurements", "import-mapping"};
}

std::optional<std::string_view> schema_text(std::string_view name) {
  if (name == "objectives") return objectives_schema_text();
  if (name == "measurements") return measurements_schema_text();
  if (name == "import-mapping") return import_mapping_schema_text();
  if (name == "report") return report_schema_text();
  return std::nullopt;
}

const schema::Schema& builtin_schema(FileKind kind) {
  static const schema::Schema objectives =
      compile_builtin("objectives.schema.json", objectives_schema_text());
  static const schema::Schema measurements =
      compile_builtin("measurements.schema.json", measurements_schema_text());
  static const schema::Schema import_mapping =
      compile_builtin("import-mapping.schema.json", import_mapping_schema_text());
  switch (kind) {
    case FileKind::objectives:
      return objectives;
    case FileKind::measurements:
      return measurements;
    case FileKind::import_mapping:
      break;
  }
  return import_mapping;
}

std::optional<FileKind> detect_kind(const yaml::Document& doc,
                                    std::vector<Diagnostic>& diagnostics) {
  const yaml::NodeId root = doc.root();
  const auto format =
      doc.kind(root) == yaml::NodeKind::mapping ? doc.find(root, "format") : std::nullopt;
  if (!format) {
    diagnostics.push_back(
        Diagnostic::error(MessageId::qobj_missing_format, {}, doc.location(root)));
    return std::nullopt;
  }
  const std::string_view value = doc.text(*format);
  if (yaml::json_type(doc, *format) == yaml::JsonType::string) {
    if (value == kObjectivesFormat) return FileKind::objectives;
    if (value == kMeasurementsFormat) return FileKind::measurements;
    if (value == kImportMappingFormat) return FileKind::import_mapping;
  }
  const auto suggestion = schema::closest_match(
      value, {std::string(kObjectivesFormat), std::string(kMeasurementsFormat),
              std::string(kImportMappingFormat)});
  Diagnostic d =
      Diagnostic::error(MessageId::qobj_unknown_format,
                        {schema::render_value(doc, *format), "", suggestion.value_or("")},
                        doc.location(*format), "/format");
  if (suggestion) d.hint = MessageId::hint_did_you_mean;
  diagnostics.push_back(std::move(d));
  return std::nullopt;
}

std::optional<MessageId> number_out_of_range(const std::optional<ExactNumber>& exact) {
  if (!exact) return MessageId::phrase_number_unreadable;
  switch (exact->kind) {
    case ExactNumber::Kind::not_a_number:
      return MessageId::phrase_number_nan;
    case ExactNumber::Kind::positive_infinity:
    case ExactNumber::Kind::negative_infinity:
      return MessageId::phrase_number_infinite;
    case ExactNumber::Kind::finite:
      break;
  }
  static const mpq_class kLargest{mpz_class("1000000000000000000")};         // 10^18
  static const mpz_class kSmallestStep{mpz_class("100000000000000000000")};  // 10^20
  if (abs(exact->value) >= kLargest) return MessageId::phrase_number_too_large;
  const mpq_class in_smallest_steps = exact->value * kSmallestStep;
  if (in_smallest_steps.get_den() != 1) return MessageId::phrase_number_too_precise;
  return std::nullopt;
}

void check_numbers(const yaml::Document& doc, std::vector<Diagnostic>& diagnostics,
                   std::size_t first, Omitted& omitted, std::size_t max_kept) {
  // What the schema said about a value that is not a usable number at all.
  const auto superseded = [](MessageId id) {
    switch (id) {
      case MessageId::schema_number_range:
      case MessageId::schema_minimum:
      case MessageId::schema_maximum:
      case MessageId::schema_exclusive_minimum:
      case MessageId::schema_exclusive_maximum:
      case MessageId::schema_multiple_of:
        return true;
      default:
        return false;
    }
  };
  std::vector<Diagnostic> found;
  DiagnosticBudget budget(found, omitted, max_kept);
  std::unordered_set<std::uint64_t> unusable;  // offsets of the values said unusable
  const std::string& file = doc.source().name();
  for (yaml::NodeId id = 0; id < doc.node_count(); ++id) {
    if (doc.is_alias(id)) continue;
    const yaml::JsonType type = yaml::json_type(doc, id);
    if (type != yaml::JsonType::number && type != yaml::JsonType::integer) continue;
    const std::string_view text = doc.text(id);
    const std::optional<ExactNumber> value = yaml::number_value(doc, id);
    const auto why = number_out_of_range(value);
    if (!why && !schema::is_ambiguous_thousands(text)) continue;
    const Location where = doc.location(id);
    // Past the cap a diagnostic is only counted: its pointer is not worth building.
    const std::string pointer = budget.full(file) ? std::string() : doc.pointer(id);
    if (why) {
      unusable.insert(where.offset);
      // A number of a hundred thousand digits is named by its start.
      constexpr std::size_t kShown = 24;
      const std::string shown =
          text.size() > kShown ? std::string(text.substr(0, kShown)) + "…" : std::string(text);
      budget.add(Diagnostic::error(MessageId::qobj_number_range, {shown, *why}, where, pointer));
      continue;
    }
    std::string grouped_away;
    for (const char c : text) {
      if (c != '.') grouped_away += c;
    }
    // Where the schema wants a whole number (a count), 1.500 can only mean 1500: one message
    // saying so, in place of the schema's "expected a whole number".
    const auto whole_wanted = std::find_if(diagnostics.begin() + static_cast<std::ptrdiff_t>(first),
                                           diagnostics.end(), [&](const Diagnostic& d) {
                                             return d.message == MessageId::schema_type &&
                                                    d.location.offset == where.offset;
                                           });
    if (whole_wanted != diagnostics.end()) {
      diagnostics.erase(whole_wanted);
      budget.add(Diagnostic::error(MessageId::qobj_thousands_separator,
                                   {std::string(text), grouped_away}, where, pointer));
      continue;
    }
    // The decimal meaning written so that it cannot be read as thousands: 1.15 for 1.150, and
    // 1.0120 for 1.012, whose shortest form is the ambiguous text itself.
    std::string decimal = to_decimal_string(*value);
    if (decimal == text) decimal += '0';
    budget.add(Diagnostic::error(
        MessageId::qobj_ambiguous_number,
        {std::string(text), to_decimal_string(*value), grouped_away, decimal}, where, pointer));
  }
  if (!unusable.empty()) {
    diagnostics.erase(
        std::remove_if(diagnostics.begin() + static_cast<std::ptrdiff_t>(first), diagnostics.end(),
                       [&](const Diagnostic& d) {
                         return superseded(d.message) && unusable.count(d.location.offset) > 0;
                       }),
        diagnostics.end());
  }
  diagnostics.insert(diagnostics.end(), std::make_move_iterator(found.begin()),
                     std::make_move_iterator(found.end()));
}

}  // namespace qobj::formats
