#include "cli/report_outputs.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "cli/terminal.hpp"
#include "core/output/atomic_file.hpp"

namespace qobj::cli {

std::variant<std::vector<Output>, int> plan_outputs(const GlobalOptions& global, Lang lang,
                                                    const ReportCommand& command) {
  const auto named = report::format_from_name(command.format);
  if (command.outputs.empty())
    return std::vector<Output>{{"", named.value_or(report::ReportFormat::table)}};
  std::vector<Output> outputs;
  std::vector<std::filesystem::path> seen;
  for (const std::string& path : command.outputs) {
    const auto format = named ? named : report::format_from_extension(path);
    if (!format) return report_error(global, lang, MessageId::output_unknown_extension, {path});
    std::error_code error;
    const auto resolved = std::filesystem::weakly_canonical(path, error);
    if (std::find(seen.begin(), seen.end(), resolved) != seen.end())
      return report_error(global, lang, MessageId::output_twice, {path});
    seen.push_back(resolved);
    outputs.push_back({path, *format});
  }
  return outputs;
}

std::optional<int> refuse_inputs(const GlobalOptions& global, Lang lang,
                                 const std::vector<Output>& outputs, const CheckResult& checked) {
  for (const Output& output : outputs) {
    if (output.path.empty()) continue;
    for (const auto& source : checked.sources) {
      std::error_code error;
      if (std::filesystem::equivalent(output.path, source->name(), error))
        return report_error(global, lang, MessageId::output_is_input, {output.path});
    }
  }
  return std::nullopt;
}

bool write_output(const GlobalOptions& global, Lang lang, const Output& output,
                  const eval::Evaluation& evaluation, const ReportCommand& command) {
  report::RenderOptions options{lang, false, command.bom, {command.number, command.place}};
  const auto failed = [&](const std::string& path, const std::string& why) {
    report_error(global, lang, MessageId::output_write_failed, {path, why});
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
    report_error(global, lang, MessageId::output_binary_to_terminal, {});
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

}  // namespace qobj::cli
