#include <chrono>
#include <cstdio>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"
#include "core/check/check.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/eval/evaluate.hpp"
#include "core/report/json_report.hpp"
#include "core/report/text_report.hpp"

namespace qobj::cli {

namespace {

Date today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return make_date(static_cast<int>(ymd.year()),
                   static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day())));
}

}  // namespace

int run_report(const GlobalOptions& global, const ReportCommand& command) {
  CheckOptions options;
  options.max_file_size = command.max_file_size;
  const CheckResult checked = check_paths(command.paths, options);
  const Lang lang = choose_language(global);

  // Invalid input stops the report, with the same diagnostics as qobj check, on stderr.
  if (checked.outcome != CheckOutcome::ok) {
    const TextRenderOptions render{lang, use_colour(global.colour, stderr)};
    const SourceLookup sources = [&checked](const std::string& name) {
      return checked.find_source(name);
    };
    std::string out;
    for (const Diagnostic& d : checked.diagnostics) {
      if (d.severity == Severity::error) out += render_diagnostic(d, sources, render);
    }
    std::fwrite(out.data(), 1, out.size(), stderr);
    return checked.outcome == CheckOutcome::io_failure ? kExitUsageOrIo : kExitInvalidInput;
  }

  const Date as_of = command.as_of.empty() ? today() : *parse_date(command.as_of);
  eval::Evaluation evaluation = eval::evaluate(checked.repository, as_of);
  if (!command.unit.empty() || !command.objective.empty()) {
    eval::restrict_to(evaluation, command.unit, command.objective);
  }
  const std::string out = command.json ? report::render_json_report(evaluation)
                                       : report::render_text_report(
                                             evaluation, {lang, use_colour(global.colour, stdout)});
  std::fwrite(out.data(), 1, out.size(), stdout);

  for (const auto& agency : evaluation.agencies) {
    for (const auto& objective : agency.objectives) {
      for (const auto& code : command.fail_on) {
        if (eval::verdict_code(objective.verdict) == code && !objective.objective->is_group)
          return kExitPolicyFailed;
      }
    }
  }
  return kExitOk;
}

}  // namespace qobj::cli
