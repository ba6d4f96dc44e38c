// The report as CSV (RFC 4180: CRLF line ends, fields quoted when they must be), one row per
// target part (an objective without targets, a group or a withdrawn one, gets one row), for
// scripts and spreadsheets: machine numbers (dot decimal, no grouping), verdict code and
// localised label in separate columns, stable English column names.
#pragma once

#include <memory>

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"
#include "core/report/part_writer.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

// `bom` puts a UTF-8 byte order mark first, so that Excel reads Vietnamese text as UTF-8.
void write_csv_report(const eval::Evaluation& evaluation, Lang lang, bool bom, const Sink& sink);
// The same, part by part.
std::unique_ptr<PartWriter> csv_part_writer(Lang lang, bool bom, Sink sink);
// The roll-up across agencies as its own table (a CSV holds one): a row per agency, its units
// below it and the total (columns row, agency, unit, name, objectives, then a count per
// verdict code), then a row per agency missing the year's files (row "missing").
void write_csv_rollup(const eval::Evaluation& evaluation, Lang lang, bool bom, const Sink& sink);
// qobj report --trend: a row per agency, target and year (long form, for pivot tables):
// the latest ids, the ids that year, the result as a machine number, the verdict.
void write_csv_trend(const eval::Trend& trend, Lang lang, bool bom, const Sink& sink);

}  // namespace qobj::report
