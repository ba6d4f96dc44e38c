#include <cstdio>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"
#include "core/check/check.hpp"
#include "core/diag/text_renderer.hpp"

namespace qobj::cli {

int run_check(const GlobalOptions& global, const CheckCommand& command) {
  CheckOptions options;
  options.max_file_size = command.max_file_size;
  options.schema_path = command.schema;
  const CheckResult result = check_paths(command.paths, options);

  const TextRenderOptions render{choose_language(global), use_colour(global.colour, stdout)};
  const SourceLookup sources = [&result](const std::string& name) {
    return result.find_source(name);
  };
  std::string out;
  for (const Diagnostic& diagnostic : result.diagnostics) {
    out += render_diagnostic(diagnostic, sources, render);
  }
  out += render_check_summary(result.files_checked, result.diagnostics, render);
  std::fwrite(out.data(), 1, out.size(), stdout);

  switch (result.outcome) {
    case CheckOutcome::ok:
      return kExitOk;
    case CheckOutcome::invalid_input:
      return kExitInvalidInput;
    case CheckOutcome::io_failure:
      return kExitUsageOrIo;
  }
  return kExitInternal;
}

}  // namespace qobj::cli
