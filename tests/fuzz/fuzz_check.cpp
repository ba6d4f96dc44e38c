// libFuzzer target for everything after reading: format detection, validation against the
// built-in schemas, the model and the checks across files, every diagnostic renderer, and,
// for input that passes, the evaluation and every text report format.
// The input is split at a "#---" line into two files, so that cross-file checks see an
// objectives file and a measurements file together.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/check/check.hpp"
#include "core/diag/machine_renderers.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/eval/evaluate.hpp"
#include "core/report/render.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto split = input.find("\n#---\n");
  std::vector<qobj::NamedText> files{{"a.yaml", input.substr(0, split)}};
  if (split != std::string::npos) files.push_back({"b.yaml", input.substr(split + 6)});
  const qobj::CheckResult result = qobj::check_texts(std::move(files), {});
  const qobj::SourceLookup lookup = [&](const std::string& name) {
    return result.find_source(name);
  };
  for (const auto& diagnostic : result.diagnostics) {
    (void)qobj::render_diagnostic(diagnostic, lookup, {qobj::Lang::vi, false});
  }
  const qobj::CheckSummaryData summary{result.files_checked, &result.diagnostics};
  (void)qobj::render_diagnostics_sarif(summary, qobj::Lang::en, "fuzz");
  (void)qobj::render_diagnostics_github(summary, qobj::Lang::en);
  if (result.outcome != qobj::CheckOutcome::ok) return 0;
  using qobj::report::ReportFormat;
  for (const qobj::Date as_of : {qobj::make_date(2021, 6, 30), qobj::make_date(2030, 1, 1)}) {
    const auto evaluation = qobj::eval::evaluate(result.repository, as_of);
    for (const auto format : {ReportFormat::table, ReportFormat::json, ReportFormat::csv,
                              ReportFormat::markdown, ReportFormat::html, ReportFormat::junit}) {
      std::size_t written = 0;
      qobj::report::render_report(format, evaluation,
                                  {qobj::Lang::vi, true, true, {"1/BC", "Hà Nội", std::nullopt}},
                                  [&written](std::string_view piece) { written += piece.size(); });
    }
  }
  return 0;
}
