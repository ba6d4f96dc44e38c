#include "cli/terminal.hpp"

#include <unistd.h>

#include <cstdlib>

namespace qobj::cli {

namespace {

std::string_view env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string_view() : std::string_view(value);
}

}  // namespace

bool use_colour(ColourMode mode, std::FILE* stream) {
  if (mode != ColourMode::automatic) return mode == ColourMode::always;
  return env("NO_COLOR").empty() && isatty(fileno(stream)) != 0;
}

Lang choose_language(const GlobalOptions& options) {
  if (options.lang) return *options.lang;
  return language_from_environment(
      {env("QOBJ_LANG"), env("LC_ALL"), env("LC_MESSAGES"), env("LANG")});
}

}  // namespace qobj::cli
