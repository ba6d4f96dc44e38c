// `qobj init`: the files a secretary starts an agency's year with, from the templates in
// templates/ (compiled in): an objectives file with one live objective and a commented example
// of every common target kind, and a measurements file with its header and commented records.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diag/language.hpp"

namespace qobj::cycle {

struct InitRequest {
  std::string agency_id;    // a slug: so-tu-phap
  std::string agency_name;  // "Sở Tư pháp"
  int year = 0;
  Lang lang = Lang::vi;    // of the comments and the example wording
  std::string schema_dir;  // where the editor modeline finds the schemas
};

struct NewFile {
  std::string name;  // objectives.yaml, measurements.yaml
  std::string text;
};

std::vector<NewFile> init_files(const InitRequest& request);

// An agency id from a folder's name, as a secretary names it: "Sở Tư pháp 2026" and
// "so-tu-phap-2026" both give "so-tu-phap" (accents dropped, a trailing year left out).
std::string agency_id_from(std::string_view folder_name);

}  // namespace qobj::cycle
