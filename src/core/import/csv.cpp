#include "core/import/csv.hpp"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <memory>

#include "core/source/decode.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace qobj::import {

namespace {

constexpr std::size_t kMaxCellBytes = 32767 * 4;  // Excel's characters, at 4 bytes each

// Windows-1258 to UTF-8 through the C library's iconv; the offset of the first byte it cannot
// convert otherwise.
struct Converted {
  std::string text;
  std::optional<std::size_t> bad_byte;
};

Converted from_windows_1258(std::string_view bytes) {
  Converted out;
  const iconv_t cd = iconv_open("UTF-8", "WINDOWS-1258");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    out.bad_byte = 0;
    return out;
  }
  const std::unique_ptr<void, int (*)(iconv_t)> closer(cd, iconv_close);
  std::string input(bytes);
  char* in = input.data();
  std::size_t in_left = input.size();
  std::array<char, 16384> buffer{};
  while (in_left > 0) {
    char* o = buffer.data();
    std::size_t o_left = buffer.size();
    const std::size_t done = iconv(cd, &in, &in_left, &o, &o_left);
    out.text.append(buffer.data(), buffer.size() - o_left);
    if (done == static_cast<std::size_t>(-1) && errno != E2BIG) {
      out.bad_byte = static_cast<std::size_t>(in - input.data());
      return out;
    }
  }
  // Flush the state (a base letter held back for a following tone mark).
  char* o = buffer.data();
  std::size_t o_left = buffer.size();
  iconv(cd, nullptr, nullptr, &o, &o_left);
  out.text.append(buffer.data(), buffer.size() - o_left);
  return out;
}

// The delimiter the first lines use most, outside quotes: ',' ';' or '\t'.
char detect_delimiter(std::string_view text) {
  std::size_t commas = 0, semicolons = 0, tabs = 0, lines = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size() && lines < 50; ++i) {
    const char c = text[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
    if (c == '\t') ++tabs;
    if (c == '\n') ++lines;
  }
  if (semicolons > commas && semicolons >= tabs) return ';';
  if (tabs > commas && tabs > semicolons) return '\t';
  return ',';
}

class Parser {
 public:
  Parser(std::string_view text, char delimiter, CsvReading& out, std::uint32_t max_rows)
      : m_text(text), m_delimiter(delimiter), m_out(out), m_max_rows(max_rows) {}

  void run() {
    while (m_pos < m_text.size()) {
      if (!field()) return;
      if (m_pos >= m_text.size()) break;
      const char c = m_text[m_pos];
      if (c == m_delimiter) {
        advance();
        ++m_column_index;
        if (m_pos >= m_text.size()) break;
        continue;
      }
      // A line break: CRLF or LF (a lone CR too).
      if (c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') advance();
      advance();
      if (!end_row()) return;
    }
    end_row();
  }

 private:
  // One field from the current position up to a delimiter, a line break or the end.
  bool field() {
    const std::uint32_t line = m_line, column = m_column;
    const std::size_t offset = m_pos;
    std::string value;
    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
      advance();
      while (true) {
        if (m_pos >= m_text.size()) {
          error(MessageId::import_csv_unclosed_quote, {}, line, column, offset);
          return false;
        }
        const char c = m_text[m_pos];
        if (c == '"') {
          if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
            value += '"';
            advance();
            advance();
            continue;
          }
          advance();
          break;
        }
        value += c;
        advance();
        if (value.size() > kMaxCellBytes) return too_long(line, column, offset);
      }
      // After the closing quote, only spaces before the delimiter or the line's end.
      while (m_pos < m_text.size() && m_text[m_pos] == ' ') advance();
      if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && m_text[m_pos] != '\r' &&
          m_text[m_pos] != '\n') {
        error(MessageId::import_csv_text_after_quote, {}, m_line, m_column, m_pos);
        return false;
      }
    } else {
      while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == m_delimiter || c == '\n' || c == '\r') break;
        value += c;
        advance();
        if (value.size() > kMaxCellBytes) return too_long(line, column, offset);
      }
    }
    const std::string_view text = trimmed_cell(value);
    if (!text.empty()) {
      if (!m_budget.take(text.size())) {
        error(MessageId::import_too_many_cells, {m_out.sheet.file, std::to_string(kMaxCells)}, line,
              column, offset);
        return false;
      }
      Cell cell;
      cell.column = m_column_index;
      cell.text = text::is_ascii(text) ? std::string(text) : text::to_nfc(text);
      cell.line = line;
      cell.line_column = column;
      cell.offset = offset;
      m_row.cells.push_back(std::move(cell));
    }
    return true;
  }

  // A cell longer than any a spreadsheet holds (Excel: 32 767 characters).
  bool too_long(std::uint32_t line, std::uint32_t column, std::size_t offset) {
    error(MessageId::import_cell_too_long, {m_out.sheet.file, "32767"}, line, column, offset);
    return false;
  }

  bool end_row() {
    ++m_row_number;
    if (!m_row.cells.empty()) {
      if (m_out.sheet.rows.size() >= m_max_rows) {
        error(MessageId::import_too_many_rows, {std::to_string(m_max_rows)}, m_line, 1, m_pos);
        m_out.diagnostics.back().hint = MessageId::hint_import_csv_rows;
        return false;
      }
      m_row.number = m_row_number;
      m_out.sheet.rows.push_back(std::move(m_row));
    }
    m_row = Row{};
    m_column_index = 1;
    return true;
  }

  // Moves one byte on, counting lines and the characters of the line.
  void advance() {
    const auto byte = static_cast<unsigned char>(m_text[m_pos]);
    ++m_pos;
    if (byte == '\n' || (byte == '\r' && (m_pos >= m_text.size() || m_text[m_pos] != '\n'))) {
      ++m_line;
      m_column = 1;
    } else if ((byte & 0xC0) != 0x80 && byte != '\r') {
      ++m_column;
    }
  }

  void error(MessageId id, std::vector<MessageArg> args, std::uint32_t line, std::uint32_t column,
             std::size_t offset) {
    Location where;
    where.file = m_out.sheet.file;
    where.line = line;
    where.column = column;
    where.offset = offset;
    m_out.diagnostics.push_back(Diagnostic::error(id, std::move(args), std::move(where)));
  }

  std::string_view m_text;
  char m_delimiter;
  CsvReading& m_out;
  std::uint32_t m_max_rows;
  std::size_t m_pos = 0;
  std::uint32_t m_line = 1, m_column = 1;
  std::uint32_t m_row_number = 0, m_column_index = 1;
  CellBudget m_budget;
  Row m_row;
};

}  // namespace

CsvReading read_csv(const std::string& name, std::string bytes, std::uint32_t max_rows) {
  CsvReading out;
  out.sheet.file = name;
  out.sheet.text_file = true;
  std::string text;
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    out.encoding = "UTF-8 with BOM";
    text = bytes.substr(3);
  } else if (!text::find_invalid_utf8(bytes)) {
    out.encoding = "UTF-8";
    text = std::move(bytes);
  } else if (bytes.size() >= 2 &&
             (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0)) {
    // Excel's "Unicode text": UTF-16 with its byte order mark.
    DecodedSource decoded = decode_source(name, std::move(bytes));
    if (!decoded.source) {
      out.diagnostics = std::move(decoded.diagnostics);
      return out;
    }
    out.encoding = "UTF-16";
    text = std::string(decoded.source->text());
  } else {
    // Text that is UTF-8 up to a stray byte is UTF-8 with a mistake, not Windows-1258.
    const std::size_t bad = *text::find_invalid_utf8(bytes);
    const bool utf8_before = std::any_of(bytes.begin(), bytes.begin() + static_cast<long>(bad),
                                         [](char c) { return (c & 0x80) != 0; });
    Converted converted = utf8_before ? Converted{{}, bad} : from_windows_1258(bytes);
    if (converted.bad_byte) {
      Location where;
      where.file = name;
      where.offset = *converted.bad_byte;
      const std::string_view before = std::string_view(bytes).substr(0, *converted.bad_byte);
      const std::size_t line_start = before.rfind('\n');
      where.line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
      where.column = static_cast<std::uint32_t>(
          *converted.bad_byte - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1);
      const auto byte =
          static_cast<unsigned char>(bytes[std::min(*converted.bad_byte, bytes.size() - 1)]);
      out.diagnostics.push_back(Diagnostic::error(
          MessageId::import_encoding, {fmt::format("0x{:02X}", byte)}, std::move(where)));
      return out;
    }
    out.encoding = "Windows-1258";
    text = std::move(converted.text);
  }
  Parser(text, detect_delimiter(text), out, max_rows).run();
  out.source.emplace(name, std::move(text));
  return out;
}

}  // namespace qobj::import
