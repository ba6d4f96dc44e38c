// What every output must be whatever the input (issue 10), checked inside the fuzz targets:
// a violation aborts, so libFuzzer keeps the input that caused it.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/safe_text.hpp"
#include "core/text/utf8.hpp"

namespace qobj::fuzz {

[[noreturn]] inline void violated(std::string_view what, std::string_view output) {
  std::fprintf(stderr, "output check failed: %.*s\n--- output (first 2000 bytes) ---\n%.*s\n",
               static_cast<int>(what.size()), what.data(),
               static_cast<int>(std::min<std::size_t>(output.size(), 2000)), output.data());
  std::abort();
}

inline void require(bool condition, std::string_view what, std::string_view output) {
  if (!condition) violated(what, output);
}

// Valid UTF-8 without control characters or noncharacters: for XML, JSON, CSV, HTML, Markdown.
inline void check_safe_text(std::string_view output, std::string_view format) {
  require(text::is_safe_text(output), std::string(format) + ": unsafe character", output);
}

// For a terminal: the only escape sequences are qobj's own colours, ESC [ digits ; m.
inline void check_terminal(std::string_view output) {
  for (std::size_t i = 0; i < output.size(); ++i) {
    if (output[i] != '\x1b') continue;
    std::size_t j = i + 1;
    bool ok = j < output.size() && output[j] == '[';
    for (++j; ok && j < output.size() && output[j] != 'm'; ++j) {
      ok = (output[j] >= '0' && output[j] <= '9') || output[j] == ';';
    }
    require(ok && j < output.size(), "terminal: an escape sequence that is not a colour", output);
    i = j;
  }
  // A carriage return would let text overwrite a line qobj wrote.
  require(output.find('\r') == std::string_view::npos, "terminal: a carriage return", output);
  std::string without_escapes;
  for (std::size_t i = 0; i < output.size(); ++i) {
    if (output[i] == '\x1b') {
      while (i < output.size() && output[i] != 'm') ++i;
      continue;
    }
    without_escapes += output[i];
  }
  check_safe_text(without_escapes, "terminal");
}

// JSON escapes control characters and may hold noncharacters: valid UTF-8, no raw control.
inline void check_json(std::string_view output) {
  require(!text::find_invalid_utf8(output), "json: invalid UTF-8", output);
  for (const char c : output) {
    const auto byte = static_cast<unsigned char>(c);
    require(byte >= 0x20 || c == '\n' || c == '\r' || c == '\t', "json: a raw control character",
            output);
  }
  const auto parsed = nlohmann::json::parse(output.begin(), output.end(), nullptr, false);
  require(!parsed.is_discarded(), "json: does not parse", output);
}

// XML 1.0 well-formedness, enough for qobj's writers: safe characters, every tag closed in
// order, '&' only in the five entities or numeric references, '<' only opening markup.
inline void check_xml(std::string_view output) {
  check_safe_text(output, "xml");
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < output.size()) {
    const char c = output[i];
    if (c == '&') {
      const std::size_t end = output.find(';', i);
      require(end != std::string_view::npos && end - i <= 10, "xml: a bare &", output);
      const std::string_view entity = output.substr(i + 1, end - i - 1);
      require(entity == "amp" || entity == "lt" || entity == "gt" || entity == "quot" ||
                  entity == "apos" || (!entity.empty() && entity[0] == '#'),
              "xml: an unknown entity", output);
      i = end + 1;
      continue;
    }
    if (c != '<') {
      ++i;
      continue;
    }
    if (output.substr(i, 4) == "<!--") {
      const std::size_t end = output.find("-->", i);
      require(end != std::string_view::npos, "xml: an unclosed comment", output);
      i = end + 3;
      continue;
    }
    if (output.substr(i, 2) == "<?" || output.substr(i, 2) == "<!") {
      const std::size_t end = output.find('>', i);
      require(end != std::string_view::npos, "xml: an unclosed declaration", output);
      i = end + 1;
      continue;
    }
    const std::size_t end = output.find('>', i);
    require(end != std::string_view::npos, "xml: an unclosed tag", output);
    std::string_view tag = output.substr(i + 1, end - i - 1);
    // Attribute values are quoted and escaped: a '<' inside one would be an error.
    require(tag.find('<') == std::string_view::npos, "xml: '<' inside a tag", output);
    if (!tag.empty() && tag[0] == '/') {
      const std::string name(tag.substr(1));
      require(!open.empty() && open.back() == name, "xml: a closing tag out of order", output);
      open.pop_back();
    } else if (!tag.empty() && tag.back() != '/') {
      open.emplace_back(tag.substr(0, tag.find_first_of(" \t\n")));
    }
    i = end + 1;
  }
  require(open.empty(), "xml: tags left open", output);
}

// RFC 4180 cells; none a spreadsheet would run as a formula (numbers excepted).
inline void check_csv(std::string_view output) {
  check_safe_text(output, "csv");
  std::size_t i = output.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (i < output.size()) {
    std::string cell;
    if (output[i] == '"') {
      for (++i; i < output.size(); ++i) {
        if (output[i] == '"') {
          if (i + 1 < output.size() && output[i + 1] == '"') {
            cell += '"';
            ++i;
          } else {
            ++i;
            break;
          }
        } else {
          cell += output[i];
        }
      }
    } else {
      while (i < output.size() && output[i] != ',' && output[i] != '\r' && output[i] != '\n')
        cell += output[i++];
    }
    if (!cell.empty() && std::string_view("=+-@\t\r").find(cell[0]) != std::string_view::npos) {
      char* end = nullptr;
      std::strtod(cell.c_str(), &end);
      require(end == cell.c_str() + cell.size(), "csv: a cell read as a formula", output);
    }
    if (i < output.size() && output[i] == '\r') ++i;
    if (i < output.size() && (output[i] == ',' || output[i] == '\n')) ++i;
  }
}

// HTML: safe text, and no coordinate that is not a number.
inline void check_html(std::string_view output) {
  check_safe_text(output, "html");
  for (const std::string_view bad : {"=\"nan", "=\"inf", "=\"-nan", "=\"-inf"}) {
    require(output.find(bad) == std::string_view::npos, "html: a coordinate that is not a number",
            output);
  }
}

}  // namespace qobj::fuzz
