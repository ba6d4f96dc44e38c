// qobj new-year's edits: which years in a text are the plan's, and the text of next year's
// files, edited where the tree says (the rest of the file byte for byte).
#include "core/cycle/new_year.hpp"

#include <doctest/doctest.h>

#include <string>

#include "core/check/check.hpp"

using namespace qobj;

TEST_CASE("only a year standing on its own is the plan's year") {
  CHECK(cycle::with_year_replaced("năm 2023", 2023, 2024) == "năm 2024");
  CHECK(cycle::with_year_replaced("(2023)", 2023, 2024) == "(2024)");
  CHECK(cycle::with_year_replaced("ngày 31/12/2023", 2023, 2024) == "ngày 31/12/2024");
  // A document's number, a span of years, a longer number: not the year.
  CHECK(cycle::with_year_replaced("Nghị định 15/2023/NĐ-CP", 2023, 2024) ==
        "Nghị định 15/2023/NĐ-CP");
  CHECK(cycle::with_year_replaced("giai đoạn 2021-2023", 2023, 2024) == "giai đoạn 2021-2023");
  CHECK(cycle::with_year_replaced("giai đoạn 2023–2025", 2023, 2024) == "giai đoạn 2023–2025");
  CHECK(cycle::with_year_replaced("120234 hồ sơ", 2023, 2024) == "120234 hồ sơ");
  // A day or a period of the year is the year's; a span of years is not.
  CHECK(cycle::with_year_replaced("kỳ 2023-Q1, 2023-H2, 2023-9M, 2023-03", 2023, 2024) ==
        "kỳ 2024-Q1, 2024-H2, 2024-9M, 2024-03");
  CHECK(cycle::with_year_replaced("2023-2025", 2023, 2024) == "2023-2025");
  CHECK(cycle::with_year_replaced("hạn 2023-12-31", 2023, 2024) == "hạn 2024-12-31");
  int replaced = 0;
  std::size_t first = std::string::npos;
  CHECK(cycle::with_year_replaced("2023 và 2023", 2023, 2024, &replaced, &first) == "2024 và 2024");
  CHECK(replaced == 2);
  CHECK(first == 0);
}

namespace {

cycle::NewYear plan_of(const std::string& objectives, Lang lang = Lang::vi) {
  CheckOptions options;
  options.as_of = parse_date("2025-01-31");
  const CheckResult checked = check_texts({{"o.yaml", objectives}}, options);
  REQUIRE(checked.outcome == CheckOutcome::ok);
  return cycle::plan_new_year(checked.repository, 2025, nullptr, lang);
}

const std::string kHead =
    "format: qobj/objectives\nversion: 1\nagency: {id: so-x, name: Sở X}\nyear: 2024\n";

}  // namespace

TEST_CASE("dates move by the years between, and 29 February becomes the 28th") {
  const auto plan = plan_of(kHead +
                            "period: {start: 2024-01-01, end: \"2024-12-31\"}\n"
                            "objectives:\n"
                            "  - id: MT1\n"
                            "    title: Xong trước 29/02\n"
                            "    targets: [{id: a, kind: deadline, due: 2024-02-29}]\n");
  REQUIRE(plan.files.size() == 1);
  const std::string& text = plan.files[0].text;
  CHECK(text.find("year: 2025\n") != std::string::npos);
  CHECK(text.find("period: {start: 2025-01-01, end: \"2025-12-31\"}") != std::string::npos);
  CHECK(text.find("due: 2025-02-28}") != std::string::npos);
  CHECK(plan.files[0].dates == 3);
  REQUIRE(plan.notes.size() == 1);
  CHECK(plan.notes[0].kind == cycle::YearNote::Kind::leap_day);
  CHECK(plan.notes[0].detail == "2024-02-29 → 2025-02-28");
}

TEST_CASE("the decision's number and date are commented out in a block, asked for in a flow") {
  const std::string body =
      "objectives:\n  - id: MT1\n    title: T\n    targets: [{id: a, kind: yes-no}]\n";
  const auto block =
      plan_of(kHead + "document:\n  number: 7/QĐ-SX  # số\n  date: 2024-01-05\n" + body, Lang::en);
  CHECK(block.files[0].text.find(
            "  # number: 7/QĐ-SX (qobj new-year: 2024's; write the number of 2025's decision)  "
            "# số\n  # date: 2024-01-05 (qobj new-year: 2024's; write the date of 2025's "
            "decision)\n") != std::string::npos);
  REQUIRE(block.notes.size() == 1);
  CHECK(block.notes[0].detail == "number: 7/QĐ-SX, date: 2024-01-05");
  const auto flow = plan_of(kHead + "document: {number: 7/QĐ-SX, date: 2024-01-05}\n" + body);
  CHECK(flow.files[0].text.find("{number: 7/QĐ-SX, date: 2024-01-05}") != std::string::npos);
  REQUIRE(flow.notes.size() == 1);
  CHECK(flow.notes[0].detail.find("vẫn còn trong tệp: hãy sửa") != std::string::npos);
}

TEST_CASE("a growth target's text moves its baseline year on with it; legal bases stay") {
  const auto plan = plan_of(kHead +
                            "document:\n  legal_bases: [Căn cứ Quyết định ngày 05/01/2024]\n"
                            "objectives:\n"
                            "  - id: MT1\n"
                            "    title: Doanh thu năm 2024 tăng so với năm 2023\n"
                            "    targets:\n"
                            "      - id: tang\n"
                            "        text: tăng 5% so với năm 2023\n"
                            "        kind: growth\n"
                            "        baseline_year: 2023\n"
                            "        value: 5\n");
  const std::string& text = plan.files[0].text;
  CHECK(text.find("legal_bases: [Căn cứ Quyết định ngày 05/01/2024]") != std::string::npos);
  CHECK(text.find("title: Doanh thu năm 2025 tăng so với năm 2024\n") != std::string::npos);
  CHECK(text.find("text: tăng 5% so với năm 2024\n") != std::string::npos);
  CHECK(text.find("baseline_year: 2024\n") != std::string::npos);
  CHECK(plan.files[0].baseline_years == 1);
}

TEST_CASE("last year's revisions of a target are commented out, never moved into the new year") {
  const auto plan =
      plan_of(kHead +
                  "objectives:\n"
                  "  - id: MT1\n"
                  "    title: Thu ngân sách\n"
                  "    targets:\n"
                  "      - id: thu\n"
                  "        kind: amount\n"
                  "        comparison: at-least\n"
                  "        value: 42000\n"
                  "        stretch: 45000\n"
                  "        unit: tỷ đồng\n"
                  "        revisions:\n"
                  "          - {date: 2024-10-01, document: QĐ 2352/QĐ-BTC, stretch: 56865}\n",
              Lang::vi);
  const std::string& text = plan.files[0].text;
  CHECK(text.find("        # qobj new-year: chỉ tiêu được điều chỉnh trong năm 2024; ghi mức của "
                  "năm 2025 vào value:, stretch:\n        # revisions:\n          # - {date: "
                  "2024-10-01") != std::string::npos);
  CHECK(text.find("2025-10-01") == std::string::npos);
}

TEST_CASE("a file written with CRLF keeps CRLF in the lines new-year writes") {
  CheckOptions options;
  options.as_of = parse_date("2025-01-31");
  const std::string objectives = kHead +
                                 "objectives:\r\n  - id: MT1\r\n    title: T\r\n"
                                 "    targets: [{id: a, kind: yes-no}]\r\n";
  const std::string measurements =
      "format: qobj/measurements\r\nversion: 1\r\nagency: so-x\r\nyear: 2024\r\nrecords:\r\n"
      "  # MT1: the year-end evaluation says it\r\n  - {target: MT1/a, period: 2024, done: "
      "true}\r\n";
  const CheckResult checked =
      check_texts({{"o.yaml", objectives}, {"m.yaml", measurements}}, options);
  REQUIRE(checked.outcome == CheckOutcome::ok);
  const auto plan = cycle::plan_new_year(checked.repository, 2025, nullptr, Lang::en);
  REQUIRE(plan.files.size() == 2);
  const std::string& text = plan.files[1].text;
  CHECK(text.find("year: 2025\r\nrecords: []\r\n  # MT1: the year-end evaluation says it\r\n") !=
        std::string::npos);
  for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1))
    CHECK(text[at - 1] == '\r');
}
