// How a result is worded for people, in the report's language: the pieces every report
// format shares (terminal, Markdown, HTML, spreadsheet), so that they all say the same.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"

namespace qobj::report {

std::string verdict_label(eval::Verdict verdict, Lang lang);
// "≥ 83.372 tỷ đồng", "+7–7,5%", "≥ 1 / năm"
std::string target_wording(const model::Target& target, Lang lang);
// "99,96%", never shown equal to the target when it is not; "(ước tính)" for estimates
std::string result_wording(const model::Target& target, const eval::TargetResult& result,
                           Lang lang);
// "+748 tỷ đồng", "-0,04%"; empty where a gap means nothing (zero counts, deadlines)
std::string gap_wording(const model::Target& target, const eval::TargetResult& result, Lang lang);
// vi 31/12/2021, en 2021-12-31
std::string date_wording(const Date& date, Lang lang);
// "chưa thực hiện: A; B" for a checklist's items not done; empty when there are none.
std::string missing_items_note(const eval::TargetResult& result, Lang lang);
// A due date as written in the files ("2022-03-31"), in the report's wording when it is one.
std::string due_wording(const std::string& due, Lang lang);
// The corrective action with who is responsible and by when.
std::string follow_up_action(const eval::FollowUp& follow_up, Lang lang);
// What the files say about an objective not met, one line each: the checklist items not
// done, the cause, the corrective action ("nguyên nhân: …"), or that none is recorded yet.
std::vector<std::string> failure_notes(const eval::ObjectiveEvaluation& objective, Lang lang);
// "MT4.2/tang-truong: năm 2020 = 76.210, ghi tại measurements.yaml:56"
std::string baseline_wording(const std::string& target_ref, const eval::BaselineUsed& baseline,
                             Lang lang);
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

// The column headings of the results table, in order: id, objective, target, result,
// evaluation, gap.
std::vector<std::string> result_headings(Lang lang);

// The unit a target's results are in: "%" for ratios, checklists, growth and shares, else
// the target's own ("tỷ đồng"), possibly none.
std::string unit_of(const model::Target& target);

// The decimals a number is written with (0 for none or an integer).
int places_of(const std::optional<ExactNumber>& number);

}  // namespace qobj::report
