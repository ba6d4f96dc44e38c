#include "cli/run.hpp"

#include <csignal>
#include <cstdio>
#include <exception>
#include <type_traits>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"
#include "core/output/atomic_file.hpp"

namespace qobj::cli {

int run(int argc, const char* const* argv) {
  // A closed pipe (qobj report | head) is a write error, said and exited with 3, not a
  // signal that kills the process mid-line.
  std::signal(SIGPIPE, SIG_IGN);
  output::remove_temporaries_on_signals();
  try {
    const ParsedCommandLine parsed = parse_command_line(argc, argv);
    if (parsed.exit_code) return finish_stdout(parsed.global, *parsed.exit_code);
    if (const auto* check = std::get_if<CheckCommand>(&parsed.command)) {
      return finish_stdout(parsed.global, run_check(parsed.global, *check));
    }
    if (const auto* schema = std::get_if<SchemaCommand>(&parsed.command)) {
      return finish_stdout(parsed.global, run_schema(*schema));
    }
    if (const auto* report = std::get_if<ReportCommand>(&parsed.command)) {
      return finish_stdout(parsed.global, run_report(parsed.global, *report));
    }
    if (const auto* init = std::get_if<InitCommand>(&parsed.command)) {
      return finish_stdout(parsed.global, run_init(parsed.global, *init));
    }
    if (const auto* new_year = std::get_if<NewYearCommand>(&parsed.command)) {
      return finish_stdout(parsed.global, run_new_year(parsed.global, *new_year));
    }
    if (const auto* diff = std::get_if<DiffCommand>(&parsed.command)) {
      return finish_stdout(parsed.global, run_diff(parsed.global, *diff));
    }
    if (const auto* import = std::get_if<ImportCommand>(&parsed.command)) {
      return finish_stdout(parsed.global, run_import(parsed.global, *import));
    }
    if (const auto* document = std::get_if<DocumentCommand>(&parsed.command)) {
      return finish_stdout(parsed.global, run_document(parsed.global, *document));
    }
    return kExitUsageOrIo;
  } catch (const std::exception& error) {
    // A person's mistake is a diagnostic; only a bug reaches this point.
    std::fprintf(stderr,
                 "qobj: internal error: %s\nPlease report this with the input that caused it.\n",
                 error.what());
  } catch (...) {
    std::fprintf(stderr, "qobj: internal error\n");
  }
  return kExitInternal;
}

}  // namespace qobj::cli
