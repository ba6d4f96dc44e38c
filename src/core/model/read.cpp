// Reading schema-valid documents into the model. The schema has checked the shapes, so this
// only picks values out; anything odd is skipped rather than trusted.
#include <string_view>

#include "core/model/model.hpp"
#include "core/yaml/core_schema.hpp"

namespace qobj::model {

namespace {

using yaml::Document;
using yaml::NodeId;

class Reader {
 public:
  Reader(const Document& doc, std::uint32_t document) : m_doc(doc), m_document(document) {}

  Origin origin(NodeId node) const { return Origin{m_document, node}; }
  std::optional<NodeId> child(std::optional<NodeId> map, std::string_view key) const {
    if (!map || m_doc.kind(*map) != yaml::NodeKind::mapping) return std::nullopt;
    return m_doc.find(*map, key);
  }
  std::string text(std::optional<NodeId> map, std::string_view key) const {
    const auto node = child(map, key);
    return node ? std::string(m_doc.text(*node)) : std::string();
  }
  std::optional<ExactNumber> number(std::optional<NodeId> node) const {
    return node ? yaml::number_value(m_doc, *node) : std::nullopt;
  }
  std::optional<int> integer(std::optional<NodeId> node) const {
    const auto n = number(node);
    if (!n || !n->is_integer() || !n->value.get_num().fits_sint_p()) return std::nullopt;
    return static_cast<int>(n->value.get_num().get_si());
  }
  std::optional<Date> date(std::optional<NodeId> node) const {
    return node ? parse_date(m_doc.text(*node)) : std::nullopt;
  }
  // {start: YYYY-MM-DD, end: YYYY-MM-DD}
  std::optional<Period> explicit_period(std::optional<NodeId> node) const {
    const auto start = date(child(node, "start"));
    const auto end = date(child(node, "end"));
    if (!start || !end) return std::nullopt;
    return Period{*start, *end};
  }
  std::vector<NodeId> list(std::optional<NodeId> node) const {
    std::vector<NodeId> out;
    if (node && m_doc.kind(*node) == yaml::NodeKind::sequence) {
      for (const NodeId item : m_doc.items(*node)) out.push_back(item);
    }
    return out;
  }
  bool non_empty(std::optional<NodeId> node) const {
    if (!node) return false;
    const auto kind = m_doc.kind(*node);
    if (kind == yaml::NodeKind::sequence || kind == yaml::NodeKind::mapping)
      return m_doc.size(*node) > 0;
    return kind == yaml::NodeKind::scalar && !m_doc.text(*node).empty();
  }

  const Document& doc() const { return m_doc; }

 private:
  const Document& m_doc;
  std::uint32_t m_document;
};

std::optional<Comparison> comparison_from(std::string_view text) {
  for (const Comparison c : {Comparison::at_least, Comparison::greater_than, Comparison::at_most,
                             Comparison::less_than, Comparison::equal}) {
    if (comparison_code(c) == text) return c;
  }
  return std::nullopt;
}

TargetKind kind_from(std::string_view text) {
  for (int k = 0; k <= static_cast<int>(TargetKind::deadline); ++k) {
    if (kind_code(static_cast<TargetKind>(k)) == text) return static_cast<TargetKind>(k);
  }
  return TargetKind::yes_no;
}

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
  t.kind = kind_from(r.text(node, "kind"));
  t.text = r.text(node, "text");
  t.comparison = comparison_from(r.text(node, "comparison"));
  t.value = r.number(r.child(node, "value"));
  if (const auto range = r.child(node, "range")) {
    const auto from = r.number(r.child(range, "from"));
    const auto to = r.number(r.child(range, "to"));
    if (from && to) t.range = std::pair(*from, *to);
  }
  t.unit = r.text(node, "unit");
  t.baseline_year = r.integer(r.child(node, "baseline_year"));
  split_target(r.text(node, "baseline_from"), t.baseline_objective, t.baseline_target);
  t.baseline_from_origin = r.origin(r.child(node, "baseline_from").value_or(node));
  t.per = r.text(node, "per");
  t.aggregate = r.text(node, "aggregate");
  t.measure = r.text(node, "measure");
  t.level = r.integer(r.child(node, "level"));
  t.due = r.date(r.child(node, "due"));
  t.origin = r.origin(node);
  return t;
}

void read_objective(const Reader& r, NodeId node, const Objective* group,
                    std::vector<Objective>& out) {
  Objective o;
  o.id = r.text(node, "id");
  o.title = r.text(node, "title");
  o.unit = r.text(node, "unit");
  o.parent = r.text(node, "parent");
  o.group = group != nullptr ? group->id : std::string();
  o.start = r.date(r.child(node, "start"));
  o.due = r.date(r.child(node, "due"));
  // The rows under a group heading share its dates (the seed tables write them once per row).
  if (group != nullptr && !o.start) o.start = group->start;
  if (group != nullptr && !o.due) o.due = group->due;
  o.origin = r.origin(node);
  o.unit_origin = r.origin(r.child(node, "unit").value_or(node));
  o.parent_origin = r.origin(r.child(node, "parent").value_or(node));
  o.start_origin = r.origin(r.child(node, "start").value_or(node));
  o.due_origin = r.origin(r.child(node, "due").value_or(node));
  o.withdrawn = r.child(node, "withdrawn").has_value();
  if (const auto plan = r.child(node, "plan")) {
    o.plan.actions = r.non_empty(r.child(plan, "actions"));
    o.plan.resources = r.non_empty(r.child(plan, "resources"));
    o.plan.responsible = r.non_empty(r.child(plan, "responsible"));
    o.plan.due = r.non_empty(r.child(plan, "due"));
    o.plan.evaluation = r.non_empty(r.child(plan, "evaluation"));
  }
  if (!o.plan.due && o.due) o.plan.due = true;  // the objective's own due date says "when"
  for (const NodeId target : r.list(r.child(node, "targets")))
    o.targets.push_back(read_target(r, target));
  const auto children = r.list(r.child(node, "children"));
  o.is_group = !children.empty();
  const Objective heading = o;
  out.push_back(std::move(o));
  for (const NodeId child : children) read_objective(r, child, &heading, out);
}

}  // namespace

std::string_view kind_code(TargetKind kind) {
  switch (kind) {
    case TargetKind::percentage:
      return "percentage";
    case TargetKind::checklist:
      return "checklist";
    case TargetKind::zero_count:
      return "zero-count";
    case TargetKind::minimum_count:
      return "minimum-count";
    case TargetKind::frequency:
      return "frequency";
    case TargetKind::growth:
      return "growth";
    case TargetKind::amount:
      return "amount";
    case TargetKind::survey:
      return "survey";
    case TargetKind::yes_no:
      return "yes-no";
    case TargetKind::deadline:
      return "deadline";
  }
  return "";
}

std::string_view comparison_code(Comparison comparison) {
  switch (comparison) {
    case Comparison::at_least:
      return "at-least";
    case Comparison::greater_than:
      return "greater-than";
    case Comparison::at_most:
      return "at-most";
    case Comparison::less_than:
      return "less-than";
    case Comparison::equal:
      return "equal";
  }
  return "";
}

ObjectivesFile read_objectives(const Document& doc, std::uint32_t document) {
  const Reader r(doc, document);
  const NodeId root = doc.root();
  ObjectivesFile file;
  file.document = document;
  file.agency_id = r.text(r.child(root, "agency"), "id");
  file.agency_name = r.text(r.child(root, "agency"), "name");
  file.agency_parent = r.text(r.child(root, "agency"), "parent");
  const auto signer = r.child(r.child(root, "document"), "signer");
  file.signer_title = r.text(signer, "title");
  file.signer_name = r.text(signer, "name");
  file.unit = r.text(root, "unit");
  file.year = r.integer(r.child(root, "year")).value_or(0);
  file.year_origin = r.origin(r.child(root, "year").value_or(root));
  file.period = year_period(file.year);
  if (const auto period = r.explicit_period(r.child(root, "period"))) file.period = *period;
  for (const NodeId unit : r.list(r.child(root, "units"))) {
    file.units.push_back(Unit{r.text(unit, "id"), r.text(unit, "name"), r.origin(unit)});
  }
  for (const NodeId objective : r.list(r.child(root, "objectives"))) {
    read_objective(r, objective, nullptr, file.objectives);
  }
  return file;
}

MeasurementsFile read_measurements(const Document& doc, std::uint32_t document) {
  const Reader r(doc, document);
  const NodeId root = doc.root();
  MeasurementsFile file;
  file.document = document;
  file.agency = r.text(root, "agency");
  file.agency_origin = r.origin(r.child(root, "agency").value_or(root));
  file.year = r.integer(r.child(root, "year")).value_or(0);
  file.year_origin = r.origin(r.child(root, "year").value_or(root));
  const auto absent = [](std::optional<NodeId> node) { return node.value_or(0); };
  for (const NodeId node : r.list(r.child(root, "records"))) {
    Record rec;
    rec.node = node;
    if (const auto target = r.child(node, "target")) {
      rec.target_node = *target;
      split_target(doc.text(*target), rec.objective, rec.target);
    }
    if (const auto period = r.child(node, "period")) {
      rec.period_node = *period;
      std::optional<Period> parsed;
      if (doc.kind(*period) == yaml::NodeKind::mapping) {
        parsed = r.explicit_period(period);
      } else {
        parsed = parse_period(doc.text(*period));
      }
      if (parsed) rec.period = *parsed;
      rec.has_period = parsed.has_value();
    } else if (const auto date = r.child(node, "date")) {
      if (const auto day = r.date(date)) {
        rec.period = Period{*day, *day};
        rec.has_period = true;
        rec.period_node = *date;
      }
    }
    rec.value = absent(r.child(node, "value"));
    if (rec.value == 0) rec.value = absent(r.child(node, "mean"));
    rec.unit = absent(r.child(node, "unit"));
    rec.numerator = absent(r.child(node, "numerator"));
    rec.denominator = absent(r.child(node, "denominator"));
    rec.has_count = r.child(node, "count").has_value();
    rec.has_events = r.child(node, "events").has_value();
    rec.has_items = r.child(node, "items").has_value();
    rec.has_ratings = r.child(node, "ratings").has_value();
    rec.has_done = r.child(node, "done").has_value();
    rec.has_completed = r.child(node, "completed").has_value();
    for (const char* key : {"events", "items"}) {
      for (const NodeId entry : r.list(r.child(node, key))) {
        const auto date_node = r.child(entry, "date");
        if (const auto date = r.date(date_node))
          file.dates.push_back(RecordDate{*date, *date_node});
      }
    }
    if (const auto completed = r.child(node, "completed")) {
      if (const auto date = r.date(completed)) file.dates.push_back(RecordDate{*date, *completed});
    }
    file.records.push_back(rec);
  }
  for (const NodeId node : r.list(r.child(root, "baselines"))) {
    Baseline b;
    split_target(r.text(node, "target"), b.objective, b.target);
    b.year = r.integer(r.child(node, "year")).value_or(0);
    b.origin = r.origin(node);
    b.target_origin = r.origin(r.child(node, "target").value_or(node));
    b.year_origin = r.origin(r.child(node, "year").value_or(node));
    file.baselines.push_back(std::move(b));
  }
  for (const NodeId node : r.list(r.child(root, "evaluations"))) {
    file.evaluations.push_back(Evaluation{r.text(node, "objective"), r.origin(node),
                                          r.origin(r.child(node, "objective").value_or(node))});
  }
  return file;
}

}  // namespace qobj::model
