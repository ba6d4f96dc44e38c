#include "core/check/check.hpp"

#include <algorithm>

#include "core/source/inputs.hpp"

namespace qobj {

bool is_io_diagnostic(const Diagnostic& diagnostic) {
  switch (diagnostic.message) {
    case MessageId::io_not_found:
    case MessageId::io_read_failed:
    case MessageId::io_too_large:
    case MessageId::io_no_yaml_files:
    case MessageId::io_is_directory:
      return true;
    default:
      return false;
  }
}

const SourceFile* CheckResult::find_source(const std::string& name) const {
  for (const auto& source : sources) {
    if (source->name() == name) return source.get();
  }
  return nullptr;
}

CheckResult check_paths(const std::vector<std::string>& paths, const CheckOptions& options) {
  CheckResult result;
  InputList inputs = collect_inputs(paths);
  result.diagnostics = std::move(inputs.diagnostics);
  for (const std::string& path : inputs.files) {
    InputBytes input = read_input(path, options.max_file_size);
    if (input.error) {
      result.diagnostics.push_back(std::move(*input.error));
      continue;
    }
    ++result.files_checked;
    yaml::ReadResult read =
        yaml::read_yaml(std::move(input.name), std::move(input.bytes), options.reader);
    if (read.source) result.sources.push_back(std::move(read.source));
    result.diagnostics.insert(result.diagnostics.end(),
                              std::make_move_iterator(read.diagnostics.begin()),
                              std::make_move_iterator(read.diagnostics.end()));
  }
  sort_diagnostics(result.diagnostics);
  const auto is_error = [](const Diagnostic& d) { return d.severity == Severity::error; };
  if (std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                  [&](const Diagnostic& d) { return is_error(d) && is_io_diagnostic(d); })) {
    result.outcome = CheckOutcome::io_failure;
  } else if (std::any_of(result.diagnostics.begin(), result.diagnostics.end(), is_error)) {
    result.outcome = CheckOutcome::invalid_input;
  }
  return result;
}

}  // namespace qobj
