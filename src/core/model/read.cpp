// Reading schema-valid documents into the model. The schema has checked the shapes, so this
// only picks values out; every key the schemas accept is read here (a test walks both schemas
// and a file using every key, and fails on a key this file never looks up).
#include <string_view>

#include "core/model/model.hpp"
#include "core/yaml/core_schema.hpp"
#include "core/yaml/document.hpp"

namespace qobj::model {

namespace {

using yaml::Document;
using yaml::NodeId;
using OptNode = std::optional<NodeId>;

class Reader {
 public:
  Reader(const Document& doc, std::uint32_t document, ReadTrace* trace)
      : m_doc(doc), m_document(document), m_trace(trace) {
    if (m_trace != nullptr && m_trace->read.size() < doc.node_count())
      m_trace->read.resize(doc.node_count(), false);
  }

  Origin origin(OptNode node) const { return Origin{m_document, node.value_or(0)}; }
  // Counts a value as read, for a key found without child() (a pass over a mapping).
  void mark(NodeId value) const {
    if (m_trace != nullptr) m_trace->read[value] = true;
  }
  OptNode child(OptNode map, std::string_view key) const {
    if (!map || m_doc.kind(*map) != yaml::NodeKind::mapping) return std::nullopt;
    const OptNode found = m_doc.find(*map, key);
    if (found && m_trace != nullptr) m_trace->read[*found] = true;
    return found;
  }
  std::string text(OptNode map, std::string_view key) const {
    const auto node = child(map, key);
    return node ? std::string(m_doc.text(*node)) : std::string();
  }
  std::string_view view(OptNode map, std::string_view key) const {
    const auto node = child(map, key);
    return node ? m_doc.text(*node) : std::string_view();
  }
  std::optional<ExactNumber> number(OptNode node) const {
    return node ? yaml::number_value(m_doc, *node) : std::nullopt;
  }
  std::optional<ExactNumber> number(OptNode map, std::string_view key) const {
    return number(child(map, key));
  }
  std::optional<int> integer(OptNode node) const {
    const auto n = number(node);
    if (!n || !n->is_integer() || !n->value.get_num().fits_sint_p()) return std::nullopt;
    return static_cast<int>(n->value.get_num().get_si());
  }
  std::optional<bool> boolean(OptNode map, std::string_view key) const {
    const auto node = child(map, key);
    if (!node || yaml::json_type(m_doc, *node) != yaml::JsonType::boolean) return std::nullopt;
    return yaml::boolean_value(m_doc, *node);
  }
  std::optional<Date> date(OptNode node) const {
    return node ? parse_date(m_doc.text(*node)) : std::nullopt;
  }
  std::optional<Date> date(OptNode map, std::string_view key) const {
    return date(child(map, key));
  }
  template <typename Enum>
  std::optional<Enum> code(OptNode map, std::string_view key) const {
    const auto node = child(map, key);
    return node ? from_code<Enum>(m_doc.text(*node)) : std::nullopt;
  }
  // A period as a record writes it: "2021-Q1", a year, or {start, end}.
  std::optional<Period> period(OptNode node) const {
    if (!node) return std::nullopt;
    if (m_doc.kind(*node) == yaml::NodeKind::mapping) return explicit_period(node);
    // A year is a number to the schema, whatever its spelling (2021, 2.021e3).
    if (const auto year = integer(node)) return parse_period(std::to_string(*year));
    return parse_period(m_doc.text(*node));
  }
  // {start: YYYY-MM-DD, end: YYYY-MM-DD}
  std::optional<Period> explicit_period(OptNode node) const {
    const auto start = date(child(node, "start"));
    const auto end = date(child(node, "end"));
    if (!start || !end) return std::nullopt;
    return Period{*start, *end};
  }
  std::vector<NodeId> list(OptNode node) const {
    std::vector<NodeId> out;
    if (node && m_doc.kind(*node) == yaml::NodeKind::sequence) {
      for (const NodeId item : m_doc.items(*node)) out.push_back(item);
    }
    return out;
  }
  std::vector<std::string> texts(OptNode map, std::string_view key) const {
    std::vector<std::string> out;
    for (const NodeId item : list(child(map, key))) out.emplace_back(m_doc.text(item));
    return out;
  }

  // A record's `imported_from: {file, sheet, row}`.
  std::optional<ImportedFrom> imported_from(NodeId record) const {
    const auto node = child(record, "imported_from");
    if (!node) return std::nullopt;
    return ImportedFrom{view(node, "file"), view(node, "sheet"), view(node, "pointer"),
                        integer(child(node, "row")), integer(child(node, "tolerance"))};
  }

  const Document& doc() const { return m_doc; }

 private:
  const Document& m_doc;
  std::uint32_t m_document;
  ReadTrace* m_trace;
};

// "MT4.2/gia-tri" → ("MT4.2", "gia-tri"); "MT2" → ("MT2", "").
template <typename Text>
void split_target(Text reference, Text& objective, Text& target) {
  const auto slash = reference.find('/');
  objective = reference.substr(0, slash);
  target = slash == Text::npos ? Text() : reference.substr(slash + 1);
}

Target read_target(const Reader& r, NodeId node) {
  Target t;
  t.id = r.text(node, "id");
  t.kind = r.code<TargetKind>(node, "kind").value_or(TargetKind::yes_no);
  t.text = r.text(node, "text");
  t.note = r.text(node, "note");
  t.comparison = r.code<Comparison>(node, "comparison");
  t.value = r.number(node, "value");
  const auto stretch = r.child(node, "stretch");
  t.stretch = r.number(stretch);
  t.stretch_origin = r.origin(stretch ? stretch : node);
  for (const NodeId item : r.list(r.child(node, "revisions"))) {
    const auto date = r.child(item, "date");
    Revision revision;
    revision.date = r.date(date).value_or(Date{});
    revision.value = r.number(item, "value");
    revision.stretch = r.number(item, "stretch");
    revision.document = r.text(item, "document");
    revision.note = r.text(item, "note");
    revision.origin = r.origin(item);
    revision.date_origin = r.origin(date ? date : item);
    t.revisions.push_back(std::move(revision));
  }
  t.range_origin = r.origin(r.child(node, "range").value_or(node));
  if (const auto range = r.child(node, "range")) {
    const auto from = r.number(range, "from");
    const auto to = r.number(range, "to");
    if (from && to) t.range = Range{*from, *to};
  }
  t.unit = r.text(node, "unit");
  const auto out_of = r.child(node, "out_of");
  t.out_of = r.number(out_of);
  t.out_of_origin = r.origin(out_of ? out_of : node);
  t.excludes = r.texts(node, "excludes");
  const auto definition = r.child(node, "definition");
  t.definition = r.code<OneStopDefinition>(node, "definition");
  t.definition_origin = r.origin(definition ? definition : node);
  t.aggregate = r.code<Aggregate>(node, "aggregate");
  t.aggregate_origin = r.origin(r.child(node, "aggregate").value_or(node));
  for (const NodeId item : r.list(r.child(node, "items")))
    t.items.push_back(DeclaredItem{r.text(item, "id"), r.text(item, "name"), r.origin(item)});
  t.per = r.code<Cadence>(node, "per");
  const auto cadence = r.child(node, "cadence");
  t.cadence = r.code<Cadence>(node, "cadence");
  t.cadence_origin = r.origin(cadence);
  t.baseline_year = r.integer(r.child(node, "baseline_year"));
  const auto baseline_from = r.child(node, "baseline_from");
  split_target(r.text(node, "baseline_from"), t.baseline_objective, t.baseline_target);
  t.baseline_from_origin = r.origin(baseline_from ? baseline_from : node);
  t.direction = r.code<Direction>(node, "direction").value_or(Direction::increase);
  const auto amount_target = r.child(node, "amount_target");
  t.amount_target = r.text(node, "amount_target");
  t.amount_target_origin = r.origin(amount_target ? amount_target : node);
  if (const auto scale = r.child(node, "scale")) {
    const auto min = r.number(scale, "min");
    const auto max = r.number(scale, "max");
    if (min && max) t.scale = Scale{*min, *max};
    t.scale_origin = r.origin(scale);
  }
  t.measure = r.code<SurveyMeasure>(node, "measure").value_or(SurveyMeasure::mean);
  const auto level = r.child(node, "level");
  t.level = r.number(level);
  t.level_origin = r.origin(level);
  const auto due = r.child(node, "due");
  t.due = r.date(due);
  t.due_origin = r.origin(due);
  t.origin = r.origin(node);
  return t;
}

void read_objective(const Reader& r, NodeId node, const Objective* group,
                    const std::string& file_unit, std::vector<Objective>& out) {
  Objective o;
  o.id = r.text(node, "id");
  o.title = r.text(node, "title");
  const auto unit = r.child(node, "unit");
  o.unit = unit ? std::string(r.doc().text(*unit)) : group != nullptr ? group->unit : file_unit;
  o.parent = r.text(node, "parent");
  o.group = group != nullptr ? group->id : std::string();
  o.note = r.text(node, "note");
  const auto start = r.child(node, "start");
  const auto due = r.child(node, "due");
  o.start = r.date(start);
  o.due = r.date(due);
  o.origin = r.origin(node);
  o.unit_origin = r.origin(unit ? unit : node);
  o.parent_origin = r.origin(r.child(node, "parent").value_or(node));
  o.start_origin = r.origin(start ? start : node);
  o.due_origin = r.origin(due ? due : node);
  // The rows under a group heading share its dates (the seed tables write them once per row).
  if (group != nullptr && !o.start) o.start = group->start;
  if (group != nullptr && !o.due) o.due = group->due;
  if (const auto withdrawn = r.child(node, "withdrawn")) {
    o.withdrawn =
        Withdrawal{r.text(withdrawn, "reason"), r.date(withdrawn, "date"), r.origin(withdrawn)};
  } else if (group != nullptr && group->withdrawn) {
    o.withdrawn = group->withdrawn;  // a group withdrawn takes its objectives with it
    o.withdrawn->inherited = true;
  }
  if (const auto plan = r.child(node, "plan")) {
    o.plan.actions = r.texts(plan, "actions");
    o.plan.resources = r.texts(plan, "resources");
    o.plan.responsible = r.text(plan, "responsible");
    o.plan.due = r.date(plan, "due");
    o.plan.evaluation = r.text(plan, "evaluation");
  }
  const auto targets = r.list(r.child(node, "targets"));
  o.targets.reserve(targets.size());
  for (const NodeId target : targets) o.targets.push_back(read_target(r, target));
  const auto children = r.list(r.child(node, "children"));
  // A heading groups its objectives and is judged by them; an objective with targets of its
  // own and children ("trong đó") is judged by its targets, its children each on their own.
  o.is_group = !children.empty() && o.targets.empty();
  const Objective heading = o;
  out.push_back(std::move(o));
  for (const NodeId child : children) read_objective(r, child, &heading, file_unit, out);
}

IssuingDocument read_document(const Reader& r, OptNode node) {
  IssuingDocument d;
  d.kind = r.text(node, "kind");
  d.number = r.text(node, "number");
  d.date = r.date(node, "date");
  d.title = r.text(node, "title");
  d.issuer = r.text(node, "issuer");
  d.legal_bases = r.texts(node, "legal_bases");
  d.proposal = r.text(node, "proposal");
  d.articles = r.texts(node, "articles");
  d.closing = r.text(node, "closing");
  d.quality_representative = r.text(node, "quality_representative");
  const auto signer = r.child(node, "signer");
  d.signer = Signer{r.text(signer, "title"), r.text(signer, "name"), r.text(signer, "on_behalf")};
  d.distribution = r.texts(node, "distribution");
  return d;
}

// A record's keys in one pass (a large file has hundreds of thousands of records): what the
// checks need on every one; read_record_data() reads the rest when a target is evaluated.
Record read_record(const Reader& r, NodeId node, MeasurementsFile& file) {
  const Document& doc = r.doc();
  Record rec;
  rec.node = node;
  std::optional<NodeId> period, date, completed, events, items;
  for (const yaml::Entry entry : doc.entries(node)) {
    const std::string_view key = doc.text(entry.key);
    const NodeId value = entry.value;
    bool used = true;  // the others (source, note, evidence…) are read_record_data()'s
    if (key == "target") {
      rec.target_node = value;
    } else if (key == "period") {
      period = value;
    } else if (key == "date") {
      date = value;
    } else if (key == "value") {
      rec.has_value = true;
    } else if (key == "rate") {
      rec.has_rate = true;
    } else if (key == "numerator") {
      rec.has_numerator = true;
    } else if (key == "denominator") {
      rec.has_denominator = true;
    } else if (key == "unit") {
      rec.has_unit = true;
    } else if (key == "count") {
      rec.has_count = true;
    } else if (key == "events") {
      events = value;
    } else if (key == "items") {
      items = value;
    } else if (key == "ratings") {
      rec.has_ratings = true;
    } else if (key == "mean") {
      rec.has_mean = true;
    } else if (key == "responses") {
      rec.has_responses = true;
    } else if (key == "excluded") {
      rec.has_excluded = true;
    } else if (key == "definition") {
      rec.has_definition = true;
    } else if (key == "one_stop") {
      rec.has_one_stop = true;
    } else if (key == "done") {
      rec.has_done = true;
    } else if (key == "completed") {
      completed = value;
    } else {
      used = false;
    }
    if (used) r.mark(value);
  }
  rec.has_events = events.has_value();
  rec.has_items = items.has_value();
  rec.has_completed = completed.has_value();
  if (period) {
    rec.period_node = *period;
    const std::optional<Period> parsed = r.period(period);
    if (parsed) rec.period = *parsed;
    rec.has_period = parsed.has_value();
  } else if (const auto day = r.date(date)) {
    rec.period = Period{*day, *day};
    rec.has_period = true;
    rec.period_node = *date;
  }
  // The dates of its events, items and completion, for the period check.
  for (const auto& list : {events, items}) {
    for (const NodeId entry : r.list(list)) {
      const auto date_node = r.child(entry, "date");
      if (const auto when = r.date(date_node)) file.dates.push_back(RecordDate{*when, *date_node});
    }
  }
  if (const auto when = r.date(completed)) file.dates.push_back(RecordDate{*when, *completed});
  return rec;
}

}  // namespace

int months_of(Cadence cadence) {
  switch (cadence) {
    case Cadence::month:
      return 1;
    case Cadence::quarter:
      return 3;
    case Cadence::half_year:
      return 6;
    case Cadence::year:
      return 12;
  }
  return 12;
}

Aggregate Target::effective_aggregate() const {
  if (aggregate) return *aggregate;
  switch (kind) {
    case TargetKind::percentage:
      return Aggregate::ratio_of_sums;
    case TargetKind::growth:
      return Aggregate::last;
    case TargetKind::amount:
      // A score is the portal's figure for its period: scores do not add up.
      return out_of ? Aggregate::last : Aggregate::sum;
    default:
      return Aggregate::sum;
  }
}

std::optional<Comparison> Target::effective_comparison() const {
  switch (kind) {
    case TargetKind::zero_count:
    case TargetKind::yes_no:
    case TargetKind::deadline:
      return std::nullopt;
    case TargetKind::growth:
      if (range) return std::nullopt;
      break;
    default:
      break;
  }
  return comparison.value_or(Comparison::at_least);
}

Target Target::as_of(const Date& day, const Revision** in_force) const {
  Target now = *this;
  const Revision* last = nullptr;
  for (const Revision& revision : revisions) {
    if (day < revision.date) break;
    if (revision.value) now.value = revision.value;
    if (revision.stretch) now.stretch = revision.stretch;
    last = &revision;
  }
  if (in_force != nullptr) *in_force = last;
  return now;
}

std::optional<ExactNumber> Target::effective_value() const {
  if (kind == TargetKind::checklist && !value) {
    ExactNumber every;
    every.value = 100;
    return every;
  }
  if (!effective_comparison()) return std::nullopt;
  return value;
}

const Target* Objective::amount_of(const Target& growth) const {
  const Target* only = nullptr;
  int amounts = 0;
  for (const Target& t : targets) {
    if (t.kind != TargetKind::amount) continue;
    if (!growth.amount_target.empty() && t.id == growth.amount_target) return &t;
    only = &t;
    ++amounts;
  }
  return growth.amount_target.empty() && amounts == 1 ? only : nullptr;
}

Period Objective::window(const Period& plan_period) const {
  Period w = plan_period;
  if (start && plan_period.start < *start && *start <= plan_period.end) w.start = *start;
  if (due && *due < plan_period.end && w.start <= *due) w.end = *due;
  return w;
}

ObjectivesFile read_objectives(const Document& doc, std::uint32_t document, ReadTrace* trace) {
  const Reader r(doc, document, trace);
  const NodeId root = doc.root();
  ObjectivesFile file;
  file.document = document;
  const auto agency = r.child(root, "agency");
  file.agency_id = r.text(agency, "id");
  file.agency_name = r.text(agency, "name");
  file.agency_parent = r.text(agency, "parent");
  file.agency_name_origin = r.origin(r.child(agency, "name"));
  file.agency_parent_origin = r.origin(r.child(agency, "parent"));
  const auto unit = r.child(root, "unit");
  file.unit = r.text(root, "unit");
  file.unit_origin = r.origin(unit ? unit : root);
  const auto year = r.child(root, "year");
  file.year = r.integer(year).value_or(0);
  file.year_origin = r.origin(year ? year : root);
  file.period = year_period(file.year);
  const auto period_node = r.child(root, "period");
  if (const auto period = r.explicit_period(period_node)) file.period = *period;
  file.period_origin = r.origin(period_node);
  file.period_label = r.text(period_node, "label");
  file.standard = r.text(root, "standard");
  file.standard_origin = r.origin(r.child(root, "standard"));
  const auto cadence = r.child(root, "cadence");
  file.cadence = r.code<Cadence>(root, "cadence");
  file.cadence_origin = r.origin(cadence ? cadence : root);
  const auto document_node = r.child(root, "document");
  file.issued = read_document(r, document_node);
  file.document_origin = r.origin(document_node);
  for (const NodeId node : r.list(r.child(root, "units"))) {
    file.units.push_back(Unit{r.text(node, "id"), r.text(node, "name"), r.origin(node)});
  }
  for (const NodeId objective : r.list(r.child(root, "objectives"))) {
    read_objective(r, objective, nullptr, file.unit, file.objectives);
  }
  file.objectives.shrink_to_fit();  // a province holds thousands of these
  return file;
}

std::optional<std::string> agency_id(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool after_hyphen = true;  // no leading, trailing or double hyphen
  for (const char c : text) {
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!word && (c != '-' || after_hyphen)) return std::nullopt;
    after_hyphen = c == '-';
  }
  if (text.empty() || after_hyphen) return std::nullopt;
  return std::string(text);
}

std::optional<int> plan_year(std::string_view text) {
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  const int year = std::stoi(std::string(text));
  return year >= 1900 && year <= 2200 ? std::optional(year) : std::nullopt;
}

UnsoundFile read_unsound(const Document& doc, bool objectives) {
  const Reader r(doc, 0, nullptr);
  const NodeId root = doc.root();
  UnsoundFile file;
  file.objectives = objectives;
  const auto text_at = [&](OptNode node) -> std::optional<std::string> {
    if (!node || yaml::json_type(doc, *node) != yaml::JsonType::string) return std::nullopt;
    return agency_id(doc.text(*node));
  };
  const auto agency = r.child(root, "agency");
  // An objectives file names it under agency.id, a measurements file as agency itself.
  file.agency = objectives ? text_at(r.child(agency, "id")) : text_at(agency);
  if (const auto year = r.child(root, "year");
      year && yaml::json_type(doc, *year) == yaml::JsonType::integer)
    file.year = plan_year(doc.text(*year));
  return file;
}

MeasurementsFile read_measurements(const Document& doc, std::uint32_t document, ReadTrace* trace) {
  const Reader r(doc, document, trace);
  const NodeId root = doc.root();
  MeasurementsFile file;
  file.document = document;
  const auto agency = r.child(root, "agency");
  file.agency = r.text(root, "agency");
  file.agency_origin = r.origin(agency ? agency : root);
  const auto year = r.child(root, "year");
  file.year = r.integer(year).value_or(0);
  file.year_origin = r.origin(year ? year : root);
  file.source = r.text(root, "source");
  const auto reporting_year = r.child(root, "reporting_year");
  file.reporting_year = r.explicit_period(reporting_year);
  file.reporting_year_origin = r.origin(reporting_year ? reporting_year : root);
  const auto records = r.list(r.child(root, "records"));
  file.records.reserve(records.size());
  for (const NodeId node : records) {
    if (doc.kind(node) == yaml::NodeKind::mapping)
      file.records.push_back(read_record(r, node, file));
  }
  for (const NodeId node : r.list(r.child(root, "baselines"))) {
    Baseline b;
    split_target(r.text(node, "target"), b.objective, b.target);
    const auto baseline_year = r.child(node, "year");
    b.year = r.integer(baseline_year).value_or(0);
    const auto period = r.child(node, "period");
    b.period = r.period(period);
    b.period_origin = r.origin(period ? period : node);
    b.value = r.number(node, "value").value_or(ExactNumber{});
    b.source = r.text(node, "source");
    b.origin = r.origin(node);
    b.target_origin = r.origin(r.child(node, "target").value_or(node));
    b.year_origin = r.origin(baseline_year ? baseline_year : node);
    file.baselines.push_back(std::move(b));
  }
  for (const NodeId node : r.list(r.child(root, "forecasts"))) {
    Forecast f;
    split_target(r.text(node, "target"), f.objective, f.target);
    const auto date = r.child(node, "date");
    f.date = r.date(date).value_or(Date{});
    f.value = r.number(node, "value");
    f.rate = r.number(node, "rate");
    f.source = r.text(node, "source");
    f.note = r.text(node, "note");
    f.origin = r.origin(node);
    f.target_origin = r.origin(r.child(node, "target").value_or(node));
    f.date_origin = r.origin(date ? date : node);
    file.forecasts.push_back(std::move(f));
  }
  for (const NodeId node : r.list(r.child(root, "evaluations"))) {
    YearEndEvaluation e;
    e.objective = r.text(node, "objective");
    e.cause = r.text(node, "cause");
    if (const auto action = r.child(node, "corrective_action")) {
      e.corrective_action =
          CorrectiveAction{r.text(action, "action"), r.text(action, "responsible"),
                           r.date(action, "due"), r.text(action, "effectiveness")};
    }
    const auto verdict = r.child(node, "verdict");
    e.verdict = r.code<StatedVerdict>(node, "verdict");
    e.date = r.date(node, "date");
    e.evidence = r.text(node, "evidence");
    e.note = r.text(node, "note");
    e.origin = r.origin(node);
    e.objective_origin = r.origin(r.child(node, "objective").value_or(node));
    e.verdict_origin = r.origin(verdict ? verdict : node);
    file.evaluations.push_back(std::move(e));
  }
  return file;
}

RecordTarget Record::named(const yaml::Document& doc) const {
  RecordTarget named;
  if (target_node != 0) split_target(doc.text(target_node), named.objective, named.target);
  return named;
}

std::uint32_t Record::child(const yaml::Document& doc, std::string_view key) const {
  return node == 0 ? 0 : doc.find(node, key).value_or(0);
}

RecordData read_record_data(const Repository& repository, const MeasurementsFile& file,
                            const Record& record, ReadTrace* trace) {
  const Document& doc = *repository.documents[file.document];
  const Reader r(doc, file.document, trace);
  const NodeId node = record.node;
  RecordData d;
  d.named = record.named(doc);
  d.period = record.period;
  d.value = r.number(node, "value");
  if (const auto value = r.child(node, "value"))
    d.value_places = written_decimal_places(doc.text(*value));
  d.rate = r.number(node, "rate");
  d.numerator = r.number(node, "numerator");
  d.denominator = r.number(node, "denominator");
  d.excluded = r.number(node, "excluded");
  d.count = r.number(node, "count");
  d.mean = r.number(node, "mean");
  d.responses = r.number(node, "responses");
  d.unit = r.view(node, "unit");
  d.definition = r.code<OneStopDefinition>(node, "definition");
  if (const auto columns = r.child(node, "one_stop")) {
    OneStopCounts counts;
    for (const auto& [column, key] : CodeTable<OneStopColumn>::entries) {
      if (const auto n = r.number(columns, key); n && n->is_finite()) counts[column] = n->value;
    }
    d.one_stop = counts;
  }
  d.imported_from = r.imported_from(node);
  const auto events = r.child(node, "events");
  d.logs_events = events.has_value();
  for (const NodeId event : r.list(events)) {
    if (const auto date = r.date(event, "date"))
      d.events.push_back(Event{*date, r.view(event, "description"), r.view(event, "evidence")});
  }
  for (const NodeId item : r.list(r.child(node, "items"))) {
    d.items.push_back(ReportedItem{r.view(item, "id"), r.view(item, "name"),
                                   r.boolean(item, "done").value_or(false), r.date(item, "date"),
                                   r.view(item, "evidence"), r.origin(item)});
  }
  if (const auto ratings = r.child(node, "ratings");
      ratings && doc.kind(*ratings) == yaml::NodeKind::mapping) {
    for (const yaml::Entry entry : doc.entries(*ratings)) {
      if (trace != nullptr) trace->read[entry.value] = true;
      const auto level = parse_exact_number(doc.text(entry.key));
      const auto responses = yaml::number_value(doc, entry.value);
      if (level && responses) d.ratings.push_back(Rating{*level, *responses, r.origin(entry.key)});
    }
  }
  d.done = r.boolean(node, "done");
  d.completed = r.date(node, "completed");
  d.evidence = r.view(node, "evidence");
  d.source = r.view(node, "source");
  if (d.source.empty()) d.source = file.source;
  d.note = r.view(node, "note");
  d.origin = r.origin(node);
  return d;
}

RecordNotes record_notes(const Repository& repository, Origin record) {
  RecordNotes notes;
  if (record.node == 0 || record.document >= repository.documents.size()) return notes;
  const Reader r(*repository.documents[record.document], record.document, nullptr);
  notes.source = r.view(record.node, "source");
  notes.note = r.view(record.node, "note");
  notes.evidence = r.view(record.node, "evidence");
  notes.excluded = r.number(record.node, "excluded");
  notes.imported_from = r.imported_from(record.node);
  if (notes.source.empty()) {
    for (const MeasurementsFile& file : repository.measurements) {
      if (file.document == record.document) notes.source = file.source;
    }
  }
  return notes;
}

}  // namespace qobj::model
