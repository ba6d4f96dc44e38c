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
};

XlsxReading read_xlsx(const std::string& name, std::string_view bytes, std::uint32_t max_rows,
                      const std::string& only_sheet = {});

}  // namespace qobj::import
