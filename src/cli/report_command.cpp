#include <algorithm>
#include <cstdio>
#include <variant>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_outputs.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "core/check/check.hpp"
#include "core/diag/catalogue.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/eval/report_spec.hpp"
#include "core/eval/trend.hpp"
#include "core/parallel/parallel_for.hpp"
#include "core/province/by_parts.hpp"
#include "core/text/join.hpp"

namespace qobj::cli {

namespace {

// "a, b, c", or a dash for nothing.
std::string joined(const std::vector<std::string>& items) {
  return items.empty() ? std::string("—") : text::join(items);
}

// Every error of the check, in full, when the report cannot go on.
// The warnings of the files (missing data, ISO 6.2.2 plans…), a line each, before the report:
// qobj check gives them in full.
// With --summary-only (a province's hundreds of files), only how many there are.
void print_warnings(const GlobalOptions& global, Lang lang, const CheckResult& checked,
                    bool count_only) {
  TextRenderOptions render{lang, use_colour(global.colour, stderr)};
  render.brief = true;
  std::string out;
  std::size_t count = 0;
  for (const Diagnostic& d : checked.diagnostics) {
    if (d.severity != Severity::warning) continue;
    if (!count_only) out += render_diagnostic(d, nullptr, render);
    ++count;
  }
  if (count == 0) return;
  const std::string warnings =
      format_message(count == 1 ? MessageId::ui_warnings_one : MessageId::ui_warnings_other, lang,
                     {std::to_string(count)});
  out += format_message(MessageId::ui_report_warnings, lang, {warnings}) + "\n";
  std::fwrite(out.data(), 1, out.size(), stderr);
}

// The agencies a run over several sets aside: those whose files have errors, when every error
// is in a file of one and at least one other agency is left to report on; else none (the
// report stops, as for one agency).
std::vector<std::string> agencies_to_set_aside(const CheckResult& checked) {
  const auto with_errors = agencies_with_errors(checked);
  if (!with_errors || with_errors->empty()) return {};
  std::vector<std::string> all;
  for (const auto& [file, agency] : checked.file_agencies) all.push_back(agency);
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  if (all.size() < 2 || with_errors->size() >= all.size()) return {};
  return *with_errors;
}

// What stops a report when it chose nothing: said, with what there is, and its exit code.
int report_problem(const GlobalOptions& global, Lang lang, const ReportCommand& command,
                   eval::ReportOutcome::Problem problem, const std::vector<std::string>& known) {
  switch (problem) {
    case eval::ReportOutcome::Problem::no_such_year:
      return report_error(global, lang, MessageId::report_no_such_year,
                          {std::to_string(*command.year), joined(known)});
    case eval::ReportOutcome::Problem::no_such_unit:
      return report_error(global, lang, MessageId::report_nothing_selected,
                          {"--unit", command.unit, joined(known)});
    case eval::ReportOutcome::Problem::no_such_objective:
      return report_error(global, lang, MessageId::report_nothing_selected,
                          {"--objective", command.objective, joined(known)});
    case eval::ReportOutcome::Problem::none:
      break;
  }
  return kExitOk;
}

// A province checked in parts is reported in parts (province/by_parts.hpp): as the check
// went, when its guesses hold (the files read once), else a few agencies read again, evaluated,
// written and let go at a time.
int report_by_parts(const GlobalOptions& global, Lang lang, const std::vector<Output>& outputs,
                    const ReportCommand& command, const CheckResult& checked,
                    const CheckOptions& options, const eval::ReportSpec& spec,
                    std::unique_ptr<PartOutputs> guessed, province::Speculation* speculation) {
  const province::PartsPlan plan =
      province::plan_parts(checked, spec, options.files_per_part * worker_count(options.jobs));
  if (plan.problem != eval::ReportOutcome::Problem::none)
    return report_problem(global, lang, command, plan.problem, plan.known);
  std::unique_ptr<PartOutputs> written;
  province::PartsOutcome outcome;
  if (speculation && speculation->holds(plan, spec.set_aside)) {
    written = std::move(guessed);
    outcome = std::move(*speculation).finish(spec.set_aside);
  } else {
    guessed.reset();
    written = PartOutputs::open(global, lang, outputs, command);
    if (!written) return kExitUsageOrIo;
    outcome = province::write_parts(plan, options, spec, written->writers());
    if (!outcome.changed.empty())
      return report_error(global, lang, MessageId::report_file_changed,
                          {text::join(outcome.changed)});
  }
  if (!written->complete(outcome.rest)) return kExitUsageOrIo;
  // The report is written, but not of every agency: the errors fail the run.
  if (!spec.set_aside.empty()) return kExitInvalidInput;
  return outcome.failing.empty() ? kExitOk : kExitPolicyFailed;
}

}  // namespace

int run_report(const GlobalOptions& global, const ReportCommand& command) {
  const Lang lang = choose_language(global);
  auto planned = plan_outputs(global, lang, command);
  if (const int* failed = std::get_if<int>(&planned)) return *failed;
  const std::vector<Output>& outputs = std::get<std::vector<Output>>(planned);
  if (command.trend) {
    // Every year side by side: a year, a roll-up or a policy of one year does not apply.
    for (const auto& [given, option] : {std::pair{command.year.has_value(), "--year"},
                                        {command.summary_only, "--summary-only"},
                                        {!command.fail_on.empty(), "--fail-on"},
                                        {!command.number.empty(), "--number"},
                                        {!command.place.empty(), "--place"}}) {
      if (given) return report_error(global, lang, MessageId::ui_cli_trend_with, {option});
    }
    for (const Output& output : outputs) {
      if (!report::has_trend_format(output.format))
        return report_error(global, lang, MessageId::ui_cli_trend_format,
                            {std::string(report::format_name(output.format))});
    }
  }

  if (command.summary_only) {
    // The number and the place are those of one agency's report, which is not written.
    for (const auto& [given, option] :
         {std::pair{!command.number.empty(), "--number"}, {!command.place.empty(), "--place"}}) {
      if (given) return report_error(global, lang, MessageId::ui_cli_summary_only_with, {option});
    }
  }

  eval::ReportSpec spec;
  spec.as_of = command.as_of.empty() ? local_today() : *parse_date(command.as_of);
  spec.year = command.year;
  spec.unit = command.unit;
  spec.objective = command.objective;
  spec.jobs = command.jobs;
  spec.summary_only = command.summary_only;
  for (const auto& code : command.fail_on) {
    if (const auto verdict = eval::verdict_from_code(code)) spec.fail_on.push_back(*verdict);
  }

  CheckOptions options;
  options.max_file_size = command.max_file_size;
  options.jobs = command.jobs;
  options.as_of = spec.as_of;
  options.excludes.patterns = command.excludes;
  options.load_baseline_years = true;
  // A report that can be written part by part lets a province be checked so, and reported
  // as the check goes: memory follows its largest agencies, not the whole.
  options.keep_model = command.trend || !command.unit.empty() || !command.objective.empty() ||
                       !can_write_by_parts(outputs, command.summary_only);
  std::unique_ptr<PartOutputs> guessed;
  std::optional<province::Speculation> speculation;
  if (!options.keep_model) {
    guessed = PartOutputs::open(global, lang, outputs, command, false);
    if (guessed) {
      speculation.emplace(spec, guessed->writers());
      options.part_listener = &*speculation;
    }
  }
  const CheckResult checked = check_paths(command.paths, options);

  // Invalid input stops the report, with the same diagnostics as qobj check, on stderr; a run
  // over several agencies sets aside those whose files have errors and reports on the others.
  const std::vector<std::string> set_aside =
      checked.outcome == CheckOutcome::invalid_input && !command.trend
          ? agencies_to_set_aside(checked)
          : std::vector<std::string>{};
  if (checked.outcome != CheckOutcome::ok) {
    print_check_errors(global, lang, checked);
    if (set_aside.empty())
      return checked.outcome == CheckOutcome::io_failure ? kExitUsageOrIo : kExitInvalidInput;
  }
  spec.set_aside = set_aside;
  print_warnings(global, lang, checked, command.summary_only || command.trend);

  if (const auto refused = refuse_outputs(global, lang, outputs, checked)) return *refused;

  if (command.trend) {
    const eval::Trend trend =
        eval::evaluate_trend(checked.repository, spec.as_of, spec.jobs, spec.unit, spec.objective);
    return write_outputs(global, lang, outputs, eval::Evaluation{}, command, &trend)
               ? kExitOk
               : kExitUsageOrIo;
  }
  if (checked.in_parts)
    return report_by_parts(global, lang, outputs, command, checked, options, spec,
                           std::move(guessed), speculation ? &*speculation : nullptr);
  guessed.reset();
  eval::ReportOutcome outcome = eval::run_report(checked.repository, spec);
  if (outcome.problem != eval::ReportOutcome::Problem::none)
    return report_problem(global, lang, command, outcome.problem, outcome.known);
  // The roll-up alone is written from itself: what a report by parts holds at its end.
  if (command.summary_only) outcome.evaluation.agencies.clear();
  if (!write_outputs(global, lang, outputs, outcome.evaluation, command)) return kExitUsageOrIo;
  // The report is written, but not of every agency: the errors fail the run.
  if (!set_aside.empty()) return kExitInvalidInput;
  return outcome.failing.empty() ? kExitOk : kExitPolicyFailed;
}

}  // namespace qobj::cli
