// Writes pretty-printed JSON as it goes (the layout of nlohmann's dump(2)) to a sink, in
// pieces, so a report of a large year of data is never held as a tree of JSON values nor as
// one string. Scalars are formatted by
// nlohmann, so escaping and numbers match the rest of qobj's JSON.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/report/sink.hpp"

namespace qobj::report {

class JsonWriter {
 public:
  explicit JsonWriter(Sink sink) : m_sink(std::move(sink)) {}
  // A writer of the values of an array `depth` levels deep in a document another writer
  // writes, `first` or not among them: what it writes is what that writer would have, so that
  // the elements can be written apart (on other threads) and spliced in order.
  JsonWriter(Sink sink, std::size_t depth, bool first)
      : m_sink(std::move(sink)), m_levels(depth, Level{false}) {
    if (depth > 0) m_levels.back().empty = first;
  }
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // The key of the next value in an object.
  void key(std::string_view name);

  void string(std::string_view value);
  void null();
  void boolean(bool value);
  void integer(long long value);
  void real(double value);
  // Text that is already JSON (a number formatted elsewhere).
  void raw(std::string_view json);
  // Text that is already elements of the array being written (by a writer made for them),
  // handed on as it is: what is buffered goes first.
  void splice(std::string_view elements);
  // The same, written as it comes by `write`, given this writer's sink: a large element is
  // never held whole.
  void splice_through(const std::function<void(const Sink&)>& write);
  // Hands what is buffered to the sink; done by itself when the outermost value closes.
  void flush();

 private:
  void before_value();
  void open(char bracket);
  void close(char bracket);
  void newline_indent();

  static constexpr std::size_t kFlushAt = 64 * 1024;
  Sink m_sink;
  std::string m_out;  // not yet handed to the sink
  struct Level {
    bool empty = true;
  };
  std::vector<Level> m_levels;
  bool m_after_key = false;
};

}  // namespace qobj::report
