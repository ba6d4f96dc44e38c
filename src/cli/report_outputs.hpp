// Where `qobj report` writes: the outputs asked for (standard output, or -o files in the
// format of their extension), refused when they would replace an input, each written whole
// or not at all.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "cli/options.hpp"
#include "core/check/check.hpp"
#include "core/eval/evaluate.hpp"
#include "core/report/render.hpp"

namespace qobj::cli {

// Where the report goes: a file, or standard output when `path` is empty.
struct Output {
  std::string path;
  report::ReportFormat format = report::ReportFormat::table;
};

// The outputs asked for, each with its format; an exit code when one cannot be told (said).
std::variant<std::vector<Output>, int> plan_outputs(const GlobalOptions& global, Lang lang,
                                                    const ReportCommand& command);

// An exit code (said) when an output is one of the files read.
std::optional<int> refuse_inputs(const GlobalOptions& global, Lang lang,
                                 const std::vector<Output>& outputs, const CheckResult& checked);

// Writes one output; false (with the error said) when it could not be written whole.
bool write_output(const GlobalOptions& global, Lang lang, const Output& output,
                  const eval::Evaluation& evaluation, const ReportCommand& command);

}  // namespace qobj::cli
