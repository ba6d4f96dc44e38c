// What `qobj --version` says: the version (one place: CMake's project()), the git revision the
// binary was built from, and the libraries it was built with and how they are linked.
#pragma once

#include <string>
#include <string_view>

namespace qobj::cli {

// `cli11` is CLI11's version, which only options.cpp may know.
std::string version_text(std::string_view cli11);

}  // namespace qobj::cli
