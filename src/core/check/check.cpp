#include "core/check/check.hpp"

#include <algorithm>
#include <filesystem>

#include "core/formats/builtin_schemas.hpp"
#include "core/model/checks.hpp"
#include "core/model/model.hpp"
#include "core/schema/schema.hpp"
#include "core/schema/validate.hpp"
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

namespace {

void append(std::vector<Diagnostic>& to, std::vector<Diagnostic>&& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// Reads one input; its diagnostics and its source go into `result`. False when the file
// could not be read at all (an io.* diagnostic).
bool read_document(const std::string& path, const CheckOptions& options, CheckResult& result,
                   std::optional<yaml::Document>& document) {
  InputBytes input = read_input(path, options.max_file_size);
  if (input.error) {
    result.diagnostics.push_back(std::move(*input.error));
    return false;
  }
  yaml::ReadResult read =
      yaml::read_yaml(std::move(input.name), std::move(input.bytes), options.reader);
  if (read.source) result.sources.push_back(std::move(read.source));
  append(result.diagnostics, std::move(read.diagnostics));
  document = std::move(read.document);
  return true;
}

// Loads the --schema file; nullopt (with diagnostics) when it cannot be used.
std::optional<schema::Schema> load_schema(const std::string& path, const CheckOptions& options,
                                          CheckResult& result) {
  std::optional<yaml::Document> document;
  if (!read_document(path, options, result, document) || !document) return std::nullopt;
  std::error_code error;
  const auto absolute = std::filesystem::absolute(path, error);
  const std::string base = std::string("file://").append(error ? path : absolute.generic_string());
  const auto shared = std::make_shared<const yaml::Document>(std::move(*document));
  schema::SchemaLoad load = schema::compile_schema(shared, shared->root(), base);
  append(result.diagnostics, std::move(load.diagnostics));
  return std::move(load.schema);
}

CheckOutcome outcome_of(const std::vector<Diagnostic>& diagnostics) {
  const auto is_error = [](const Diagnostic& d) { return d.severity == Severity::error; };
  if (std::any_of(diagnostics.begin(), diagnostics.end(),
                  [&](const Diagnostic& d) { return is_error(d) && is_io_diagnostic(d); })) {
    return CheckOutcome::io_failure;
  }
  return std::any_of(diagnostics.begin(), diagnostics.end(), is_error) ? CheckOutcome::invalid_input
                                                                       : CheckOutcome::ok;
}

}  // namespace

CheckResult check_paths(const std::vector<std::string>& paths, const CheckOptions& options) {
  CheckResult result;
  std::optional<schema::Schema> schema;
  if (options.schema_path) {
    schema = load_schema(*options.schema_path, options, result);
    if (!schema) {
      // Without its schema the check cannot be done: report why, and nothing else.
      sort_diagnostics(result.diagnostics);
      result.outcome = outcome_of(result.diagnostics);
      if (result.outcome == CheckOutcome::ok) result.outcome = CheckOutcome::invalid_input;
      return result;
    }
  }
  InputList inputs = collect_inputs(paths, options.schema_path.has_value());
  append(result.diagnostics, std::move(inputs.diagnostics));
  model::Repository repository;
  for (const std::string& path : inputs.files) {
    std::optional<yaml::Document> document;
    const std::size_t before = result.diagnostics.size();
    if (!read_document(path, options, result, document)) continue;
    ++result.files_checked;
    if (!document) continue;
    if (schema) {
      append(result.diagnostics, schema::validate(*schema, *document));
      continue;
    }
    const auto kind = formats::detect_kind(*document, result.diagnostics);
    if (!kind) continue;
    append(result.diagnostics, schema::validate(formats::builtin_schema(*kind), *document));
    formats::check_number_spelling(*document, result.diagnostics);
    // Only a file that is sound on its own takes part in the checks across files.
    const bool sound = std::none_of(
        result.diagnostics.begin() + static_cast<std::ptrdiff_t>(before), result.diagnostics.end(),
        [](const Diagnostic& d) { return d.severity == Severity::error; });
    if (!sound) continue;
    const auto index = static_cast<std::uint32_t>(repository.documents.size());
    repository.documents.push_back(std::make_shared<const yaml::Document>(std::move(*document)));
    const yaml::Document& kept = *repository.documents.back();
    if (*kind == formats::FileKind::objectives) {
      repository.objectives.push_back(model::read_objectives(kept, index));
    } else {
      repository.measurements.push_back(model::read_measurements(kept, index));
    }
  }
  append(result.diagnostics, model::check_repository(repository));
  if (options.strict) {
    for (Diagnostic& d : result.diagnostics) {
      if (d.severity == Severity::warning) d.severity = Severity::error;
    }
  }
  sort_diagnostics(result.diagnostics);
  result.outcome = outcome_of(result.diagnostics);
  return result;
}

}  // namespace qobj
