// A fast path for JSON: strict JSON text (a subset of YAML 1.2) is parsed here instead of by
// yaml-cpp, and handed to the same event handler, so positions, duplicate keys, depth limits
// and NFC are handled exactly as for YAML. yaml-cpp scans JSON at about a thousand
// instructions a byte; this parser at a few dozen. Text that is not strict JSON (YAML flow
// style, comments, trailing commas) is left to yaml-cpp, which reports what is wrong.
#pragma once

#include <yaml-cpp/eventhandler.h>

#include <string_view>

namespace qobj::yaml {

// True when `content` is one complete strict JSON value (RFC 8259), surrounded by
// whitespace only.
bool is_strict_json(std::string_view content);

// Sends the events of strict JSON `content` to `handler`, with marks counted from the start
// of `content`. Only call it on text for which is_strict_json() is true.
void emit_json_events(std::string_view content, YAML::EventHandler& handler);

}  // namespace qobj::yaml
