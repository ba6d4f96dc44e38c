#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <variant>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"
#include "core/check/check.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/eval/evaluate.hpp"
#include "core/output/atomic_file.hpp"
#include "core/report/render.hpp"

namespace qobj::cli {

namespace {

Date today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return make_date(static_cast<int>(ymd.year()),
                   static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day())));
}

// A mistake in what the command asked for, said like every other diagnostic.
int usage_error(const GlobalOptions& global, Lang lang, MessageId message,
                std::vector<MessageArg> args) {
  Diagnostic d = Diagnostic::error(message, std::move(args), Location{"qobj report"});
  const std::string out =
      render_diagnostic(d, nullptr, TextRenderOptions{lang, use_colour(global.colour, stderr)});
  std::fwrite(out.data(), 1, out.size(), stderr);
  return kExitUsageOrIo;
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

// Says which filter matched nothing, with what there is to choose from; nullopt when the
// filters left something.
std::optional<int> check_selection(const GlobalOptions& global, Lang lang,
                                   const ReportCommand& command,
                                   const model::Repository& repository,
                                   const eval::Evaluation& unfiltered,
                                   const eval::Evaluation& filtered) {
  if (command.year && unfiltered.agencies.empty()) {
    std::vector<std::string> years;
    for (const auto& file : repository.objectives) years.push_back(std::to_string(file.year));
    std::sort(years.begin(), years.end());
    return usage_error(global, lang, MessageId::report_no_such_year,
                       {std::to_string(*command.year), joined(years)});
  }
  if (!filtered.agencies.empty() || unfiltered.agencies.empty()) return std::nullopt;
  std::vector<std::string> known;
  for (const auto& agency : unfiltered.agencies) {
    for (const auto& o : agency.objectives) {
      const std::string& id = command.unit.empty() ? o.objective->id : o.objective->unit;
      if (!id.empty()) known.push_back(id);
    }
  }
  const bool by_unit = !command.unit.empty();
  return usage_error(
      global, lang, MessageId::report_nothing_selected,
      {by_unit ? "--unit" : "--objective", by_unit ? command.unit : command.objective,
       known.empty() ? std::string("—") : joined(known)});
}

// Where the report goes: a file, or standard output when `path` is empty.
struct Output {
  std::string path;
  report::ReportFormat format = report::ReportFormat::table;
};

// The outputs asked for, each with its format; a usage error when one cannot be told.
std::variant<std::vector<Output>, int> plan_outputs(const GlobalOptions& global, Lang lang,
                                                    const ReportCommand& command) {
  const auto named = report::format_from_name(command.format);
  if (command.outputs.empty())
    return std::vector<Output>{{"", named.value_or(report::ReportFormat::table)}};
  std::vector<Output> outputs;
  std::vector<std::filesystem::path> seen;
  for (const std::string& path : command.outputs) {
    const auto format = named ? named : report::format_from_extension(path);
    if (!format) return usage_error(global, lang, MessageId::output_unknown_extension, {path});
    std::error_code error;
    const auto resolved = std::filesystem::weakly_canonical(path, error);
    if (std::find(seen.begin(), seen.end(), resolved) != seen.end())
      return usage_error(global, lang, MessageId::output_twice, {path});
    seen.push_back(resolved);
    outputs.push_back({path, *format});
  }
  return outputs;
}

// Refuses an output that is one of the files read: the report would replace its own input.
std::optional<int> refuse_inputs(const GlobalOptions& global, Lang lang,
                                 const std::vector<Output>& outputs, const CheckResult& checked) {
  for (const Output& output : outputs) {
    if (output.path.empty()) continue;
    for (const auto& source : checked.sources) {
      std::error_code error;
      if (std::filesystem::equivalent(output.path, source->name(), error))
        return usage_error(global, lang, MessageId::output_is_input, {output.path});
    }
  }
  return std::nullopt;
}

// Writes one output; false (with the error said) when it could not be written whole.
bool write_output(const GlobalOptions& global, Lang lang, const Output& output,
                  const eval::Evaluation& evaluation, const ReportCommand& command) {
  report::RenderOptions options{lang, false, command.bom};
  const auto failed = [&](const std::string& path, const std::string& why) {
    usage_error(global, lang, MessageId::output_write_failed, {path, why});
    return false;
  };
  if (output.path.empty() && !report::is_binary(output.format)) {
    options.colour =
        output.format == report::ReportFormat::table && use_colour(global.colour, stdout);
    report::render_report(output.format, evaluation, options, [](std::string_view piece) {
      std::fwrite(piece.data(), 1, piece.size(), stdout);
    });
    return true;
  }
  if (output.path.empty() && ::isatty(::fileno(stdout))) {
    usage_error(global, lang, MessageId::output_binary_to_terminal, {});
    return false;
  }
  // A file is written beside its destination and renamed over it once complete. A workbook
  // for standard output is written to a temporary file first, then copied.
  const std::string path =
      output.path.empty() ? (std::filesystem::temp_directory_path() / "qobj-report.xlsx").string()
                          : output.path;
  std::string error;
  auto file = output::AtomicFile::create(path, error);
  if (!file) return failed(path, error);
  if (report::is_binary(output.format)) {
    if (!report::write_xlsx_report(evaluation, options, file->temp_path(), error))
      return failed(path, error);
  } else {
    report::render_report(output.format, evaluation, options,
                          [&file](std::string_view piece) { file->write(piece); });
  }
  if (output.path.empty()) {
    std::ifstream in(file->temp_path(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
    return true;  // the temporary file goes with `file`
  }
  if (!file->commit(error)) return failed(path, error);
  return true;
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
  if (command.year || !command.unit.empty() || !command.objective.empty()) {
    const eval::Evaluation unfiltered = evaluation;
    eval::restrict_to(evaluation, command.unit, command.objective);
    if (const auto failed =
            check_selection(global, lang, command, checked.repository, unfiltered, evaluation))
      return *failed;
  }
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
