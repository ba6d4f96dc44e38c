#include "core/diff/facts.hpp"

#include "core/model/codes.hpp"
#include "core/num/exact_number.hpp"
#include "core/report/wording.hpp"
#include "core/text/join.hpp"
#include "core/time/date.hpp"

namespace qobj::diff {

namespace {

class FactWriter {
 public:
  FactWriter(const model::Repository& repository, Lang lang)
      : m_repository(repository), m_lang(lang) {}

  std::vector<Fact> run() {
    // The files in reading order, objectives and measurements as they were read.
    const std::size_t documents = m_repository.documents.size();
    std::vector<const model::ObjectivesFile*> objectives(documents, nullptr);
    std::vector<const model::MeasurementsFile*> measurements(documents, nullptr);
    for (const auto& file : m_repository.objectives) objectives[file.document] = &file;
    for (const auto& file : m_repository.measurements) measurements[file.document] = &file;
    for (std::size_t document = 0; document < documents; ++document) {
      if (objectives[document]) add_objectives(*objectives[document]);
      if (measurements[document]) add_measurements(*measurements[document]);
    }
    return std::move(m_facts);
  }

 private:
  Fact& add(Subject subject, std::string agency, std::string id, std::string label = {}) {
    Fact& fact = m_facts.emplace_back();
    fact.subject = subject;
    fact.year = m_year;
    fact.agency = std::move(agency);
    fact.id = std::move(id);
    fact.label = std::move(label);
    return fact;
  }

  static void field(Fact& fact, std::string name, std::string value) {
    if (!value.empty()) fact.fields.emplace_back(std::move(name), std::move(value));
  }
  static std::string date(const std::optional<Date>& value) {
    return value ? value->to_string() : std::string();
  }
  static std::string number(const std::optional<ExactNumber>& value) {
    return value ? to_decimal_string(*value) : std::string();
  }
  static std::string list(const std::vector<std::string>& items) { return text::join(items, "; "); }
  // The parts written, joined: "Nhắc hạn; Chánh Văn phòng; 2024-03-31".
  static std::string parts(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const std::string& item : items) {
      if (item.empty()) continue;
      if (!out.empty()) out += separator;
      out += item;
    }
    return out;
  }

  void add_objectives(const model::ObjectivesFile& file) {
    const std::string& agency = file.agency_id;
    m_year = file.year;
    Fact& header =
        add(Subject::header, agency, file.unit.empty() ? "objectives" : "objectives " + file.unit,
            file.agency_name);
    field(header, "year", std::to_string(file.year));
    if (file.unit.empty()) {
      field(header, "name", file.agency_name);
      field(header, "parent", file.agency_parent);
      field(header, "period", file.period.start.to_string() + " – " + file.period.end.to_string());
      field(header, "period.label", file.period_label);
      field(header, "standard", file.standard);
      if (file.cadence) field(header, "cadence", std::string(model::code_of(*file.cadence)));
      const model::IssuingDocument& doc = file.issued;
      field(header, "document.kind", doc.kind);
      field(header, "document.number", doc.number);
      field(header, "document.date", date(doc.date));
      field(header, "document.title", doc.title);
      field(header, "document.issuer", doc.issuer);
      field(header, "document.legal_bases", list(doc.legal_bases));
      field(header, "document.proposal", doc.proposal);
      field(header, "document.articles", list(doc.articles));
      field(header, "document.closing", doc.closing);
      field(header, "document.quality_representative", doc.quality_representative);
      field(header, "document.signer",
            parts({doc.signer.on_behalf, doc.signer.title, doc.signer.name}, " "));
      field(header, "document.distribution", list(doc.distribution));
    }
    for (const model::Unit& unit : file.units) add(Subject::unit, agency, unit.id, unit.name);
    for (const model::Objective& objective : file.objectives) add_objective(agency, objective);
  }

  void add_objective(const std::string& agency, const model::Objective& objective) {
    Fact& fact = add(Subject::objective, agency, objective.id, objective.title);
    fact.objective = objective.id;
    field(fact, "title", objective.title);
    field(fact, "unit", objective.unit);
    field(fact, "parent", objective.parent);
    field(fact, "group", objective.group);
    field(fact, "start", date(objective.start));
    field(fact, "due", date(objective.due));
    if (objective.withdrawn && !objective.withdrawn->inherited) {
      field(fact, "withdrawn",
            parts({date(objective.withdrawn->date), objective.withdrawn->reason}, " "));
    }
    field(fact, "plan.actions", list(objective.plan.actions));
    field(fact, "plan.resources", list(objective.plan.resources));
    field(fact, "plan.responsible", objective.plan.responsible);
    field(fact, "plan.due", date(objective.plan.due));
    field(fact, "plan.evaluation", objective.plan.evaluation);
    field(fact, "note", objective.note);
    for (const model::Target& target : objective.targets) add_target(agency, objective, target);
  }

  void add_target(const std::string& agency, const model::Objective& objective,
                  const model::Target& target) {
    Fact& fact = add(Subject::target, agency, objective.id + "/" + target.id,
                     target.text.empty() ? objective.title : target.text);
    fact.objective = objective.id;
    fact.target = target.id;
    field(fact, "target", report::target_wording(target, m_lang));
    field(fact, "kind", std::string(model::code_of(target.kind)));
    field(fact, "text", target.text);
    if (target.cadence) field(fact, "cadence", std::string(model::code_of(*target.cadence)));
    if (target.aggregate) field(fact, "aggregate", std::string(model::code_of(*target.aggregate)));
    if (target.per) field(fact, "per", std::string(model::code_of(*target.per)));
    if (target.baseline_year) field(fact, "baseline_year", std::to_string(*target.baseline_year));
    if (!target.baseline_objective.empty()) {
      field(fact, "baseline_from",
            target.baseline_objective +
                (target.baseline_target.empty() ? "" : "/" + target.baseline_target));
    }
    field(fact, "amount_target", target.amount_target);
    field(fact, "excludes", list(target.excludes));
    std::vector<std::string> items;
    for (const model::DeclaredItem& item : target.items) items.push_back(item.name);
    field(fact, "items", list(items));
    if (target.scale)
      field(fact, "scale", number(target.scale->min) + "–" + number(target.scale->max));
    field(fact, "level", number(target.level));
    if (target.definition)
      field(fact, "definition", std::string(model::code_of(*target.definition)));
    // A revision said as written: its date, its document, the new levels.
    std::vector<std::string> revisions;
    for (const model::Revision& r : target.revisions) {
      std::string said = r.date.to_string() + " " + r.document;
      if (r.value) said += ": value " + number(r.value);
      if (r.stretch) said += (r.value ? ", " : ": ") + std::string("stretch ") + number(r.stretch);
      if (!r.note.empty()) said += " (" + r.note + ")";
      revisions.push_back(std::move(said));
    }
    field(fact, "revisions", list(revisions));
    field(fact, "note", target.note);
  }

  void add_measurements(const model::MeasurementsFile& file) {
    const std::string& agency = file.agency;
    m_year = file.year;
    Fact& header = add(Subject::header, agency, "measurements");
    field(header, "year", std::to_string(file.year));
    if (file.reporting_year) {
      field(header, "reporting_year",
            file.reporting_year->start.to_string() + " – " + file.reporting_year->end.to_string());
    }
    field(header, "source", file.source);
    for (const model::Record& record : file.records) add_record(file, record);
    for (const model::Baseline& baseline : file.baselines) {
      // A part of the baseline year is a baseline of its own: "MT1/tang 2020 2020-H1".
      std::string id =
          baseline.objective + "/" + baseline.target + " " + std::to_string(baseline.year);
      if (baseline.period && *baseline.period != year_period(baseline.year))
        id += " " + period_code(*baseline.period);
      Fact& fact = add(Subject::baseline, agency, id);
      fact.objective = baseline.objective;
      fact.target = baseline.target;
      field(fact, "value", to_decimal_string(baseline.value));
      field(fact, "source", baseline.source);
    }
    for (const model::YearEndEvaluation& evaluation : file.evaluations) {
      Fact& fact = add(Subject::evaluation, agency, evaluation.objective);
      fact.objective = evaluation.objective;
      field(fact, "cause", evaluation.cause);
      if (const auto& action = evaluation.corrective_action) {
        field(fact, "corrective_action",
              parts({action->action, action->responsible, date(action->due), action->effectiveness},
                    "; "));
      }
      if (evaluation.verdict)
        field(fact, "verdict", std::string(model::code_of(*evaluation.verdict)));
      field(fact, "date", date(evaluation.date));
      field(fact, "evidence", evaluation.evidence);
      field(fact, "note", evaluation.note);
    }
  }

  void add_record(const model::MeasurementsFile& file, const model::Record& record) {
    const model::RecordData data = model::read_record_data(m_repository, file, record);
    const model::RecordTarget& named = data.named;
    const std::string target = std::string(named.objective) +
                               (named.target.empty() ? "" : "/" + std::string(named.target));
    Fact& fact = add(Subject::record, file.agency, target + " " + period_code(data.period));
    fact.objective = named.objective;
    fact.target = named.target;
    field(fact, "value", number(data.value));
    field(fact, "numerator", number(data.numerator));
    field(fact, "denominator", number(data.denominator));
    field(fact, "excluded", number(data.excluded));
    field(fact, "count", number(data.count));
    field(fact, "mean", number(data.mean));
    field(fact, "responses", number(data.responses));
    field(fact, "unit", std::string(data.unit));
    if (data.done) field(fact, "done", *data.done ? "true" : "false");
    field(fact, "completed", date(data.completed));
    std::vector<std::string> listed;
    for (const model::Event& event : data.events)
      listed.push_back(event.date.to_string() + " " + std::string(event.description));
    field(fact, "events", list(listed));
    listed.clear();
    for (const model::ReportedItem& item : data.items) {
      listed.push_back(std::string(item.id.empty() ? item.name : item.id) +
                       (item.done ? " ✓" : " ✗"));
    }
    field(fact, "items", list(listed));
    listed.clear();
    for (const model::Rating& rating : data.ratings)
      listed.push_back(to_decimal_string(rating.level) + ": " +
                       to_decimal_string(rating.responses));
    field(fact, "ratings", list(listed));
    if (data.definition) field(fact, "definition", std::string(model::code_of(*data.definition)));
    if (data.one_stop) {
      listed.clear();
      for (const auto& [column, key] : model::CodeTable<model::OneStopColumn>::entries) {
        if (const auto& count = (*data.one_stop)[column])
          listed.push_back(std::string(key) + " " + to_decimal_string(*count));
      }
      field(fact, "one_stop", list(listed));
    }
    if (data.imported_from) {
      const model::ImportedFrom& from = *data.imported_from;
      field(fact, "imported_from",
            parts({std::string(from.file), std::string(from.sheet), std::string(from.pointer),
                   from.row ? std::to_string(*from.row) : std::string(),
                   from.tolerance ? "± " + std::to_string(*from.tolerance) : std::string()},
                  " "));
    }
    field(fact, "evidence", std::string(data.evidence));
    field(fact, "note", std::string(data.note));
  }

  const model::Repository& m_repository;
  Lang m_lang;
  int m_year = 0;  // of the file being read
  std::vector<Fact> m_facts;
};

}  // namespace

std::vector<Fact> facts_of(const model::Repository& repository, Lang lang) {
  return FactWriter(repository, lang).run();
}

}  // namespace qobj::diff
