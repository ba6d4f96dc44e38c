// qobj diff's comparison: what is added, removed, changed and renumbered, what only moved on
// with the year, and the verdicts that changed, over files written as a secretary would.
#include <doctest/doctest.h>

#include <string>

#include "core/check/check.hpp"
#include "core/diff/compare.hpp"
#include "core/diff/facts.hpp"
#include "core/diff/render.hpp"

using namespace qobj;

namespace {

std::string objectives(int year, const std::string& body) {
  return "format: qobj/objectives\nversion: 1\nagency: {id: so-x, name: Sở X}\nyear: " +
         std::to_string(year) + "\nobjectives:\n" + body;
}

CheckResult checked(const std::string& text, const std::string& data = "") {
  CheckOptions options;
  options.as_of = parse_date("2025-01-31");
  std::vector<NamedText> files{{"o.yaml", text}};
  if (!data.empty()) files.push_back({"m.yaml", data});
  CheckResult result = check_texts(std::move(files), options);
  REQUIRE(result.outcome == CheckOutcome::ok);
  return result;
}

diff::Diff compare(const std::string& before, const std::string& after) {
  return diff::compare(diff::facts_of(checked(before).repository, Lang::en),
                       diff::facts_of(checked(after).repository, Lang::en));
}

const std::string kMt1 =
    "  - id: MT1\n    title: Hồ sơ đúng hạn\n    due: 2024-12-31\n"
    "    targets: [{id: dung-han, kind: percentage, comparison: greater-than, value: 95}]\n";
const std::string kMt2 =
    "  - id: MT2\n    title: Không có khiếu nại\n    targets: [{id: kn, kind: zero-count}]\n";

}  // namespace

TEST_CASE("a target's new value is one change, worded as the reports word targets") {
  std::string raised = kMt1;
  raised.replace(raised.find("value: 95"), 9, "value: 97");
  const diff::Diff d = compare(objectives(2024, kMt1 + kMt2), objectives(2024, raised + kMt2));
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].kind == diff::Change::Kind::changed);
  CHECK(d.changes[0].id == "MT1/dung-han");
  REQUIRE(d.changes[0].fields.size() == 1);
  CHECK(d.changes[0].fields[0].name == "target");
  CHECK(d.changes[0].fields[0].before == "> 95%");
  CHECK(d.changes[0].fields[0].after == "> 97%");
  const std::string text = diff::render_text(d, {"a", "b"}, Lang::en);
  CHECK(text.find("~ MT1/dung-han: target: > 95% → > 97%\n") != std::string::npos);
}

TEST_CASE("objectives added and removed; the same wording under a new id is renumbered") {
  std::string moved = kMt2;
  moved.replace(moved.find("MT2"), 3, "MT5");
  const std::string added = "  - id: MT3\n    title: Mới\n    targets: [{id: a, kind: yes-no}]\n";
  const diff::Diff d = compare(objectives(2024, kMt1 + kMt2), objectives(2024, moved + added));
  // MT1 removed, MT2 → MT5, MT3 and its target added.
  int added_count = 0, removed = 0, renumbered = 0;
  for (const auto& change : d.changes) {
    added_count += change.kind == diff::Change::Kind::added;
    removed += change.kind == diff::Change::Kind::removed;
    if (change.kind == diff::Change::Kind::renumbered) {
      ++renumbered;
      CHECK(change.id == "MT2");
      CHECK(change.new_id == "MT5");
    }
  }
  CHECK(added_count == 2);
  CHECK(removed == 2);     // MT1 and MT1/dung-han
  CHECK(renumbered == 1);  // its target moved with it, unchanged
}

TEST_CASE("between two years, what only moved on with the year is counted, not listed") {
  const std::string titled =
      "  - id: MT1\n    title: Hồ sơ đúng hạn năm 2024\n    due: 2024-12-31\n"
      "    targets: [{id: a, kind: yes-no}]\n";
  std::string next = titled;
  next.replace(next.find("2024-12-31"), 10, "2025-12-31");
  next.replace(next.find("năm 2024"), std::string("năm 2024").size(), "năm 2025");
  const diff::Diff d = compare(objectives(2024, titled), objectives(2025, next));
  CHECK(d.moved_with_year == 3);  // the period, the title, the due date
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].id == "objectives");
  REQUIRE(d.changes[0].fields.size() == 1);
  CHECK(d.changes[0].fields[0].name == "year");
  // A year that moved by more than the plan's is a change, said.
  std::string later = next;
  later.replace(later.find("năm 2025"), std::string("năm 2025").size(), "năm 2027");
  const diff::Diff moved_more = compare(objectives(2024, titled), objectives(2025, later));
  CHECK(moved_more.moved_with_year == 2);
  REQUIRE(moved_more.changes.size() == 2);
  CHECK(moved_more.changes[1].id == "MT1");
  CHECK(moved_more.changes[1].fields[0].after == "Hồ sơ đúng hạn năm 2027");
}

TEST_CASE("records are compared by target and period, value by value") {
  const std::string data =
      "format: qobj/measurements\nversion: 1\nagency: so-x\nyear: 2024\n"
      "records:\n  - {target: MT1/dung-han, period: 2024-Q1, numerator: 10, "
      "denominator: 10}\n";
  std::string fixed = data;
  fixed.replace(fixed.find("numerator: 10"), 13, "numerator: 9");
  const auto before = diff::facts_of(checked(objectives(2024, kMt1), data).repository, Lang::vi);
  const auto after = diff::facts_of(checked(objectives(2024, kMt1), fixed).repository, Lang::vi);
  const diff::Diff d = diff::compare(before, after);
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].subject == diff::Subject::record);
  CHECK(d.changes[0].id == "MT1/dung-han 2024-Q1");
  CHECK(d.changes[0].fields[0].name == "numerator");
  CHECK(d.changes[0].fields[0].before == "10");
  CHECK(d.changes[0].fields[0].after == "9");
}

TEST_CASE("textconv gives one line per field, so git shows the field that changed") {
  const auto facts = diff::facts_of(checked(objectives(2024, kMt1)).repository, Lang::en);
  const std::string lines = diff::render_textconv(facts);
  CHECK(lines.find("MT1/dung-han target: > 95%\n") != std::string::npos);
  CHECK(lines.find("MT1 due: 2024-12-31\n") != std::string::npos);
}

TEST_CASE("with several years on a side, each year is compared with itself") {
  std::string raised = kMt1;
  raised.replace(raised.find("value: 95"), 9, "value: 97");
  const std::string y2024 = objectives(2024, kMt1);
  std::string y2025 = objectives(2025, kMt1);
  y2025.replace(y2025.find("2024-12-31"), 10, "2025-12-31");
  std::string y2025_raised = objectives(2025, raised);
  y2025_raised.replace(y2025_raised.find("2024-12-31"), 10, "2025-12-31");
  CheckOptions options;
  options.as_of = parse_date("2025-01-31");
  const auto facts = [&](const std::string& a, const std::string& b) {
    CheckResult result = check_texts({{"a.yaml", a}, {"b.yaml", b}}, options);
    REQUIRE(result.outcome == CheckOutcome::ok);
    return diff::facts_of(result.repository, Lang::en);
  };
  const diff::Diff d = diff::compare(facts(y2024, y2025), facts(y2024, y2025_raised));
  REQUIRE(d.changes.size() == 1);
  CHECK(d.several_years);
  CHECK(d.changes[0].year == 2025);
  CHECK(d.changes[0].id == "MT1/dung-han");
  const std::string text = diff::render_text(d, {"a", "b"}, Lang::en);
  CHECK(text.find("~ 2025: MT1/dung-han: target: > 95% → > 97%") != std::string::npos);
}

TEST_CASE("a renumbered objective whose title was reworded a little is still renumbered") {
  const std::string before =
      "  - id: MT2\n    title: Giải quyết các thủ tục hành chính cho tổ chức, cá nhân trước, "
      "đúng hạn\n    targets: [{id: a, kind: yes-no}]\n";
  const std::string after =
      "  - id: MT5\n    title: Giải quyết các thủ tục hành chính cho tổ chức, cá nhân trước và "
      "đúng hạn\n    targets: [{id: a, kind: yes-no}]\n";
  const diff::Diff d = compare(objectives(2024, kMt1 + before), objectives(2024, kMt1 + after));
  REQUIRE(d.changes.size() == 1);
  CHECK(d.changes[0].kind == diff::Change::Kind::renumbered);
  CHECK(d.changes[0].id == "MT2");
  CHECK(d.changes[0].new_id == "MT5");
  REQUIRE(d.changes[0].fields.size() == 1);
  CHECK(d.changes[0].fields[0].name == "title");
  // Half the words changed is another objective: removed and added.
  const std::string other =
      "  - id: MT5\n    title: Không có khiếu nại về thủ tục hành chính\n"
      "    targets: [{id: a, kind: yes-no}]\n";
  const diff::Diff replaced =
      compare(objectives(2024, kMt1 + before), objectives(2024, kMt1 + other));
  for (const auto& change : replaced.changes) CHECK(change.kind != diff::Change::Kind::renumbered);
}
