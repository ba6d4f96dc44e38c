#include "cli/version.hpp"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <fmt/format.h>
#include <gmp.h>
#include <pcre2.h>
#include <utf8proc.h>
#include <xlsxwriter.h>

#include <nlohmann/json_fwd.hpp>

#include "qobj_revision.hpp"
#include "qobj_version.hpp"

namespace qobj::cli {

std::string version_text(std::string_view cli11) {
  std::string out = fmt::format("qobj {} (git {})\n", kQobjVersion, kQobjRevision);
  out += fmt::format(
      "libraries: yaml-cpp {}, GMP {}, PCRE2 {}.{}, utf8proc {}, fmt {}.{}.{}, libxlsxwriter {}, "
      "nlohmann-json {}.{}.{}, CLI11 {}\n",
      QOBJ_YAML_CPP_VERSION, gmp_version, PCRE2_MAJOR, PCRE2_MINOR, utf8proc_version(),
      FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100, lxw_version(),
      NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR, NLOHMANN_JSON_VERSION_PATCH, cli11);
  out += kQobjStaticDeps
             ? "linked in: yaml-cpp, GMP, PCRE2, utf8proc, libstdc++; fmt header-only; shared: "
               "libxlsxwriter (with minizip, zlib, libcrypto) and libc\n"
             : "linked: every library shared\n";
  return out;
}

}  // namespace qobj::cli
