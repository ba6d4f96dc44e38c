#include "cli/terminal.hpp"

#include <unistd.h>

#include <cstdlib>

#include "cli/exit_codes.hpp"
#include "core/diag/text_renderer.hpp"

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

int report_error(const GlobalOptions& global, Lang lang, MessageId message,
                 std::vector<MessageArg> args) {
  const Diagnostic d = Diagnostic::error(message, std::move(args), Location{"qobj report"});
  const std::string out =
      render_diagnostic(d, nullptr, TextRenderOptions{lang, use_colour(global.colour, stderr)});
  std::fwrite(out.data(), 1, out.size(), stderr);
  return kExitUsageOrIo;
}

}  // namespace qobj::cli
