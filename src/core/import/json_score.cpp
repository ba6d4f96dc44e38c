#include "core/import/json_score.hpp"

#include <tuple>

#include "core/diag/catalogue.hpp"
#include "core/import/one_stop_form.hpp"
#include "core/import/sheet.hpp"
#include "core/text/json_pointer.hpp"
#include "core/text/unicode.hpp"
#include "core/yaml/core_schema.hpp"
#include "core/yaml/reader.hpp"

namespace qobj::import {

namespace {

// A score as the file gives it: a JSON number, or a text "17,35" / "17.35".
std::optional<ExactNumber> score_of(const yaml::Document& doc, yaml::NodeId node) {
  if (doc.kind(node) != yaml::NodeKind::scalar) return std::nullopt;
  const yaml::JsonType type = yaml::json_type(doc, node);
  if (type == yaml::JsonType::integer || type == yaml::JsonType::number)
    return yaml::number_value(doc, node);
  if (type != yaml::JsonType::string) return std::nullopt;
  const auto parsed = parse_percent(trimmed_cell(doc.text(node)));
  if (!parsed) return std::nullopt;
  ExactNumber n;
  n.value = parsed->first;
  return n;
}

std::optional<Date> date_of(std::string_view text) {
  if (const auto iso = parse_date(text)) return iso;
  return parse_vietnamese_date(text);
}

}  // namespace

std::optional<yaml::NodeId> resolve_pointer(const yaml::Document& doc, yaml::NodeId from,
                                            std::string_view pointer) {
  yaml::NodeId at = from;
  while (!pointer.empty()) {
    if (pointer.front() != '/') return std::nullopt;
    pointer.remove_prefix(1);
    const std::size_t end = std::min(pointer.find('/'), pointer.size());
    const std::string token = text::unescape_pointer_token(pointer.substr(0, end));
    pointer.remove_prefix(end);
    if (doc.kind(at) == yaml::NodeKind::mapping) {
      const auto found = doc.find(at, token);
      if (!found) return std::nullopt;
      at = *found;
    } else if (doc.kind(at) == yaml::NodeKind::sequence) {
      // An index: digits, without a leading zero (RFC 6901).
      if (token.empty() || token.size() > 9 || (token.size() > 1 && token[0] == '0') ||
          token.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
      std::size_t index = std::stoul(token);
      if (index >= doc.size(at)) return std::nullopt;
      for (const yaml::NodeId item : doc.items(at)) {
        if (index-- == 0) {
          at = item;
          break;
        }
      }
    } else {
      return std::nullopt;
    }
  }
  return at;
}

JsonScoreReading read_json_score(std::string name, std::string bytes, const Layout& layout) {
  JsonScoreReading out;
  const JsonScore& json = *layout.json;
  const std::string file = name;
  yaml::ReadResult read = yaml::read_yaml(std::move(name), std::move(bytes));
  out.source = read.source;
  out.diagnostics = std::move(read.diagnostics);
  if (!read.document || has_errors(out.diagnostics)) return out;
  const yaml::Document& doc = *read.document;
  const yaml::NodeId root = doc.root();
  out.at = doc.location(root);
  const auto missing = [&](const std::string& pointer, std::string_view key, yaml::NodeId near) {
    out.diagnostics.push_back(Diagnostic::error(
        MessageId::import_json_missing, {file, pointer, "json: " + std::string(key), layout.file},
        doc.location(near)));
  };

  // The period, from the root.
  std::optional<Date> start, end;
  for (const auto& [pointer, key, day] :
       {std::tuple{json.start, "start", &start}, std::tuple{json.end, "end", &end}}) {
    const auto node = resolve_pointer(doc, root, pointer);
    if (!node) {
      missing(pointer, key, root);
      continue;
    }
    const std::string_view written = trimmed_cell(doc.text(*node));
    *day = doc.kind(*node) == yaml::NodeKind::scalar ? date_of(written) : std::nullopt;
    if (!*day)
      out.diagnostics.push_back(Diagnostic::error(
          MessageId::import_json_not_a_date, {std::string(written), pointer}, doc.location(*node)));
  }
  if (start && end) out.period = Period{*start, *end};

  // The agency's element: by its name among the rows, or the whole file.
  yaml::NodeId body = root;
  std::string body_pointer;
  if (!json.rows.empty()) {
    const auto rows = resolve_pointer(doc, root, json.rows);
    if (!rows || doc.kind(*rows) != yaml::NodeKind::sequence) {
      missing(json.rows, "rows", root);
      return out;
    }
    const std::string wanted = text::folded_word(layout.take_row);
    std::optional<yaml::NodeId> taken;
    std::size_t index = 0, taken_index = 0;
    for (const yaml::NodeId row : doc.items(*rows)) {
      const auto named = resolve_pointer(doc, row, json.name);
      if (named && doc.kind(*named) == yaml::NodeKind::scalar &&
          text::folded_word(doc.text(*named)) == wanted) {
        if (taken) {
          out.diagnostics.push_back(
              Diagnostic::error(MessageId::import_row_twice,
                                {json.rows + "/" + std::to_string(taken_index),
                                 json.rows + "/" + std::to_string(index), layout.take_row},
                                doc.location(row)));
          return out;
        }
        taken = row;
        taken_index = index;
      }
      ++index;
    }
    if (!taken) {
      out.diagnostics.push_back(Diagnostic::error(
          MessageId::import_row_not_found, {layout.take_row, layout.file}, doc.location(*rows)));
      return out;
    }
    body = *taken;
    body_pointer = json.rows + "/" + std::to_string(taken_index);
  }

  out.pointer = body_pointer + json.score;
  const auto score = resolve_pointer(doc, body, json.score);
  if (!score) {
    missing(out.pointer, "score", body);
    return out;
  }
  out.at = doc.location(*score);
  const auto value = score_of(doc, *score);
  if (!value || !value->is_finite() || sgn(value->value) < 0 ||
      compare(*value, json.out_of).value_or(1) > 0) {
    out.diagnostics.push_back(
        Diagnostic::error(MessageId::import_json_not_a_score,
                          {std::string(doc.text(*score)), to_decimal_string(json.out_of)}, out.at));
    return out;
  }
  out.score = value;
  return out;
}

}  // namespace qobj::import
