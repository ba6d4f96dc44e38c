// The roll-up of a run over several agencies (eval::Rollup) worded for people, the pieces every
// format shares: its title, its table (a row per agency, its units below it, the total last),
// the targets most often not met and the agencies missing files.
#pragma once

#include <string>
#include <vector>

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"

namespace qobj::report {

// The verdicts the roll-up counts, one column each, in this order (withdrawn objectives are
// not evaluated, so not counted).
inline constexpr eval::Verdict kRollupVerdicts[] = {
    eval::Verdict::met,        eval::Verdict::exceeded,   eval::Verdict::not_met,
    eval::Verdict::at_risk,    eval::Verdict::incomplete, eval::Verdict::no_data,
    eval::Verdict::not_yet_due};

// "Tổng hợp 40 cơ quan: mục tiêu chất lượng năm 2021, tính đến ngày 31/01/2022"
std::string rollup_title(const eval::Evaluation& evaluation, Lang lang);

// Agency, objectives, then a heading per verdict of kRollupVerdicts.
std::vector<std::string> rollup_headings(Lang lang);

struct RollupRow {
  enum class Kind { agency, unit, total } kind = Kind::agency;
  std::string name;
  const eval::VerdictCount* count = nullptr;
};
// The agencies with their units below them, then the total.
std::vector<RollupRow> rollup_rows(const eval::Rollup& rollup, Lang lang);
// A row's numbers, in the order of the headings after the first: objectives, then verdicts.
std::vector<int> rollup_numbers(const eval::VerdictCount& count);

// "không đạt ở 12/40 cơ quan: Trên 95% hồ sơ đúng hạn: ≥ 95% — MT2 Giải quyết thủ tục…"
std::string not_met_wording(const eval::Rollup& rollup, const eval::NotMetGroup& group, Lang lang);
// The target and its objective alone: "Trên 95% hồ sơ đúng hạn: ≥ 95% — MT2 Giải quyết thủ tục…"
std::string not_met_target_wording(const eval::NotMetGroup& group, Lang lang);
// The agencies not meeting it, by name, at most `limit` of them then "… (+7)" (0: all).
std::string not_met_agencies(const eval::Rollup& rollup, const eval::NotMetGroup& group,
                             std::size_t limit);

// "UBND xã Hà Mòn: chưa có tệp mục tiêu năm 2021 (gần nhất: năm 2020)"
std::string missing_wording(const eval::Rollup& rollup, const eval::MissingFiles& missing,
                            Lang lang);

// How many of the targets most often not met the formats for reading show (all in the
// spreadsheet and JSON).
inline constexpr std::size_t kRollupNotMetShown = 10;

}  // namespace qobj::report
