#include "core/report/json_report.hpp"

#include <nlohmann/json.hpp>

namespace qobj::report {

using Json = nlohmann::ordered_json;

namespace {

std::string_view kind_code(model::TargetKind kind) {
  switch (kind) {
    case model::TargetKind::percentage:
      return "percentage";
    case model::TargetKind::checklist:
      return "checklist";
    case model::TargetKind::zero_count:
      return "zero-count";
    case model::TargetKind::minimum_count:
      return "minimum-count";
    case model::TargetKind::frequency:
      return "frequency";
    case model::TargetKind::growth:
      return "growth";
    case model::TargetKind::amount:
      return "amount";
    case model::TargetKind::survey:
      return "survey";
    case model::TargetKind::yes_no:
      return "yes-no";
    case model::TargetKind::deadline:
      return "deadline";
  }
  return "";
}

std::string_view comparison_code(model::Comparison c) {
  switch (c) {
    case model::Comparison::at_least:
      return "at-least";
    case model::Comparison::greater_than:
      return "greater-than";
    case model::Comparison::at_most:
      return "at-most";
    case model::Comparison::less_than:
      return "less-than";
    case model::Comparison::equal:
      return "equal";
  }
  return "";
}

Json number(const std::optional<ExactNumber>& n) {
  if (!n || !n->is_finite()) return nullptr;
  return Json{{"value", to_decimal_string(*n)}, {"float", n->value.get_d()}};
}

Json period(const Period& p) {
  return Json{{"start", p.start.to_string()}, {"end", p.end.to_string()}};
}

Json text_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json summary(const eval::VerdictCount& count) {
  Json verdicts;
  for (int v = 0; v <= static_cast<int>(eval::Verdict::withdrawn); ++v) {
    verdicts[std::string(eval::verdict_code(static_cast<eval::Verdict>(v)))] = count.per_verdict[v];
  }
  return Json{{"evaluated", count.evaluated}, {"met", count.met}, {"verdicts", verdicts}};
}

Json target_json(const eval::TargetEvaluation& t) {
  const model::Target& target = *t.target;
  const eval::TargetResult& r = t.result;
  Json out;
  out["id"] = target.id;
  out["kind"] = kind_code(target.kind);
  out["text"] = text_or_null(target.text);
  out["verdict"] = eval::verdict_code(r.verdict);
  out["comparison"] = target.comparison ? Json(comparison_code(*target.comparison)) : Json(nullptr);
  out["target"] = number(target.value);
  out["range"] = target.range ? Json{{"from", number(target.range->first)},
                                     {"to", number(target.range->second)}}
                              : Json(nullptr);
  out["unit"] = text_or_null(target.unit);
  out["actual"] = number(r.actual);
  out["gap"] = number(r.gap);
  out["gap_percent"] = number(r.gap_percent);
  out["remaining"] = number(r.remaining);
  out["estimate"] = r.estimate;
  out["missing_items"] = r.missing_items;
  Json series = Json::array();
  for (const auto& point : r.series) {
    series.push_back(Json{{"period", period(point.period)}, {"value", number(point.value)}});
  }
  out["series"] = std::move(series);
  return out;
}

}  // namespace

std::string render_json_report(const eval::Evaluation& evaluation) {
  Json out;
  out["format"] = "qobj/report";
  out["version"] = 1;
  out["as_of"] = evaluation.as_of.to_string();
  Json agencies = Json::array();
  for (const auto& agency : evaluation.agencies) {
    Json a;
    a["id"] = agency.id;
    a["name"] = agency.name;
    a["year"] = agency.year;
    a["period"] = period(agency.period);
    a["summary"] = summary(agency.summary);
    Json units = Json::array();
    for (const auto& [unit, count] : agency.units) {
      Json u = summary(count);
      u["id"] = unit;
      units.push_back(std::move(u));
    }
    a["units"] = std::move(units);
    Json objectives = Json::array();
    for (const auto& o : agency.objectives) {
      const model::Objective& objective = *o.objective;
      Json j;
      j["id"] = objective.id;
      j["title"] = objective.title;
      j["unit"] = text_or_null(objective.unit);
      j["parent"] = text_or_null(objective.parent);
      j["group"] = text_or_null(objective.group);
      j["is_group"] = objective.is_group;
      j["depth"] = o.depth;
      j["verdict"] = eval::verdict_code(o.verdict);
      if (o.follow_up) {
        j["follow_up"] = {{"cause", text_or_null(o.follow_up->cause)},
                          {"action", text_or_null(o.follow_up->action)},
                          {"responsible", text_or_null(o.follow_up->responsible)},
                          {"due", text_or_null(o.follow_up->due)}};
      } else {
        j["follow_up"] = nullptr;
      }
      Json targets = Json::array();
      for (const auto& t : o.targets) targets.push_back(target_json(t));
      j["targets"] = std::move(targets);
      objectives.push_back(std::move(j));
    }
    a["objectives"] = std::move(objectives);
    agencies.push_back(std::move(a));
  }
  out["agencies"] = std::move(agencies);
  return out.dump(2) + "\n";
}

}  // namespace qobj::report
