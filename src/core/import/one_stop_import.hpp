// `qobj import one-stop` as a core service: the one-stop shop's reports (CSV or XLSX) read into
// one period each, with every problem said at its cell; the periods checked together (overlaps,
// gaps, mixed conventions) and placed in their reporting year.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/import/layout.hpp"
#include "core/model/one_stop.hpp"
#include "core/source/source_file.hpp"
#include "core/time/date.hpp"

namespace qobj::import {

struct ImportFile {
  std::string name;   // as shown in diagnostics and written in `imported_from`
  std::string bytes;  // the file as received
};

struct ImportRequest {
  std::string agency;
  std::string target;  // "MT2/dung-han"
  model::OneStopDefinition definition = model::OneStopDefinition::resolved;
  mpq_class tolerance = 0;       // dossiers a total may be off by (a warning, not an error)
  std::optional<Period> period;  // for a report that does not say its period
  std::string sheet;             // only this sheet of a workbook
  // The mapping the reports are laid out by (read_mapping); none: the built-in layouts.
  const Layout* layout = nullptr;
  // The year the periods are reported over, when known (the file they are added to says it);
  // else read off the first period.
  std::optional<Period> reporting_year;
  std::uint32_t max_rows = 200000;
};

// One report's figures for one period.
struct ImportedPeriod {
  Period period;
  model::OneStopCounts counts;  // empty for a percentage reported alone
  // The percentage the report prints, taken as the record's value when the layout lacks the
  // counts the definition needs (reported, unverifiable).
  std::optional<mpq_class> reported_percent;
  int reported_decimals = 0;  // as printed: the rounding it carries
  // A score read from a JSON file (a mapping's json:), and the pointer it was read at.
  std::optional<ExactNumber> score;
  std::string pointer;
  std::string file, sheet;
  std::string layout;     // the layout's name: "Biểu 06/VPCP/KSTT", a mapping's
  std::uint32_t row = 0;  // the row taken (0: the rows were added up)
  Location at;
};

struct ImportResult {
  std::vector<ImportedPeriod> periods;  // sorted by period
  int year = 0;                         // the plan year the periods are for
  // The year they are reported over when it is not the calendar year (15/12 to 14/12).
  std::optional<Period> reporting_year;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::shared_ptr<const SourceFile>> sources;  // CSV texts, for showing lines

  bool ok() const { return !has_errors(diagnostics) && !periods.empty(); }
};

// The columns `definition` needs that `layout` has none of, by the form's number and the
// mapping's word: "(10) resolved_late, (13) pending_late"; empty when it has them all.
std::string columns_lacking(const Layout& layout, model::OneStopDefinition definition);

ImportResult import_one_stop(std::vector<ImportFile> files, const ImportRequest& request);

// The reporting year a period lies in: one year from its day of the month in December of the
// year before (15/12/2025–14/03/2026 → 15/12/2025–14/12/2026; Lâm Đồng's 01/12/2019–29/02/2020
// → 01/12/2019–30/11/2020) or in January (a calendar quarter → the calendar year; a period from
// the 1st that both contain is taken as calendar).
Period reporting_year_of(const Period& period);

}  // namespace qobj::import
