#include "cli/terminal.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli/exit_codes.hpp"
#include "core/diag/system_error.hpp"
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
                 std::vector<MessageArg> args, std::string where, std::optional<MessageId> hint) {
  Diagnostic d = Diagnostic::error(message, std::move(args), Location{std::move(where)});
  d.hint = hint;
  const std::string out =
      render_diagnostic(d, nullptr, TextRenderOptions{lang, use_colour(global.colour, stderr)});
  std::fwrite(out.data(), 1, out.size(), stderr);
  return kExitUsageOrIo;
}

namespace {
int g_stdout_errno = 0;  // why the first write to standard output failed
}  // namespace

void write_stdout(std::string_view bytes) {
  if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() && g_stdout_errno == 0)
    g_stdout_errno = errno;
}

int finish_stdout(const GlobalOptions& global, int code) {
  errno = 0;
  std::cout.flush();  // CLI11 writes --help with iostreams
  if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0 && std::cout.good()) return code;
  if (g_stdout_errno == 0) g_stdout_errno = errno;
  // A reader that stopped early (| head) is not a full disk: the advice differs.
  return report_error(
      global, choose_language(global), MessageId::output_standard_output,
      {system_error_arg(g_stdout_errno != 0 ? g_stdout_errno : EIO)}, "qobj",
      g_stdout_errno == EPIPE ? std::optional(MessageId::hint_stdout_pipe) : std::nullopt);
}

void print_diagnostics(const GlobalOptions& global, Lang lang,
                       const std::vector<Diagnostic>& diagnostics, const SourceLookup& sources,
                       const Omitted& omitted) {
  const TextRenderOptions render{lang, use_colour(global.colour, stderr)};
  std::string out;
  for (const Diagnostic& d : diagnostics) out += render_diagnostic(d, sources, render);
  out += render_omitted(omitted, render);
  std::fwrite(out.data(), 1, out.size(), stderr);
}

void print_check_errors(const GlobalOptions& global, Lang lang, const CheckResult& checked) {
  std::vector<Diagnostic> errors;
  for (const Diagnostic& d : checked.diagnostics) {
    if (d.severity == Severity::error) errors.push_back(d);
  }
  print_diagnostics(
      global, lang, errors,
      [&checked](const std::string& name) { return checked.find_source(name); }, checked.omitted);
}

}  // namespace qobj::cli
