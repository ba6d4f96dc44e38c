#include "core/import/xlsx.hpp"

#include <expat.h>
#include <unzip.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <map>
#include <set>

#include "core/num/exact_number.hpp"
#include "core/text/join.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace qobj::import {

namespace {

// Limits against hostile workbooks (docs/limits.md).
constexpr std::uint64_t kMaxEntryBytes = 2ULL << 30;  // inflated, per part
constexpr std::uint64_t kMaxInflationRatio = 200;     // a sheet's XML compresses ~10–20×
constexpr std::uint64_t kRatioGrace = 16ULL << 20;    // small parts may compress more
constexpr std::size_t kMaxCellChars = 32767;          // Excel's own limit
constexpr std::size_t kMaxSharedStrings = 10'000'000;
constexpr std::uint64_t kMaxWorkbookBytes = 1ULL << 30;  // inflated, all parts together
constexpr std::size_t kMaxMergedRanges = 10'000;         // a form has a few dozen

// ---- the zip, read from memory through minizip's I/O hooks --------------------------------

struct Memory {
  std::string_view bytes;
  std::uint64_t pos = 0;
};

voidpf memory_open(voidpf opaque, const void*, int) {
  return opaque;
}
uLong memory_read(voidpf, voidpf stream, void* buffer, uLong size) {
  auto* m = static_cast<Memory*>(stream);
  const std::uint64_t left = m->bytes.size() - std::min<std::uint64_t>(m->pos, m->bytes.size());
  const uLong n = static_cast<uLong>(std::min<std::uint64_t>(size, left));
  if (n > 0) std::memcpy(buffer, m->bytes.data() + m->pos, n);
  m->pos += n;
  return n;
}
uLong memory_write(voidpf, voidpf, const void*, uLong) {
  return 0;
}
ZPOS64_T memory_tell(voidpf, voidpf stream) {
  return static_cast<Memory*>(stream)->pos;
}
long memory_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* m = static_cast<Memory*>(stream);
  std::uint64_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = m->pos;
  if (origin == ZLIB_FILEFUNC_SEEK_END) base = m->bytes.size();
  if (base + offset > m->bytes.size()) return -1;
  m->pos = base + offset;
  return 0;
}
int memory_close(voidpf, voidpf) {
  return 0;
}
int memory_error(voidpf, voidpf) {
  return 0;
}

class Zip {
 public:
  explicit Zip(std::string_view bytes) : m_memory{bytes, 0} {
    zlib_filefunc64_def io{};
    io.zopen64_file = memory_open;
    io.zread_file = memory_read;
    io.zwrite_file = memory_write;
    io.ztell64_file = memory_tell;
    io.zseek64_file = memory_seek;
    io.zclose_file = memory_close;
    io.zerror_file = memory_error;
    io.opaque = &m_memory;
    m_zip = unzOpen2_64("workbook", &io);
  }
  ~Zip() {
    if (m_zip != nullptr) unzClose(m_zip);
  }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  bool is_open() const { return m_zip != nullptr; }

  enum class Read { ok, missing, corrupt, too_large, bomb, stopped };

  // Streams a part's inflated bytes to `sink` (which returns false to stop), within the limits.
  Read stream(const std::string& part,
              const std::function<bool(const char*, std::size_t, bool)>& sink,
              std::uint64_t* inflated = nullptr) {
    if (unzLocateFile(m_zip, part.c_str(), 0) != UNZ_OK) return Read::missing;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
      return Read::corrupt;
    if (info.uncompressed_size > kMaxEntryBytes) return Read::too_large;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) return Read::corrupt;
    std::array<char, 1 << 16> buffer{};
    std::uint64_t total = 0;
    // The compressed bytes actually read for this part: the declared size can lie.
    const std::uint64_t compressed_start = m_memory.pos;
    Read result = Read::ok;
    while (true) {
      const int n = unzReadCurrentFile(m_zip, buffer.data(), buffer.size());
      if (n < 0) {
        result = Read::corrupt;
        break;
      }
      total += static_cast<std::uint64_t>(n);
      m_inflated += static_cast<std::uint64_t>(n);
      // The bytes actually inflated are what is limited, per part and for the whole workbook
      // (many sheets may name one part).
      if (total > kMaxEntryBytes || m_inflated > kMaxWorkbookBytes) {
        result = Read::too_large;
        break;
      }
      const std::uint64_t compressed = std::max<std::uint64_t>(m_memory.pos - compressed_start, 1);
      if (total > kRatioGrace && total > kMaxInflationRatio * compressed) {
        result = Read::bomb;
        break;
      }
      if (!sink(buffer.data(), static_cast<std::size_t>(n), n == 0)) {
        result = Read::stopped;
        break;
      }
      if (n == 0) break;
    }
    if (unzCloseCurrentFile(m_zip) == UNZ_CRCERROR && result == Read::ok) result = Read::corrupt;
    if (inflated != nullptr) *inflated = total;
    return result;
  }

 private:
  Memory m_memory;
  unzFile m_zip = nullptr;
  std::uint64_t m_inflated = 0;  // all parts read so far
};

// ---- XML through expat ------------------------------------------------------------------

// Element names without their namespace prefix ("x:row" → "row"): some writers prefix them.
std::string_view local(const XML_Char* name) {
  std::string_view n(name);
  const auto colon = n.rfind(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const XML_Char* attribute(const XML_Char** attributes, std::string_view wanted) {
  for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
    if (local(attributes[i]) == wanted) return attributes[i + 1];
  }
  return nullptr;
}

// A parser whose handlers are the members of `Handler`, which may stop it with a reason.
template <typename Handler>
class XmlParser {
 public:
  explicit XmlParser(Handler& handler) : m_handler(handler), m_parser(XML_ParserCreate("UTF-8")) {
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &XmlParser::start, &XmlParser::end);
    XML_SetCharacterDataHandler(m_parser, &XmlParser::text);
    // A workbook's parts never declare a DOCTYPE: one is refused before any entity is read.
    XML_SetStartDoctypeDeclHandler(m_parser, &XmlParser::doctype);
  }
  ~XmlParser() { XML_ParserFree(m_parser); }
  XmlParser(const XmlParser&) = delete;
  XmlParser& operator=(const XmlParser&) = delete;

  bool feed(const char* data, std::size_t size, bool final) {
    if (XML_Parse(m_parser, data, static_cast<int>(size), final ? 1 : 0) == XML_STATUS_ERROR) {
      if (m_handler.problem.empty())
        m_handler.problem = XML_ErrorString(XML_GetErrorCode(m_parser));
      return false;
    }
    return true;
  }
  void stop(std::string reason) {
    if (m_handler.problem.empty()) m_handler.problem = std::move(reason);
    XML_StopParser(m_parser, XML_FALSE);
  }

 private:
  static void start(void* data, const XML_Char* name, const XML_Char** attributes) {
    auto* self = static_cast<XmlParser*>(data);
    if (!self->m_handler.start(local(name), attributes)) self->stop(self->m_handler.problem);
  }
  static void end(void* data, const XML_Char* name) {
    auto* self = static_cast<XmlParser*>(data);
    if (!self->m_handler.end(local(name))) self->stop(self->m_handler.problem);
  }
  static void text(void* data, const XML_Char* s, int length) {
    auto* self = static_cast<XmlParser*>(data);
    if (!self->m_handler.text(std::string_view(s, static_cast<std::size_t>(length))))
      self->stop(self->m_handler.problem);
  }
  static void doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    static_cast<XmlParser*>(data)->stop("DOCTYPE");
  }

  Handler& m_handler;
  XML_Parser m_parser;
};

// xl/workbook.xml: the sheets' names and relationship ids, in order.
struct WorkbookHandler {
  std::vector<std::pair<std::string, std::string>> sheets;  // name, r:id
  std::string problem;
  bool start(std::string_view name, const XML_Char** attributes) {
    if (name == "sheet") {
      const XML_Char* sheet_name = attribute(attributes, "name");
      const XML_Char* id = attribute(attributes, "id");
      if (sheet_name != nullptr && id != nullptr) sheets.emplace_back(sheet_name, id);
    }
    return true;
  }
  bool end(std::string_view) { return true; }
  bool text(std::string_view) { return true; }
};

// xl/_rels/workbook.xml.rels: relationship id → part.
struct RelationsHandler {
  std::map<std::string, std::string> targets;
  std::string problem;
  bool start(std::string_view name, const XML_Char** attributes) {
    if (name == "Relationship") {
      const XML_Char* id = attribute(attributes, "Id");
      const XML_Char* target = attribute(attributes, "Target");
      if (id != nullptr && target != nullptr) targets[id] = target;
    }
    return true;
  }
  bool end(std::string_view) { return true; }
  bool text(std::string_view) { return true; }
};

// xl/sharedStrings.xml: each <si>'s text runs joined (phonetic runs left out).
struct SharedStringsHandler {
  std::vector<std::string> strings;
  std::string current;
  bool in_item = false, in_text = false, in_phonetic = false;
  std::string problem;
  bool start(std::string_view name, const XML_Char**) {
    if (name == "si") {
      in_item = true;
      current.clear();
    } else if (name == "rPh") {
      in_phonetic = true;
    } else if (name == "t") {
      in_text = in_item && !in_phonetic;
    }
    return true;
  }
  bool end(std::string_view name) {
    if (name == "si") {
      if (strings.size() >= kMaxSharedStrings) {
        problem = "shared strings";
        return false;
      }
      // Made NFC once here, not in every cell that shows it.
      strings.push_back(text::is_ascii(current) ? current : text::to_nfc(current));
      in_item = false;
    } else if (name == "rPh") {
      in_phonetic = false;
    } else if (name == "t") {
      in_text = false;
    }
    return true;
  }
  bool text(std::string_view s) {
    if (!in_text) return true;
    current.append(s);
    if (current.size() > kMaxCellChars * 4) {
      problem = "cell";
      return false;
    }
    return true;
  }
};

// A number as stored ("1250", "1.25E3", "1250.5") as a person reads it: an integer in digits,
// else its exact decimal.
std::string number_text(std::string_view stored) {
  // Most cells of a form are whole numbers stored as digits: nothing to convert.
  if (!stored.empty() && stored.size() < 16 &&
      std::all_of(stored.begin(), stored.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::string(stored);
  const auto n = parse_exact_number(stored);
  if (!n || !n->is_finite()) return std::string(stored);
  return to_decimal_string(*n);
}

// A worksheet's cells and merged ranges.
struct SheetHandler {
  Sheet& sheet;
  const std::vector<std::string>& shared;
  std::uint32_t max_rows;
  CellBudget* budget;  // of the whole workbook
  std::string problem;
  std::string problem_cell;

  Row row;
  bool in_row = false;
  std::uint32_t last_row = 0, last_column = 0;
  // The cell being read.
  bool in_cell = false, in_value = false, in_inline_text = false, has_formula = false,
       has_value = false;
  std::string type, value, ref;
  std::uint32_t column = 0;

  SheetHandler(Sheet& s, const std::vector<std::string>& strings, std::uint32_t rows,
               CellBudget* kept)
      : sheet(s), shared(strings), max_rows(rows), budget(kept) {}

  bool start(std::string_view name, const XML_Char** attributes) {
    if (name == "row") {
      in_row = true;
      row = Row{};
      const XML_Char* r = attribute(attributes, "r");
      row.number =
          r != nullptr ? static_cast<std::uint32_t>(std::strtoul(r, nullptr, 10)) : last_row + 1;
      if (row.number <= last_row) row.number = last_row + 1;
      last_row = row.number;
      last_column = 0;
    } else if (name == "c" && in_row) {
      in_cell = true;
      has_formula = has_value = false;
      value.clear();
      const XML_Char* t = attribute(attributes, "t");
      type = t != nullptr ? t : "n";
      const XML_Char* r = attribute(attributes, "r");
      ref = r != nullptr ? r : "";
      const auto parsed = r != nullptr ? parse_cell_reference(r) : std::nullopt;
      column = parsed ? parsed->second : last_column + 1;
      last_column = column;
    } else if (name == "f" && in_cell) {
      has_formula = true;
    } else if (name == "v" && in_cell) {
      in_value = true;
      has_value = true;
    } else if (name == "t" && in_cell && type == "inlineStr") {
      in_inline_text = true;
      has_value = true;
    } else if (name == "mergeCell") {
      const XML_Char* r = attribute(attributes, "ref");
      if (r != nullptr) add_merged(r);
    }
    return true;
  }

  bool end(std::string_view name) {
    if (name == "v") {
      in_value = false;
    } else if (name == "t") {
      in_inline_text = false;
    } else if (name == "c" && in_cell) {
      in_cell = false;
      return finish_cell();
    } else if (name == "row" && in_row) {
      in_row = false;
      if (!row.cells.empty()) {
        if (sheet.rows.size() >= max_rows) {
          problem = "rows";
          return false;
        }
        std::sort(row.cells.begin(), row.cells.end(),
                  [](const Cell& a, const Cell& b) { return a.column < b.column; });
        sheet.rows.push_back(std::move(row));
      }
    }
    return true;
  }

  bool text(std::string_view s) {
    if (!in_value && !in_inline_text) return true;
    value.append(s);
    if (value.size() > kMaxCellChars * 4) {
      problem = "cell";
      problem_cell = column_letters(column) + std::to_string(row.number);
      return false;
    }
    return true;
  }

  bool finish_cell() {
    Cell cell;
    cell.column = column;
    // A formula whose <v> is missing or empty: its result was never saved (never a 0).
    if (has_formula && (!has_value || value.empty())) {
      cell.formula_without_value = true;
    } else if (type == "s") {
      const std::size_t index = std::strtoul(value.c_str(), nullptr, 10);
      if (index < shared.size()) {
        cell.text = shared[index];
      } else {
        cell.error_value = true;  // a string the workbook does not have
        cell.text = "#REF!";
      }
    } else if (type == "e") {
      cell.error_value = true;
      cell.text = value;
    } else if (type == "b") {
      cell.text = value == "1" ? "TRUE" : "FALSE";
    } else if (type == "str" || type == "inlineStr") {
      cell.text = value;
    } else if (!value.empty()) {
      cell.text = number_text(value);
      cell.numeric = true;
    }
    if (!cell.formula_without_value && !cell.error_value) {
      cell.text = std::string(trimmed_cell(cell.text));
      if (type != "s" && !text::is_ascii(cell.text)) cell.text = text::to_nfc(cell.text);
      if (cell.text.empty()) return true;
    }
    if (!budget->take(cell.text.size())) {
      problem = "cells";
      return false;
    }
    row.cells.push_back(std::move(cell));
    return true;
  }

  void add_merged(std::string_view ref_text) {
    const auto colon = ref_text.find(':');
    if (colon == std::string_view::npos) return;
    if (sheet.merged.size() >= kMaxMergedRanges) return;  // said once the sheet is read
    const auto first = parse_cell_reference(ref_text.substr(0, colon));
    const auto last = parse_cell_reference(ref_text.substr(colon + 1));
    if (!first || !last) return;
    sheet.merged.push_back(CellRange{first->first, first->second, last->first, last->second});
  }
};

// A part's path as the relationships write it, from the workbook's folder.
std::string part_path(const std::string& target) {
  if (!target.empty() && target.front() == '/') return target.substr(1);
  return "xl/" + target;
}

}  // namespace

XlsxReading&& XlsxReading::error(const std::string& file, MessageId id,
                                 std::vector<MessageArg> args, std::string cell) {
  Location at;
  at.file = file;
  at.cell = std::move(cell);
  diagnostics.push_back(Diagnostic::error(id, std::move(args), std::move(at)));
  return std::move(*this);
}

XlsxReading&& XlsxReading::no_such_sheet(const std::string& file, const std::string& only_sheet) {
  return error(file, MessageId::import_no_such_sheet, {only_sheet, text::join(names)});
}

XlsxReading read_xlsx(const std::string& name, std::string_view bytes, std::uint32_t max_rows,
                      const std::string& only_sheet) {
  XlsxReading out;
  const auto fail = [&](MessageId id, std::vector<MessageArg> args, std::string cell = {}) {
    return out.error(name, id, std::move(args), std::move(cell));
  };
  Zip zip(bytes);
  if (!zip.is_open()) return fail(MessageId::import_not_a_workbook, {name});

  // Reads a whole small part through a handler; false (with a diagnostic) when it cannot.
  const auto parse = [&](const std::string& part, auto& handler, bool required) {
    XmlParser parser(handler);
    const Zip::Read read = zip.stream(part, [&](const char* data, std::size_t size, bool final) {
      return parser.feed(data, size, final);
    });
    switch (read) {
      case Zip::Read::ok:
        return true;
      case Zip::Read::missing:
        if (!required) return true;
        fail(MessageId::import_not_a_workbook, {name});
        return false;
      case Zip::Read::too_large:
      case Zip::Read::bomb:
        fail(MessageId::import_zip_bomb, {part});
        return false;
      case Zip::Read::corrupt:
        fail(MessageId::import_not_a_workbook, {name});
        return false;
      case Zip::Read::stopped:
        break;
    }
    if (handler.problem == "rows") {
      fail(MessageId::import_too_many_rows, {std::to_string(max_rows)});
    } else if (handler.problem == "cell" || handler.problem == "shared strings") {
      fail(MessageId::import_cell_too_long, {part, std::to_string(kMaxCellChars)});
    } else {
      fail(MessageId::import_bad_xml, {part, handler.problem});
    }
    return false;
  };

  WorkbookHandler workbook;
  if (!parse("xl/workbook.xml", workbook, true)) return out;
  RelationsHandler relations;
  if (!parse("xl/_rels/workbook.xml.rels", relations, true)) return out;
  SharedStringsHandler shared;
  if (!parse("xl/sharedStrings.xml", shared, false)) return out;

  bool matched = only_sheet.empty();
  CellBudget budget;
  std::set<std::string> parts_read;
  for (const auto& [sheet_name, id] : workbook.sheets) {
    const std::string shown = text::to_nfc(sheet_name);
    out.names.push_back(shown);
    if (!only_sheet.empty() && shown != text::to_nfc(only_sheet)) continue;
    matched = true;
    const auto target = relations.targets.find(id);
    if (target == relations.targets.end()) continue;
    const std::string part = part_path(target->second);
    // Two sheets naming one part is no workbook a program writes.
    if (!parts_read.insert(part).second) return fail(MessageId::import_not_a_workbook, {name});
    Sheet sheet;
    sheet.file = name;
    sheet.name = shown;
    SheetHandler handler(sheet, shared.strings, max_rows, &budget);
    XmlParser parser(handler);
    std::uint64_t inflated = 0;
    const Zip::Read read = zip.stream(
        part,
        [&](const char* data, std::size_t size, bool final) {
          return parser.feed(data, size, final);
        },
        &inflated);
    out.sheet_xml_bytes += inflated;
    if (read == Zip::Read::too_large || read == Zip::Read::bomb) {
      return fail(MessageId::import_zip_bomb, {shown}, shown);
    }
    if (read == Zip::Read::corrupt || read == Zip::Read::missing) {
      return fail(MessageId::import_not_a_workbook, {name});
    }
    if (read == Zip::Read::stopped) {
      if (handler.problem == "rows")
        return fail(MessageId::import_too_many_rows, {std::to_string(max_rows)}, shown);
      if (handler.problem == "cells")
        return fail(MessageId::import_too_many_cells, {name, std::to_string(kMaxCells)}, shown);
      if (handler.problem == "cell")
        return fail(MessageId::import_cell_too_long, {shown, std::to_string(kMaxCellChars)},
                    shown + "!" + handler.problem_cell);
      return fail(MessageId::import_bad_xml, {shown, handler.problem});
    }
    if (sheet.merged.size() >= kMaxMergedRanges)
      return fail(MessageId::import_too_many_cells, {name, std::to_string(kMaxCells)}, shown);
    out.sheets.push_back(std::move(sheet));
  }
  if (!matched) return out.no_such_sheet(name, only_sheet);
  return out;
}

}  // namespace qobj::import
