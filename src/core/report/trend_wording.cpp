#include "core/report/trend_wording.hpp"

#include "core/diag/catalogue.hpp"
#include "core/diag/period_wording.hpp"
#include "core/report/wording.hpp"

namespace qobj::report {

std::string trend_title(const eval::AgencyTrend& agency, Date as_of, Lang lang) {
  std::string years = std::to_string(agency.years.front());
  if (agency.years.size() > 1) years += "–" + std::to_string(agency.years.back());
  return format_message(MessageId::report_trend_title, lang,
                        {agency.name, years, date_wording(as_of, lang)});
}

std::string trend_row_id(const eval::TrendRow& row) {
  return row.only_target ? row.objective->id : row.objective->id + "/" + row.target->id;
}

std::string trend_row_title(const eval::TrendRow& row) {
  if (row.only_target || row.target->text.empty()) return row.objective->title;
  return row.objective->title + " — " + row.target->text;
}

std::string trend_row_target(const eval::TrendRow& row, Lang lang) {
  return target_wording(*row.target, lang);
}

std::string trend_then_id(const eval::TrendRow& row, std::size_t year) {
  const eval::ObjectiveEvaluation* o = row.objectives[year];
  const eval::TargetEvaluation* t = row.targets[year];
  if (o == nullptr || t == nullptr) return "";
  if (o->objective->id == row.objective->id && t->target->id == row.target->id) return "";
  return t->target->id == row.target->id ? o->objective->id
                                         : o->objective->id + "/" + t->target->id;
}

std::string trend_cell(const eval::AgencyTrend&, const eval::TrendRow& row, std::size_t year,
                       Lang lang) {
  const eval::TargetEvaluation* t = row.targets[year];
  if (t == nullptr) return "—";
  std::string out = result_value_wording(*t->target, t->result, lang);
  const std::string verdict = verdict_wording(t->result.verdict, t->result.provisional, lang);
  out = out.empty() || out == "—" ? verdict : out + " " + verdict;
  if (const std::string then = trend_then_id(row, year); !then.empty())
    out += " (" + format_message(MessageId::report_trend_then, lang, {then}) + ")";
  return out;
}

}  // namespace qobj::report
