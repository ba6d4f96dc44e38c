// Builders for the boundary suites of evaluation: targets, records and one call of the rules.
#pragma once

#include <doctest/doctest.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/eval/target_rules.hpp"

namespace rules_test {

using namespace qobj;
using eval::Observation;
using eval::TargetResult;
using model::Comparison;
using model::TargetKind;

inline ExactNumber n(const char* text) {
  return *parse_exact_number(text);
}
inline Period period(const char* text) {
  return *parse_period(text);
}
inline Date date(const char* text) {
  return *parse_date(text);
}

inline model::Target target(TargetKind kind, std::optional<Comparison> comparison = std::nullopt,
                            const char* value = nullptr) {
  model::Target t;
  t.id = "t";
  t.kind = kind;
  t.comparison = comparison;
  if (value != nullptr) t.value = n(value);
  return t;
}

inline Observation ratio(const char* when, const char* numerator, const char* denominator) {
  Observation o;
  o.period = period(when);
  o.numerator = n(numerator);
  o.denominator = n(denominator);
  return o;
}

inline Observation value(const char* when, const char* v) {
  Observation o;
  o.period = period(when);
  o.value = n(v);
  o.value_places = written_decimal_places(v);  // as the reader takes it from the YAML text
  return o;
}

// A growth as the statistics office states it: "tăng 13,0% so với cùng kỳ".
inline Observation rate(const char* when, const char* r) {
  Observation o;
  o.period = period(when);
  o.rate = n(r);
  return o;
}

inline Observation count(const char* when, const char* c) {
  Observation o;
  o.period = period(when);
  o.count = n(c);
  return o;
}

// A log of dated events for a period.
inline Observation events(const char* when, std::initializer_list<const char*> dates) {
  Observation o;
  o.period = period(when);
  o.logs_events = true;
  for (const char* d : dates) o.events.push_back(model::Event{date(d), "sự việc", ""});
  return o;
}

inline model::ReportedItem item(const char* id, const char* name, bool done,
                                std::optional<Date> when = std::nullopt) {
  model::ReportedItem i;
  i.id = id;
  i.name = name;
  i.done = done;
  i.date = when;
  return i;
}

inline Observation ratings(const char* when,
                           std::initializer_list<std::pair<const char*, const char*>> levels) {
  Observation o;
  o.period = period(when);
  for (const auto& [level, responses] : levels)
    o.ratings.push_back(model::Rating{n(level), n(responses), {}});
  return o;
}

// One evaluation of a target over 2021 (or `window` inside it).
struct Case {
  model::Target target{};
  std::vector<Observation> observations{};
  const char* as_of = "2022-01-31";
  std::optional<model::Cadence> cadence{};
  std::optional<ExactNumber> baseline{};
  std::vector<Observation> siblings{};
  const char* window = "2021";
  std::optional<model::StatedVerdict> stated{};
  std::optional<Date> stated_on{};
  std::vector<eval::SamePeriodBaseline> same_period{};
  std::optional<eval::ForecastUsed> forecast{};

  TargetResult run() const {
    eval::TargetInputs in;
    in.target = &target;
    in.period = period(window);
    in.plan_period = period("2021");
    in.as_of = date(as_of);
    in.observations = observations;
    in.cadence = cadence;
    in.cadence_source = cadence ? model::CadenceSource::declared : model::CadenceSource::none;
    if (baseline) {
      in.baseline = eval::BaselineUsed{};
      in.baseline->value = *baseline;
    }
    in.sibling_amounts = siblings;
    in.same_period = same_period;
    in.forecast = forecast;
    in.stated_verdict = stated;
    in.stated_date = stated_on;
    return evaluate_target(in);
  }
  std::string verdict() const { return std::string(eval::verdict_code(run().verdict)); }
};

// The body's own estimate of the year, made on `when`: a total, or a growth rate.
inline eval::ForecastUsed forecast(const char* when, const char* total,
                                   const char* growth = nullptr) {
  eval::ForecastUsed f;
  f.date = date(when);
  if (total != nullptr) f.value = n(total);
  if (growth != nullptr) f.rate = n(growth);
  return f;
}

inline std::string decimal(const std::optional<ExactNumber>& x) {
  REQUIRE(x.has_value());
  return to_decimal_string(*x);
}

}  // namespace rules_test
