#include "core/report/rollup_wording.hpp"

#include "core/diag/catalogue.hpp"
#include "core/diag/period_wording.hpp"
#include "core/report/wording.hpp"

namespace qobj::report {

std::string rollup_title(const eval::Evaluation& evaluation, Lang lang) {
  const eval::Rollup& rollup = *evaluation.rollup;
  return format_message(MessageId::report_rollup_title, lang,
                        {std::to_string(rollup.agencies.size()), std::to_string(rollup.year),
                         date_wording(evaluation.as_of, lang)});
}

std::vector<std::string> rollup_headings(Lang lang) {
  std::vector<std::string> out{format_message(MessageId::report_rollup_col_agency, lang),
                               format_message(MessageId::report_rollup_col_objectives, lang)};
  for (const eval::Verdict verdict : kRollupVerdicts) out.push_back(verdict_label(verdict, lang));
  return out;
}

std::vector<RollupRow> rollup_rows(const eval::Rollup& rollup, Lang lang) {
  std::vector<RollupRow> rows;
  for (const eval::RollupAgency& agency : rollup.agencies) {
    rows.push_back({RollupRow::Kind::agency, agency.name, &agency.summary});
    for (const eval::UnitSummary& unit : agency.units)
      rows.push_back({RollupRow::Kind::unit, unit.name, &unit.count});
  }
  rows.push_back({RollupRow::Kind::total, format_message(MessageId::report_rollup_total, lang),
                  &rollup.total});
  return rows;
}

std::vector<int> rollup_numbers(const eval::VerdictCount& count) {
  std::vector<int> out{count.evaluated};
  for (const eval::Verdict verdict : kRollupVerdicts)
    out.push_back(count.per_verdict[static_cast<int>(verdict)]);
  return out;
}

std::string not_met_target_wording(const eval::NotMetGroup& group, Lang lang) {
  // The target first (what is not met), then the objective it belongs to.
  std::string out = group.target.text.empty() ? group.target.id : group.target.text;
  const std::string threshold = target_wording(group.target, lang);
  if (!threshold.empty() && threshold != "—" && threshold != out) out += ": " + threshold;
  return out + " — " + group.objective_id + " " + group.objective_title;
}

std::string not_met_wording(const eval::Rollup&, const eval::NotMetGroup& group, Lang lang) {
  return format_message(MessageId::report_rollup_not_met_line, lang,
                        {std::to_string(group.not_met), std::to_string(group.of),
                         not_met_target_wording(group, lang)});
}

std::string not_met_agencies(const eval::Rollup& rollup, const eval::NotMetGroup& group,
                             std::size_t limit) {
  std::string out;
  std::size_t shown = 0;
  for (const std::size_t index : group.agencies) {
    if (limit != 0 && shown == limit) {
      out += "; … (+" + std::to_string(group.agencies.size() - shown) + ")";
      break;
    }
    if (shown++ > 0) out += "; ";  // names have commas of their own: "UBND xã A, huyện B"
    out += rollup.agencies[index].name;
  }
  return out;
}

std::string missing_wording(const eval::Rollup& rollup, const eval::MissingFiles& missing,
                            Lang lang) {
  const std::string name = missing.name.empty() ? missing.id : missing.name;
  const std::string year = std::to_string(rollup.year);
  if (missing.what == eval::MissingFiles::What::sound_files)
    return format_message(MessageId::report_rollup_set_aside, lang, {name, year});
  if (missing.what == eval::MissingFiles::What::measurements)
    return format_message(MessageId::report_rollup_missing_measurements, lang, {name, year});
  if (missing.latest)
    return format_message(MessageId::report_rollup_missing_objectives_latest, lang,
                          {name, year, std::to_string(*missing.latest)});
  return format_message(MessageId::report_rollup_missing_objectives, lang, {name, year});
}

}  // namespace qobj::report
