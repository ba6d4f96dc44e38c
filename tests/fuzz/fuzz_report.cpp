// libFuzzer target for every report renderer, with its output checked inside the target
// (output_checks.hpp): the JSON parses, the XML (JUnit) is well-formed, the CSV has no
// formula, the HTML no "nan", the terminal table no escape but qobj's colours, and all of it
// is valid UTF-8 without control characters. Diagnostics are checked the same way, so input
// that fails the check is useful too. The input is split at a "#---" line into two files.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/check/check.hpp"
#include "core/diag/machine_renderers.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/eval/evaluate.hpp"
#include "core/report/render.hpp"
#include "output_checks.hpp"

using namespace qobj;

namespace {

void check_diagnostics(const CheckResult& result) {
  const SourceLookup lookup = [&](const std::string& name) { return result.find_source(name); };
  std::string text;
  for (const auto& diagnostic : result.diagnostics) {
    text += render_diagnostic(diagnostic, lookup, {Lang::vi, true});
  }
  text += render_omitted(result.omitted, {Lang::en, true});
  fuzz::check_terminal(text);
  const CheckSummaryData summary{result.files_checked, &result.diagnostics, &result.omitted};
  fuzz::check_json(render_diagnostics_json(summary, Lang::vi));
  fuzz::check_json(render_diagnostics_sarif(summary, Lang::en, "fuzz"));
  const std::string github = render_diagnostics_github(summary, Lang::en);
  fuzz::check_safe_text(github, "github");
  std::size_t start = 0;
  while (start < github.size()) {  // one workflow command per line, never a second one
    fuzz::require(github.compare(start, 2, "::") == 0, "github: a line that is not a command",
                  github);
    start = github.find('\n', start) + 1;
    if (start == 0) break;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto split = input.find("\n#---\n");
  std::vector<NamedText> files{{"a.yaml", input.substr(0, split)}};
  if (split != std::string::npos)
    files.push_back({"b\x1b]0;x\x07\x1b[2J.yaml", input.substr(split + 6)});
  const CheckResult result = check_texts(std::move(files), {});
  check_diagnostics(result);
  if (result.outcome != CheckOutcome::ok) return 0;
  using report::ReportFormat;
  for (const Date as_of : {make_date(2021, 6, 30), make_date(2030, 1, 1)}) {
    const auto evaluation = eval::evaluate(result.repository, as_of);
    for (const auto format : {ReportFormat::table, ReportFormat::json, ReportFormat::csv,
                              ReportFormat::markdown, ReportFormat::html, ReportFormat::junit}) {
      std::string out;
      const bool colour = format == ReportFormat::table;
      report::render_report(format, evaluation,
                            {Lang::vi, colour, true, {"1/BC", "Hà Nội", std::nullopt}},
                            report::string_sink(out));
      switch (format) {
        case ReportFormat::table:
          fuzz::check_terminal(out);
          break;
        case ReportFormat::json:
          fuzz::check_json(out);
          break;
        case ReportFormat::csv:
          fuzz::check_csv(out);
          break;
        case ReportFormat::html:
          fuzz::check_html(out);
          break;
        case ReportFormat::junit:
          fuzz::check_xml(out);
          break;
        default:
          fuzz::check_safe_text(out, "markdown");
      }
    }
  }
  return 0;
}
