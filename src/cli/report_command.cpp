#include <algorithm>
#include <chrono>
#include <cstdio>
#include <variant>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_outputs.hpp"
#include "cli/terminal.hpp"
#include "core/check/check.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/eval/evaluate.hpp"

namespace qobj::cli {

namespace {

Date today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return make_date(static_cast<int>(ymd.year()),
                   static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day())));
}

// "a, b, c", each once, in the order first seen.
std::string joined(const std::vector<std::string>& items) {
  std::vector<std::string> seen;
  std::string out;
  for (const auto& item : items) {
    if (std::find(seen.begin(), seen.end(), item) != seen.end()) continue;
    seen.push_back(item);
    out += (out.empty() ? "" : ", ") + item;
  }
  return out;
}

// Applies --unit and --objective; when they (or --year) leave nothing, says which matched
// nothing, with what there is to choose from, and returns the exit code.
std::optional<int> select(const GlobalOptions& global, Lang lang, const ReportCommand& command,
                          const model::Repository& repository, eval::Evaluation& evaluation) {
  if (command.year && evaluation.agencies.empty()) {
    std::vector<std::string> years;
    for (const auto& file : repository.objectives) years.push_back(std::to_string(file.year));
    std::sort(years.begin(), years.end());
    return report_error(global, lang, MessageId::report_no_such_year,
                        {std::to_string(*command.year), joined(years)});
  }
  if (command.unit.empty() && command.objective.empty()) return std::nullopt;
  // What could have been chosen, gathered before filtering (ids only, not a copy).
  const bool by_unit = !command.unit.empty();
  std::vector<std::string> known;
  for (const auto& agency : evaluation.agencies) {
    for (const auto& o : agency.objectives) {
      const std::string& id = by_unit ? o.objective->unit : o.objective->id;
      if (!id.empty()) known.push_back(id);
    }
  }
  eval::restrict_to(evaluation, command.unit, command.objective);
  if (!evaluation.agencies.empty()) return std::nullopt;
  return report_error(
      global, lang, MessageId::report_nothing_selected,
      {by_unit ? "--unit" : "--objective", by_unit ? command.unit : command.objective,
       known.empty() ? std::string("—") : joined(known)});
}

}  // namespace

int run_report(const GlobalOptions& global, const ReportCommand& command) {
  const Lang lang = choose_language(global);
  auto planned = plan_outputs(global, lang, command);
  if (const int* failed = std::get_if<int>(&planned)) return *failed;
  const std::vector<Output>& outputs = std::get<std::vector<Output>>(planned);

  CheckOptions options;
  options.max_file_size = command.max_file_size;
  const CheckResult checked = check_paths(command.paths, options);

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

  if (const auto refused = refuse_inputs(global, lang, outputs, checked)) return *refused;

  const Date as_of = command.as_of.empty() ? today() : *parse_date(command.as_of);
  eval::Evaluation evaluation = eval::evaluate(checked.repository, as_of, command.year);
  if (const auto failed = select(global, lang, command, checked.repository, evaluation))
    return *failed;
  bool written = true;
  for (const Output& output : outputs) {
    written = write_output(global, lang, output, evaluation, command) && written;
  }
  if (!written) return kExitUsageOrIo;

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
