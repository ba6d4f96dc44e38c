// The report formats over one small evaluation whose texts hold every character a format
// must escape: commas and quotes (CSV), pipes and Markdown marks, markup (HTML, XML).
#include <doctest/doctest.h>

#include "core/check/check.hpp"
#include "core/eval/evaluate.hpp"
#include "core/report/render.hpp"

using namespace qobj;
using report::ReportFormat;

namespace {

const char* kObjectives = R"(format: qobj/objectives
version: 1
agency: {id: so-x, name: "Sở <X> & \"Y\""}
year: 2021
objectives:
  - id: MT1
    title: "Hồ sơ đúng hạn, \"trước hạn\" | <b>nhanh</b> *gấp*"
    plan: {actions: [a], resources: [b], responsible: c, due: 2021-12-31, evaluation: d}
    targets:
      - {id: dung-han, kind: percentage, comparison: at-least, value: 100}
)";

const char* kMeasurements = R"(format: qobj/measurements
version: 1
agency: so-x
year: 2021
records:
  - {target: MT1/dung-han, period: 2021, numerator: 2, denominator: 3}
evaluations:
  - objective: MT1
    cause: "Thiếu người, chậm\nhồ sơ"
    corrective_action: {action: "Bổ sung \"cán bộ\"", responsible: Văn phòng, due: 2022-03-31}
)";

std::string render(ReportFormat format, Lang lang = Lang::vi, bool bom = false,
                   official::Issue issue = {}, const char* measurements = kMeasurements) {
  CheckResult checked =
      check_texts({{"o.yaml", kObjectives}, {"m.yaml", measurements}}, CheckOptions{});
  REQUIRE(checked.outcome == CheckOutcome::ok);
  const eval::Evaluation evaluation = eval::evaluate(checked.repository, *parse_date("2022-01-31"));
  std::string out;
  report::render_report(format, evaluation, {lang, false, bom, std::move(issue)},
                        report::string_sink(out));
  return out;
}

}  // namespace

TEST_CASE("formats by name and by a file's extension") {
  CHECK(report::format_from_extension("a/b/report.HTML") == ReportFormat::html);
  CHECK(report::format_from_extension("x.htm") == ReportFormat::html);
  CHECK(report::format_from_extension("x.xml") == ReportFormat::junit);
  CHECK(report::format_from_extension("x.md") == ReportFormat::markdown);
  CHECK(report::format_from_extension("x.xlsx") == ReportFormat::xlsx);
  CHECK(report::format_from_extension("x.txt") == ReportFormat::table);
  CHECK_FALSE(report::format_from_extension("x.pdf").has_value());
  CHECK_FALSE(report::format_from_extension("Makefile").has_value());
  CHECK(report::format_from_name("md") == ReportFormat::markdown);
  CHECK_FALSE(report::format_from_name("markdown").has_value());
  CHECK(report::format_name(ReportFormat::junit) == "junit");
}

TEST_CASE("CSV quotes what RFC 4180 asks and writes machine numbers") {
  const std::string csv = render(ReportFormat::csv);
  CHECK(csv.rfind("agency,year,", 0) == 0);
  CHECK(csv.find("\"Hồ sơ đúng hạn, \"\"trước hạn\"\" | <b>nhanh</b> *gấp*\"") !=
        std::string::npos);
  CHECK(csv.find("\"Thiếu người, chậm\nhồ sơ\"") != std::string::npos);  // line break kept, quoted
  CHECK(csv.find(",66.666667,") != std::string::npos);                   // 2/3, for machines
  CHECK(csv.find(",not-met,Không đạt,") != std::string::npos);
  CHECK(render(ReportFormat::csv, Lang::en, true)
            .rfind("\xEF\xBB\xBF"
                   "agency,",
                   0) == 0);
}

TEST_CASE("Markdown escapes what would break a table or format text") {
  const std::string md = render(ReportFormat::markdown);
  CHECK(md.find("\\| \\<b\\>nhanh\\</b\\> \\*gấp\\*") != std::string::npos);
  CHECK(md.find("chậm hồ sơ") != std::string::npos);  // no line break inside a list item
  CHECK(md.find("❌ Không đạt") != std::string::npos);
}

TEST_CASE("the HTML's number and date lines: dotted for a hand, or as given") {
  const std::string blank = render(ReportFormat::html);
  CHECK(blank.find("Số: ……/BC-……") != std::string::npos);
  CHECK(blank.find("……, ngày 31 tháng 01 năm 2022") != std::string::npos);
  const std::string filled =
      render(ReportFormat::html, Lang::vi, false, {"15/BC-SX", "Ninh Bình <&>", std::nullopt});
  CHECK(filled.find("Số: 15/BC-SX") != std::string::npos);
  CHECK(filled.find("Ninh Bình &lt;&amp;&gt;, ngày 31 tháng 01 năm 2022") != std::string::npos);
}

TEST_CASE("HTML and JUnit escape markup") {
  const std::string html = render(ReportFormat::html);
  CHECK(html.find("&lt;b&gt;nhanh&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("<b>nhanh</b>") == std::string::npos);
  CHECK(html.find("Sở &lt;X&gt; &amp; &quot;Y&quot;") != std::string::npos);
  CHECK(html.find("66,67%") != std::string::npos);
  const std::string junit = render(ReportFormat::junit, Lang::en);
  CHECK(junit.find("message=\"target ≥ 100%, result 66.67%\"") != std::string::npos);
  CHECK(junit.find("&quot;trước hạn&quot; | &lt;b&gt;") != std::string::npos);
}

TEST_CASE("CSV defuses text a spreadsheet would run as a formula, not negative numbers") {
  const char* measurements = R"yaml(format: qobj/measurements
version: 1
agency: so-x
year: 2021
records:
  - {target: MT1/dung-han, period: 2021, numerator: 2, denominator: 3}
evaluations:
  - objective: MT1
    cause: "=HYPERLINK(\"http://x\")"
    corrective_action: {action: "+84 gọi lại", responsible: "@ban", due: 2022-03-31}
)yaml";
  const std::string csv = render(ReportFormat::csv, Lang::vi, false, {}, measurements);
  CHECK(csv.find("\"'=HYPERLINK(\"\"http://x\"\")\"") != std::string::npos);
  CHECK(csv.find(",'+84 gọi lại,") != std::string::npos);
  CHECK(csv.find(",'@ban,") != std::string::npos);
  CHECK(csv.find(",-33.333333,") != std::string::npos);  // the gap, a number, stays a number
}
