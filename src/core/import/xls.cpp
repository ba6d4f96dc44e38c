#include "core/import/xls.hpp"

#include <fmt/format.h>
#include <freexl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "core/num/exact_number.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace qobj::import {

namespace {

// A private temporary copy of the bytes, removed when it goes out of scope.
class TemporaryCopy {
 public:
  explicit TemporaryCopy(std::string_view bytes) {
    std::error_code error;
    std::string pattern =
        (std::filesystem::temp_directory_path(error) / "qobj-import-XXXXXX").string();
    const int fd = mkstemp(pattern.data());
    if (fd < 0) return;
    m_path = pattern;
    std::size_t written = 0;
    while (written < bytes.size()) {
      const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
      if (n <= 0) break;
      written += static_cast<std::size_t>(n);
    }
    m_ok = ::close(fd) == 0 && written == bytes.size();
  }
  ~TemporaryCopy() {
    if (!m_path.empty()) ::unlink(m_path.c_str());
  }
  TemporaryCopy(const TemporaryCopy&) = delete;
  TemporaryCopy& operator=(const TemporaryCopy&) = delete;

  bool ok() const { return m_ok; }
  const std::string& path() const { return m_path; }

 private:
  std::string m_path;
  bool m_ok = false;
};

// A double as a person reads it: 1250 for 1250.0, else its shortest exact decimal.
std::string double_text(double value) {
  const std::string shortest = fmt::format("{}", value);
  const auto exact = parse_exact_number(shortest);
  return exact ? to_decimal_string(*exact) : shortest;
}

}  // namespace

XlsxReading read_xls(const std::string& name, std::string_view bytes, std::uint32_t max_rows,
                     const std::string& only_sheet) {
  XlsxReading out;
  const auto fail = [&](MessageId id, std::vector<MessageArg> args, std::string cell = {}) {
    return out.error(name, id, std::move(args), std::move(cell));
  };
  const TemporaryCopy copy(bytes);
  if (!copy.ok()) return fail(MessageId::import_not_a_workbook, {name});
  const void* handle = nullptr;
  const int opened = freexl_open(copy.path().c_str(), &handle);
  const std::unique_ptr<const void, int (*)(const void*)> closer(handle, freexl_close);
  if (opened != FREEXL_OK) return fail(MessageId::import_xls, {name});
  unsigned int sheets = 0;
  if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets) != FREEXL_OK)
    return fail(MessageId::import_not_a_workbook, {name});
  bool matched = only_sheet.empty();
  CellBudget budget;
  for (unsigned int index = 0; index < sheets; ++index) {
    const char* sheet_name = nullptr;
    if (freexl_get_worksheet_name(handle, static_cast<unsigned short>(index), &sheet_name) !=
            FREEXL_OK ||
        sheet_name == nullptr)
      continue;
    const std::string shown = text::to_nfc(sheet_name);
    out.names.push_back(shown);
    if (!only_sheet.empty() && shown != text::to_nfc(only_sheet)) continue;
    matched = true;
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle, static_cast<unsigned short>(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK)
      return fail(MessageId::import_not_a_workbook, {name});
    Sheet sheet;
    sheet.file = name;
    sheet.name = shown;
    for (unsigned int r = 0; r < rows; ++r) {
      Row row;
      row.number = r + 1;
      for (unsigned short c = 0; c < columns; ++c) {
        FreeXL_CellValue value{};
        if (freexl_get_cell_value(handle, r, c, &value) != FREEXL_OK) continue;
        Cell cell;
        cell.column = c + 1u;
        switch (value.type) {
          case FREEXL_CELL_INT:
            cell.text = std::to_string(value.value.int_value);
            cell.numeric = true;
            break;
          case FREEXL_CELL_DOUBLE:
            cell.text = double_text(value.value.double_value);
            cell.numeric = true;
            break;
          case FREEXL_CELL_TEXT:
          case FREEXL_CELL_SST_TEXT:
          case FREEXL_CELL_DATE:
          case FREEXL_CELL_DATETIME:
          case FREEXL_CELL_TIME:
            if (value.value.text_value != nullptr) cell.text = value.value.text_value;
            break;
          default:
            continue;
        }
        cell.text = std::string(trimmed_cell(cell.text));
        if (cell.text.empty()) continue;
        if (!text::is_ascii(cell.text)) cell.text = text::to_nfc(cell.text);
        if (!budget.take(cell.text.size()))
          return fail(MessageId::import_too_many_cells, {name, std::to_string(kMaxCells)}, shown);
        row.cells.push_back(std::move(cell));
      }
      if (row.cells.empty()) continue;
      if (sheet.rows.size() >= max_rows)
        return fail(MessageId::import_too_many_rows, {std::to_string(max_rows)}, shown);
      sheet.rows.push_back(std::move(row));
    }
    out.sheets.push_back(std::move(sheet));
  }
  if (!matched) return out.no_such_sheet(name, only_sheet);
  return out;
}

}  // namespace qobj::import
