#include "core/report/json_report.hpp"

#include <algorithm>

#include "core/parallel/parallel_for.hpp"
#include "core/report/json_writer.hpp"

namespace qobj::report {

namespace {

// The report's JSON, written as it goes (schemas/report.schema.json).
class Writer {
 public:
  Writer(Sink sink, const model::Repository* repository)
      : w(std::move(sink)), m_repository(repository) {}
  // A writer of the report's agencies, apart (JsonWriter's nested writer): the array is two
  // levels deep.
  Writer(Sink sink, const model::Repository* repository, bool first)
      : w(std::move(sink), 2, first), m_repository(repository) {}

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
    w.real(nearest_double(*n));
    w.end_object();
  }
  void text(std::string_view key, std::string_view value) {
    w.key(key);
    if (value.empty()) {
      w.null();
    } else {
      w.string(value);
    }
  }
  void texts(std::string_view key, const std::vector<std::string>& values) {
    w.key(key);
    w.begin_array();
    for (const auto& v : values) w.string(v);
    w.end_array();
  }
  template <typename Enum>
  void code(std::string_view key, const std::optional<Enum>& value) {
    w.key(key);
    if (value) {
      w.string(model::code_of(*value));
    } else {
      w.null();
    }
  }
  void date(std::string_view key, const std::optional<Date>& d) {
    w.key(key);
    if (d) {
      w.string(d->to_string());
    } else {
      w.null();
    }
  }
  void period_value(const Period& p) {
    w.begin_object();
    w.key("start");
    w.string(p.start.to_string());
    w.key("end");
    w.string(p.end.to_string());
    w.end_object();
  }
  void period(std::string_view key, const Period& p) {
    w.key(key);
    period_value(p);
  }
  void flag(std::string_view key, bool value) {
    w.key(key);
    w.boolean(value);
  }
  // The roll-up across agencies: a row per agency with its units, the total, the targets most
  // often not met, the agencies missing files.
  void rollup(const eval::Evaluation& evaluation) {
    const eval::Rollup& r = *evaluation.rollup;
    w.key("summary");
    w.begin_object();
    w.key("year");
    w.integer(r.year);
    w.key("agencies");
    w.begin_array();
    for (const eval::RollupAgency& agency : r.agencies) {
      w.begin_object();
      w.key("id");
      w.string(agency.id);
      w.key("name");
      w.string(agency.name);
      count(agency.summary);
      units(agency.units);
      w.end_object();
    }
    w.end_array();
    w.key("total");
    w.begin_object();
    count(r.total);
    w.end_object();
    w.key("not_met");
    w.begin_array();
    for (const eval::NotMetGroup& group : r.not_met) {
      w.begin_object();
      w.key("kind");
      w.string(model::code_of(group.kind));
      w.key("objective");
      w.string(group.objective_id);
      w.key("objective_title");
      w.string(group.objective_title);
      w.key("target");
      w.string(group.target.id);
      text("text", group.target.text);
      w.key("not_met");
      w.integer(group.not_met);
      w.key("of");
      w.integer(group.of);
      w.key("agencies");
      w.begin_array();
      for (const std::size_t index : group.agencies) w.string(r.agencies[index].id);
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.key("missing");
    w.begin_array();
    for (const eval::MissingFiles& missing : r.missing) {
      w.begin_object();
      w.key("id");
      w.string(missing.id);
      text("name", missing.name);
      w.key("files");
      w.string(eval::missing_code(missing.what));
      w.key("latest_year");
      if (missing.latest) {
        w.integer(*missing.latest);
      } else {
        w.null();
      }
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  // An agency's units, each with its objectives counted.
  void units(const std::vector<eval::UnitSummary>& list) {
    w.key("units");
    w.begin_array();
    for (const auto& unit : list) {
      w.begin_object();
      w.key("id");
      w.string(unit.id);
      w.key("name");
      w.string(unit.name);
      count(unit.count);
      w.end_object();
    }
    w.end_array();
  }
  // A report document's opening: its format, version and as-of date (the report and the
  // trend share them).
  void begin_report(const Date& as_of) {
    w.begin_object();
    w.key("format");
    w.string("qobj/report");
    w.key("version");
    w.integer(1);
    w.key("as_of");
    w.string(as_of.to_string());
  }
  void count(const eval::VerdictCount& c) {
    w.key("evaluated");
    w.integer(c.evaluated);
    w.key("met");
    w.integer(c.met);
    w.key("verdicts");
    w.begin_object();
    for (int v = 0; v < eval::kVerdictCount; ++v) {
      w.key(eval::verdict_code(static_cast<eval::Verdict>(v)));
      w.integer(c.per_verdict[v]);
    }
    w.end_object();
  }
  // Where a recorded fact is written: its file, and its line (null when unknown).
  void file_line(const std::string& file, std::uint32_t line) {
    w.key("file");
    w.string(file);
    w.key("line");
    if (line != 0) {
      w.integer(line);
    } else {
      w.null();
    }
  }
  void baseline(const model::Boxed<eval::BaselineUsed>& baseline) {
    w.key("baseline");
    if (!baseline) {
      w.null();
      return;
    }
    const eval::BaselineUsed& b = *baseline;
    w.begin_object();
    number("value", b.value);
    w.key("year");
    w.integer(b.year);
    w.key("source");
    w.string(eval::baseline_source_code(b.source));
    file_line(b.file, b.line);
    text("note", b.note);
    flag("estimate", b.estimate);
    number("computed_value", b.computed_value);
    w.key("period");
    if (b.period) {
      period_value(*b.period);
    } else {
      w.null();
    }
    w.end_object();
  }
  void forecast(const model::Boxed<eval::ForecastUsed>& forecast) {
    w.key("forecast");
    if (!forecast) {
      w.null();
      return;
    }
    const eval::ForecastUsed& f = *forecast;
    w.begin_object();
    date("date", f.date);
    number("value", f.value);
    number("rate", f.rate);
    text("source", f.source);
    text("note", f.note);
    file_line(f.file, f.line);
    w.end_object();
  }
  // The revision in force on the as-of date, with the target as first written.
  void revision(const eval::TargetEvaluation& t) {
    w.key("revision");
    if (t.revision == nullptr || t.original == nullptr) {
      w.null();
      return;
    }
    const model::Revision& r = *t.revision;
    w.begin_object();
    date("date", r.date);
    text("document", r.document);
    text("note", r.note);
    number("original_target", t.original->value);
    number("original_stretch", t.original->stretch);
    w.end_object();
  }
  // The revisions the file lists for later days: the levels they will set.
  void revisions_ahead(const eval::TargetEvaluation& t) {
    w.key("revisions_ahead");
    w.begin_array();
    const model::Target& written = t.original != nullptr ? *t.original : *t.target;
    for (const model::Revision* r : t.ahead) {
      const model::Target then = written.as_of(r->date);
      w.begin_object();
      date("date", r->date);
      text("document", r->document);
      text("note", r->note);
      number("target", then.value);
      number("stretch", then.stretch);
      w.end_object();
    }
    w.end_array();
  }
  void coverage(const eval::Coverage& c) {
    w.key("coverage");
    w.begin_object();
    code("cadence", c.cadence);
    w.key("cadence_source");
    w.string(model::code_of(c.source));
    w.key("parts");
    w.integer(static_cast<long long>(c.parts));
    w.key("elapsed");
    w.integer(static_cast<long long>(c.elapsed));
    w.key("covered");
    w.integer(static_cast<long long>(c.covered));
    w.key("missing");
    w.begin_array();
    for (const Period& p : c.missing) period_value(p);
    w.end_array();
    w.end_object();
  }
  void details(const std::vector<eval::Detail>& details) {
    w.key("details");
    w.begin_array();
    for (const eval::Detail& d : details) {
      w.begin_object();
      w.key("kind");
      w.string(d.kind == eval::Detail::Kind::event  ? "event"
               : d.kind == eval::Detail::Kind::item ? "item"
                                                    : "rating");
      period("period", d.period);
      text("label", d.label);
      w.key("done");
      if (d.done) {
        w.boolean(*d.done);
      } else {
        w.null();
      }
      number("responses", d.responses);
      text("evidence", d.evidence);
      flag("counted", d.counted);
      w.end_object();
    }
    w.end_array();
  }
  void target(const eval::TargetEvaluation& t) {
    const model::Target& target = *t.target;
    const eval::TargetResult& r = t.result;
    const bool growth = target.kind == model::TargetKind::growth;
    const bool survey = target.kind == model::TargetKind::survey;
    const bool aggregated = target.kind == model::TargetKind::percentage ||
                            target.kind == model::TargetKind::amount || growth;
    w.begin_object();
    w.key("id");
    w.string(target.id);
    w.key("kind");
    w.string(model::code_of(target.kind));
    text("text", target.text);
    text("note", target.note);
    w.key("verdict");
    w.string(eval::verdict_code(r.verdict));
    flag("provisional", r.provisional);
    code("comparison", target.effective_comparison());
    number("target", target.kind == model::TargetKind::growth && target.range ? std::nullopt
                     : target.effective_value() ? target.effective_value()
                                                : target.value.get());
    number("stretch", target.range ? std::nullopt : target.stretch.get());
    revision(t);
    revisions_ahead(t);
    w.key("range");
    if (target.range) {
      w.begin_object();
      number("from", target.range->from);
      number("to", target.range->to);
      w.end_object();
    } else {
      w.null();
    }
    code("direction", growth ? std::optional(target.direction) : std::nullopt);
    text("unit", target.unit);
    number("out_of", target.out_of);
    texts("excludes", target.excludes);
    code("aggregate", aggregated ? std::optional(target.effective_aggregate()) : std::nullopt);
    code("per", target.per);
    w.key("scale");
    if (target.scale) {
      w.begin_object();
      number("min", target.scale->min);
      number("max", target.scale->max);
      w.end_object();
    } else {
      w.null();
    }
    code("measure", survey ? std::optional(target.measure) : std::nullopt);
    number("level", target.level);
    date("due", target.kind == model::TargetKind::deadline ? r.due : target.due);
    w.key("items");
    w.begin_array();
    for (const model::DeclaredItem& item : target.items) {
      w.begin_object();
      text("id", item.id);
      text("name", item.name);
      w.end_object();
    }
    w.end_array();
    number("actual", r.actual);
    number("actual_low", r.actual_low);
    number("actual_high", r.actual_high);
    flag("reported", r.reported);
    number("compared_with", r.compared_with);
    number("gap", r.gap);
    number("gap_percent", r.gap_percent);
    number("remaining", r.remaining);
    number("plan_percent", r.plan_percent);
    number("stretch_percent", r.stretch_percent);
    w.key("basis");
    w.string(eval::basis_code(r.basis));
    number("share", r.share);
    flag("estimate", r.estimate());
    coverage(r.coverage);
    date("completed", r.completed);
    text("evidence", r.evidence);
    baseline(r.baseline);
    forecast(r.forecast);
    texts("missing_items", r.missing_items);
    w.key("short_periods");
    w.begin_array();
    for (const Period& p : r.short_periods) period_value(p);
    w.end_array();
    w.key("series");
    w.begin_array();
    for (const auto& point : r.series) {
      w.begin_object();
      period("period", point.period);
      number("value", point.value());
      const bool noted = point.record.node != 0 && m_repository != nullptr;
      const model::RecordNotes notes =
          noted ? model::record_notes(*m_repository, point.record) : model::RecordNotes{};
      if (point.is_ratio()) {  // a ratio: what was counted, too
        number("numerator", point.numerator());
        number("denominator", point.denominator());
        number("excluded", notes.excluded);
      }
      if (noted) {  // what the record says of itself
        text("source", notes.source);
        text("note", notes.note);
        text("evidence", notes.evidence);
      }
      w.end_object();
    }
    w.end_array();
    details(r.details);
    w.end_object();
  }
  void objective(const eval::ObjectiveEvaluation& o) {
    const model::Objective& objective = *o.objective;
    w.begin_object();
    w.key("id");
    w.string(objective.id);
    w.key("title");
    w.string(objective.title);
    text("note", objective.note);
    text("unit", objective.unit);
    text("unit_name", o.unit_name);
    text("parent", objective.parent);
    text("group", objective.group);
    flag("is_group", objective.is_group);
    w.key("depth");
    w.integer(o.depth);
    date("start", objective.start);
    date("due", objective.due);
    period("window", o.window);
    const model::ActionPlan& plan = objective.plan;
    w.key("plan");
    w.begin_object();
    texts("actions", plan.actions);
    texts("resources", plan.resources);
    text("responsible", plan.responsible);
    date("due", plan.due);
    text("evaluation", plan.evaluation);
    w.end_object();
    w.key("withdrawn");
    if (objective.withdrawn) {
      w.begin_object();
      text("reason", objective.withdrawn->reason);
      date("date", objective.withdrawn->date);
      w.end_object();
    } else {
      w.null();
    }
    w.key("verdict");
    w.string(eval::verdict_code(o.verdict));
    flag("provisional", o.provisional);
    w.key("follow_up");
    if (const model::YearEndEvaluation* e = o.year_end) {
      const auto& action = e->corrective_action;
      w.begin_object();
      text("cause", e->cause);
      text("action", action ? action->action : "");
      text("responsible", action ? action->responsible : "");
      date("due", action ? action->due : std::nullopt);
      text("effectiveness", action ? action->effectiveness : "");
      code("verdict", e->verdict);
      date("date", e->date);
      text("evidence", e->evidence);
      text("note", e->note);
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
  void document(const model::IssuingDocument& d) {
    w.key("document");
    w.begin_object();
    text("kind", d.kind);
    text("number", d.number);
    date("date", d.date);
    text("title", d.title);
    text("issuer", d.issuer);
    texts("legal_bases", d.legal_bases);
    text("proposal", d.proposal);
    texts("articles", d.articles);
    text("closing", d.closing);
    text("quality_representative", d.quality_representative);
    w.key("signer");
    w.begin_object();
    text("title", d.signer.title);
    text("name", d.signer.name);
    text("on_behalf", d.signer.on_behalf);
    w.end_object();
    texts("distribution", d.distribution);
    w.end_object();
  }

  JsonWriter w;

 private:
  const model::Repository* m_repository;
};

}  // namespace

std::string render_json_report(const eval::Evaluation& evaluation, unsigned jobs) {
  std::string out;
  write_json_report(evaluation, string_sink(out), false, jobs);
  return out;
}

namespace {

void write_agency(Writer& writer, const eval::AgencyEvaluation& agency) {
  JsonWriter& w = writer.w;
  w.begin_object();
  w.key("id");
  w.string(agency.id);
  w.key("name");
  w.string(agency.name);
  writer.text("parent", agency.parent);
  w.key("year");
  w.integer(agency.year);
  writer.period("period", agency.period);
  writer.text("period_label", agency.file != nullptr ? agency.file->period_label : "");
  writer.text("standard", agency.file != nullptr ? agency.file->standard : "");
  writer.document(agency.file != nullptr ? agency.file->issued : model::IssuingDocument{});
  w.key("summary");
  w.begin_object();
  writer.count(agency.summary);
  w.end_object();
  writer.units(agency.units);
  w.key("objectives");
  w.begin_array();
  for (const auto& o : agency.objectives) writer.objective(o);
  w.end_array();
  w.end_object();
}

}  // namespace

// The report's object opened with its first part, its agencies spliced in as they come, the
// roll-up last.
class JsonParts final : public PartWriter {
 public:
  JsonParts(Sink sink, bool summary_only, unsigned jobs)
      : m_writer(std::move(sink), nullptr), m_summary_only(summary_only), m_jobs(jobs) {}

  void agencies(const eval::Evaluation& part) override {
    begin(part.as_of);
    if (m_summary_only) return;
    const auto& agencies = part.agencies;
    // One agency, or one thread: each written straight through, as it goes (one agency's
    // year of records can make hundreds of megabytes of JSON).
    if (agencies.size() == 1 || worker_count(m_jobs) == 1) {
      for (std::size_t i = 0; i < agencies.size(); ++i) {
        m_writer.w.splice_through([&](const Sink& sink) {
          Writer apart(sink, part.repository, m_written + i == 0);
          write_agency(apart, agencies[i]);
        });
      }
      m_written += agencies.size();
      return;
    }
    // The agencies side by side, each written apart and spliced in its place.
    in_order(
        agencies.size(), m_jobs,
        [&](std::size_t i) {
          std::string written;
          Writer apart(string_sink(written), part.repository, m_written + i == 0);
          write_agency(apart, agencies[i]);
          apart.w.flush();
          return written;
        },
        [this](const std::string& written) { m_writer.w.splice(written); });
    m_written += agencies.size();
  }

  void finish(const eval::Evaluation& rest) override {
    begin(rest.as_of);
    m_writer.w.end_array();
    if (rest.rollup) m_writer.rollup(rest);
    m_writer.w.end_object();
    m_writer.w.flush();
  }

 private:
  void begin(const Date& as_of) {
    if (m_begun) return;
    m_begun = true;
    m_writer.begin_report(as_of);
    m_writer.w.key("agencies");
    m_writer.w.begin_array();
  }

  Writer m_writer;
  bool m_summary_only;
  unsigned m_jobs;
  bool m_begun = false;
  std::size_t m_written = 0;
};

std::unique_ptr<PartWriter> json_part_writer(Sink sink, bool summary_only, unsigned jobs) {
  return std::make_unique<JsonParts>(std::move(sink), summary_only, jobs);
}

void write_json_report(const eval::Evaluation& evaluation, const Sink& sink, bool summary_only,
                       unsigned jobs) {
  JsonParts parts(sink, summary_only, jobs);
  parts.agencies(evaluation);
  parts.finish(evaluation);
}

void write_json_trend(const eval::Trend& trend, const Sink& sink) {
  Writer writer(sink, trend.repository);
  JsonWriter& w = writer.w;
  writer.begin_report(trend.as_of);
  w.key("agencies");
  w.begin_array();
  w.end_array();
  w.key("trend");
  w.begin_array();
  for (const eval::AgencyTrend& agency : trend.agencies) {
    w.begin_object();
    w.key("id");
    w.string(agency.id);
    w.key("name");
    w.string(agency.name);
    w.key("years");
    w.begin_array();
    for (const int year : agency.years) w.integer(year);
    w.end_array();
    w.key("rows");
    w.begin_array();
    for (const eval::TrendRow& row : agency.rows) {
      w.begin_object();
      w.key("objective");
      w.string(row.objective->id);
      w.key("target");
      w.string(row.target->id);
      w.key("title");
      w.string(row.objective->title);
      writer.text("text", row.target->text);
      w.key("kind");
      w.string(model::code_of(row.target->kind));
      w.key("years");
      w.begin_array();
      for (std::size_t y = 0; y < agency.years.size(); ++y) {
        const eval::ObjectiveEvaluation* o = row.objectives[y];
        const eval::TargetEvaluation* t = row.targets[y];
        if (o == nullptr || t == nullptr) {
          w.null();
          continue;
        }
        w.begin_object();
        w.key("year");
        w.integer(agency.years[y]);
        w.key("objective");
        w.string(o->objective->id);
        w.key("target");
        w.string(t->target->id);
        writer.number("target_value", t->target->effective_value());
        writer.number("actual", t->result.actual);
        w.key("verdict");
        w.string(eval::verdict_code(t->result.verdict));
        writer.flag("provisional", t->result.provisional);
        w.end_object();
      }
      w.end_array();
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace qobj::report
