// Differential libFuzzer target: whatever the fast path for simple YAML (simple_events.hpp)
// takes, it must read exactly as yaml-cpp's events do: the same nodes (kind, style, position,
// text, tag) and the same diagnostics. A difference aborts, with both readings.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/diag/catalogue.hpp"
#include "core/yaml/reader.hpp"
#include "core/yaml/simple_events.hpp"

using namespace qobj;
using namespace qobj::yaml;

namespace {

std::string describe(const ReadResult& read) {
  std::string out;
  if (read.document) {
    const Document& doc = *read.document;
    for (NodeId id = 0; id < doc.node_count(); ++id) {
      out += std::to_string(static_cast<int>(doc.kind(id))) + " " +
             std::to_string(static_cast<int>(doc.style(id))) + " " +
             std::to_string(doc.offset(id)) + " " + std::to_string(doc.size(id)) + " [" +
             std::string(doc.tag(id)) + "] [" + std::string(doc.text(id)) + "]\n";
    }
  } else {
    out += "no document\n";
  }
  for (const Diagnostic& d : read.diagnostics) {
    out += std::string(message_code(d.message)) + " " + std::to_string(d.location.offset) + " " +
           d.pointer + " " + format_message(d.message, Lang::en, d.args) + "\n";
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  if (!is_simple_yaml(text)) return 0;
  ReaderLimits slow;
  slow.fast_paths = false;
  const std::string fast = describe(read_yaml("f.yaml", text));
  const std::string reference = describe(read_yaml("f.yaml", text, slow));
  if (fast != reference) {
    std::fprintf(stderr, "fast path differs from yaml-cpp\n--- fast\n%s--- yaml-cpp\n%s",
                 fast.c_str(), reference.c_str());
    std::abort();
  }
  return 0;
}
