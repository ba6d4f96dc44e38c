// The objectives and measurements as typed values: the one source of truth that the checks
// across files, the evaluation and the reports work on. Built from documents that passed their
// schema (read.cpp); every field the schemas accept is read here, and every part remembers
// where it is written. Later layers never go back to the YAML tree.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model/boxed.hpp"
#include "core/model/codes.hpp"
#include "core/model/one_stop.hpp"
#include "core/num/compact_number.hpp"
#include "core/num/exact_number.hpp"
#include "core/time/date.hpp"

namespace qobj::yaml {
class Document;
}

namespace qobj::model {

// Where a value is written: a document of the repository and a node in it. A node of 0 (the
// document's root) stands for a value that is not written.
struct Origin {
  std::uint32_t document = 0;
  std::uint32_t node = 0;
};

// A position for people: the file's name and the line.
struct Position {
  std::string file;
  std::uint32_t line = 0;
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

// How the values of the periods combine into the result (`aggregate:`). `year_to_date`: each
// record is a running total from the start ("lũy kế"), the latest speaks and, being a total,
// is compared with the target's share for the part of the year it covers.
enum class Aggregate { sum, last, mean, min, max, ratio_of_sums, year_to_date };

// A length of the calendar: how often a target is reported (`cadence:`), or the sub-period a
// frequency counts in (`per:`).
enum class Cadence { month, quarter, half_year, year };

enum class SurveyMeasure { mean, share_at_least };

// A growth target asks for an increase ("tăng 7%") or a reduction ("giảm ít nhất 10%").
enum class Direction { increase, decrease };

// The verdict a year-end evaluation states for a yes-no target.
enum class StatedVerdict { met, not_met };

template <>
struct CodeTable<Comparison> {
  static constexpr std::pair<Comparison, std::string_view> entries[] = {
      {Comparison::at_least, "at-least"}, {Comparison::greater_than, "greater-than"},
      {Comparison::at_most, "at-most"},   {Comparison::less_than, "less-than"},
      {Comparison::equal, "equal"},
  };
};
template <>
struct CodeTable<TargetKind> {
  static constexpr std::pair<TargetKind, std::string_view> entries[] = {
      {TargetKind::percentage, "percentage"}, {TargetKind::checklist, "checklist"},
      {TargetKind::zero_count, "zero-count"}, {TargetKind::minimum_count, "minimum-count"},
      {TargetKind::frequency, "frequency"},   {TargetKind::growth, "growth"},
      {TargetKind::amount, "amount"},         {TargetKind::survey, "survey"},
      {TargetKind::yes_no, "yes-no"},         {TargetKind::deadline, "deadline"},
  };
};
template <>
struct CodeTable<Aggregate> {
  static constexpr std::pair<Aggregate, std::string_view> entries[] = {
      {Aggregate::sum, "sum"},
      {Aggregate::last, "last"},
      {Aggregate::mean, "mean"},
      {Aggregate::min, "min"},
      {Aggregate::max, "max"},
      {Aggregate::ratio_of_sums, "ratio-of-sums"},
      {Aggregate::year_to_date, "year-to-date"},
  };
};
template <>
struct CodeTable<Cadence> {
  static constexpr std::pair<Cadence, std::string_view> entries[] = {
      {Cadence::month, "month"},
      {Cadence::quarter, "quarter"},
      {Cadence::half_year, "half-year"},
      {Cadence::year, "year"},
  };
};
template <>
struct CodeTable<SurveyMeasure> {
  static constexpr std::pair<SurveyMeasure, std::string_view> entries[] = {
      {SurveyMeasure::mean, "mean"}, {SurveyMeasure::share_at_least, "share-at-least"}};
};
template <>
struct CodeTable<Direction> {
  static constexpr std::pair<Direction, std::string_view> entries[] = {
      {Direction::increase, "increase"}, {Direction::decrease, "decrease"}};
};
template <>
struct CodeTable<StatedVerdict> {
  static constexpr std::pair<StatedVerdict, std::string_view> entries[] = {
      {StatedVerdict::met, "met"}, {StatedVerdict::not_met, "not-met"}};
};

// Months in a cadence: 1, 3, 6, 12.
int months_of(Cadence cadence);

// ---- Objectives -------------------------------------------------------------------------

// A checklist item declared with its target: the list the percentage is taken of.
struct DeclaredItem {
  std::string id;
  std::string name;
  Origin origin;
};

struct Range {
  ExactNumber from, to;
};

// A survey's rating scale ("1 to 5").
struct Scale {
  ExactNumber min, max;
};

// A target's value changed during the year by a document ("giao thêm 11.865 tỷ đồng chỉ tiêu
// phấn đấu"): from its date on, its value, its stretch or both replace the ones before.
struct Revision {
  Date date;
  CompactNumber value, stretch;
  std::string document;  // what issued it: "Quyết định số 1234/QĐ-BTC"
  std::string note;
  Origin origin, date_origin;
};

// Its numbers are CompactNumbers and its rare parts Boxed: a large plan has tens of thousands.
struct Target {
  std::string id;
  TargetKind kind = TargetKind::yes_no;
  std::string text;  // as the document words it
  std::string note;
  std::optional<Comparison> comparison;
  CompactNumber value;
  // The second level ("chỉ tiêu phấn đấu") beyond the assigned one ("chỉ tiêu pháp lệnh"):
  // met at the value, exceeded at the stretch.
  CompactNumber stretch;
  std::vector<Revision> revisions;                  // in date order
  Boxed<Range> range;                               // growth: "tăng 7% đến 7,5%"
  std::string unit;                                 // amount: "tỷ đồng"
  CompactNumber out_of;                             // amount: a score's maximum, "17,35/20 điểm"
  std::vector<std::string> excludes;                // percentage: left out of the denominator
  std::optional<OneStopDefinition> definition;      // percentage: the one-stop form's ratio
  std::optional<Aggregate> aggregate;               // as written; see effective_aggregate()
  std::vector<DeclaredItem> items;                  // checklist: the declared list
  std::optional<Cadence> per;                       // frequency: the sub-period counted in
  std::optional<Cadence> cadence;                   // how often its data is reported, if declared
  std::optional<int> baseline_year;                 // growth
  std::string baseline_objective, baseline_target;  // growth: `baseline_from`, when renamed
  std::string amount_target;  // growth without records of its own: the amount it grows
  Direction direction = Direction::increase;    // growth
  Boxed<Scale> scale;                           // survey
  SurveyMeasure measure = SurveyMeasure::mean;  // survey
  CompactNumber level;                          // survey share-at-least: lowest rating counted
  std::optional<Date> due;                      // deadline
  Origin origin, baseline_from_origin, scale_origin, level_origin, cadence_origin,
      amount_target_origin, due_origin, range_origin, definition_origin, out_of_origin,
      aggregate_origin, stretch_origin;

  // The target as it stands on a day: its value and stretch after the revisions dated on or
  // before it. The revision in force, if any, is returned through `in_force`.
  Target as_of(const Date& day, const Revision** in_force = nullptr) const;
  // The aggregate written, or the kind's: a ratio of sums for percentages, the sum for
  // amounts (the last for a score out of a maximum), the last value for a growth target's own
  // records.
  Aggregate effective_aggregate() const;
  // The comparison and value it is judged against: as written, or the kind's defaults (at
  // least; a checklist's 100%). None for the kinds without a threshold (zero counts, yes-no,
  // deadlines, growth ranges).
  std::optional<Comparison> effective_comparison() const;
  std::optional<ExactNumber> effective_value() const;
};

// ISO 9001 clause 6.2.2: what will be done, with what, by whom, by when, evaluated how.
struct ActionPlan {
  std::vector<std::string> actions;
  std::vector<std::string> resources;
  std::string responsible;
  std::optional<Date> due;
  std::string evaluation;
};

// "Không đánh giá": an objective taken out of the evaluation, from its date when it has one.
struct Withdrawal {
  std::string reason;
  std::optional<Date> date;
  Origin origin;
  bool inherited = false;  // from the group heading it is listed under
};

struct Objective {
  std::string id;
  std::string title;
  std::string unit;    // the owning unit: its own `unit`, else its file's; empty: the agency
  std::string parent;  // the agency objective it refines
  std::string group;   // the group heading it is listed under
  std::string note;
  std::optional<Date> start, due;  // its own, else its group's
  ActionPlan plan;
  bool is_group = false;
  std::optional<Withdrawal> withdrawn;
  std::vector<Target> targets;
  Origin origin, unit_origin, parent_origin, start_origin, due_origin;

  // The days it is evaluated over: the plan's period, narrowed by its start and due dates.
  Period window(const Period& plan_period) const;
  // The amount target whose growth a growth target without records of its own measures: the
  // one its `amount_target` names, else the objective's only amount target; none otherwise.
  const Target* amount_of(const Target& growth) const;
};

struct Unit {
  std::string id;
  std::string name;
  Origin origin;
};

struct Signer {
  std::string title;
  std::string name;
  std::string on_behalf;
};

// The document that issued the objectives ("QUYẾT ĐỊNH … Phê duyệt Mục tiêu chất lượng").
struct IssuingDocument {
  std::string kind;
  std::string number;
  std::optional<Date> date;
  std::string title;
  std::string issuer;
  std::vector<std::string> legal_bases;
  std::string proposal;
  std::vector<std::string> articles;
  std::string closing;
  std::string quality_representative;
  Signer signer;
  std::vector<std::string> distribution;
};

struct ObjectivesFile {
  std::uint32_t document = 0;
  std::string agency_id;
  std::string agency_name;
  std::string agency_parent;  // the body above it ("Ủy ban nhân dân tỉnh Kon Tum")
  std::string unit;           // a unit's own file: the unit its objectives belong to
  int year = 0;
  Period period;  // `period`, or the calendar year
  // `period.label`: a school or fiscal year's name ("năm học 2009–2010"), for the headings.
  std::string period_label;
  std::string standard;
  std::optional<Cadence> cadence;  // the reporting cadence of its targets, unless they say
  IssuingDocument issued;
  std::vector<Unit> units;
  std::vector<Objective> objectives;  // groups and their children, in document order
  Origin year_origin, unit_origin, cadence_origin;
  // Where the header keys a unit's own file repeats are written (0: not written).
  Origin agency_name_origin, agency_parent_origin, period_origin, standard_origin, document_origin;
};

// ---- Measurements -----------------------------------------------------------------------

// What a record's `target` names: "MT4.2/gia-tri", or "MT2" for its objective only.
struct RecordTarget {
  std::string_view objective;
  std::string_view target;  // empty when the record names the objective only
};

// A measurement record as the checks need it on every record of a large file: its texts and
// values stay in the document, which the repository keeps, until named() or
// read_record_data() reads them. A node of 0 means absent.
struct Record {
  Period period;  // when has_period: its `period`, or its `date` as one day
  std::uint32_t node = 0, target_node = 0, period_node = 0;
  // Which keys it has, one bit each: the nodes of the values the checks compare are looked up
  // when a check needs one (value_node()…), not kept for every record.
  bool has_period : 1 = false;
  bool has_value : 1 = false, has_rate : 1 = false, has_numerator : 1 = false,
                   has_denominator : 1 = false, has_unit : 1 = false, has_definition : 1 = false,
                   has_one_stop : 1 = false;
  bool has_count : 1 = false, has_events : 1 = false, has_items : 1 = false,
                   has_ratings : 1 = false, has_mean : 1 = false, has_responses : 1 = false,
                   has_done : 1 = false, has_completed : 1 = false, has_excluded : 1 = false;

  // The node of a value it has (0 when it has none), in the document it is read from.
  std::uint32_t value_node(const yaml::Document& doc) const { return child(doc, "value"); }
  std::uint32_t rate_node(const yaml::Document& doc) const { return child(doc, "rate"); }
  std::uint32_t numerator_node(const yaml::Document& doc) const { return child(doc, "numerator"); }
  std::uint32_t denominator_node(const yaml::Document& doc) const {
    return child(doc, "denominator");
  }
  std::uint32_t unit_node(const yaml::Document& doc) const { return child(doc, "unit"); }
  std::uint32_t definition_node(const yaml::Document& doc) const {
    return child(doc, "definition");
  }
  std::uint32_t one_stop_node(const yaml::Document& doc) const { return child(doc, "one_stop"); }
  // A ratio's counts, both written.
  bool has_counts() const { return has_numerator && has_denominator; }
  // What its `target` names (views into the document).
  RecordTarget named(const yaml::Document& doc) const;

 private:
  std::uint32_t child(const yaml::Document& doc, std::string_view key) const;
};

// A date written in a record's events, items or completion, for the period check.
struct RecordDate {
  Date date;
  std::uint32_t node = 0;
};

struct Event {
  Date date;
  std::string_view description;
  std::string_view evidence;
};

// A checklist item as a record reports it.
struct ReportedItem {
  std::string_view id;
  std::string_view name;
  bool done = false;
  std::optional<Date> date;  // when it was done (or found not done)
  std::string_view evidence;
  Origin origin;
};

// Whether a reported item is the item of this id and name: by its id, or without one by its
// name.
inline bool is_item(std::string_view id, std::string_view name, const ReportedItem& item) {
  return item.id.empty() ? name == item.name : id == item.id;
}

// Responses at one level of a survey's scale.
struct Rating {
  ExactNumber level;
  ExactNumber responses;
  Origin origin;  // the level as written
};

// Where `qobj import` read a record: the file, the sheet, the row.
struct ImportedFrom {
  std::string_view file, sheet;
  std::string_view pointer;  // in a JSON file: "/data/3/tienDoGiaiQuyet"
  std::optional<int> row;
  std::optional<int> tolerance;  // dossiers the form's totals were accepted to be off by
};

// Everything a record says, typed.
struct RecordData {
  RecordTarget named;        // what its `target` names
  Period period;             // its `period`, or its `date` as one day
  bool logs_events = false;  // it has `events:` (a log, known day by day)
  std::optional<ExactNumber> value, numerator, denominator, excluded, count, mean, responses;
  // A growth as the statistics office states it, in percent against the same period of the
  // baseline year: 13.0 for "tăng 13,0%", -2.5 for "giảm 2,5%".
  std::optional<ExactNumber> rate;
  // The decimals `value` is written with: a one-stop system's printed percentage ("99.00") is
  // a rounding, true to half a unit of its last place.
  int value_places = 0;
  std::string_view unit;
  std::optional<OneStopDefinition> definition;  // the one-stop form's ratio it follows
  std::optional<OneStopCounts> one_stop;        // that form's row, as imported
  std::optional<ImportedFrom> imported_from;
  std::vector<Event> events;
  std::vector<ReportedItem> items;
  std::vector<Rating> ratings;
  std::optional<bool> done;
  std::optional<Date> completed;
  std::string_view evidence;
  std::string_view source;  // its own, else its file's
  std::string_view note;
  Origin origin;
};

struct Baseline {
  std::string objective, target;
  int year = 0;
  // A part of the baseline year ("6 tháng 2020"): the value a growth is judged against while
  // this year's data covers the same part ("so với cùng kỳ"). None: the whole year.
  std::optional<Period> period;
  ExactNumber value;
  std::string source;
  Origin origin, target_origin, year_origin, period_origin;
};

// The body's own estimate of a target's whole-period result, made on a date ("ước tính cả năm:
// 60.590 tỷ đồng"): until the period is over it replaces the straight-line estimate.
struct Forecast {
  std::string objective, target;
  Date date;
  std::optional<ExactNumber> value;  // an amount, or a growth target's amount
  std::optional<ExactNumber> rate;   // a growth target's rate, in percent
  std::string source;
  std::string note;
  Origin origin, target_origin, date_origin;
};

struct CorrectiveAction {
  std::string action;
  std::string responsible;
  std::optional<Date> due;
  std::string effectiveness;
};

// The year-end evaluation of an objective (ISO 9.3, 10.2).
struct YearEndEvaluation {
  std::string objective;
  std::string cause;
  std::optional<CorrectiveAction> corrective_action;
  std::optional<StatedVerdict> verdict;  // a yes-no target's
  std::optional<Date> date;              // when it was made: the verdict counts from then
  std::string evidence;
  std::string note;
  Origin origin, objective_origin, verdict_origin;
};

struct MeasurementsFile {
  std::uint32_t document = 0;
  std::string agency;
  int year = 0;
  // The year its records are reported over, when not the plan's ("15/12 to 14/12").
  std::optional<Period> reporting_year;
  Origin reporting_year_origin;
  std::string source;  // the records' default source
  std::vector<Record> records;
  std::vector<RecordDate> dates;
  std::vector<Baseline> baselines;
  std::vector<Forecast> forecasts;
  std::vector<YearEndEvaluation> evaluations;
  Origin agency_origin, year_origin;
};

class Plans;

// Every file of a run, with the documents the origins point into, and the index of plans
// built over them (plans.hpp).
// A file that failed its own checks (YAML or schema). It takes no part in the checks across
// files, but what it is for, as far as can be told, keeps the others from being judged
// against a plan it would change: one mistake is said once, where it is made. An agency or a
// year that could not be read matches any.
struct UnsoundFile {
  bool objectives = false;  // else measurements
  std::optional<std::string> agency;
  std::optional<int> year;

  bool covers(std::string_view agency_id, int plan_year) const {
    return (!agency || *agency == agency_id) && (!year || *year == plan_year);
  }
};

struct Repository {
  Repository();
  Repository(Repository&&) noexcept;
  Repository& operator=(Repository&&) noexcept;
  ~Repository();

  std::vector<std::shared_ptr<const yaml::Document>> documents;
  std::vector<ObjectivesFile> objectives;
  std::vector<MeasurementsFile> measurements;
  std::vector<UnsoundFile> unsound;
  // Built by index() once every file is in; the checks and the evaluation share it. It points
  // into the vectors above, which must not change afterwards.
  std::unique_ptr<const Plans> plans;

  void index();
  Position position_of(Origin origin) const;
  std::string file_name(std::uint32_t document) const;
};

// The keys the reader looked up: a test checks that every key of a file is read.
struct ReadTrace {
  std::vector<bool> read;  // by node id of the value
};

ObjectivesFile read_objectives(const yaml::Document& doc, std::uint32_t document,
                               ReadTrace* trace = nullptr);
MeasurementsFile read_measurements(const yaml::Document& doc, std::uint32_t document,
                                   ReadTrace* trace = nullptr);
// What an unsound document says it is for: its agency and year where they are written as the
// schema wants them (an id "Sở Công Thương" says nothing: the file then matches any agency).
UnsoundFile read_unsound(const yaml::Document& doc, bool objectives);
// An agency id as the schemas want it (lowercase ASCII words joined by hyphens), trimmed.
std::optional<std::string> agency_id(std::string_view text);
// A plan's year as the schemas want it: four digits, 1900 to 2200.
std::optional<int> plan_year(std::string_view text);
RecordData read_record_data(const Repository& repository, const MeasurementsFile& file,
                            const Record& record, ReadTrace* trace = nullptr);

// What a record says about itself for people: where it comes from (its `source`, else its
// file's), a note, the evidence, and what a ratio's denominator left out. For the data
// sheets, read when they are written.
struct RecordNotes {
  std::string_view source, note, evidence;
  std::optional<ExactNumber> excluded;
  std::optional<ImportedFrom> imported_from;
};
RecordNotes record_notes(const Repository& repository, Origin record);

}  // namespace qobj::model
