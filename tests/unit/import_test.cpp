// The import's pieces on inline inputs: CSV as spreadsheets write it, the form found by its
// column numbers, the older layout and mapping files for others, counts as systems print them, the
// period line, the reporting year a period lies in, and records added to an existing measurements
// file with the rest left as written.
#include <doctest/doctest.h>

#include <string>

#include "core/diag/catalogue.hpp"
#include "core/import/csv.hpp"
#include "core/import/json_score.hpp"
#include "core/import/mapping.hpp"
#include "core/import/measurements_text.hpp"
#include "core/import/one_stop_form.hpp"
#include "core/import/one_stop_import.hpp"
#include "core/yaml/reader.hpp"

using namespace qobj;
using namespace qobj::import;

namespace {

// A small form: the period, the column numbers, two lĩnh vực rows and the total.
std::string form(const std::string& total_resolved_early = "18") {
  return "Kỳ báo cáo: Quý I năm 2026\n"
         "(Từ ngày 15/12/2025 đến ngày 14/03/2026)\n"
         "STT,Lĩnh vực,Tiếp nhận,,,,Đã giải quyết,,,,Đang giải quyết,,\n"
         "1,2,3,4,5,6,7,8,9,10,11,12,13\n"
         "1,Hộ tịch,12,6,5,1,10,8,1,1,2,2,0\n"
         "2,\"Đất đai, nhà ở\",13,7,4,2,11,10,1,0,2,1,1\n"
         ",Tổng số,25,13,9,3,21," +
         total_resolved_early + ",2,1,4,3,1\n";
}

std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.emplace_back(message_code(d.message));
  return out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

ImportResult imported(const std::string& csv) {
  ImportRequest request;
  request.agency = "so-x";
  request.target = "MT2/dung-han";
  request.definition = model::OneStopDefinition::resolved;
  return import_one_stop({ImportFile{"q1.csv", csv}}, request);
}

}  // namespace

TEST_CASE("import: CSV as RFC 4180 has it, with its places") {
  const CsvReading r =
      read_csv("a.csv", "a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\n", 10);
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.sheet.rows.size() == 2);
  CHECK(r.sheet.rows[0].cells[1].text == "b, c");
  CHECK(r.sheet.rows[0].cells[2].text == "say \"hi\"");
  CHECK(r.sheet.rows[1].cells[0].text == "two\nlines");
  CHECK(r.sheet.rows[1].cells[1].line == 3);  // after the line break inside quotes
  CHECK(r.sheet.rows[1].cells[1].column == 2);

  // Semicolons, a byte order mark, NFD text made NFC.
  const CsvReading bom = read_csv("b.csv",
                                  "\xEF\xBB\xBF"
                                  "STT;Ho\xCC\x82\xCC\x80 sơ;3\n",
                                  10);
  CHECK(bom.encoding == "UTF-8 with BOM");
  REQUIRE(bom.sheet.rows.size() == 1);
  CHECK(bom.sheet.rows[0].cells.size() == 3);
  CHECK(bom.sheet.rows[0].cells[1].text == "Hồ sơ");

  // Windows-1258: "Hồ sơ" as Excel writes it there (base letters and tone marks).
  const CsvReading cp = read_csv("c.csv", std::string("H\xF4\xCC s\xF5,1\n"), 10);
  CHECK(cp.encoding == "Windows-1258");
  REQUIRE(cp.sheet.rows.size() == 1);
  CHECK(cp.sheet.rows[0].cells[0].text == "Hồ sơ");

  CHECK(codes(read_csv("d.csv", "a,\"open\n", 10).diagnostics) ==
        std::vector<std::string>{"import.csv-unclosed-quote"});
  CHECK(codes(read_csv("e.csv", "\"a\"b,c\n", 10).diagnostics) ==
        std::vector<std::string>{"import.csv-text-after-quote"});
  CHECK(codes(read_csv("f.csv", "1\n2\n3\n", 2).diagnostics) ==
        std::vector<std::string>{"import.too-many-rows"});
}

TEST_CASE("import: counts, dates and period lines as systems print them") {
  CHECK(*parse_count("1250") == 1250);
  CHECK(*parse_count("1.250") == 1250);
  CHECK(*parse_count("1,250,000") == 1250000);
  CHECK(*parse_count("1 250") == 1250);
  CHECK(*parse_count("") == 0);
  CHECK(*parse_count("-") == 0);
  CHECK_FALSE(parse_count("12,5"));
  CHECK_FALSE(parse_count("1.25"));
  CHECK_FALSE(parse_count("12a"));
  CHECK_FALSE(parse_count("1250,"));

  CHECK(parse_vietnamese_date("1/3/2026") == Date{2026, 3, 1});
  CHECK_FALSE(parse_vietnamese_date("30/02/2026"));
  CHECK(parse_period_line("(Từ ngày 15/12/2025 đến ngày 14/03/2026)") ==
        Period{Date{2025, 12, 15}, Date{2026, 3, 14}});
  CHECK(parse_period_line("TỪ NGÀY 01-12-2019 ĐẾN NGÀY 29.02.2020") ==
        Period{Date{2019, 12, 1}, Date{2020, 2, 29}});
  CHECK_FALSE(parse_period_line("Kỳ báo cáo: Quý I năm 2026"));

  // The reporting year a period lies in.
  CHECK(reporting_year_of(Period{Date{2026, 3, 15}, Date{2026, 6, 14}}) ==
        Period{Date{2025, 12, 15}, Date{2026, 12, 14}});
  CHECK(reporting_year_of(Period{Date{2019, 12, 1}, Date{2020, 2, 29}}) ==
        Period{Date{2019, 12, 1}, Date{2020, 11, 30}});
  CHECK(reporting_year_of(Period{Date{2026, 4, 1}, Date{2026, 6, 30}}) ==
        Period{Date{2026, 1, 1}, Date{2026, 12, 31}});
}

TEST_CASE("import: the form found by its column numbers, checked at the cell") {
  const ImportResult good = imported(form());
  REQUIRE(good.ok());
  REQUIRE(good.periods.size() == 1);
  const ImportedPeriod& p = good.periods.front();
  CHECK(p.period == Period{Date{2025, 12, 15}, Date{2026, 3, 14}});
  CHECK(*p.counts[model::OneStopColumn::resolved] == 21);
  CHECK(p.row == 7);
  CHECK(good.reporting_year == Period{Date{2025, 12, 15}, Date{2026, 12, 14}});
  CHECK(good.year == 2026);

  // The total's (8) is 1 more than its rows and than (7) − (9) − (10): both said at H7.
  const ImportResult off = imported(form("19"));
  CHECK_FALSE(off.ok());
  CHECK(codes(off.diagnostics) ==
        std::vector<std::string>{"import.identity", "import.total-mismatch"});
  CHECK(off.diagnostics[1].location.cell == "H7");
  CHECK(off.diagnostics[1].location.line == 7);

  // Within a stated tolerance: warnings, and the total's figures are taken.
  ImportRequest tolerant;
  tolerant.target = "MT2/dung-han";
  tolerant.tolerance = 1;
  const ImportResult accepted = import_one_stop({ImportFile{"q1.csv", form("19")}}, tolerant);
  CHECK(accepted.ok());
  CHECK(accepted.diagnostics.size() == 2);
  CHECK(accepted.diagnostics[0].severity == Severity::warning);

  // Under resolved-without-returned, (7) may hold the dossiers returned.
  ImportRequest returned;
  returned.definition = model::OneStopDefinition::resolved_without_returned;
  // One dossier returned in Hộ tịch, counted in its (7) (and received: (3) and (4) one more).
  const std::string with_returned =
      replaced(replaced(form(), ",Tổng số,25,13,9,3,21,", ",Tổng số,26,14,9,3,22,"),
               "1,Hộ tịch,12,6,5,1,10", "1,Hộ tịch,13,7,5,1,11");
  const ImportResult kept = import_one_stop({ImportFile{"q1.csv", with_returned}}, returned);
  INFO(codes(kept.diagnostics).size());
  CHECK(kept.ok());
  CHECK_FALSE(imported(with_returned).ok());

  CHECK(codes(imported("STT,Mã hồ sơ\n1,000.00.20\n").diagnostics) ==
        std::vector<std::string>{"import.no-form"});
  std::string no_period = form();
  no_period.erase(no_period.find("(Từ"),
                  no_period.find('\n', no_period.find("(Từ")) - no_period.find("(Từ") + 1);
  CHECK(codes(imported(no_period).diagnostics) == std::vector<std::string>{"import.no-period"});
}

TEST_CASE("import: the older layout, told by its 11 numbered columns") {
  const std::string older =
      "(Từ ngày 01/10/2019 đến ngày 31/10/2019)\n"
      "1,2,3,4,5,6,7,8,9,10,11\n"
      "1,Cấp tỉnh,52,7,45,43,42,1,8,8,0\n"
      ",Tổng cộng,52,7,45,43,42,1,8,8,0\n";
  const ImportResult read = imported(older);
  REQUIRE(read.ok());
  const model::OneStopCounts& c = read.periods.front().counts;
  CHECK(*c[model::OneStopColumn::received_new] == 45);
  CHECK(*c[model::OneStopColumn::resolved_in_time] == 42);
  CHECK_FALSE(c[model::OneStopColumn::resolved_early]);
  CHECK(read.periods.front().layout == older_layout().name);
  const auto terms = model::apply_definition(model::OneStopDefinition::resolved, c).terms;
  REQUIRE(terms);
  CHECK(terms->numerator == 42);
  CHECK(terms->denominator == 43);
  // (3) = (4) + (5) in its numbering: carried over and received new.
  CHECK(codes(imported(replaced(older, "1,Cấp tỉnh,52,7,45", "1,Cấp tỉnh,52,7,44")).diagnostics) ==
        std::vector<std::string>{"import.identity", "import.total-mismatch"});
  // Ten numbered columns are neither layout.
  CHECK(codes(imported("1,2,3,4,5,6,7,8,9,10\n1,A,1,1,1,1,1,1,1,1\n").diagnostics) ==
        std::vector<std::string>{"import.no-form"});
}

TEST_CASE("import: a mapping file read into a layout, and reports read by it") {
  const MappingReading mapping = read_mapping("m.yaml",
                                              "format: qobj/import-mapping\n"
                                              "version: 1\n"
                                              "name: Xuất hệ thống\n"
                                              "find_by: headings\n"
                                              "columns:\n"
                                              "  - {role: ignore, heading: Ghi chú}\n"
                                              "  - {role: label, heading: Lĩnh vực}\n"
                                              "  - {role: resolved, heading: Đã giải quyết}\n"
                                              "  - {role: resolved_in_time, heading: Đúng hạn}\n"
                                              "  - {role: resolved_late, heading: Quá hạn}\n"
                                              "  - {role: pending_late, heading: Quá hạn}\n"
                                              "total_rows: [Cộng toàn tỉnh]\n"
                                              "rows: [Hộ tịch, Đất đai]\n");
  REQUIRE(mapping.layout);
  const Layout& layout = *mapping.layout;
  CHECK(layout.anchor == TableAnchor::headings);
  CHECK(layout.columns.size() == 6);
  CHECK(layout.column_name(model::OneStopColumn::pending_late) == "«Quá hạn»");
  ImportRequest request;
  request.definition = model::OneStopDefinition::due;
  request.layout = &layout;
  // Headings in another case and without accents, "Quá hạn" twice matched left to right.
  const std::string csv =
      "Từ ngày 15/12/2025 đến ngày 14/03/2026\n"
      "Ghi chú,LĨNH VỰC,Da giai quyet,Đúng hạn,Quá hạn,Quá hạn\n"
      ",Hộ tịch,10,9,1,2\n"
      "x,Đất đai,20,20,0,1\n"
      ",Cộng toàn tỉnh,30,29,1,3\n";
  const ImportResult read = import_one_stop({ImportFile{"x.csv", csv}}, request);
  REQUIRE(read.ok());
  const model::OneStopCounts& c = read.periods.front().counts;
  CHECK(*c[model::OneStopColumn::resolved_late] == 1);
  CHECK(*c[model::OneStopColumn::pending_late] == 3);
  CHECK(read.periods.front().row == 5);
  // A row it does not know, said at its name.
  const ImportResult unknown = import_one_stop(
      {ImportFile{"x.csv", replaced(csv, ",Đất đai,", ",Đất đai và nhà ở,")}}, request);
  CHECK(codes(unknown.diagnostics) == std::vector<std::string>{"import.unknown-row"});
  CHECK(unknown.diagnostics[0].location.line == 4);
  // A definition its columns cannot give: (4) and (5) are not there.
  request.definition = model::OneStopDefinition::online;
  CHECK(codes(import_one_stop({ImportFile{"x.csv", csv}}, request).diagnostics) ==
        std::vector<std::string>{"import.layout-lacks"});

  // The take_row: the agency's row, not the total.
  const MappingReading units =
      read_mapping("u.yaml",
                   "format: qobj/import-mapping\nversion: 1\nname: Các Sở\n"
                   "columns: [number, label, resolved, resolved_in_time, resolved_late]\n"
                   "take_row: so tu phap\n");
  REQUIRE(units.layout);
  ImportRequest by_unit;
  by_unit.layout = &*units.layout;
  const ImportResult taken =
      import_one_stop({ImportFile{"t.csv",
                                  "(Từ ngày 15/12/2025 đến ngày 14/03/2026)\n(1),(2),(3),(4),(5)\n"
                                  "1,Sở Tư pháp,10,9,1\n2,Sở Y tế,5,5,0\n,Tổng số,15,14,1\n"}},
                      by_unit);
  REQUIRE(taken.ok());
  CHECK(*taken.periods.front().counts[model::OneStopColumn::resolved] == 10);
  CHECK(taken.periods.front().row == 3);

  // A percent column: taken as reported when the counts are not there; beside the counts,
  // checked against the definition's ratio as printed (rounded to its decimals).
  const MappingReading shares =
      read_mapping("p.yaml",
                   "format: qobj/import-mapping\nversion: 1\nname: Tỷ lệ\n"
                   "columns: [number, label, resolved, resolved_in_time, resolved_late,\n"
                   "          {role: percent, definition: resolved}]\n");
  REQUIRE(shares.layout);
  ImportRequest with_percent;
  with_percent.layout = &*shares.layout;
  const std::string printed =
      "(Từ ngày 15/12/2025 đến ngày 14/03/2026)\n(1),(2),(3),(4),(5),(6)\n"
      "1,Hộ tịch,3,2,1,\"66,67%\"\n,Tổng số,3,2,1,\"66,67%\"\n";
  const ImportResult agrees = import_one_stop({ImportFile{"p.csv", printed}}, with_percent);
  REQUIRE(agrees.ok());
  CHECK(agrees.diagnostics.empty());  // 2/3 = 66,666…% is 66,67 as printed
  CHECK_FALSE(agrees.periods.front().reported_percent);
  with_percent.definition = model::OneStopDefinition::due;  // (8+9)/(8+9+10+13): lacks (13)
  // The printed ratio is resolved's: it cannot stand for due's.
  CHECK(codes(import_one_stop({ImportFile{"p.csv", printed}}, with_percent).diagnostics) ==
        std::vector<std::string>{"import.percent-other-definition"});
  const MappingReading due_shares =
      read_mapping("d.yaml",
                   "format: qobj/import-mapping\nversion: 1\nname: Tỷ lệ\n"
                   "columns: [number, label, resolved, resolved_in_time, resolved_late,\n"
                   "          {role: percent, definition: due}]\n");
  REQUIRE(due_shares.layout);
  ImportRequest due_request = with_percent;
  due_request.layout = &*due_shares.layout;
  const ImportResult reported = import_one_stop({ImportFile{"p.csv", printed}}, due_request);
  REQUIRE(reported.ok());
  REQUIRE(reported.periods.front().reported_percent);
  CHECK(*reported.periods.front().reported_percent == mpq_class(6667, 100));
  CHECK(reported.periods.front().reported_decimals == 2);
  // A percent column must say which ratio it prints; a definition elsewhere says nothing.
  CHECK(codes(read_mapping("e.yaml",
                           "format: qobj/import-mapping\nversion: 1\nname: A\n"
                           "columns: [number, label, percent, {role: resolved, definition: due}]\n")
                  .diagnostics) == std::vector<std::string>{"import.mapping-percent-definition",
                                                            "import.mapping-definition-unused"});
  with_percent.definition = model::OneStopDefinition::resolved;
  const ImportResult differs =
      import_one_stop({ImportFile{"p.csv", replaced(replaced(printed, "\"66,67%\"", "\"66,9%\""),
                                                    "\"66,67%\"", "\"66,9%\"")}},
                      with_percent);
  CHECK(codes(differs.diagnostics) == std::vector<std::string>{"import.percent-differs"});
  CHECK(differs.ok());  // a warning: the columns' ratio is taken
  CHECK(codes(import_one_stop({ImportFile{"p.csv", replaced(printed, "\"66,67%\"", "cao")}},
                              with_percent)
                  .diagnostics) == std::vector<std::string>{"import.not-a-percent"});
  CHECK(parse_percent("99,19%") == std::make_pair(mpq_class(9919, 100), 2));
  CHECK(parse_percent("100") == std::make_pair(mpq_class(100), 0));
  CHECK_FALSE(parse_percent("99,"));
  CHECK_FALSE(parse_percent("9,9,1"));
  // A leading zero is a decimal digit, never GMP's octal prefix ("0,75" once read as 0,61).
  CHECK(parse_percent("0,9919") == std::make_pair(mpq_class(9919, 10000), 4));
  CHECK(parse_percent("0,75") == std::make_pair(mpq_class(3, 4), 2));
  CHECK(parse_percent("0,08") == std::make_pair(mpq_class(2, 25), 2));
  CHECK(parse_percent("09") == std::make_pair(mpq_class(9), 0));
  CHECK(*parse_count("0.100") == 100);
  CHECK(*parse_count("1.089") == 1089);

  // Mistakes in a mapping, each at its place.
  CHECK(codes(read_mapping("a.yaml",
                           "format: qobj/import-mapping\nversion: 1\nname: A\n"
                           "columns: [number, resolved, resolved]\n")
                  .diagnostics) ==
        std::vector<std::string>{"import.mapping-column-twice", "import.mapping-no-label"});
  CHECK(codes(read_mapping("b.yaml", "format: qobj/measurements\nversion: 1\n").diagnostics) ==
        std::vector<std::string>{"import.not-a-mapping"});
  CHECK(codes(read_mapping("c.yaml",
                           "format: qobj/import-mapping\nversion: 1\nname: C\n"
                           "columns: [label, pending_soon]\n")
                  .diagnostics) == std::vector<std::string>{"schema.enum"});
}

TEST_CASE("import: periods together: overlaps, gaps, one convention") {
  ImportRequest request;
  request.target = "MT2/dung-han";
  const std::string q1_dates = "15/12/2025 đến ngày 14/03/2026";
  const std::string q2 = replaced(form(), q1_dates, "15/03/2026 đến ngày 14/06/2026");
  const std::string q4 = replaced(form(), q1_dates, "15/09/2026 đến ngày 14/12/2026");
  const std::string calendar = replaced(form(), q1_dates, "01/04/2026 đến ngày 30/06/2026");
  const auto run = [&](std::vector<ImportFile> files) {
    return import_one_stop(std::move(files), request);
  };
  CHECK(codes(run({{"q1.csv", form()}, {"q1-again.csv", form()}}).diagnostics) ==
        std::vector<std::string>{"import.overlap"});
  const ImportResult gap = run({{"q1.csv", form()}, {"q2.csv", q2}, {"q4.csv", q4}});
  CHECK(gap.ok());
  CHECK(codes(gap.diagnostics) == std::vector<std::string>{"import.gap"});
  CHECK(codes(run({{"q1.csv", form()}, {"cal.csv", calendar}}).diagnostics) ==
        std::vector<std::string>{"import.mixed-conventions"});
}

TEST_CASE("import: records added to an existing file, the rest as written") {
  const ImportResult result = imported(form());
  ImportRequest request;
  request.agency = "so-x";
  request.target = "MT2/dung-han";
  const std::string header =
      "format: qobj/measurements\nversion: 1\nagency: so-x\nyear: 2026\n"
      "reporting_year: {start: 2025-12-15, end: 2026-12-14}\n";

  // `records: []`, as qobj init writes it, with its comment.
  const Appended empty =
      append_records("m.yaml", header + "records: []   # số liệu\n", result, request);
  REQUIRE(empty.text);
  CHECK(empty.text->find("records:   # số liệu\n  - target: MT2/dung-han\n") != std::string::npos);

  // A block list followed by a commented section: the records go before the comment.
  const std::string block = header +
                            "records:\n    - {target: MT1, period: 2026, done: true}\n\n"
                            "# Đánh giá cuối năm\nevaluations: []\n";
  const Appended added = append_records("m.yaml", block, result, request);
  REQUIRE(added.text);
  const auto at = added.text->find("    - target: MT2/dung-han");
  CHECK(at != std::string::npos);
  CHECK(at < added.text->find("# Đánh giá cuối năm"));
  CHECK(added.text->find("      period: {start: 2025-12-15") != std::string::npos);

  // A file of another convention is not added to.
  const Appended other = append_records(
      "m.yaml", "format: qobj/measurements\nversion: 1\nagency: so-x\nyear: 2026\nrecords: []\n",
      result, request);
  CHECK_FALSE(other.text);
  CHECK(codes(other.diagnostics) == std::vector<std::string>{"import.reporting-year-differs"});
}

TEST_CASE("import: a score in a saved JSON file, by JSON Pointers") {
  const MappingReading index = read_mapping(
      "i.yaml",
      "format: qobj/import-mapping\nversion: 1\nname: Bộ chỉ số\n"
      "json: {rows: /data, name: /ten, score: /diem~1tien-do, out_of: 20, start: /ky/0,\n"
      "       end: /ky/1}\ntake_row: Sở Tư pháp\n");
  REQUIRE(index.layout);
  REQUIRE(index.layout->json);
  const std::string saved =
      R"({"ky": ["01/01/2025", "2025-12-31"], "data": [)"
      R"({"ten": "Sở Y tế", "diem/tien-do": 18.4}, {"ten": "SỞ TƯ PHÁP", "diem/tien-do": 17.35}]})";
  const JsonScoreReading read = read_json_score("i.json", saved, *index.layout);
  CHECK(read.diagnostics.empty());
  REQUIRE(read.score);
  CHECK(read.score->value == mpq_class(347, 20));
  CHECK(read.pointer == "/data/1/diem~1tien-do");  // the body found by its name, folded
  REQUIRE(read.period);
  CHECK(read.period->start.to_string() == "2025-01-01");
  CHECK(read.period->end.to_string() == "2025-12-31");
  // A text score, the Vietnamese way.
  const JsonScoreReading text =
      read_json_score("t.json", replaced(saved, "17.35", "\"17,35\""), *index.layout);
  REQUIRE(text.score);
  CHECK(text.score->value == mpq_class(347, 20));
  // Each mistake at its place.
  CHECK(
      codes(read_json_score("a.json", replaced(saved, "17.35", "21"), *index.layout).diagnostics) ==
      std::vector<std::string>{"import.json-not-a-score"});
  CHECK(codes(read_json_score("b.json", replaced(saved, "Y tế", "Tư pháp"), *index.layout)
                  .diagnostics) == std::vector<std::string>{"import.row-twice"});
  CHECK(codes(read_json_score("c.json", replaced(saved, "SỞ TƯ PHÁP", "Sở Nội vụ"), *index.layout)
                  .diagnostics) == std::vector<std::string>{"import.row-not-found"});
  CHECK(codes(read_json_score("d.json", replaced(saved, "2025-12-31", "cả năm"), *index.layout)
                  .diagnostics) == std::vector<std::string>{"import.json-not-a-date"});
  CHECK(codes(read_json_score("e.json", replaced(saved, "\"ky\"", "\"period\""), *index.layout)
                  .diagnostics) ==
        std::vector<std::string>{"import.json-missing", "import.json-missing"});

  // RFC 6901: ~1 is '/', ~0 is '~', indexes without leading zeros.
  yaml::ReadResult doc = yaml::read_yaml("p.json", R"({"a/b": {"c~d": [1, 2, 3]}})");
  REQUIRE(doc.document);
  const yaml::Document& d = *doc.document;
  const auto two = resolve_pointer(d, d.root(), "/a~1b/c~0d/1");
  REQUIRE(two);
  CHECK(d.text(*two) == "2");
  CHECK_FALSE(resolve_pointer(d, d.root(), "/a~1b/c~0d/01"));
  CHECK_FALSE(resolve_pointer(d, d.root(), "/a~1b/c~0d/3"));
  CHECK_FALSE(resolve_pointer(d, d.root(), "a"));
  CHECK(resolve_pointer(d, d.root(), "") == d.root());

  // A mapping reads a table or a JSON score, not both, and finds the agency's body by name.
  CHECK(codes(read_mapping("m.yaml",
                           "format: qobj/import-mapping\nversion: 1\nname: A\n"
                           "columns: [number, label]\n"
                           "json: {score: /a, out_of: 20, start: /b, end: /c}\n")
                  .diagnostics) == std::vector<std::string>{"import.mapping-table-or-json"});
  CHECK(codes(read_mapping("n.yaml",
                           "format: qobj/import-mapping\nversion: 1\nname: A\n"
                           "json: {rows: /data, score: /a, out_of: 20, start: /b, end: /c}\n")
                  .diagnostics) == std::vector<std::string>{"import.mapping-json-row"});
  CHECK(codes(read_mapping("o.yaml", "format: qobj/import-mapping\nversion: 1\nname: A\n")
                  .diagnostics) == std::vector<std::string>{"import.mapping-nothing-read"});
}
