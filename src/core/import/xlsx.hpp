// XLSX workbooks as the one-stop systems send them: the zip read from memory with minizip, the
// workbook, its shared strings and each sheet's XML streamed through expat, so that memory is
// bounded by the cells kept, not by the file. A zip bomb (an entry inflating far beyond its
// compressed size, or beyond the size limit), a DOCTYPE, a sheet past `max_rows` rows and a
// cell past Excel's 32 767 characters stop the reading with an error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/import/sheet.hpp"

namespace qobj::import {

struct XlsxReading {
  std::vector<Sheet> sheets;       // in the workbook's order (only `only_sheet` when given)
  std::vector<std::string> names;  // every sheet's name
  std::vector<Diagnostic> diagnostics;
  std::uint64_t sheet_xml_bytes = 0;  // inflated sheet XML read (for the benchmark)

  // An error about the workbook `file` (at `cell` when given: "Quý 1.2026!A3"), which stops the
  // reading: the readers return the reading with it.
  XlsxReading&& error(const std::string& file, MessageId id, std::vector<MessageArg> args,
                      std::string cell = {});
  // `only_sheet` is not among `names`: the error that lists them.
  XlsxReading&& no_such_sheet(const std::string& file, const std::string& only_sheet);
};

XlsxReading read_xlsx(const std::string& name, std::string_view bytes, std::uint32_t max_rows,
                      const std::string& only_sheet = {});

}  // namespace qobj::import
