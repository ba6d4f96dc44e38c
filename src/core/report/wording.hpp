// How a result is worded for people, in the report's language: the pieces every report
// format shares (terminal, Markdown, HTML, spreadsheet, JUnit), so that they all say the same.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diag/language.hpp"
#include "core/diag/period_wording.hpp"
#include "core/eval/evaluate.hpp"

namespace qobj::report {

std::string verdict_label(eval::Verdict verdict, Lang lang);
// The plan's period as the headings name it: its label ("năm học 2009–2010"), or "năm 2021".
std::string plan_period_wording(const eval::AgencyEvaluation& agency, Lang lang);
// The same for a file: its `period.label` ("năm học 2009–2010"), else "năm 2021".
std::string plan_period_wording(const model::ObjectivesFile& file, Lang lang);
// The label, "so far" for a result met before its period is over: "Đạt (đến nay)".
std::string verdict_wording(eval::Verdict verdict, bool provisional, Lang lang);
// "≥ 83.372 tỷ đồng", "+7–7,5%", "giảm ≥ 10%", "≥ 1 / năm", "> 3/5", "≤ 30/06/2021"; with
// a stretch level "≥ 42.000 tỷ đồng, phấn đấu 45.000"
std::string target_wording(const model::Target& target, Lang lang);
// "100,76% chỉ tiêu; 91,60% mức phấn đấu" for an amount to reach; empty for other results.
std::string plan_percent_wording(const eval::TargetResult& result, Lang lang);
// "trừ văn bản mật" for what a percentage's denominator leaves out; empty when nothing.
std::string excludes_wording(const model::Target& target, Lang lang);
// "99,96%" (never shown equal to the target when it is not), "75% (3/4)", "hoàn thành
// 20/06/2021", with what a mid-period result was compared with: "41.475 tỷ đồng (so với
// 41.346 tỷ đồng = 49,59% chỉ tiêu)", "+9,75% (ước tính cả kỳ từ số liệu 2/4 quý)".
std::string result_wording(const model::Target& target, const eval::TargetResult& result,
                           Lang lang);
// What a result before the end of its period was compared with, alone: "(so với 28.000 tỷ
// đồng cho 6/12 tháng)", "(ước tính cả năm của đơn vị ngày 30/09/2021: 640 tỷ đồng)"; empty
// for a result against the target itself.
std::string basis_wording(const model::Target& target, const eval::TargetResult& result, Lang lang);
// The result alone, without what it was compared with (for a chart's label).
std::string result_value_wording(const model::Target& target, const eval::TargetResult& result,
                                 Lang lang);
// The gap to what the result was compared with: "+748 tỷ đồng", "-0,04 điểm phần trăm"
// between percentages, "trễ 3 ngày" for a deadline; empty where a gap means nothing.
std::string gap_wording(const model::Target& target, const eval::TargetResult& result, Lang lang);
// "chưa thực hiện: A; B" for a checklist's items not done; empty when there are none.
std::string missing_items_note(const eval::TargetResult& result, Lang lang);
// "chưa đủ số lần: quý II/2021" for a frequency's sub-periods over with too few.
std::string short_periods_note(const eval::TargetResult& result, Lang lang);
// "thiếu số liệu quý III, quý IV năm 2021"; empty when the data covers the elapsed period.
std::string missing_data_note(const eval::TargetResult& result, Lang lang);
// "không đánh giá từ 15/05/2021: lý do"; empty unless the objective is withdrawn.
std::string withdrawn_note(const eval::ObjectiveEvaluation& objective, Lang lang);
// A date in the report's wording, or nothing.
std::string due_wording(const std::optional<Date>& due, Lang lang);
// The corrective action with who is responsible, by when, and how effective it was.
std::string follow_up_action(const model::CorrectiveAction& action, Lang lang);
// What the files say about an objective not met (or whose data has gaps), one line each: the
// checklist items not done, the missing periods, the cause, the corrective action, or that
// none is recorded yet.
std::vector<std::string> failure_notes(const eval::ObjectiveEvaluation& objective, Lang lang);
// "MT4.2/tang-truong: năm 2020 = 76.210, ghi tại measurements.yaml:56"
std::string baseline_wording(const std::string& target_ref, const eval::BaselineUsed& baseline,
                             Lang lang);
// That line for every growth target of the agency, in the order of the results.
std::vector<std::string> baseline_lines(const eval::AgencyEvaluation& agency, Lang lang);
// "MT1/thu-ngan-sach: ≥ 52.000 tỷ đồng từ ngày 01/10/2021 theo Quyết định số 2352/QĐ-BTC (ban
// đầu: ≥ 50.000 tỷ đồng)" for the revision in force, then a line per revision not yet in force
// ("… (chưa có hiệu lực)"); none when the target was not revised.
std::vector<std::string> revision_wording(const std::string& target_ref,
                                          const eval::TargetEvaluation& target, Lang lang);
// That line for every revised target of the agency, in the order of the results.
std::vector<std::string> revision_lines(const eval::AgencyEvaluation& agency, Lang lang);
// "Phòng Quản lý thương mại: Đạt 0/1"
std::string unit_summary_wording(const eval::UnitSummary& unit, Lang lang);

// One line of a report's results table, worded: an objective with its sole target, an
// objective with several targets (its parts follow, one row each), or a group heading.
struct ResultRow {
  const eval::ObjectiveEvaluation* objective = nullptr;
  const eval::TargetEvaluation* target = nullptr;  // null on a composite's or group's own row
  bool is_part = false;                            // a target part under its objective's row
  std::string id;                                  // empty on a part
  std::string title;                               // the objective's, or the part's wording
  std::string target_text, result, verdict_label, gap;
  eval::Verdict verdict = eval::Verdict::no_data;
};
std::vector<ResultRow> result_rows(const eval::AgencyEvaluation& agency, Lang lang);

// What a report's results table says beside a row: the year-end evaluation's cause and
// corrective action (its effectiveness, who is responsible, by when), on an objective's row,
// and the notes (a withdrawal, the objective's note; for a target, the items not done, the
// periods missing, what its ratio leaves out, its evidence and note).
struct RowFollowUp {
  std::string cause, action, effectiveness, responsible, due;
  std::vector<std::string> notes;
};
RowFollowUp row_follow_up(const ResultRow& row, Lang lang);

// The column headings of the results table, in order: id, objective, target, result,
// evaluation, gap.
std::vector<std::string> result_headings(Lang lang);

// The unit a target's results are in: "%" for ratios, checklists, growth and shares, else
// the target's own ("tỷ đồng"), possibly none.
std::string unit_of(const model::Target& target);

// The decimals a number is written with (0 for none or an integer).
int places_of(const std::optional<ExactNumber>& number);

}  // namespace qobj::report
