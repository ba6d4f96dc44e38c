// Excel 97–2003 workbooks (.xls, BIFF8), as some one-stop systems still send them, read with
// Debian's freexl: every sheet's cells (numbers exact as stored, text NFC). freexl reads from a
// path, so the bytes are written to a private temporary file first, removed after. BIFF8 has at
// most 65 536 rows and 256 columns; the same limits on rows and cells as the other readers apply.
#pragma once

#include <string>
#include <string_view>

#include "core/import/xlsx.hpp"

namespace qobj::import {

// The same result as a workbook's (XlsxReading): its sheets, their names, the diagnostics.
XlsxReading read_xls(const std::string& name, std::string_view bytes, std::uint32_t max_rows,
                     const std::string& only_sheet = {});

}  // namespace qobj::import
