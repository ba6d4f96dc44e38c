// Where `qobj report` writes: the outputs asked for (standard output, or -o files in the
// format of their extension), refused when they would replace an input or something that is
// not a regular file. Every file is prepared before any is put in place, each whole or not
// at all.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cli/options.hpp"
#include "core/check/check.hpp"
#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"
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
// the roll-up alone, to a file), and standard output, if it is one, alone: it is written as
// the parts come, and nothing may fail after it has begun.
bool can_write_by_parts(const std::vector<Output>& outputs, bool summary_only);

// Hands the writers of every output to `write_parts`, which writes the report's parts and
// returns its end (the roll-up); the files are then put in place as write_outputs does.
using WriteParts = std::function<eval::Evaluation(const std::vector<report::PartWriter*>&)>;
bool write_outputs_by_parts(const GlobalOptions& global, Lang lang,
                            const std::vector<Output>& outputs, const ReportCommand& command,
                            const WriteParts& write_parts);

}  // namespace qobj::cli
