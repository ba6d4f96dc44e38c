// Writes pretty-printed JSON as it goes (the layout of nlohmann's dump(2)), so a report of
// a large year of data is never held as a tree of JSON values. Scalars are formatted by
// nlohmann, so escaping and numbers match the rest of qobj's JSON.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace qobj::report {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : m_out(out) {}

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

 private:
  void before_value();
  void open(char bracket);
  void close(char bracket);
  void newline_indent();

  std::string& m_out;
  struct Level {
    bool empty = true;
  };
  std::vector<Level> m_levels;
  bool m_after_key = false;
};

}  // namespace qobj::report
