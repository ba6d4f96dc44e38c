#include "core/import/measurements_text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/check/check.hpp"
#include "core/text/join.hpp"
#include "core/yaml/document.hpp"
#include "core/yaml/flow_commas.hpp"

namespace qobj::import {

namespace {

// Text for a double-quoted scalar: control characters (a file name may hold them) dropped.
std::string quoted(std::string_view text) {
  std::string clean;
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) clean += c;
  }
  return yaml::double_quoted(clean);
}

std::string period_yaml(const Period& p) {
  return fmt::format("{{start: {}, end: {}}}", p.start.to_string(), p.end.to_string());
}

// "{received: 14250, …}" in the form's order; a column the report lacks is left out.
std::string columns_yaml(const model::OneStopCounts& counts, const std::string& continuation) {
  std::string out = "{";
  std::size_t line_length = 0;
  bool first = true;
  for (const auto& [column, key] : model::CodeTable<model::OneStopColumn>::entries) {
    if (!counts[column]) continue;
    std::string item = fmt::format("{}: {}", key, to_decimal_string(*counts[column]));
    if (!first) {
      if (line_length + item.size() > 72) {
        out += ",\n" + continuation;
        line_length = 0;
      } else {
        out += ", ";
      }
    }
    out += item;
    line_length += item.size() + 2;
    first = false;
  }
  return out + "}";
}

Diagnostic error_at(MessageId id, std::vector<MessageArg> args, Location at) {
  return Diagnostic::error(id, std::move(args), std::move(at));
}

// The start of the line holding `offset`.
std::size_t line_start(std::string_view text, std::size_t offset) {
  const std::size_t newline = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  return newline == std::string_view::npos || offset == 0 ? 0 : newline + 1;
}

// Where a block at the top level ends before `next_key`: above the blank and comment lines that
// introduce the next key.
std::size_t end_before(std::string_view text, std::size_t next_key) {
  std::size_t end = line_start(text, next_key);
  while (end > 0) {
    const std::size_t previous = line_start(text, end - 1);
    const std::string_view line = text.substr(previous, end - previous);
    const std::size_t first = line.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && line[first] != '#') break;
    if (first != std::string_view::npos && first != 0) break;  // an indented comment: the list's
    end = previous;
  }
  return end;
}

}  // namespace

std::string records_yaml(const ImportResult& result, const ImportRequest& request,
                         const std::string& indent) {
  const std::string definition(model::code_of(request.definition));
  const std::string inner = indent + "  ";
  std::string out;
  for (const ImportedPeriod& p : result.periods) {
    out += fmt::format("{}- target: {}\n", indent, request.target);
    out += fmt::format("{}period: {}\n", inner, period_yaml(p.period));
    if (p.score) {
      // A score as the index gives it; its maximum is the target's out_of.
      out += fmt::format("{}value: {}\n", inner, to_decimal_string(*p.score));
      out += fmt::format("{}imported_from: {{file: {}, pointer: {}}}\n", inner, quoted(p.file),
                         quoted(p.pointer));
      continue;
    }
    out += fmt::format("{}definition: {}\n", inner, definition);
    if (p.reported_percent) {
      // The percentage as the report prints it, without its counts: reported, unverifiable.
      // With the decimals printed, which say how it was rounded (docs/evaluation.md). Three
      // (or six) take one more zero, for "98.995" would read as 98 995 (qobj.ambiguous-number);
      // a target of at most three decimals is judged the same either way.
      const int printed = p.reported_decimals;
      const int places = printed > 0 && printed % 3 == 0 ? printed + 1 : printed;
      out += fmt::format("{}value: {}\n", inner, to_decimal_string(*p.reported_percent, places));
    } else {
      if (const auto terms = model::apply_definition(request.definition, p.counts).terms) {
        out += fmt::format("{}numerator: {}\n", inner, to_decimal_string(terms->numerator));
        out += fmt::format("{}denominator: {}\n", inner, to_decimal_string(terms->denominator));
      }
      out += fmt::format("{}one_stop: {}\n", inner,
                         columns_yaml(p.counts, inner + std::string(11, ' ')));
    }
    std::string from = "{file: " + quoted(p.file);
    if (!p.sheet.empty()) from += ", sheet: " + quoted(p.sheet);
    if (p.row != 0) from += fmt::format(", row: {}", p.row);
    if (sgn(request.tolerance) > 0)
      from += fmt::format(", tolerance: {}", to_decimal_string(request.tolerance));
    out += fmt::format("{}imported_from: {}}}\n", inner, from);
  }
  return out;
}

std::string new_measurements_text(const ImportResult& result, const ImportRequest& request,
                                  const std::string& source, const std::string& schema_dir,
                                  Lang lang) {
  std::string out = "# yaml-language-server: $schema=" + schema_dir + "/measurements.schema.json\n";
  // The layouts the reports were in: "Biểu 06/VPCP/KSTT", a mapping's name.
  std::vector<std::string> layouts;
  for (const ImportedPeriod& p : result.periods) {
    if (std::find(layouts.begin(), layouts.end(), p.layout) == layouts.end())
      layouts.push_back(p.layout);
  }
  out += fmt::format(
      fmt::runtime(lang == Lang::vi
                       ? "# Số liệu nhập bằng qobj import one-stop từ báo cáo của bộ phận một "
                         "cửa, mẫu: {}.\n"
                       : "# Imported with qobj import one-stop from the one-stop shop's reports, "
                         "layout: {}.\n"),
      text::join(layouts));
  out += "format: qobj/measurements\nversion: 1\n";
  out += fmt::format("agency: {}\nyear: {}\n", request.agency, result.year);
  if (result.reporting_year)
    out += fmt::format("reporting_year: {}\n", period_yaml(*result.reporting_year));
  if (!source.empty()) out += "source: " + quoted(source) + "\n";
  out += "\nrecords:\n";
  out += records_yaml(result, request, "  ");
  return out;
}

Appended append_records(const std::string& name, const std::string& existing,
                        const ImportResult& result, const ImportRequest& request) {
  Appended out;
  CheckResult checked = check_texts({{name, existing}}, CheckOptions{});
  Location whole;
  whole.file = name;
  const model::Repository& repo = checked.repository;
  if (repo.measurements.size() != 1) {
    // Not a sound measurements file: its own problems first, or what it is instead.
    for (Diagnostic& d : checked.diagnostics) {
      if (d.severity == Severity::error) out.diagnostics.push_back(std::move(d));
    }
    if (out.diagnostics.empty())
      out.diagnostics.push_back(error_at(MessageId::import_not_measurements, {name}, whole));
    return out;
  }
  const model::MeasurementsFile& file = repo.measurements.front();
  const yaml::Document& doc = *repo.documents[file.document];
  if (file.agency != request.agency || file.year != result.year) {
    out.diagnostics.push_back(error_at(
        MessageId::import_other_file,
        {name, file.agency, std::to_string(file.year), request.agency, std::to_string(result.year)},
        doc.location(doc.root())));
    return out;
  }
  if (file.reporting_year != result.reporting_year) {
    const Period calendar = year_period(result.year);
    out.diagnostics.push_back(
        error_at(MessageId::import_reporting_year_differs,
                 {name, MessageArg(std::vector<Period>{file.reporting_year.value_or(calendar)}),
                  MessageArg(std::vector<Period>{result.reporting_year.value_or(calendar)})},
                 doc.location(file.reporting_year ? file.reporting_year_origin.node : doc.root())));
    return out;
  }
  // Where the records go: the end of the `records:` list.
  const std::string_view text = doc.source().text();
  std::optional<yaml::NodeId> records;
  std::optional<std::uint32_t> next_key;
  for (const yaml::Entry entry : doc.entries(doc.root())) {
    if (records && !next_key) next_key = doc.offset(entry.key);
    if (doc.text(entry.key) == "records") records = entry.value;
  }
  const std::size_t content_start = existing.size() - text.size();  // a byte order mark
  std::string body(text);
  if (!body.empty() && body.back() != '\n') body += '\n';
  if (!records) {
    body += "\nrecords:\n" + records_yaml(result, request, "  ");
  } else if (doc.kind(*records) == yaml::NodeKind::sequence && doc.size(*records) > 0 &&
             text[doc.offset(*records)] != '[') {
    // A block list: its items' indentation, after its last item.
    const yaml::NodeId first = *doc.items(*records).begin();
    const std::size_t start = line_start(text, doc.offset(first));
    const std::string_view line = text.substr(start);
    const std::string indent(line.substr(0, line.find_first_not_of(' ')));
    const std::size_t at = next_key ? end_before(body, *next_key) : body.size();
    body.insert(at, records_yaml(result, request, indent));
  } else if (doc.kind(*records) == yaml::NodeKind::sequence && doc.size(*records) == 0 &&
             text[doc.offset(*records)] == '[') {
    // `records: []`, as qobj init writes it: the list replaces the brackets.
    const std::size_t open = doc.offset(*records);
    const std::size_t close = text.find(']', open);
    std::size_t line_end = text.find('\n', close);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string comment(text.substr(close + 1, line_end - close - 1));
    body.replace(open, line_end - open,
                 comment + "\n" + records_yaml(result, request, "  ").substr(0));
    // The list now starts on the next line: drop the space left after "records:".
    if (open > 0 && body[open - 1] == ' ') body.erase(open - 1, 1);
  } else if (doc.kind(*records) == yaml::NodeKind::scalar && doc.text(*records).empty()) {
    std::size_t line_end = text.find('\n', doc.offset(*records));
    if (line_end == std::string_view::npos) line_end = text.size();
    body.insert(std::min(line_end + 1, body.size()), records_yaml(result, request, "  "));
  } else {
    out.diagnostics.push_back(
        error_at(MessageId::import_records_not_block, {name}, doc.location(*records)));
    return out;
  }
  // A file written with CRLF (a Windows editor) keeps it on the lines added.
  if (body.find("\r\n") != std::string::npos) {
    std::string crlf;
    crlf.reserve(body.size() + body.size() / 16);
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (body[i] == '\n' && (i == 0 || body[i - 1] != '\r')) crlf += '\r';
      crlf += body[i];
    }
    body = std::move(crlf);
  }
  out.text = existing.substr(0, content_start) + body;
  return out;
}

}  // namespace qobj::import
