#include "core/report/json_writer.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text/safe_text.hpp"

namespace qobj::report {

namespace {

// Appends `text` as a JSON string. Most text needs no escaping: it is copied as it is (it is
// valid UTF-8, the reader saw to that); the rest goes through nlohmann, so both ways write
// the same bytes.
void append_string(std::string& out, std::string_view raw) {
  const auto needs_care = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return c == '"' || c == '\\' || byte < 0x20 || byte >= 0x7F;
  };
  std::string safe;
  std::string_view text = raw;
  if (std::any_of(raw.begin(), raw.end(), needs_care)) {
    safe = text::replace_unsafe(raw);  // always valid UTF-8, whatever reached the report
    text = safe;
  }
  const bool plain = std::none_of(text.begin(), text.end(), [](char c) {
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
  });
  if (!plain) {
    out += nlohmann::json(text).dump();
    return;
  }
  out += '"';
  out += text;
  out += '"';
}

}  // namespace

void JsonWriter::flush() {
  if (m_out.empty()) return;
  m_sink(m_out);
  m_out.clear();
}

void JsonWriter::splice(std::string_view elements) {
  if (elements.empty()) return;
  flush();
  m_sink(elements);
  m_levels.back().empty = false;
}

void JsonWriter::splice_through(const std::function<void(const Sink&)>& write) {
  flush();
  write(m_sink);
  m_levels.back().empty = false;
}

void JsonWriter::newline_indent() {
  m_out += '\n';
  m_out.append(m_levels.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (m_levels.empty()) return;
  if (m_out.size() >= kFlushAt) flush();
  if (!m_levels.back().empty) m_out += ',';
  m_levels.back().empty = false;
  newline_indent();
}

void JsonWriter::key(std::string_view name) {
  before_value();
  append_string(m_out, name);
  m_out += ": ";
  m_after_key = true;
}

void JsonWriter::open(char bracket) {
  before_value();
  m_out += bracket;
  m_levels.push_back(Level{});
}

void JsonWriter::close(char bracket) {
  const bool empty = m_levels.back().empty;
  m_levels.pop_back();
  if (!empty) newline_indent();
  m_out += bracket;
  if (m_levels.empty()) {
    m_out += '\n';
    flush();
  }
}

void JsonWriter::string(std::string_view value) {
  before_value();
  append_string(m_out, value);
}

void JsonWriter::null() {
  before_value();
  m_out += "null";
}

void JsonWriter::boolean(bool value) {
  before_value();
  m_out += value ? "true" : "false";
}

void JsonWriter::integer(long long value) {
  before_value();
  m_out += std::to_string(value);
}

void JsonWriter::real(double value) {
  before_value();
  m_out += nlohmann::json(value).dump();
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  m_out += json;
}

}  // namespace qobj::report
