#include "core/formats/import_mapping.hpp"

#include <optional>
#include <string>

#include "core/text/unicode.hpp"

namespace qobj::formats {

namespace {

// How a message names the mapping's column `index` (0-based): "(3)", "(3) «Tổng số»", or
// «Tổng số» when the table is found by headings.
std::string column_name(std::size_t index, const std::string& heading, bool by_headings) {
  if (by_headings) return "«" + heading + "»";
  const std::string number = "(" + std::to_string(index + 1) + ")";
  return heading.empty() ? number : number + " «" + heading + "»";
}

}  // namespace

std::vector<Diagnostic> check_import_mapping(const yaml::Document& doc) {
  std::vector<Diagnostic> out;
  const yaml::NodeId root = doc.root();
  const auto error = [&](MessageId id, std::vector<MessageArg> args, yaml::NodeId node) {
    out.push_back(Diagnostic::error(id, std::move(args), doc.location(node), doc.pointer(node)));
  };
  // A name that folds to nothing ("(*)", "-") would match any blank-looking cell, or none.
  const auto check_name = [&](yaml::NodeId node) {
    if (text::folded_word(doc.text(node)).empty())
      error(MessageId::import_mapping_empty_name, {std::string(doc.text(node))}, node);
  };
  const auto find_by = doc.find(root, "find_by");
  const bool by_headings = find_by && doc.text(*find_by) == "headings";
  const auto columns = doc.find(root, "columns");
  // A mapping reads either a table or a score in a JSON file.
  if (const auto json = doc.find(root, "json")) {
    for (const char* key : {"columns", "find_by", "total_rows", "rows"}) {
      if (const auto table_key = doc.find(root, key))
        error(MessageId::import_mapping_table_or_json, {std::string(key)}, *table_key);
    }
    // Among several bodies, the agency's is found by its name.
    const auto rows = doc.find(*json, "rows");
    if (rows && (!doc.find(*json, "name") || !doc.find(root, "take_row")))
      error(MessageId::import_mapping_json_row, {}, *rows);
    if (!rows && doc.find(root, "take_row"))
      error(MessageId::import_mapping_json_row, {}, *doc.find(root, "take_row"));
    if (const auto take = doc.find(root, "take_row")) check_name(*take);
    return out;
  }
  if (!columns) {
    error(MessageId::import_mapping_nothing_read, {}, root);
    return out;
  }
  struct Seen {
    std::string role, heading;
  };
  std::vector<Seen> seen;
  bool label = false;
  for (const yaml::NodeId item : doc.items(*columns)) {
    yaml::NodeId role_node = item;
    std::string heading;
    std::optional<yaml::NodeId> definition;
    if (doc.kind(item) == yaml::NodeKind::mapping) {
      role_node = *doc.find(item, "role");
      if (const auto h = doc.find(item, "heading")) {
        heading = text::to_nfc(doc.text(*h));
        check_name(*h);
      }
      definition = doc.find(item, "definition");
    }
    const std::string role(doc.text(role_node));
    const std::string number = std::to_string(seen.size() + 1);
    // A printed percentage is one ratio among several: which one decides what it may stand for.
    if (role == "percent" && !definition)
      error(MessageId::import_mapping_percent_definition,
            {column_name(seen.size(), heading, by_headings)}, item);
    if (role != "percent" && definition)
      error(MessageId::import_mapping_definition_unused,
            {column_name(seen.size(), heading, by_headings)}, *definition);
    if (role == "label") label = true;
    if (by_headings && heading.empty())
      error(MessageId::import_mapping_heading_needed, {number, role}, item);
    // A column counted twice would count its dossiers twice; a second STT or name column
    // cannot be told from the first.
    for (std::size_t i = 0; i < seen.size(); ++i) {
      if (role == "ignore" || seen[i].role != role) continue;
      error(MessageId::import_mapping_column_twice,
            {role, column_name(i, seen[i].heading, by_headings), number}, role_node);
      break;
    }
    seen.push_back({role, heading});
  }
  if (!label) error(MessageId::import_mapping_no_label, {}, *columns);
  for (const char* key : {"rows", "total_rows"}) {
    if (const auto list = doc.find(root, key)) {
      for (const yaml::NodeId item : doc.items(*list)) check_name(item);
    }
  }
  if (const auto take = doc.find(root, "take_row")) check_name(*take);
  return out;
}

}  // namespace qobj::formats
