// Where `qobj report` writes: the outputs asked for (standard output, or -o files in the
// format of their extension), refused when they would replace an input or something that is
// not a regular file. Every file is prepared before any is put in place, each whole or not
// at all.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cli/options.hpp"
#include "core/check/check.hpp"
#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"
#include "core/output/atomic_file.hpp"
#include "core/report/render.hpp"

namespace qobj::cli {

// Where the report goes: a file, or standard output when `path` is empty (-o -).
struct Output {
  std::string path;
  report::ReportFormat format = report::ReportFormat::table;
};

// The outputs asked for, each with its format; an exit code when one cannot be told (said).
std::variant<std::vector<Output>, int> plan_outputs(const GlobalOptions& global, Lang lang,
                                                    const ReportCommand& command);

// An exit code (said) when an output is one of the files read, or exists and is not a
// regular file (a symbolic link, a directory, a device…).
std::optional<int> refuse_outputs(const GlobalOptions& global, Lang lang,
                                  const std::vector<Output>& outputs, const CheckResult& checked);

// Writes every output: the files are rendered beside their destinations first, and only when
// all are complete is standard output written and are the files put in place. False (with the
// error said) when one could not be written; then no file has been replaced.
// With `trend` (qobj report --trend), the trend is written instead of the evaluation.
bool write_outputs(const GlobalOptions& global, Lang lang, const std::vector<Output>& outputs,
                   const eval::Evaluation& evaluation, const ReportCommand& command,
                   const eval::Trend* trend = nullptr);

// Whether every output can be written part by part (report::part_writer; a workbook only with
// the roll-up alone).
bool can_write_by_parts(const std::vector<Output>& outputs, bool summary_only);

// The outputs of a report written part by part: each into a temporary file (standard
// output's too, unless it is the report's only output and no guess) until complete() writes
// the end, then copies standard output's and puts the files in place, as write_outputs does.
// Dropped before, they leave nothing.
class PartOutputs {
 public:
  // Outputs for a report written on a guess (`final_write` false: standard output kept until
  // complete; nothing tried for an output refuse_outputs refuses, which says why in its turn),
  // or for the report itself. Nothing when a temporary file cannot be made (said, for the
  // report itself).
  static std::unique_ptr<PartOutputs> open(const GlobalOptions& global, Lang lang,
                                           const std::vector<Output>& outputs,
                                           const ReportCommand& command, bool final_write = true);
  ~PartOutputs();
  const std::vector<report::PartWriter*>& writers() const { return m_writers; }
  // The end of the report (`rest`: its roll-up) written by each, and every output put in
  // place; false (said) when one could not be.
  bool complete(const eval::Evaluation& rest);

 private:
  PartOutputs(const GlobalOptions& global, Lang lang, const std::vector<Output>& outputs,
              const ReportCommand& command);

  const GlobalOptions& m_global;
  Lang m_lang;
  const std::vector<Output>& m_outputs;
  report::RenderOptions m_options;
  std::vector<std::unique_ptr<output::AtomicFile>> m_files;  // by output
  std::vector<std::unique_ptr<report::PartWriter>> m_owned;
  std::vector<report::PartWriter*> m_writers;
};

}  // namespace qobj::cli
