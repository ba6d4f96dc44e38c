#include "core/yaml/simple_events.hpp"

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/mark.h>

#include <cstddef>
#include <optional>
#include <string>

namespace qobj::yaml {

namespace {

// Deeper than this the parser stops (its recursion uses the stack); the builder's own limit
// (ReaderLimits::max_depth) is far lower and is what the reader reports.
constexpr std::size_t kMaxNesting = 512;

// yaml-cpp refuses a key whose ':' is more than 1024 bytes from its start ("illegal map
// value"); such keys are left to it.
constexpr std::size_t kMaxKeyLength = 1000;

bool is_null_token(std::string_view text) {
  return text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// One recursive-descent parser for both passes: with a handler it emits events, without one
// it only tells whether the text is in the subset. It works line by line: each content line
// is a mapping entry or a sequence item whose value, if any, ends on the same line.
class SimpleParser {
 public:
  SimpleParser(std::string_view text, YAML::EventHandler* handler)
      : m_text(text), m_handler(handler) {}

  bool parse_document() {
    advance();
    if (!m_ok || !m_has_line || m_indent != 0) return false;
    if (m_handler != nullptr) m_handler->OnDocumentStart(mark(m_content));
    block_collection(0);
    if (!m_ok || m_has_line) return false;
    if (m_handler != nullptr) m_handler->OnDocumentEnd();
    return true;
  }

 private:
  static YAML::Mark mark(std::size_t pos) {
    YAML::Mark m;
    m.pos = static_cast<int>(pos);
    return m;
  }

  bool fail() {
    m_ok = false;
    return false;
  }

  // Moves to the next line with content (blank lines and comment lines are skipped);
  // m_has_line is false at the end. Tabs in indentation, a carriage return that does not end
  // a line, directives and document markers are outside the subset.
  void advance() {
    m_has_line = false;
    while (m_ok && m_next < m_text.size()) {
      const std::size_t start = m_next;
      std::size_t end = m_text.find('\n', start);
      m_next = end == std::string_view::npos ? m_text.size() : end + 1;
      if (end == std::string_view::npos) {
        end = m_text.size();
      } else if (end > start && m_text[end - 1] == '\r') {
        --end;  // CRLF; a carriage return anywhere else is left to yaml-cpp
      }
      std::size_t content = start;
      while (content < end && m_text[content] == ' ') ++content;
      if (content < end && m_text[content] == '\t') {
        fail();
        return;
      }
      if (content == end || m_text[content] == '#') continue;
      if (content == start) {
        const std::string_view head = m_text.substr(start, 3);
        if (m_text[start] == '%' || head == "---" || head == "...") {
          fail();
          return;
        }
      }
      m_line_start = start;
      m_content = content;
      m_end = end;
      m_indent = content - start;
      m_has_line = true;
      return;
    }
  }

  bool is_sequence_item(std::size_t pos) const {
    return m_text[pos] == '-' && (pos + 1 == m_end || m_text[pos + 1] == ' ');
  }

  // An empty value, marked where yaml-cpp marks it: at the next token (the builder finds the
  // ':' or '-' it belongs to from there, as for yaml-cpp's events).
  void emit_empty_value() {
    if (m_handler == nullptr) return;
    m_handler->OnNull(mark(m_has_line ? m_content : m_text.size()), YAML::NullAnchor);
  }

  // After a value: only blanks and a comment may end the line.
  bool rest_of_line_is_empty(std::size_t pos) const {
    const std::size_t before = pos;
    while (pos < m_end && m_text[pos] == ' ') ++pos;
    return pos == m_end || (m_text[pos] == '#' && pos > before);
  }

  // The block collection that starts on the current line.
  void block_collection(std::size_t depth) {
    if (depth > kMaxNesting) {
      fail();
      return;
    }
    if (is_sequence_item(m_content)) {
      block_sequence(m_indent, depth);
    } else {
      block_mapping(m_indent, depth);
    }
  }

  void block_sequence(std::size_t indent, std::size_t depth) {
    if (m_handler != nullptr) {
      m_handler->OnSequenceStart(mark(m_content), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
    }
    while (m_ok && m_has_line && m_indent == indent && is_sequence_item(m_content)) {
      const std::size_t dash = m_content;
      std::size_t value = dash + 1;
      while (value < m_end && m_text[value] == ' ') ++value;
      if (value == m_end || m_text[value] == '#') {
        advance();
        if (m_has_line && m_indent > indent) {
          block_collection(depth + 1);
        } else {
          emit_empty_value();
        }
      } else if (is_sequence_item(value)) {
        fail();  // "- - x"
      } else if (find_key_end(value)) {
        // "- key: value": a mapping whose keys line up with this first one.
        m_indent = value - m_line_start;
        m_content = value;
        block_mapping(m_indent, depth + 1);
      } else {
        inline_value(value, depth + 1);
        advance();
      }
      if (m_has_line && m_indent > indent) fail();
    }
    if (m_handler != nullptr) m_handler->OnSequenceEnd();
  }

  void block_mapping(std::size_t indent, std::size_t depth) {
    if (m_handler != nullptr) {
      m_handler->OnMapStart(mark(m_content), "?", YAML::NullAnchor, YAML::EmitterStyle::Block);
    }
    while (m_ok && m_has_line && m_indent == indent) {
      const std::size_t key = m_content;
      const auto colon = find_key_end(key);
      if (!colon) {
        fail();
        return;
      }
      emit_key(key, *colon);
      if (!m_ok) return;
      std::size_t value = *colon + 1;
      while (value < m_end && m_text[value] == ' ') ++value;
      if (value == m_end || (m_text[value] == '#' && value > *colon + 1)) {
        advance();
        if (m_has_line && m_indent > indent) {
          block_collection(depth + 1);
        } else if (m_has_line && m_indent == indent && is_sequence_item(m_content)) {
          block_sequence(indent, depth + 1);  // "key:\n- item", as yaml-cpp allows
        } else {
          emit_empty_value();
        }
      } else if (value == *colon + 1 || is_sequence_item(value)) {
        fail();  // "key:value" is one scalar; "key: - x" is not YAML
      } else {
        inline_value(value, depth + 1);
        advance();
      }
      if (m_has_line && m_indent > indent) fail();
    }
    if (m_handler != nullptr) m_handler->OnMapEnd();
  }

  // Where the key that starts at `pos` ends (its colon), when the line is "key: …" or "key:".
  std::optional<std::size_t> find_key_end(std::size_t pos) const {
    const char first = m_text[pos];
    if (first == '"' || first == '\'') {
      const auto closing = closing_quote(pos);
      if (!closing) return std::nullopt;
      const std::size_t colon = *closing + 1;
      if (colon - pos < kMaxKeyLength && colon < m_end && m_text[colon] == ':' &&
          (colon + 1 == m_end || m_text[colon + 1] == ' '))
        return colon;
      return std::nullopt;
    }
    if (!can_start_plain(pos)) return std::nullopt;
    for (std::size_t i = pos; i < m_end; ++i) {
      const char c = m_text[i];
      if (c == ':' && (i + 1 == m_end || m_text[i + 1] == ' '))
        return i - pos < kMaxKeyLength ? std::optional(i) : std::nullopt;
      if (c == '#' && m_text[i - 1] == ' ') return std::nullopt;
      if (c == '\t' || c == '\r') return std::nullopt;
    }
    return std::nullopt;
  }

  void emit_key(std::size_t key, std::size_t colon) {
    const char first = m_text[key];
    if (first == '"' || first == '\'') {
      quoted_scalar(key);
      return;
    }
    std::size_t end = colon;
    while (end > key && m_text[end - 1] == ' ') --end;
    const std::string_view text = m_text.substr(key, end - key);
    // A null or empty key, or a key that is not plain text: yaml-cpp says what it is.
    if (text.empty() || is_null_token(text) || text.find_first_of("[]{},") != text.npos) {
      fail();
      return;
    }
    if (m_handler != nullptr)
      m_handler->OnScalar(mark(key), "?", YAML::NullAnchor, std::string(text));
  }

  // Plain text may not start with an indicator (YAML 1.2, ns-plain-first).
  bool can_start_plain(std::size_t pos) const {
    const char c = m_text[pos];
    if (std::string_view("[]{},#&*!|>'\"%@`").find(c) != std::string_view::npos) return false;
    if (c == '-' || c == '?' || c == ':') {
      return pos + 1 < m_end && m_text[pos + 1] != ' ' && m_text[pos + 1] != ',' &&
             m_text[pos + 1] != ']' && m_text[pos + 1] != '}' && c != '?' && c != ':';
    }
    return c != ' ';
  }

  // A value that ends on its line: a flow collection, a quoted or a plain scalar.
  void inline_value(std::size_t pos, std::size_t depth) {
    const char c = m_text[pos];
    std::size_t end = pos;
    if (c == '[' || c == '{') {
      end = flow_collection(pos, depth);
    } else if (c == '"' || c == '\'') {
      end = quoted_scalar(pos);
    } else {
      block_plain_scalar(pos);
      return;
    }
    if (m_ok && !rest_of_line_is_empty(end)) fail();
  }

  // Plain text in block context: to the end of the line or a comment.
  void block_plain_scalar(std::size_t pos) {
    if (!can_start_plain(pos)) {
      fail();
      return;
    }
    std::size_t end = pos;
    for (; end < m_end; ++end) {
      const char c = m_text[end];
      if (c == '#' && m_text[end - 1] == ' ') break;
      if (c == ':' && (end + 1 == m_end || m_text[end + 1] == ' ')) {
        fail();  // "key: a: b"
        return;
      }
      if (c == '\t' || c == '\r') {
        fail();
        return;
      }
    }
    while (end > pos && m_text[end - 1] == ' ') --end;
    emit_plain(pos, m_text.substr(pos, end - pos));
  }

  void emit_plain(std::size_t pos, std::string_view text) {
    if (m_handler == nullptr) return;
    if (is_null_token(text)) {
      m_handler->OnNull(mark(pos), YAML::NullAnchor);
    } else {
      m_handler->OnScalar(mark(pos), "?", YAML::NullAnchor, std::string(text));
    }
  }

  // The closing quote of the quoted scalar at `pos`, on its line; nullopt when it does not
  // close there or holds an escape (both left to yaml-cpp).
  std::optional<std::size_t> closing_quote(std::size_t pos) const {
    const char quote = m_text[pos];
    for (std::size_t i = pos + 1; i < m_end; ++i) {
      const char c = m_text[i];
      if (c == '\\' && quote == '"') return std::nullopt;
      if (c == '\r' || c == '\t') return std::nullopt;
      if (c != quote) continue;
      if (quote == '\'' && i + 1 < m_end && m_text[i + 1] == '\'') {
        ++i;  // '' stands for one quote
        continue;
      }
      return i;
    }
    return std::nullopt;
  }

  // Emits the quoted scalar at `pos`; returns the offset after its closing quote.
  std::size_t quoted_scalar(std::size_t pos) {
    const auto closing = closing_quote(pos);
    if (!closing) {
      fail();
      return pos;
    }
    if (m_handler != nullptr) {
      std::string value;
      value.reserve(*closing - pos - 1);
      for (std::size_t i = pos + 1; i < *closing; ++i) {
        value += m_text[i];
        if (m_text[i] == '\'' && m_text[pos] == '\'') ++i;  // '' → '
      }
      m_handler->OnScalar(mark(pos), "!", YAML::NullAnchor, value);
    }
    return *closing + 1;
  }

  std::size_t skip_blanks(std::size_t pos) const {
    while (pos < m_end && m_text[pos] == ' ') ++pos;
    return pos;
  }

  // A flow collection closed on its line; returns the offset after its closing bracket.
  std::size_t flow_collection(std::size_t pos, std::size_t depth) {
    if (depth > kMaxNesting) {
      fail();
      return pos;
    }
    const bool mapping = m_text[pos] == '{';
    const char close = mapping ? '}' : ']';
    if (m_handler != nullptr) {
      if (mapping) {
        m_handler->OnMapStart(mark(pos), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
      } else {
        m_handler->OnSequenceStart(mark(pos), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
      }
    }
    std::size_t p = skip_blanks(pos + 1);
    if (p < m_end && m_text[p] == close) {
      if (m_handler != nullptr) mapping ? m_handler->OnMapEnd() : m_handler->OnSequenceEnd();
      return p + 1;
    }
    while (m_ok) {
      if (p >= m_end) {
        fail();  // not closed on its line
        return p;
      }
      if (mapping) {
        const char first = m_text[p];
        if (first == '[' || first == '{') {
          fail();  // a collection as a key
          return p;
        }
        p = flow_scalar(p, true);
        if (!m_ok || p + 1 >= m_end || m_text[p] != ':' || m_text[p + 1] != ' ') {
          fail();
          return p;
        }
        p = skip_blanks(p + 1);
      }
      p = flow_value(p, depth);
      if (!m_ok) return p;
      p = skip_blanks(p);
      if (p < m_end && m_text[p] == ',') {
        p = skip_blanks(p + 1);
        if (p < m_end && m_text[p] == close) {
          fail();  // a trailing comma
          return p;
        }
        continue;
      }
      if (p < m_end && m_text[p] == close) {
        if (m_handler != nullptr) mapping ? m_handler->OnMapEnd() : m_handler->OnSequenceEnd();
        return p + 1;
      }
      fail();
    }
    return p;
  }

  std::size_t flow_value(std::size_t pos, std::size_t depth) {
    if (pos >= m_end) {
      fail();
      return pos;
    }
    const char c = m_text[pos];
    if (c == '[' || c == '{') return flow_collection(pos, depth + 1);
    return flow_scalar(pos, false);
  }

  // A scalar inside a flow collection: quoted, or plain up to ',', ']', '}' or (for a key)
  // its ':'. Plain text holding ':', a bracket or a comment is left to yaml-cpp.
  std::size_t flow_scalar(std::size_t pos, bool key) {
    if (pos >= m_end) {
      fail();
      return pos;
    }
    if (m_text[pos] == '"' || m_text[pos] == '\'') {
      const std::size_t end = quoted_scalar(pos);
      if (key && end - pos >= kMaxKeyLength) fail();
      return skip_blanks(end);
    }
    if (!can_start_plain(pos)) {
      fail();
      return pos;
    }
    std::size_t end = pos;
    for (; end < m_end; ++end) {
      const char c = m_text[end];
      if (c == ',' || c == ']' || c == '}') break;
      if (c == ':') {
        if (key && end + 1 < m_end && m_text[end + 1] == ' ') break;
        fail();
        return end;
      }
      // Indicators inside flow text are read differently by different parsers: leave them.
      if (std::string_view("[{#?&*!|>'\"%@`\t\r").find(c) != std::string_view::npos) {
        fail();
        return end;
      }
    }
    std::size_t last = end;
    while (last > pos && m_text[last - 1] == ' ') --last;
    const std::string_view text = m_text.substr(pos, last - pos);
    if (key && (text.empty() || is_null_token(text) || end - pos >= kMaxKeyLength)) {
      fail();
      return end;
    }
    if (m_handler != nullptr) {
      if (key) {
        m_handler->OnScalar(mark(pos), "?", YAML::NullAnchor, std::string(text));
      } else {
        emit_plain(pos, text);
      }
    }
    return end;
  }

  std::string_view m_text;
  YAML::EventHandler* m_handler;
  bool m_ok = true;
  std::size_t m_next = 0;
  bool m_has_line = false;
  std::size_t m_line_start = 0, m_content = 0, m_end = 0, m_indent = 0;
};

}  // namespace

bool is_simple_yaml(std::string_view content) {
  // A byte order mark past the start is read by yaml-cpp in ways of its own.
  if (content.find("\xEF\xBB\xBF") != std::string_view::npos) return false;
  return SimpleParser(content, nullptr).parse_document();
}

void emit_simple_yaml_events(std::string_view content, YAML::EventHandler& handler) {
  SimpleParser(content, &handler).parse_document();
}

}  // namespace qobj::yaml
