// A fast path for the YAML that qobj files are made of: block mappings and sequences of
// one-line values (plain, quoted without escapes, or a flow collection closed on its line),
// with comments. yaml-cpp scans such text at about eight megabytes a second, most of it in
// its regular expressions; this parser at well over a hundred. It hands the same events, with
// the same positions, to the same handler, so the document and its diagnostics are identical
// (a differential test and fuzz target compare the two). Anything else (anchors, aliases,
// tags, block scalars, multi-line scalars, escapes, tabs, several documents, a syntax error)
// is left to yaml-cpp, which reads it and says what is wrong.
#pragma once

#include <yaml-cpp/eventhandler.h>

#include <string_view>

namespace qobj::yaml {

// True when `content` is within the subset this parser reads.
bool is_simple_yaml(std::string_view content);

// Sends the events of `content` to `handler`, with marks counted from the start of
// `content`. Only call it on text for which is_simple_yaml() is true.
void emit_simple_yaml_events(std::string_view content, YAML::EventHandler& handler);

}  // namespace qobj::yaml
