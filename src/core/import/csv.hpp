// CSV as spreadsheets export it (RFC 4180: quoted fields, doubled quotes, line breaks inside
// quotes, CRLF or LF), in UTF-8, UTF-8 with a byte order mark, or Windows-1258 as Excel writes
// it on Vietnamese Windows; the delimiter is a comma, a semicolon or a tab, whichever the first
// lines use. Every cell keeps its line and column, for diagnostics that show the line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/import/sheet.hpp"
#include "core/source/source_file.hpp"

namespace qobj::import {

struct CsvReading {
  Sheet sheet;
  std::optional<SourceFile> source;  // the text as decoded, for showing lines
  std::string encoding;              // "UTF-8", "UTF-8 with BOM", "Windows-1258"…
  std::vector<Diagnostic> diagnostics;
};

// Reads at most `max_rows` rows; more is an error (no one-stop report is that long).
CsvReading read_csv(const std::string& name, std::string bytes, std::uint32_t max_rows);

}  // namespace qobj::import
