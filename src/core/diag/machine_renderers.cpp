#include "core/diag/machine_renderers.hpp"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/diag/catalogue.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/text/safe_text.hpp"

namespace qobj {

using Json = nlohmann::ordered_json;  // stable key order: outputs diff cleanly

namespace {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

std::string hint_text(const Diagnostic& d, Lang lang) {
  return d.hint ? format_message(*d.hint, lang, d.args) : format_hint(d.message, lang, d.args);
}

std::size_t count(const std::vector<Diagnostic>& diagnostics, Severity severity) {
  std::size_t n = 0;
  for (const auto& d : diagnostics) n += d.severity == severity ? 1 : 0;
  return n;
}

// SARIF wants URIs: percent-encode what is not an unreserved character or a path separator.
std::string to_uri(std::string_view path) {
  std::string out;
  for (const char c : path) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += fmt::format("%{:02X}", b);
    }
  }
  return out;
}

Json sarif_location(const Location& location) {
  Json physical;
  physical["artifactLocation"] = {{"uri", to_uri(location.file)}};
  if (location.line > 0) {
    physical["region"] = {{"startLine", location.line}, {"startColumn", location.column}};
  }
  return Json{{"physicalLocation", physical}};
}

// GitHub workflow commands: % and line breaks are escaped in the message, and also : and ,
// in properties.
std::string github_escape(std::string_view raw, bool property) {
  // A CI log is a terminal: what one would act on is shown, not sent (text/safe_text.hpp).
  const std::string text = text::show_unsafe(raw);
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

Json omitted_json(const CheckSummaryData& data) {
  Json list = Json::array();
  if (data.omitted == nullptr) return list;
  for (const auto& [file, counts] : data.omitted->by_file) {
    list.push_back({{"file", file}, {"errors", counts.errors}, {"warnings", counts.warnings}});
  }
  return list;
}

}  // namespace

std::string message_with_hint(const Diagnostic& d, Lang lang) {
  std::string text = format_message(d.message, lang, d.args);
  const std::string hint = hint_text(d, lang);
  if (!hint.empty())
    text += fmt::format(" ({}: {})", format_message(MessageId::ui_hint, lang), hint);
  return text;
}

std::string render_diagnostics_json(const CheckSummaryData& data, Lang lang) {
  Json out;
  out["format"] = "qobj/diagnostics";
  out["version"] = 1;
  out["files_checked"] = data.files_checked;
  out["files_skipped"] = data.skipped ? *data.skipped : std::vector<std::string>{};
  out["context_files"] = data.context ? *data.context : std::vector<std::string>{};
  const SeverityCounts omitted = data.omitted ? data.omitted->total() : SeverityCounts{};
  out["errors"] = count(*data.diagnostics, Severity::error) + omitted.errors;
  out["warnings"] = count(*data.diagnostics, Severity::warning) + omitted.warnings;
  Json list = Json::array();
  for (const Diagnostic& d : *data.diagnostics) {
    Json item;
    item["severity"] = severity_name(d.severity);
    item["code"] = message_code(d.message);
    item["message"] = format_message(d.message, lang, d.args);
    const std::string hint = hint_text(d, lang);
    item["hint"] = hint.empty() ? Json(nullptr) : Json(hint);
    item["file"] = d.location.file;
    item["line"] = d.location.line;
    item["column"] = d.location.column;
    item["offset"] = d.location.offset;
    if (!d.location.cell.empty()) item["cell"] = d.location.cell;
    item["pointer"] = d.pointer;
    if (d.related) {
      item["related"] = {{"message", format_message(d.related->note, lang, d.args)},
                         {"file", d.related->location.file},
                         {"line", d.related->location.line},
                         {"column", d.related->location.column},
                         {"offset", d.related->location.offset}};
    }
    list.push_back(std::move(item));
  }
  out["diagnostics"] = std::move(list);
  // The diagnostics counted but not listed, past the caps (docs/limits.md).
  out["omitted"] = omitted_json(data);
  return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string render_diagnostics_sarif(const CheckSummaryData& data, Lang lang,
                                     std::string_view tool_version) {
  std::map<std::string, Json> rules;  // one per code, sorted
  Json results = Json::array();
  for (const Diagnostic& d : *data.diagnostics) {
    const std::string code(message_code(d.message));
    if (!rules.count(code)) {
      rules[code] = {{"id", code},
                     {"shortDescription", {{"text", format_message(d.message, Lang::en, d.args)}}},
                     {"helpUri", "https://qobj.invalid/docs/diagnostics#" + code}};
    }
    Json result;
    result["ruleId"] = code;
    result["level"] = severity_name(d.severity);
    result["message"] = {{"text", message_with_hint(d, lang)}};
    result["locations"] = Json::array({sarif_location(d.location)});
    if (d.related) {
      Json related = sarif_location(d.related->location);
      related["id"] = 1;
      related["message"] = {{"text", format_message(d.related->note, lang, d.args)}};
      result["relatedLocations"] = Json::array({related});
    }
    if (!d.pointer.empty()) result["properties"] = {{"jsonPointer", d.pointer}};
    results.push_back(std::move(result));
  }
  Json rule_list = Json::array();
  for (auto& [code, rule] : rules) rule_list.push_back(std::move(rule));
  Json driver = {{"name", "qobj"},
                 {"version", std::string(tool_version)},
                 {"informationUri", "https://qobj.invalid/"},
                 {"rules", std::move(rule_list)}};
  Json run = {{"tool", {{"driver", std::move(driver)}}},
              {"columnKind", "unicodeCodePoints"},
              {"results", std::move(results)}};
  if (data.omitted && !data.omitted->empty()) run["properties"] = {{"omitted", omitted_json(data)}};
  Json sarif = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", Json::array({std::move(run)})}};
  return sarif.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string render_diagnostics_github(const CheckSummaryData& data, Lang lang) {
  std::string out;
  for (const Diagnostic& d : *data.diagnostics) {
    const std::string_view command = d.severity == Severity::error     ? "error"
                                     : d.severity == Severity::warning ? "warning"
                                                                       : "notice";
    std::string properties = "file=" + github_escape(d.location.file, true);
    if (d.location.line > 0) {
      properties += fmt::format(",line={},col={}", d.location.line, d.location.column);
    }
    properties += ",title=" + github_escape(message_code(d.message), true);
    out += fmt::format("::{} {}::{}\n", command, properties,
                       github_escape(message_with_hint(d, lang), false));
  }
  if (data.omitted) {
    // The same lines as the terminal's: one per file, or one for all past a few files.
    const std::string said = render_omitted(*data.omitted, {lang, false});
    std::size_t start = 0;
    while (start < said.size()) {
      const std::size_t end = said.find('\n', start);
      out += "::warning title=qobj.omitted::" +
             github_escape(std::string_view(said).substr(start, end - start), false) + "\n";
      start = end + 1;
    }
  }
  return out;
}

namespace {

// FNV-1a, 64 bits: a fingerprint that stays the same from run to run for the same finding.
std::string fingerprint_of(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return fmt::format("{:016x}", hash);
}

// A path as GitLab matches it to the repository's files: without "./".
std::string repository_path(std::string_view path) {
  while (path.starts_with("./")) path.remove_prefix(2);
  return std::string(path);
}

}  // namespace

std::string render_diagnostics_gitlab(const CheckSummaryData& data, Lang lang) {
  Json issues = Json::array();
  std::map<std::string, int> seen;  // the same finding twice still needs two fingerprints
  const auto add = [&](std::string_view severity, std::string_view code, const std::string& path,
                       std::uint32_t line, const std::string& message) {
    // Not the line: a line added above a finding must not make it a new one in the merge
    // request's widget. The same finding twice in a file gets its occurrence counted.
    const std::string key = fmt::format("{}|{}|{}", code, path, message);
    const int occurrence = seen[key]++;
    Json issue;
    issue["type"] = "issue";
    issue["check_name"] = std::string(code);
    issue["description"] = message;
    issue["categories"] = Json::array({"Bug Risk"});
    issue["severity"] = std::string(severity);
    issue["fingerprint"] = fingerprint_of(key + "|" + std::to_string(occurrence));
    issue["location"]["path"] = path;
    issue["location"]["lines"]["begin"] = std::max<std::uint32_t>(line, 1);
    issues.push_back(std::move(issue));
  };
  for (const Diagnostic& d : *data.diagnostics) {
    const std::string_view severity = d.severity == Severity::error     ? "major"
                                      : d.severity == Severity::warning ? "minor"
                                                                        : "info";
    add(severity, message_code(d.message), repository_path(d.location.file), d.location.line,
        text::replace_unsafe(message_with_hint(d, lang)));
  }
  if (data.omitted) {
    for (const auto& [file, counts] : data.omitted->by_file) {
      Omitted one;
      one.by_file[file] = counts;
      std::string said = render_omitted(one, {lang, false});
      while (!said.empty() && said.back() == '\n') said.pop_back();
      add(counts.errors > 0 ? "major" : "minor", "qobj.omitted", repository_path(file), 1,
          text::replace_unsafe(said));
    }
  }
  return issues.dump(2) + "\n";
}

}  // namespace qobj
