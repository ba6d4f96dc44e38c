// libFuzzer target for `qobj check --schema`: the input is a schema and an instance, split at a
// "#---" line, both fuzzed. Compiling and validating end in diagnostics, never a crash, a hang
// (libFuzzer's -timeout flags a slow path) or unbounded memory (-rss_limit_mb); the diagnostics
// render as valid JSON and as safe terminal text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "core/diag/machine_renderers.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/schema/schema.hpp"
#include "core/schema/validate.hpp"
#include "core/yaml/reader.hpp"
#include "output_checks.hpp"

using namespace qobj;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto split = input.find("\n#---\n");
  if (split == std::string::npos) return 0;
  auto schema_read = yaml::read_yaml("schema.yaml", input.substr(0, split));
  auto instance_read = yaml::read_yaml("data.yaml", input.substr(split + 6));
  if (!schema_read.document || !instance_read.document) return 0;
  const auto schema_doc = std::make_shared<const yaml::Document>(std::move(*schema_read.document));
  schema::SchemaLoad load =
      schema::compile_schema(schema_doc, schema_doc->root(), "file:///schema.yaml");
  std::vector<Diagnostic> diagnostics = std::move(load.diagnostics);
  Omitted omitted;
  if (load.schema) {
    auto found =
        schema::validate(*load.schema, *instance_read.document, omitted, kMaxDiagnosticsPerFile);
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
  }
  const SourceLookup lookup = [&](const std::string& name) {
    return name == "schema.yaml" ? schema_read.source.get() : instance_read.source.get();
  };
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    text += render_diagnostic(diagnostic, lookup, {Lang::en, false});
  }
  fuzz::check_terminal(text);
  const CheckSummaryData summary{2, &diagnostics, &omitted};
  fuzz::check_json(render_diagnostics_json(summary, Lang::en));
  return 0;
}
