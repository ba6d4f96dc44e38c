// libFuzzer target: any bytes given to the document reader end in a document or diagnostics,
// never a crash, a hang or a sanitizer report. Rendering the diagnostics is fuzzed too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/diag/text_renderer.hpp"
#include "core/yaml/reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto result =
      qobj::yaml::read_yaml("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  const qobj::SourceLookup lookup = [&](const std::string&) { return result.source.get(); };
  for (const auto& diagnostic : result.diagnostics) {
    (void)qobj::render_diagnostic(diagnostic, lookup, {qobj::Lang::vi, true});
  }
  if (result.document) {
    // Walk the whole tree through the public API.
    const auto& doc = *result.document;
    std::size_t total = 0;
    for (qobj::yaml::NodeId id = 0; id < doc.node_count(); ++id) {
      total += doc.text(id).size() + doc.size(id) + doc.location(id).column;
      if (id % 64 == 0) total += doc.pointer(id).size();
    }
    if (total == static_cast<std::size_t>(-1)) return 1;
  }
  return 0;
}
