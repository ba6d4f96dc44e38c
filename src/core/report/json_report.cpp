#include "core/report/json_report.hpp"

#include "core/report/json_writer.hpp"

namespace qobj::report {

namespace {

// The report's JSON, written as it goes.
class Writer {
 public:
  explicit Writer(Sink sink) : w(std::move(sink)) {}

  void number(std::string_view key, const std::optional<ExactNumber>& n) {
    w.key(key);
    if (!n || !n->is_finite()) {
      w.null();
      return;
    }
    w.begin_object();
    w.key("value");
    w.string(to_decimal_string(*n));
    w.key("float");
    w.real(n->value.get_d());
    w.end_object();
  }
  void text(std::string_view key, const std::string& value) {
    w.key(key);
    if (value.empty()) {
      w.null();
    } else {
      w.string(value);
    }
  }
  void period(std::string_view key, const Period& p) {
    w.key(key);
    w.begin_object();
    w.key("start");
    w.string(p.start.to_string());
    w.key("end");
    w.string(p.end.to_string());
    w.end_object();
  }
  void count(const eval::VerdictCount& c) {
    w.key("evaluated");
    w.integer(c.evaluated);
    w.key("met");
    w.integer(c.met);
    w.key("verdicts");
    w.begin_object();
    for (int v = 0; v <= static_cast<int>(eval::Verdict::withdrawn); ++v) {
      w.key(eval::verdict_code(static_cast<eval::Verdict>(v)));
      w.integer(c.per_verdict[v]);
    }
    w.end_object();
  }
  void target(const eval::TargetEvaluation& t) {
    const model::Target& target = *t.target;
    const eval::TargetResult& r = t.result;
    w.begin_object();
    w.key("id");
    w.string(target.id);
    w.key("kind");
    w.string(model::kind_code(target.kind));
    text("text", target.text);
    w.key("verdict");
    w.string(eval::verdict_code(r.verdict));
    w.key("comparison");
    if (target.comparison) {
      w.string(model::comparison_code(*target.comparison));
    } else {
      w.null();
    }
    number("target", target.value);
    w.key("range");
    if (target.range) {
      w.begin_object();
      number("from", target.range->first);
      number("to", target.range->second);
      w.end_object();
    } else {
      w.null();
    }
    text("unit", target.unit);
    number("actual", r.actual);
    number("gap", r.gap);
    number("gap_percent", r.gap_percent);
    number("remaining", r.remaining);
    w.key("estimate");
    w.boolean(r.estimate);
    w.key("baseline");
    if (r.baseline) {
      const eval::BaselineUsed& b = *r.baseline;
      w.begin_object();
      number("value", b.value);
      w.key("year");
      w.integer(b.year);
      w.key("source");
      w.string(eval::baseline_source_code(b.source));
      w.key("file");
      w.string(b.file);
      w.key("line");
      if (b.line != 0) {
        w.integer(b.line);
      } else {
        w.null();
      }
      w.key("estimate");
      w.boolean(b.estimate);
      number("computed_value", b.computed_value);
      w.end_object();
    } else {
      w.null();
    }
    w.key("missing_items");
    w.begin_array();
    for (const auto& item : r.missing_items) w.string(item);
    w.end_array();
    w.key("series");
    w.begin_array();
    for (const auto& point : r.series) {
      w.begin_object();
      period("period", point.period);
      number("value", point.value());
      if (point.numerator.has_value()) {  // a ratio: what was counted, too
        number("numerator", point.numerator.get());
        number("denominator", point.denominator.get());
      }
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  void objective(const eval::ObjectiveEvaluation& o) {
    const model::Objective& objective = *o.objective;
    w.begin_object();
    w.key("id");
    w.string(objective.id);
    w.key("title");
    w.string(objective.title);
    text("unit", objective.unit);
    text("parent", objective.parent);
    text("group", objective.group);
    w.key("is_group");
    w.boolean(objective.is_group);
    w.key("depth");
    w.integer(o.depth);
    w.key("verdict");
    w.string(eval::verdict_code(o.verdict));
    w.key("follow_up");
    if (o.follow_up) {
      w.begin_object();
      text("cause", o.follow_up->cause);
      text("action", o.follow_up->action);
      text("responsible", o.follow_up->responsible);
      text("due", o.follow_up->due);
      w.end_object();
    } else {
      w.null();
    }
    w.key("targets");
    w.begin_array();
    for (const auto& t : o.targets) target(t);
    w.end_array();
    w.end_object();
  }

  JsonWriter w;
};

}  // namespace

std::string render_json_report(const eval::Evaluation& evaluation) {
  std::string out;
  write_json_report(evaluation, string_sink(out));
  return out;
}

void write_json_report(const eval::Evaluation& evaluation, const Sink& sink) {
  Writer writer(sink);
  JsonWriter& w = writer.w;
  w.begin_object();
  w.key("format");
  w.string("qobj/report");
  w.key("version");
  w.integer(1);
  w.key("as_of");
  w.string(evaluation.as_of.to_string());
  w.key("agencies");
  w.begin_array();
  for (const auto& agency : evaluation.agencies) {
    w.begin_object();
    w.key("id");
    w.string(agency.id);
    w.key("name");
    w.string(agency.name);
    w.key("year");
    w.integer(agency.year);
    writer.period("period", agency.period);
    w.key("summary");
    w.begin_object();
    writer.count(agency.summary);
    w.end_object();
    w.key("units");
    w.begin_array();
    for (const auto& [unit, count] : agency.units) {
      w.begin_object();
      writer.count(count);
      w.key("id");
      w.string(unit);
      w.end_object();
    }
    w.end_array();
    w.key("objectives");
    w.begin_array();
    for (const auto& o : agency.objectives) writer.objective(o);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace qobj::report
