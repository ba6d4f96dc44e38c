// The objectives and measurements as values: what cross-file checks and evaluation work on.
// Built from documents that passed their schema; every part remembers where it is written.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/num/exact_number.hpp"
#include "core/time/date.hpp"
#include "core/yaml/document.hpp"

namespace qobj::model {

// Where a value is written: a document of the repository and a node in it.
struct Origin {
  std::uint32_t document = 0;
  yaml::NodeId node = 0;
};

enum class Comparison { at_least, greater_than, at_most, less_than, equal };

enum class TargetKind {
  percentage,
  checklist,
  zero_count,
  minimum_count,
  frequency,
  growth,
  amount,
  survey,
  yes_no,
  deadline,
};

struct Target {
  std::string id;
  TargetKind kind = TargetKind::yes_no;
  std::string text;
  std::optional<Comparison> comparison;
  std::optional<ExactNumber> value;
  std::optional<std::pair<ExactNumber, ExactNumber>> range;
  std::string unit;
  std::optional<int> baseline_year;
  // growth: the objective (and target) of the baseline year's files measuring the same
  // quantity; empty for this target's own ids.
  std::string baseline_objective, baseline_target;
  std::string per;            // frequency: year, half-year, quarter, month
  std::string aggregate;      // sum, last, mean, min, max, ratio-of-sums, count; "" for the default
  std::string measure;        // survey: mean, share-at-least
  std::optional<long> level;  // survey share-at-least: the lowest rating counted
  std::optional<Date> due;
  Origin origin, baseline_from_origin;
};

// ISO 9001 clause 6.2.2: what will be done, with what, by whom, by when, evaluated how.
struct Plan {
  bool actions = false;
  bool resources = false;
  bool responsible = false;
  bool due = false;
  bool evaluation = false;
};

struct Objective {
  std::string id;
  std::string title;
  std::string unit;
  std::string parent;  // the agency objective it refines
  std::string group;   // the group heading it is listed under
  std::optional<Date> start, due;
  Plan plan;
  bool is_group = false;
  bool withdrawn = false;
  std::vector<Target> targets;
  Origin origin, unit_origin, parent_origin, start_origin, due_origin;
};

struct Unit {
  std::string id;
  std::string name;
  Origin origin;
};

struct ObjectivesFile {
  std::uint32_t document = 0;
  std::string agency_id;
  std::string agency_name;
  std::string agency_parent;  // the body above it ("Ủy ban nhân dân tỉnh Kon Tum")
  std::string signer_title, signer_name;  // who signed the objectives (document.signer)
  std::string unit;                       // a unit's own file
  int year = 0;
  Period period;
  std::vector<Unit> units;
  std::vector<Objective> objectives;  // groups and their children, in document order
  Origin year_origin;
};

// A measurement record as checks and evaluation need it. It stays small (a large file holds
// hundreds of thousands): texts are views into the document, which the repository keeps, and
// numbers stay there too, read exactly when needed. A node id of 0 (the root) means absent.
struct Record {
  std::string_view objective;
  std::string_view target;  // empty when the record names the objective only
  Period period;            // when has_period
  yaml::NodeId node = 0, target_node = 0, period_node = 0;
  yaml::NodeId value = 0, numerator = 0, denominator = 0, unit = 0;
  bool has_period = false;
  bool has_count = false, has_events = false, has_items = false, has_ratings = false,
       has_done = false, has_completed = false;
};

// A date written in a record's events, items or completion, for the period check.
struct RecordDate {
  Date date;
  yaml::NodeId node = 0;
};

struct Baseline {
  std::string objective, target;
  int year = 0;
  Origin origin, target_origin, year_origin;
};

struct Evaluation {
  std::string objective;
  Origin origin, objective_origin;
};

struct MeasurementsFile {
  std::uint32_t document = 0;
  std::string agency;
  int year = 0;
  std::vector<Record> records;
  std::vector<RecordDate> dates;
  std::vector<Baseline> baselines;
  std::vector<Evaluation> evaluations;
  Origin agency_origin, year_origin;
};

// Every file of a run, with the documents the origins point into.
struct Repository {
  std::vector<std::shared_ptr<const yaml::Document>> documents;
  std::vector<ObjectivesFile> objectives;
  std::vector<MeasurementsFile> measurements;
};

// The codes the files and the JSON report use: "percentage", "zero-count", "at-least"…
std::string_view kind_code(TargetKind kind);
std::string_view comparison_code(Comparison comparison);

ObjectivesFile read_objectives(const yaml::Document& doc, std::uint32_t document);
MeasurementsFile read_measurements(const yaml::Document& doc, std::uint32_t document);

}  // namespace qobj::model
