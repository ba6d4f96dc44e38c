#include "core/import/mapping.hpp"

#include "core/formats/builtin_schemas.hpp"
#include "core/schema/validate.hpp"
#include "core/text/unicode.hpp"
#include "core/yaml/reader.hpp"

namespace qobj::import {

namespace {

std::optional<ColumnRole> role_of(std::string_view code, model::OneStopColumn& count) {
  if (code == "number") return ColumnRole::number;
  if (code == "label") return ColumnRole::label;
  if (code == "ignore") return ColumnRole::ignore;
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

// The schema-valid document into a layout; what the schema cannot say (one label column, a
// counted column once) said at the column.
std::optional<Layout> read_layout(const yaml::Document& doc, std::vector<Diagnostic>& out) {
  const yaml::NodeId root = doc.root();
  Layout layout;
  layout.file = doc.source().name();
  layout.name = text::to_nfc(doc.text(*doc.find(root, "name")));
  if (const auto find_by = doc.find(root, "find_by"); find_by && doc.text(*find_by) == "headings")
    layout.anchor = TableAnchor::headings;
  const yaml::NodeId columns = *doc.find(root, "columns");
  std::size_t labels = 0;
  for (const yaml::NodeId item : doc.items(columns)) {
    LayoutColumn column;
    yaml::NodeId role_node = item;
    if (doc.kind(item) == yaml::NodeKind::mapping) {
      role_node = *doc.find(item, "role");
      if (const auto heading = doc.find(item, "heading"))
        column.heading = text::to_nfc(doc.text(*heading));
    }
    column.role = *role_of(doc.text(role_node), column.count);
    if (column.role == ColumnRole::label) ++labels;
    const std::string number = std::to_string(layout.columns.size() + 1);
    if (layout.anchor == TableAnchor::headings && column.heading.empty()) {
      out.push_back(Diagnostic::error(MessageId::import_mapping_heading_needed,
                                      {number, std::string(doc.text(role_node))},
                                      doc.location(item), doc.pointer(item)));
    }
    // A column counted twice would count its dossiers twice; a second STT or name column
    // cannot be told from the first.
    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
      const LayoutColumn& before = layout.columns[i];
      const bool same = before.role == column.role &&
                        (column.role != ColumnRole::count || before.count == column.count) &&
                        column.role != ColumnRole::ignore;
      if (!same) continue;
      out.push_back(
          Diagnostic::error(MessageId::import_mapping_column_twice,
                            {std::string(doc.text(role_node)), layout.column_name(i), number},
                            doc.location(role_node), doc.pointer(role_node)));
      break;
    }
    layout.columns.push_back(std::move(column));
  }
  if (labels == 0) {
    out.push_back(Diagnostic::error(MessageId::import_mapping_no_label, {}, doc.location(columns),
                                    doc.pointer(columns)));
  }
  for (std::string& label : strings_of(doc, doc.find(root, "total_rows")))
    layout.total_labels.push_back(text::folded_word(label));
  layout.known_rows = strings_of(doc, doc.find(root, "rows"));
  if (const auto take = doc.find(root, "take_row")) layout.take_row = text::to_nfc(doc.text(*take));
  if (has_errors(out)) return std::nullopt;
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
  out.layout = read_layout(doc, out.diagnostics);
  return out;
}

}  // namespace qobj::import
