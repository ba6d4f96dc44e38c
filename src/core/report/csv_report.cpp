#include "core/report/csv_report.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "core/report/number_format.hpp"
#include "core/report/rollup_wording.hpp"
#include "core/report/wording.hpp"
#include "core/text/safe_text.hpp"

namespace qobj::report {

namespace {

constexpr std::array kColumns{
    "agency",
    "year",
    "as_of",
    "unit",
    "objective",
    "parent",
    "group",
    "title",
    "target",
    "target_text",
    "kind",
    "comparison",
    "target_value",
    "range_from",
    "range_to",
    "target_unit",
    "actual",
    "gap",
    "gap_percent",
    "remaining",
    "estimate",
    "verdict",
    "verdict_label",
    "objective_verdict",
    "objective_verdict_label",
    "baseline_value",
    "baseline_year",
    "baseline_source",
    "cause",
    "corrective_action",
    "responsible",
    "action_due",
    "unit_name",
    "provisional",
    "basis",
    "compared_with",
    "missing_data",
    "completed",
    "evidence",
    "withdrawn_reason",
    "effectiveness",
    "actual_low",
    "actual_high",
    "reported",
    "target_out_of",
    "target_stretch",
    "plan_percent",
    "stretch_percent",
    "revised_on",
    "revision_document",
    "original_target_value",
    "original_target_stretch",
    "baseline_period",
    "forecast_date",
    "forecast_value",
    "forecast_rate",
    "forecast_source",
    "forecast_note",
};

bool is_plain_number(std::string_view text) {
  if (text.starts_with('-')) text.remove_prefix(1);
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view("0") : text.substr(point + 1);
  return !whole.empty() && !fraction.empty() && std::all_of(whole.begin(), whole.end(), digit) &&
         std::all_of(fraction.begin(), fraction.end(), digit);
}

// A spreadsheet reads a cell that starts with =, +, -, @, tab or carriage return as a formula:
// such text (not a number) gets a leading apostrophe, as OWASP advises against CSV injection.
bool reads_as_formula(std::string_view text) {
  return !text.empty() &&
         std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos &&
         !is_plain_number(text);
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
std::string field(std::string_view raw) {
  std::string safe = text::replace_unsafe(raw);
  if (reads_as_formula(safe)) safe.insert(0, 1, '\'');
  const std::string_view text = safe;
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string number(const std::optional<ExactNumber>& n) {
  return n && n->is_finite() ? machine_number(*n) : std::string();
}

void add_row(std::string& out, const std::array<std::string, kColumns.size()>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += ',';
    out += field(cells[i]);
  }
  out += "\r\n";
}

// An agency's rows: one per target, or one for an objective without targets.
std::string agency_rows(const eval::Evaluation& evaluation, const eval::AgencyEvaluation& agency,
                        Lang lang) {
  std::string out;
  for (const auto& o : agency.objectives) {
    const model::Objective& objective = *o.objective;
    const auto row = [&](const eval::TargetEvaluation* t) {
      std::array<std::string, kColumns.size()> c;
      c[0] = agency.id;
      c[1] = std::to_string(agency.year);
      c[2] = evaluation.as_of.to_string();
      c[3] = objective.unit;
      c[4] = objective.id;
      c[5] = objective.parent;
      c[6] = objective.group;
      c[7] = objective.title;
      if (t != nullptr) {
        const model::Target& target = *t->target;
        const eval::TargetResult& r = t->result;
        c[8] = target.id;
        c[9] = target.text;
        c[10] = model::code_of(target.kind);
        if (const auto comparison = target.effective_comparison())
          c[11] = model::code_of(*comparison);
        c[12] = number(target.effective_value() ? target.effective_value() : target.value.get());
        if (target.range) {
          c[13] = number(target.range->from);
          c[14] = number(target.range->to);
        }
        c[15] = target.unit;
        c[16] = number(r.actual);
        c[17] = number(r.gap);
        c[18] = number(r.gap_percent);
        c[19] = number(r.remaining);
        c[20] = r.estimate() ? "true" : "false";
        c[21] = eval::verdict_code(r.verdict);
        c[22] = verdict_wording(r.verdict, r.provisional, lang);
        c[33] = r.provisional ? "true" : "false";
        c[34] = eval::basis_code(r.basis);
        c[35] = number(r.compared_with);
        for (const Period& p : r.coverage.missing)
          c[36] += (c[36].empty() ? "" : " ") + p.start.to_string() + ".." + p.end.to_string();
        if (r.completed) c[37] = r.completed->to_string();
        c[38] = r.evidence;
        c[41] = number(r.actual_low);
        c[42] = number(r.actual_high);
        c[43] = r.reported ? "true" : "false";
        c[44] = number(target.out_of);  // a score's maximum: 17.35 of 20
        if (!target.range) c[45] = number(target.stretch);
        c[46] = number(r.plan_percent);
        c[47] = number(r.stretch_percent);
        if (t->revision != nullptr && t->original != nullptr) {
          c[48] = t->revision->date.to_string();
          c[49] = t->revision->document;
          c[50] = number(t->original->value);
          c[51] = number(t->original->stretch);
        }
        if (r.baseline) {
          c[25] = number(r.baseline->value);
          c[26] = std::to_string(r.baseline->year);
          c[27] = eval::baseline_source_code(r.baseline->source);
          if (r.baseline->period)
            c[52] =
                r.baseline->period->start.to_string() + ".." + r.baseline->period->end.to_string();
        }
        if (r.forecast) {
          c[53] = r.forecast->date.to_string();
          c[54] = number(r.forecast->value);
          c[55] = number(r.forecast->rate);
          c[56] = r.forecast->source;
          c[57] = r.forecast->note;
        }
      }
      c[23] = eval::verdict_code(o.verdict);
      c[24] = verdict_wording(o.verdict, o.provisional, lang);
      if (const model::YearEndEvaluation* e = o.year_end) {
        c[28] = e->cause;
        if (const auto& action = e->corrective_action) {
          c[29] = action->action;
          c[30] = action->responsible;
          if (action->due) c[31] = action->due->to_string();
          c[40] = action->effectiveness;
        }
      }
      c[32] = o.unit_name;
      if (objective.withdrawn) c[39] = objective.withdrawn->reason;
      add_row(out, c);
    };
    if (o.targets.empty()) row(nullptr);
    for (const auto& t : o.targets) row(&t);
  }
  return out;
}

std::string csv_heading(bool bom) {
  std::string out = bom ? "\xEF\xBB\xBF" : "";
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    if (i > 0) out += ',';
    out += kColumns[i];
  }
  return out + "\r\n";
}

// The heading once, then each agency's rows as its part comes.
class CsvParts final : public PartWriter {
 public:
  CsvParts(Lang lang, bool bom, Sink sink) : m_lang(lang), m_bom(bom), m_sink(std::move(sink)) {}

  void agencies(const eval::Evaluation& part) override {
    begin();
    for (const auto& agency : part.agencies) m_sink(agency_rows(part, agency, m_lang));
  }
  void finish(const eval::Evaluation&) override { begin(); }

 private:
  void begin() {
    if (m_begun) return;
    m_begun = true;
    m_sink(csv_heading(m_bom));
  }

  Lang m_lang;
  bool m_bom;
  Sink m_sink;
  bool m_begun = false;
};

}  // namespace

std::unique_ptr<PartWriter> csv_part_writer(Lang lang, bool bom, Sink sink) {
  return std::make_unique<CsvParts>(lang, bom, std::move(sink));
}

void write_csv_report(const eval::Evaluation& evaluation, Lang lang, bool bom, const Sink& sink) {
  CsvParts parts(lang, bom, sink);
  parts.agencies(evaluation);
  parts.finish(evaluation);
}

void write_csv_rollup(const eval::Evaluation& evaluation, Lang lang, bool bom, const Sink& sink) {
  (void)lang;  // the roll-up's columns are codes and numbers; names as the files write them
  std::string out = bom ? "\xEF\xBB\xBF" : "";
  out += "row,agency,year,unit,name,objectives";
  for (const eval::Verdict verdict : kRollupVerdicts) {
    std::string code(eval::verdict_code(verdict));
    std::replace(code.begin(), code.end(), '-', '_');
    out += "," + code;
  }
  out += ",missing_files,latest_year\r\n";
  if (!evaluation.rollup) {
    sink(out);
    return;
  }
  const eval::Rollup& rollup = *evaluation.rollup;
  const auto line = [&](std::vector<std::string> cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out += ',';
      out += field(cells[i]);
    }
    out += "\r\n";
  };
  const auto counted = [&](std::string row, std::string agency, std::string unit, std::string name,
                           const eval::VerdictCount& count) {
    std::vector<std::string> cells{std::move(row), std::move(agency), std::to_string(rollup.year),
                                   std::move(unit), std::move(name)};
    for (const int n : rollup_numbers(count)) cells.push_back(std::to_string(n));
    cells.insert(cells.end(), {"", ""});
    line(std::move(cells));
  };
  for (const eval::RollupAgency& agency : rollup.agencies) {
    counted("agency", agency.id, "", agency.name, agency.summary);
    for (const eval::UnitSummary& unit : agency.units)
      counted("unit", agency.id, unit.id, unit.name, unit.count);
  }
  counted("total", "", "", "", rollup.total);
  for (const eval::MissingFiles& missing : rollup.missing) {
    std::vector<std::string> cells{"missing", missing.id, std::to_string(rollup.year), "",
                                   missing.name};
    cells.resize(cells.size() + 1 + std::size(kRollupVerdicts));
    cells.emplace_back(eval::missing_code(missing.what));
    cells.push_back(missing.latest ? std::to_string(*missing.latest) : "");
    line(std::move(cells));
  }
  sink(out);
}

void write_csv_trend(const eval::Trend& trend, Lang lang, bool bom, const Sink& sink) {
  std::string out = bom ? "\xEF\xBB\xBF" : "";
  out +=
      "agency,objective,target,year,objective_that_year,target_that_year,kind,target_value,"
      "actual,verdict,verdict_label,provisional\r\n";
  for (const eval::AgencyTrend& agency : trend.agencies) {
    for (const eval::TrendRow& row : agency.rows) {
      for (std::size_t y = 0; y < agency.years.size(); ++y) {
        const eval::ObjectiveEvaluation* o = row.objectives[y];
        const eval::TargetEvaluation* t = row.targets[y];
        std::vector<std::string> cells{agency.id, row.objective->id, row.target->id,
                                       std::to_string(agency.years[y])};
        if (o != nullptr && t != nullptr) {
          cells.insert(
              cells.end(),
              {o->objective->id, t->target->id, std::string(model::code_of(t->target->kind)),
               number(t->target->effective_value()), number(t->result.actual),
               std::string(eval::verdict_code(t->result.verdict)),
               verdict_label(t->result.verdict, lang), t->result.provisional ? "true" : "false"});
        } else {
          cells.resize(cells.size() + 8);
        }
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + field(cells[i]);
        out += "\r\n";
      }
    }
  }
  sink(out);
}

}  // namespace qobj::report
