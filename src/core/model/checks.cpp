#include "core/model/checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "core/schema/json_value.hpp"
#include "core/text/unicode.hpp"
#include "core/yaml/core_schema.hpp"

namespace qobj::model {

namespace {

// An agency's objectives for one year, gathered from all its files of that year: one plan.
// A run may hold several years of an agency (last year's files give growth baselines).
struct AgencyView {
  std::string id;
  const ObjectivesFile* first_file = nullptr;
  bool has_agency_file = false;  // not only units' own files
  std::map<std::string, const Objective*> objectives;
  std::map<std::string, const Unit*> units;
  std::vector<std::string> objective_ids, unit_ids;
};

// What a record must hold for each kind of target, and the keys to name in the hint.
bool fits(TargetKind kind, const Record& r) {
  switch (kind) {
    case TargetKind::percentage:
      return (r.numerator && r.denominator) || r.value;
    case TargetKind::checklist:
      return r.has_items || (r.numerator && r.denominator);
    case TargetKind::zero_count:
    case TargetKind::minimum_count:
    case TargetKind::frequency:
      return r.has_count || r.has_events;
    case TargetKind::growth:
    case TargetKind::amount:
      return r.value != 0;
    case TargetKind::survey:
      return r.has_ratings || r.value;
    case TargetKind::yes_no:
      return r.has_done;
    case TargetKind::deadline:
      return r.has_completed;
  }
  return true;
}

std::string_view expected_keys(TargetKind kind) {
  switch (kind) {
    case TargetKind::percentage:
      return "numerator, denominator";
    case TargetKind::checklist:
      return "items";
    case TargetKind::zero_count:
    case TargetKind::minimum_count:
    case TargetKind::frequency:
      return "count, events";
    case TargetKind::growth:
    case TargetKind::amount:
      return "value";
    case TargetKind::survey:
      return "ratings, mean";
    case TargetKind::yes_no:
      return "done";
    case TargetKind::deadline:
      return "completed";
  }
  return "";
}

// Units compare without regard to case or spacing ("Tỷ đồng" is "tỷ  đồng"); a different word
// or scale ("triệu USD" against "tỷ USD") is a different unit.
bool same_unit(std::string_view a, std::string_view b) {
  auto fold = [](std::string_view text) {
    std::string out;
    for (const char c : text::to_nfc(text)) {
      if (c == ' ' || c == '\t') {
        if (!out.empty() && out.back() != ' ') out += ' ';
      } else {
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  };
  return fold(a) == fold(b);
}

class Checker {
 public:
  explicit Checker(const Repository& repository) : m_repo(repository) {}

  std::vector<Diagnostic> run() {
    gather_agencies();
    for (const auto& file : m_repo.objectives) check_objectives_file(file);
    for (const auto& [key, agency] : m_agencies) check_parents(agency);
    for (const auto& file : m_repo.measurements) check_measurements_file(file);
    check_overlapping_periods();
    return std::move(m_out);
  }

 private:
  Location location(Origin o) const { return m_repo.documents[o.document]->location(o.node); }
  std::string pointer(Origin o) const { return m_repo.documents[o.document]->pointer(o.node); }
  Diagnostic& report(MessageId id, std::vector<MessageArg> args, Origin at,
                     Severity severity = Severity::error) {
    Diagnostic d = Diagnostic::error(id, std::move(args), location(at), pointer(at));
    d.severity = severity;
    m_out.push_back(std::move(d));
    return m_out.back();
  }
  void relate(Diagnostic& d, Origin first) {
    d.related = RelatedLocation{location(first), MessageId::note_first_defined};
  }
  void suggest(Diagnostic& d, std::string_view word, const std::vector<std::string>& candidates) {
    if (const auto match = schema::closest_match(word, candidates)) {
      d.args.resize(3, MessageArg(""));
      d.args[2] = *match;
      d.hint = MessageId::hint_did_you_mean;
    }
  }

  void gather_agencies();
  void check_objectives_file(const ObjectivesFile& file);
  void check_parents(const AgencyView& agency);
  void check_measurements_file(const MeasurementsFile& file);
  void check_overlapping_periods();
  void check_baseline_from(const Target& target, const AgencyView& baseline_plan);
  // `scope` names the agency in messages ("so-cong-thuong (2020)"); by default its id.
  const Target* resolve_target(const AgencyView& agency, const std::string& objective_id,
                               const std::string& target_id, Origin at, bool record,
                               const std::string& scope = {});
  const AgencyView* find_plan(const std::string& agency, int year) const {
    const auto it = m_agencies.find({agency, year});
    return it == m_agencies.end() ? nullptr : &it->second;
  }
  // The years of the agency's plans other than `year`, "2021, 2023"; empty when none.
  std::string other_years(const std::string& agency, int year) const {
    std::string years;
    for (const auto& [key, plan] : m_agencies) {
      if (key.first == agency && key.second != year && plan.has_agency_file)
        years += (years.empty() ? "" : ", ") + std::to_string(key.second);
    }
    return years;
  }

  const Repository& m_repo;
  std::map<std::pair<std::string, int>, AgencyView> m_agencies;       // by (agency, year)
  std::set<std::pair<std::string, std::string>> m_missing_baselines;  // reported once
  // The periods recorded so far for each (agency, objective, target), across files.
  struct Seen {
    Period period;
    Origin origin;
  };
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<Seen>> m_periods;
  std::vector<Diagnostic> m_out;
};

void Checker::gather_agencies() {
  for (const auto& file : m_repo.objectives) {
    AgencyView& agency = m_agencies[{file.agency_id, file.year}];
    agency.id = file.agency_id;
    // The agency's own file speaks for the plan (its period), as in the evaluation.
    if (agency.first_file == nullptr || (!agency.first_file->unit.empty() && file.unit.empty()))
      agency.first_file = &file;
    agency.has_agency_file |= file.unit.empty();
    for (const Unit& unit : file.units) {
      const auto [it, inserted] = agency.units.emplace(unit.id, &unit);
      if (!inserted) {
        relate(report(MessageId::check_duplicate_unit, {unit.id, agency.id}, unit.origin),
               it->second->origin);
      } else {
        agency.unit_ids.push_back(unit.id);
      }
    }
    for (const Objective& objective : file.objectives) {
      const auto [it, inserted] = agency.objectives.emplace(objective.id, &objective);
      if (!inserted) {
        relate(report(MessageId::check_duplicate_objective, {objective.id, agency.id},
                      objective.origin),
               it->second->origin);
      } else {
        agency.objective_ids.push_back(objective.id);
      }
    }
  }
}

void Checker::check_objectives_file(const ObjectivesFile& file) {
  const AgencyView& agency = m_agencies.at({file.agency_id, file.year});
  // A unit's own file belongs to its agency's plan of the same year; when the year is wrong,
  // its units are not worth reporting too.
  bool wrong_year = false;
  if (!agency.has_agency_file) {
    if (const std::string years = other_years(file.agency_id, file.year); !years.empty()) {
      report(MessageId::check_year_mismatch, {std::to_string(file.year), agency.id, years},
             file.year_origin);
      wrong_year = true;
    }
  }
  for (const Objective& objective : file.objectives) {
    if (!wrong_year && !objective.unit.empty() && !agency.units.count(objective.unit)) {
      auto& d =
          report(MessageId::check_unknown_unit, {objective.unit, agency.id}, objective.unit_origin);
      suggest(d, objective.unit, agency.unit_ids);
    }
    for (const auto& [date, at] : {std::pair(objective.start, objective.start_origin),
                                   std::pair(objective.due, objective.due_origin)}) {
      if (date && !file.period.contains(*date)) {
        report(MessageId::check_outside_period, {date->to_string(), file.period.to_string()}, at);
      }
    }
    std::set<std::string> target_ids;
    for (const Target& target : objective.targets) {
      if (!target_ids.insert(target.id).second) {
        report(MessageId::check_duplicate_target, {target.id, objective.id}, target.origin);
      }
      if (target.due && !file.period.contains(*target.due)) {
        report(MessageId::check_outside_period, {target.due->to_string(), file.period.to_string()},
               target.origin);
      }
      if (!target.baseline_objective.empty() && target.baseline_year) {
        if (const AgencyView* plan = find_plan(file.agency_id, *target.baseline_year))
          check_baseline_from(target, *plan);
      }
    }
    // ISO 9001 6.2.2: a plan for every objective that is evaluated.
    if (objective.is_group || objective.withdrawn) continue;
    std::vector<MessageId> missing;
    if (!objective.plan.actions) missing.push_back(MessageId::phrase_plan_actions);
    if (!objective.plan.resources) missing.push_back(MessageId::phrase_plan_resources);
    if (!objective.plan.responsible) missing.push_back(MessageId::phrase_plan_responsible);
    if (!objective.plan.due) missing.push_back(MessageId::phrase_plan_due);
    if (!objective.plan.evaluation) missing.push_back(MessageId::phrase_plan_evaluation);
    if (!missing.empty()) {
      MessageArg list(missing);
      list.joiner = MessageId::phrase_list_separator;
      report(MessageId::iso_plan_incomplete, {objective.id, std::move(list)}, objective.origin,
             Severity::warning);
    }
  }
}

void Checker::check_parents(const AgencyView& agency) {
  for (const auto& [id, objective] : agency.objectives) {
    if (objective->parent.empty()) continue;
    if (!agency.objectives.count(objective->parent)) {
      auto& d = report(MessageId::check_unknown_parent, {objective->parent, agency.id},
                       objective->parent_origin);
      suggest(d, objective->parent, agency.objective_ids);
      continue;
    }
    // Follow the chain; coming back to the start is a cycle.
    std::vector<std::string> chain{id};
    const Objective* current = objective;
    while (!current->parent.empty() && agency.objectives.count(current->parent)) {
      if (current->parent == id) {
        chain.push_back(id);
        // One report per cycle: at the member with the smallest id.
        if (*std::min_element(chain.begin(), chain.end()) != id) break;
        std::string path;
        for (const auto& step : chain) path += (path.empty() ? "" : " → ") + step;
        report(MessageId::check_parent_cycle, {id, path}, objective->parent_origin);
        break;
      }
      if (std::find(chain.begin(), chain.end(), current->parent) != chain.end())
        break;  // a cycle elsewhere
      chain.push_back(current->parent);
      current = agency.objectives.at(current->parent);
    }
  }
}

// `baseline_from` names what the baseline year's files measured; when they are given, it must
// be there.
void Checker::check_baseline_from(const Target& target, const AgencyView& baseline_plan) {
  const Origin at = target.baseline_from_origin;
  const Target* found =
      resolve_target(baseline_plan, target.baseline_objective, target.baseline_target, at, false,
                     fmt::format("{} ({})", baseline_plan.id, baseline_plan.first_file->year));
  if (found != nullptr && found->kind != TargetKind::growth && found->kind != TargetKind::amount) {
    report(MessageId::check_baseline_not_quantity,
           {fmt::format("{}/{}", target.baseline_objective, found->id),
            std::string(kind_code(found->kind))},
           at);
  }
}

const Target* Checker::resolve_target(const AgencyView& agency, const std::string& objective_id,
                                      const std::string& target_id, Origin at, bool record,
                                      const std::string& scope) {
  const auto it = agency.objectives.find(objective_id);
  if (it == agency.objectives.end()) {
    auto& d = report(MessageId::check_unknown_objective,
                     {objective_id, scope.empty() ? agency.id : scope}, at);
    suggest(d, objective_id, agency.objective_ids);
    return nullptr;
  }
  const Objective& objective = *it->second;
  if (objective.is_group) {
    if (record) report(MessageId::check_group_record, {objective_id}, at);
    return nullptr;
  }
  if (target_id.empty()) {
    if (objective.targets.size() == 1) return &objective.targets.front();
    if (record && !objective.targets.empty()) {
      report(MessageId::check_target_needed,
             {objective_id, std::to_string(objective.targets.size()), objective.targets.front().id},
             at);
    }
    return nullptr;
  }
  std::vector<std::string> ids;
  for (const Target& target : objective.targets) {
    if (target.id == target_id) return &target;
    ids.push_back(target.id);
  }
  std::string allowed;
  for (const auto& id : ids) allowed += (allowed.empty() ? "" : ", ") + id;
  auto& d = report(MessageId::check_unknown_target, {objective_id, target_id, allowed}, at);
  if (const auto match = schema::closest_match(target_id, ids)) {
    d.args.push_back(*match);  // {3}
    d.hint = MessageId::hint_did_you_mean_target;
  }
  return nullptr;
}

void Checker::check_measurements_file(const MeasurementsFile& file) {
  const AgencyView* plan = find_plan(file.agency, file.year);
  if (plan == nullptr) {
    if (const std::string years = other_years(file.agency, file.year); !years.empty()) {
      report(MessageId::check_year_mismatch, {std::to_string(file.year), file.agency, years},
             file.year_origin);
    } else {
      report(MessageId::check_no_objectives, {file.agency}, file.agency_origin, Severity::warning);
    }
    return;
  }
  const AgencyView& agency = *plan;
  const Period period = agency.first_file->period;

  std::set<std::pair<std::string, std::string>> targets_with_records;

  const yaml::Document& doc = *m_repo.documents[file.document];
  const auto at = [&file](yaml::NodeId node) { return Origin{file.document, node}; };
  for (const RecordDate& dated : file.dates) {
    if (!period.contains(dated.date)) {
      report(MessageId::check_outside_period, {dated.date.to_string(), period.to_string()},
             at(dated.node));
    }
  }
  for (const Record& record : file.records) {
    const std::string objective_id(record.objective);
    const Target* target = resolve_target(agency, objective_id, std::string(record.target),
                                          at(record.target_node), true);
    if (record.has_period && !period.contains(record.period)) {
      report(MessageId::check_outside_period, {record.period.to_string(), period.to_string()},
             at(record.period_node));
    }
    if (record.numerator != 0 && record.denominator != 0) {
      const auto numerator = yaml::number_value(doc, record.numerator);
      const auto denominator = yaml::number_value(doc, record.denominator);
      if (numerator && denominator && compare(*numerator, *denominator) == 1) {
        report(MessageId::check_numerator_exceeds,
               {to_decimal_string(*numerator), to_decimal_string(*denominator)},
               at(record.numerator));
      }
    }
    if (target == nullptr) continue;
    const std::pair key(objective_id, target->id);
    targets_with_records.insert(key);
    if (!fits(target->kind, record)) {
      report(MessageId::check_data_mismatch,
             {fmt::format("{}/{}", objective_id, target->id), std::string(kind_code(target->kind)),
              std::string(expected_keys(target->kind))},
             at(record.node));
    }
    if (record.unit != 0 && !target->unit.empty() &&
        !same_unit(doc.text(record.unit), target->unit)) {
      report(MessageId::check_unit_mismatch,
             {std::string(doc.text(record.unit)), fmt::format("{}/{}", objective_id, target->id),
              target->unit},
             at(record.unit));
    }
    if (record.has_period)
      m_periods[{file.agency, key.first, key.second}].push_back(
          Seen{record.period, at(record.period_node)});
  }

  std::set<std::pair<std::string, std::string>> baselines;
  for (const Baseline& baseline : file.baselines) {
    const Target* target =
        resolve_target(agency, baseline.objective, baseline.target, baseline.target_origin, false);
    if (target == nullptr) continue;
    if (target->kind != TargetKind::growth) {
      report(MessageId::check_baseline_not_growth,
             {fmt::format("{}/{}", baseline.objective, target->id)}, baseline.target_origin);
    } else if (target->baseline_year && *target->baseline_year != baseline.year) {
      report(MessageId::check_baseline_year,
             {std::to_string(baseline.year), std::to_string(*target->baseline_year)},
             baseline.year_origin);
    }
    baselines.emplace(baseline.objective, target->id);
  }
  // Growth targets with data need their baseline: in this or another measurements file of
  // the year, or from the baseline year's files.
  for (const auto& key : targets_with_records) {
    const Objective& objective = *agency.objectives.at(key.first);
    for (const Target& target : objective.targets) {
      if (target.id != key.second || target.kind != TargetKind::growth || baselines.count(key))
        continue;
      bool elsewhere =
          target.baseline_year && find_plan(file.agency, *target.baseline_year) != nullptr;
      for (const auto& other : m_repo.measurements) {
        for (const Baseline& b : other.baselines) {
          elsewhere |=
              other.agency == file.agency && other.year == file.year && b.objective == key.first &&
              (b.target == key.second || (b.target.empty() && objective.targets.size() == 1));
        }
      }
      if (!elsewhere &&
          m_missing_baselines.emplace(file.agency + "/" + key.first, key.second).second) {
        report(MessageId::check_missing_baseline,
               {fmt::format("{}/{}", key.first, key.second),
                std::to_string(target.baseline_year.value_or(0))},
               target.origin);
      }
    }
  }
  for (const Evaluation& evaluation : file.evaluations) {
    if (!agency.objectives.count(evaluation.objective)) {
      auto& d = report(MessageId::check_unknown_objective, {evaluation.objective, agency.id},
                       evaluation.objective_origin);
      suggest(d, evaluation.objective, agency.objective_ids);
    }
  }
}

// Periods of one target must not overlap, within a file or across files. Sorted by start, a
// period overlaps an earlier one exactly when it starts before the latest end seen so far.
void Checker::check_overlapping_periods() {
  for (auto& [key, seen] : m_periods) {
    std::stable_sort(seen.begin(), seen.end(),
                     [](const Seen& a, const Seen& b) { return a.period.start < b.period.start; });
    const Seen* latest = nullptr;
    for (const Seen& current : seen) {
      if (latest != nullptr && current.period.start <= latest->period.end) {
        auto& d = report(MessageId::check_duplicate_period,
                         {fmt::format("{}/{}", std::get<1>(key), std::get<2>(key)),
                          latest->period.to_string(), current.period.to_string()},
                         current.origin);
        d.related = RelatedLocation{location(latest->origin), MessageId::note_other_record};
      }
      if (latest == nullptr || latest->period.end < current.period.end) latest = &current;
    }
  }
}

}  // namespace

std::vector<Diagnostic> check_repository(const Repository& repository) {
  return Checker(repository).run();
}

}  // namespace qobj::model
