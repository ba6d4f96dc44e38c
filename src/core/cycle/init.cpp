#include "core/cycle/init.hpp"

#include <string>

#include "core/text/unicode.hpp"

namespace qobj::cycle {

std::string_view objectives_template_vi();
std::string_view objectives_template_en();
std::string_view measurements_template_vi();
std::string_view measurements_template_en();

namespace {

// Text inside a double-quoted YAML scalar: its quotes and backslashes escaped.
std::string double_quoted_content(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string filled(std::string_view text, const InitRequest& request) {
  const std::pair<std::string_view, std::string> values[] = {
      {"{{agency_id}}", request.agency_id},
      {"{{agency_name}}", double_quoted_content(request.agency_name)},
      {"{{previous_year}}", std::to_string(request.year - 1)},
      {"{{year}}", std::to_string(request.year)},
      {"{{schema_dir}}", request.schema_dir},
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    bool replaced = false;
    if (text[at] == '{') {
      for (const auto& [placeholder, value] : values) {
        if (text.substr(at, placeholder.size()) == placeholder) {
          out += value;
          at += placeholder.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[at++];
  }
  return out;
}

}  // namespace

std::vector<NewFile> init_files(const InitRequest& request) {
  const bool vi = request.lang == Lang::vi;
  return {
      {"objectives.yaml",
       filled(vi ? objectives_template_vi() : objectives_template_en(), request)},
      {"measurements.yaml",
       filled(vi ? measurements_template_vi() : measurements_template_en(), request)},
  };
}

std::string agency_id_from(std::string_view folder_name) {
  const std::string plain = text::strip_accents(folder_name);
  std::string id;
  for (const char c : plain) {
    const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
      id += lower;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  // "so-tu-phap-2026": the year is the folder's, not the agency's.
  const std::size_t dash = id.rfind('-');
  if (dash != std::string::npos && id.size() - dash == 5 &&
      id.find_first_not_of("0123456789", dash + 1) == std::string::npos)
    id.erase(dash);
  return id;
}

}  // namespace qobj::cycle
