#include <cstdio>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "core/check/check.hpp"
#include "core/diag/machine_renderers.hpp"
#include "core/diag/text_renderer.hpp"
#include "qobj_version.hpp"

namespace qobj::cli {

namespace {

std::string render_text(const CheckResult& result, const TextRenderOptions& render,
                        bool context_shown) {
  const SourceLookup sources = [&result](const std::string& name) {
    return result.find_source(name);
  };
  std::string out;
  for (const Diagnostic& diagnostic : result.diagnostics) {
    out += render_diagnostic(diagnostic, sources, render);
  }
  out += render_omitted(result.omitted, render);
  out += render_check_notes(result.skipped, result.context, context_shown, render);
  out += render_check_summary(result.files_checked, result.diagnostics, render, result.omitted);
  return out;
}

}  // namespace

int run_check(const GlobalOptions& global, const CheckCommand& command) {
  CheckOptions options;
  options.max_file_size = command.max_file_size;
  options.jobs = command.jobs;
  options.schema_path = command.schema;
  options.strict = command.strict;
  options.excludes.patterns = command.excludes;
  options.load_context = !command.no_context;
  options.report_context = command.context_diagnostics;
  options.only_qobj = command.only_qobj;
  options.keep_model = false;  // what it says is all check needs
  options.as_of = command.as_of.empty() ? local_today() : *parse_date(command.as_of);
  const CheckResult result = check_paths(command.paths, options);

  const Lang lang = choose_language(global);
  const CheckSummaryData data{result.files_checked, &result.diagnostics, &result.omitted,
                              &result.skipped, &result.context};
  std::string out;
  switch (command.format) {
    case DiagnosticFormat::json:
      out = render_diagnostics_json(data, lang);
      break;
    case DiagnosticFormat::sarif:
      out = render_diagnostics_sarif(data, lang, kQobjVersion);
      break;
    case DiagnosticFormat::github:
      out = render_diagnostics_github(data, lang);
      break;
    case DiagnosticFormat::gitlab:
      out = render_diagnostics_gitlab(data, lang);
      break;
    case DiagnosticFormat::text:
      // Colour only ever goes to the terminal, and only in text.
      out = render_text(result, {lang, use_colour(global.colour, stdout)},
                        command.context_diagnostics);
      break;
  }
  write_stdout(out);

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
