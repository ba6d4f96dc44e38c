#include "cli/report_outputs.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "cli/terminal.hpp"
#include "core/diag/system_error.hpp"
#include "core/output/atomic_file.hpp"
#include "core/source/inputs.hpp"

namespace qobj::cli {

namespace {

constexpr std::string_view kStdoutName = "-";

// What a path that exists but is not a regular file is, in words; nullopt for a regular file
// or nothing at all.
std::optional<MessageId> not_regular(const std::string& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0 || S_ISREG(info.st_mode)) return std::nullopt;
  if (S_ISLNK(info.st_mode)) return MessageId::phrase_symlink;
  if (S_ISDIR(info.st_mode)) return MessageId::phrase_directory;
  if (S_ISFIFO(info.st_mode)) return MessageId::phrase_fifo;
  if (S_ISSOCK(info.st_mode)) return MessageId::phrase_socket;
  return MessageId::phrase_device;
}

// A file output being prepared: rendered into a temporary file beside its destination.
struct Prepared {
  const Output* output;
  output::AtomicFile file;
};

report::RenderOptions render_options(Lang lang, const ReportCommand& command) {
  return {lang,
          false,
          command.bom,
          {command.number, command.place, std::nullopt},
          command.summary_only,
          command.jobs};
}

// A file in the temporary directory ($TMPDIR, else /tmp) where what goes to standard output
// waits until it is complete; nothing (with `error`) when there is no such directory.
std::string held_for_stdout(std::string_view name, int& error) {
  std::error_code failed;
  const std::filesystem::path directory = std::filesystem::temp_directory_path(failed);
  error = failed.value();
  return failed ? std::string("$TMPDIR") : (directory / name).string();
}

// What waited in a file for standard output, handed on a piece at a time.
void copy_to_stdout(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string chunk(1 << 16, '\0');
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0)
    write_stdout(std::string_view(chunk.data(), static_cast<std::size_t>(in.gcount())));
}

bool write_failed(const GlobalOptions& global, Lang lang, const std::string& path, int why) {
  report_error(global, lang, MessageId::output_write_failed,
               {display_path(path), system_error_arg(why)});
  return false;
}

}  // namespace

std::variant<std::vector<Output>, int> plan_outputs(const GlobalOptions& global, Lang lang,
                                                    const ReportCommand& command) {
  const auto named = report::format_from_name(command.format);
  if (command.outputs.empty())
    return std::vector<Output>{{"", named.value_or(report::ReportFormat::table)}};
  std::vector<Output> outputs;
  std::vector<std::filesystem::path> seen;
  for (const std::string& path : command.outputs) {
    const bool to_stdout = path == kStdoutName;
    const auto format = named       ? named
                        : to_stdout ? report::ReportFormat::table
                                    : report::format_from_extension(path);
    if (!format) return report_error(global, lang, MessageId::output_unknown_extension, {path});
    std::error_code error;
    const auto resolved = to_stdout ? std::filesystem::path(kStdoutName)
                                    : std::filesystem::weakly_canonical(path, error);
    if (std::find(seen.begin(), seen.end(), resolved) != seen.end())
      return report_error(global, lang, MessageId::output_twice, {display_path(path)});
    seen.push_back(resolved);
    outputs.push_back({to_stdout ? std::string() : path, *format});
  }
  return outputs;
}

std::optional<int> refuse_outputs(const GlobalOptions& global, Lang lang,
                                  const std::vector<Output>& outputs, const CheckResult& checked) {
  for (const Output& output : outputs) {
    if (output.path.empty()) continue;
    if (const auto what = not_regular(output.path)) {
      return report_error(global, lang, MessageId::output_not_regular,
                          {display_path(output.path), *what});
    }
    const auto identity = identity_of(output.path);
    if (identity && std::find(checked.inputs_read.begin(), checked.inputs_read.end(), *identity) !=
                        checked.inputs_read.end()) {
      return report_error(global, lang, MessageId::output_is_input, {display_path(output.path)});
    }
  }
  return std::nullopt;
}

bool write_outputs(const GlobalOptions& global, Lang lang, const std::vector<Output>& outputs,
                   const eval::Evaluation& evaluation, const ReportCommand& command,
                   const eval::Trend* trend) {
  const report::RenderOptions plain = render_options(lang, command);
  const auto failed = [&](const std::string& path, int why) {
    return write_failed(global, lang, path, why);
  };
  // Renders into a temporary file: a workbook is written by name, the rest piece by piece.
  const auto render_into = [&](output::AtomicFile& file, report::ReportFormat format, int& error) {
    const report::Sink into_file = [&file](std::string_view piece) { file.write(piece); };
    if (trend != nullptr) {
      report::render_trend(format, *trend, plain, into_file);
      return true;
    }
    if (report::is_binary(format))
      return report::write_xlsx_report(evaluation, plain, file.temp_path(), error);
    report::render_report(format, evaluation, plain, into_file);
    return true;
  };

  std::vector<Prepared> prepared;
  for (const Output& output : outputs) {
    if (output.path.empty()) continue;
    int error = 0;
    auto file = output::AtomicFile::create(output.path, error);
    // Rendered, flushed and closed: a full disk is found here, before anything is replaced.
    if (!file || !render_into(*file, output.format, error) || !file->finish(error))
      return failed(output.path, error);
    prepared.push_back({&output, std::move(*file)});
  }

  for (const Output& output : outputs) {
    if (!output.path.empty()) continue;
    if (!report::is_binary(output.format)) {
      report::RenderOptions options = plain;
      options.colour =
          output.format == report::ReportFormat::table && use_colour(global.colour, stdout);
      if (trend != nullptr) {
        report::render_trend(output.format, *trend, options, write_stdout);
      } else {
        report::render_report(output.format, evaluation, options, write_stdout);
      }
      continue;
    }
    if (::isatty(::fileno(stdout))) {
      report_error(global, lang, MessageId::output_binary_to_terminal, {});
      return false;
    }
    // A workbook for standard output is written to a temporary file first, then copied.
    int error = 0;
    const std::string path = held_for_stdout("qobj-report.xlsx", error);
    if (error != 0) return failed(path, error);
    auto file = output::AtomicFile::create(path, error);
    if (!file || !render_into(*file, output.format, error)) return failed(path, error);
    copy_to_stdout(file->temp_path());
  }

  bool all_written = true;
  for (Prepared& p : prepared) {
    int error = 0;
    if (!p.file.commit(error)) all_written = failed(p.output->path, error) && all_written;
  }
  return all_written;
}

bool can_write_by_parts(const std::vector<Output>& outputs, bool summary_only) {
  for (const Output& output : outputs) {
    // A workbook is written whole at the end, from the roll-up alone.
    if (output.format == report::ReportFormat::xlsx
            ? !summary_only
            : !report::writes_in_parts(output.format, summary_only))
      return false;
  }
  return true;
}

PartOutputs::PartOutputs(const GlobalOptions& global, Lang lang, const std::vector<Output>& outputs,
                         const ReportCommand& command)
    : m_global(global),
      m_lang(lang),
      m_outputs(outputs),
      m_options(render_options(lang, command)),
      m_files(outputs.size()) {}

PartOutputs::~PartOutputs() = default;

std::unique_ptr<PartOutputs> PartOutputs::open(const GlobalOptions& global, Lang lang,
                                               const std::vector<Output>& outputs,
                                               const ReportCommand& command, bool final_write) {
  if (!final_write && std::any_of(outputs.begin(), outputs.end(), [](const Output& output) {
        return !output.path.empty() && not_regular(output.path);
      }))
    return nullptr;
  std::unique_ptr<PartOutputs> opened(new PartOutputs(global, lang, outputs, command));
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const Output& output = outputs[i];
    report::RenderOptions options = opened->m_options;
    options.colour = output.path.empty() && output.format == report::ReportFormat::table &&
                     use_colour(global.colour, stdout);
    // Standard output is written once the report is complete, kept in a temporary file until
    // then; but as it comes when the report is no guess and goes nowhere else, or cannot wait
    // in a file (no temporary directory, or none that can be written).
    const bool may_go_straight =
        output.path.empty() && final_write && output.format != report::ReportFormat::xlsx;
    const auto straight = [&] {
      opened->m_owned.push_back(report::part_writer(output.format, options, write_stdout));
      opened->m_writers.push_back(opened->m_owned.back().get());
    };
    if (may_go_straight && outputs.size() == 1) {
      straight();
      continue;
    }
    int error = 0;
    const std::string path =
        output.path.empty() ? held_for_stdout("qobj-report-output", error) : output.path;
    auto file = error == 0 ? output::AtomicFile::create(path, error) : std::nullopt;
    if (!file && may_go_straight) {
      straight();
      continue;
    }
    if (!file) {
      if (final_write) write_failed(global, lang, path, error);
      return nullptr;
    }
    opened->m_files[i] = std::make_unique<output::AtomicFile>(std::move(*file));
    if (output.format == report::ReportFormat::xlsx) continue;
    output::AtomicFile* into = opened->m_files[i].get();
    opened->m_owned.push_back(report::part_writer(
        output.format, options, [into](std::string_view piece) { into->write(piece); }));
    opened->m_writers.push_back(opened->m_owned.back().get());
  }
  return opened;
}

bool PartOutputs::complete(const eval::Evaluation& rest) {
  // Rendered, flushed and closed: a full disk is found here, before anything is replaced.
  for (std::size_t i = 0; i < m_outputs.size(); ++i) {
    if (!m_files[i]) continue;  // standard output, written as it came
    const Output& output = m_outputs[i];
    output::AtomicFile& file = *m_files[i];
    int error = 0;
    if (output.format == report::ReportFormat::xlsx &&
        !report::write_xlsx_report(rest, m_options, file.temp_path(), error))
      return write_failed(m_global, m_lang, output.path.empty() ? file.temp_path() : output.path,
                          error);
    if (!file.finish(error))
      return write_failed(m_global, m_lang, output.path.empty() ? file.temp_path() : output.path,
                          error);
  }
  for (std::size_t i = 0; i < m_outputs.size(); ++i) {
    if (!m_outputs[i].path.empty() || !m_files[i]) continue;
    if (m_outputs[i].format == report::ReportFormat::xlsx && ::isatty(::fileno(stdout))) {
      report_error(m_global, m_lang, MessageId::output_binary_to_terminal, {});
      return false;
    }
    copy_to_stdout(m_files[i]->temp_path());
  }
  bool all_written = true;
  for (std::size_t i = 0; i < m_outputs.size(); ++i) {
    int error = 0;
    if (!m_outputs[i].path.empty() && !m_files[i]->commit(error))
      all_written = write_failed(m_global, m_lang, m_outputs[i].path, error) && all_written;
  }
  return all_written;
}

}  // namespace qobj::cli
