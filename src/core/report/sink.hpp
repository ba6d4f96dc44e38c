// Where a renderer's output goes, piece by piece: a string in memory, or a file being
// written, so that a large report is never held whole.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace qobj::report {

using Sink = std::function<void(std::string_view)>;

inline Sink string_sink(std::string& out) {
  return [&out](std::string_view piece) { out.append(piece); };
}

}  // namespace qobj::report
