// Every report format behind one door: pick a format by name or by an output file's
// extension, then render the evaluation to a sink (or, for XLSX, to a file).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"
#include "core/official/nd30.hpp"
#include "core/report/html_report.hpp"
#include "core/report/part_writer.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

enum class ReportFormat { table, json, csv, markdown, html, xlsx, junit };

// "table", "json", "csv", "md", "html", "xlsx", "junit"
std::optional<ReportFormat> format_from_name(std::string_view name);
std::string_view format_name(ReportFormat format);
// .txt, .json, .csv, .md, .html/.htm, .xlsx, .xml (JUnit), case aside.
std::optional<ReportFormat> format_from_extension(std::string_view path);
// XLSX is a zip archive, written by a library to a file of its own.
inline bool is_binary(ReportFormat format) {
  return format == ReportFormat::xlsx;
}

struct RenderOptions {
  Lang lang = Lang::en;
  bool colour = false;    // ANSI colours: the terminal table on a terminal only, never a file
  bool bom = false;       // CSV: a UTF-8 byte order mark, for Excel
  official::Issue issue;  // HTML: the report's number and place
  // Only the roll-up across agencies (qobj report --summary-only); CSV then writes its table.
  bool summary_only = false;
  unsigned jobs = 1;  // JSON: agencies written at once (0: one per core); the bytes are the same
};

// Renders every format but XLSX.
void render_report(ReportFormat format, const eval::Evaluation& evaluation,
                   const RenderOptions& options, const Sink& sink);

// The report in `format` written part by part, as render_report writes it whole: for the
// formats whose roll-up comes after the agencies (the table, JSON, CSV), and for every format
// but XLSX with only the roll-up. Nothing for the others, which need the whole to begin.
std::unique_ptr<PartWriter> part_writer(ReportFormat format, const RenderOptions& options,
                                        Sink sink);
// Whether part_writer has a writer for `format`.
bool writes_in_parts(ReportFormat format, bool summary_only);

// qobj report --trend, in the formats it is written in (table, json, csv, md, html); false
// for the others (XLSX, JUnit), which the command line refuses beforehand.
bool has_trend_format(ReportFormat format);
void render_trend(ReportFormat format, const eval::Trend& trend, const RenderOptions& options,
                  const Sink& sink);

// Writes the XLSX workbook to `path`; false with `error` set when it cannot.
bool write_xlsx_report(const eval::Evaluation& evaluation, const RenderOptions& options,
                       const std::string& path, int& error);

}  // namespace qobj::report
