#include "core/yaml/json_events.hpp"

#include <yaml-cpp/mark.h>

#include <string>

#include "core/text/utf8.hpp"

namespace qobj::yaml {

namespace {

// One recursive-descent parser for both passes: with a handler it emits events, without one
// it only validates. Nesting is bounded so that hostile input cannot exhaust the stack; the
// builder's own depth limit is far lower.
class JsonParser {
 public:
  JsonParser(std::string_view text, YAML::EventHandler* handler)
      : m_text(text), m_handler(handler) {}

  bool parse_document() {
    skip_space();
    if (m_handler != nullptr) m_handler->OnDocumentStart(mark(m_pos));
    if (!value(0)) return false;
    skip_space();
    if (m_handler != nullptr) m_handler->OnDocumentEnd();
    return m_pos == m_text.size();
  }

 private:
  static constexpr int kMaxNesting = 512;

  YAML::Mark mark(std::size_t pos) const {
    YAML::Mark m;
    m.pos = static_cast<int>(pos);
    return m;
  }
  bool at(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }
  void skip_space() {
    while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                     m_text[m_pos] == '\n' || m_text[m_pos] == '\r')) {
      ++m_pos;
    }
  }
  bool literal(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) != word) return false;
    m_pos += word.size();
    return true;
  }

  bool value(int depth) {
    if (depth > kMaxNesting || m_pos >= m_text.size()) return false;
    const std::size_t start = m_pos;
    switch (m_text[m_pos]) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"': {
        std::string decoded;
        if (!string(decoded)) return false;
        if (m_handler != nullptr) m_handler->OnScalar(mark(start), "!", YAML::NullAnchor, decoded);
        return true;
      }
      case 't':
      case 'f': {
        if (!literal("true") && !literal("false")) return false;
        if (m_handler != nullptr) {
          m_handler->OnScalar(mark(start), "?", YAML::NullAnchor,
                              std::string(m_text.substr(start, m_pos - start)));
        }
        return true;
      }
      case 'n':
        if (!literal("null")) return false;
        if (m_handler != nullptr) m_handler->OnNull(mark(start), YAML::NullAnchor);
        return true;
      default: {
        if (!number()) return false;
        if (m_handler != nullptr) {
          m_handler->OnScalar(mark(start), "?", YAML::NullAnchor,
                              std::string(m_text.substr(start, m_pos - start)));
        }
        return true;
      }
    }
  }

  bool object(int depth) {
    if (m_handler != nullptr)
      m_handler->OnMapStart(mark(m_pos), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
    ++m_pos;
    skip_space();
    if (at('}')) {
      ++m_pos;
      if (m_handler != nullptr) m_handler->OnMapEnd();
      return true;
    }
    for (;;) {
      skip_space();
      if (!at('"')) return false;
      const std::size_t key_start = m_pos;
      std::string key;
      if (!string(key)) return false;
      if (m_handler != nullptr) m_handler->OnScalar(mark(key_start), "!", YAML::NullAnchor, key);
      skip_space();
      if (!at(':')) return false;
      ++m_pos;
      skip_space();
      if (!value(depth + 1)) return false;
      skip_space();
      if (at(',')) {
        ++m_pos;
        continue;
      }
      if (!at('}')) return false;
      ++m_pos;
      if (m_handler != nullptr) m_handler->OnMapEnd();
      return true;
    }
  }

  bool array(int depth) {
    if (m_handler != nullptr) {
      m_handler->OnSequenceStart(mark(m_pos), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
    }
    ++m_pos;
    skip_space();
    if (at(']')) {
      ++m_pos;
      if (m_handler != nullptr) m_handler->OnSequenceEnd();
      return true;
    }
    for (;;) {
      skip_space();
      if (!value(depth + 1)) return false;
      skip_space();
      if (at(',')) {
        ++m_pos;
        continue;
      }
      if (!at(']')) return false;
      ++m_pos;
      if (m_handler != nullptr) m_handler->OnSequenceEnd();
      return true;
    }
  }

  std::optional<unsigned> hex4() {
    const auto value = text::parse_hex4(m_text, m_pos);
    if (value) m_pos += 4;
    return value;
  }

  bool string(std::string& out) {
    ++m_pos;  // the opening quote
    for (;;) {
      if (m_pos >= m_text.size()) return false;
      const char c = m_text[m_pos];
      if (c == '"') {
        ++m_pos;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        out += c;
        ++m_pos;
        continue;
      }
      if (++m_pos >= m_text.size()) return false;
      const char e = m_text[m_pos++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          auto unit = hex4();
          if (!unit) return false;
          char32_t cp = *unit;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (!literal("\\u")) return false;
            const auto low = hex4();
            if (!low || *low < 0xDC00 || *low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (*low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          text::append_utf8(out, cp);
          break;
        }
        default:
          return false;
      }
    }
  }

  bool digits() {
    const std::size_t start = m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') ++m_pos;
    return m_pos > start;
  }

  bool number() {
    if (at('-')) ++m_pos;
    if (at('0')) {
      ++m_pos;
    } else if (!digits()) {
      return false;
    }
    if (at('.')) {
      ++m_pos;
      if (!digits()) return false;
    }
    if (at('e') || at('E')) {
      ++m_pos;
      if (at('+') || at('-')) ++m_pos;
      if (!digits()) return false;
    }
    return true;
  }

  std::string_view m_text;
  std::size_t m_pos = 0;
  YAML::EventHandler* m_handler;
};

}  // namespace

bool is_strict_json(std::string_view content) {
  const std::size_t first = content.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || (content[first] != '{' && content[first] != '['))
    return false;
  return JsonParser(content, nullptr).parse_document();
}

void emit_json_events(std::string_view content, YAML::EventHandler& handler) {
  JsonParser(content, &handler).parse_document();
}

}  // namespace qobj::yaml
