#include "core/import/mapping.hpp"

#include "core/formats/builtin_schemas.hpp"
#include "core/formats/import_mapping.hpp"
#include "core/schema/validate.hpp"
#include "core/text/unicode.hpp"
#include "core/yaml/core_schema.hpp"
#include "core/yaml/reader.hpp"

namespace qobj::import {

namespace {

std::optional<ColumnRole> role_of(std::string_view code, model::OneStopColumn& count) {
  if (code == "number") return ColumnRole::number;
  if (code == "label") return ColumnRole::label;
  if (code == "ignore") return ColumnRole::ignore;
  if (code == "percent") return ColumnRole::percent;
  if (const auto column = model::from_code<model::OneStopColumn>(code)) {
    count = *column;
    return ColumnRole::count;
  }
  return std::nullopt;
}

std::vector<std::string> strings_of(const yaml::Document& doc, std::optional<yaml::NodeId> list) {
  std::vector<std::string> out;
  if (!list) return out;
  for (const yaml::NodeId item : doc.items(*list)) out.push_back(text::to_nfc(doc.text(item)));
  return out;
}

// A sound mapping (formats::check_import_mapping found nothing) into a layout.
Layout read_layout(const yaml::Document& doc) {
  const yaml::NodeId root = doc.root();
  Layout layout;
  layout.file = doc.source().name();
  layout.name = text::to_nfc(doc.text(*doc.find(root, "name")));
  if (const auto find_by = doc.find(root, "find_by"); find_by && doc.text(*find_by) == "headings")
    layout.anchor = TableAnchor::headings;
  if (const auto json = doc.find(root, "json")) {
    JsonScore score;
    const auto pointer = [&](std::string_view key) {
      const auto node = doc.find(*json, key);
      return node ? std::string(doc.text(*node)) : std::string();
    };
    score.rows = pointer("rows");
    score.name = pointer("name");
    score.score = pointer("score");
    score.start = pointer("start");
    score.end = pointer("end");
    score.out_of = *yaml::number_value(doc, *doc.find(*json, "out_of"));
    layout.json = std::move(score);
  }
  const auto columns = doc.find(root, "columns");
  for (const yaml::NodeId item : columns ? doc.items(*columns) : yaml::ChildRange{}) {
    LayoutColumn column;
    yaml::NodeId role_node = item;
    if (doc.kind(item) == yaml::NodeKind::mapping) {
      role_node = *doc.find(item, "role");
      if (const auto heading = doc.find(item, "heading"))
        column.heading = text::to_nfc(doc.text(*heading));
      if (const auto definition = doc.find(item, "definition"))
        column.definition = *model::from_code<model::OneStopDefinition>(doc.text(*definition));
    }
    column.role = *role_of(doc.text(role_node), column.count);
    layout.columns.push_back(std::move(column));
  }
  for (const std::string& label : strings_of(doc, doc.find(root, "total_rows")))
    layout.total_labels.push_back(text::folded_word(label));
  layout.known_rows = strings_of(doc, doc.find(root, "rows"));
  if (const auto take = doc.find(root, "take_row")) layout.take_row = text::to_nfc(doc.text(*take));
  return layout;
}

}  // namespace

MappingReading read_mapping(std::string name, std::string bytes) {
  MappingReading out;
  yaml::ReadResult read = yaml::read_yaml(std::move(name), std::move(bytes));
  out.source = read.source;
  out.diagnostics = std::move(read.diagnostics);
  if (!read.document || has_errors(out.diagnostics)) return out;
  const yaml::Document& doc = *read.document;
  const auto kind = formats::detect_kind(doc, out.diagnostics);
  if (!kind) return out;
  if (*kind != formats::FileKind::import_mapping) {
    out.diagnostics.push_back(Diagnostic::error(MessageId::import_not_a_mapping,
                                                {doc.source().name()}, doc.location(doc.root())));
    return out;
  }
  std::vector<Diagnostic> invalid =
      schema::validate(formats::builtin_schema(formats::FileKind::import_mapping), doc);
  out.diagnostics.insert(out.diagnostics.end(), invalid.begin(), invalid.end());
  if (has_errors(out.diagnostics)) return out;
  std::vector<Diagnostic> unsound = formats::check_import_mapping(doc);
  out.diagnostics.insert(out.diagnostics.end(), unsound.begin(), unsound.end());
  if (has_errors(out.diagnostics)) return out;
  out.layout = read_layout(doc);
  return out;
}

}  // namespace qobj::import
