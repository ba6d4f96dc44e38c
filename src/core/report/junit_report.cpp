#include "core/report/junit_report.hpp"

#include <fmt/format.h>

#include <map>
#include <vector>

#include "core/diag/catalogue.hpp"
#include "core/report/rollup_wording.hpp"
#include "core/report/wording.hpp"
#include "core/text/markup.hpp"

namespace qobj::report {

namespace {

using eval::Verdict;

// "≥ 100%, kết quả 99,96%" for each part that did not reach its target.
std::string failure_message(const eval::ObjectiveEvaluation& o, Lang lang) {
  std::string message;
  for (const auto& t : o.targets) {
    if (t.result.verdict != Verdict::not_met) continue;
    std::string part = format_message(
        MessageId::report_target_and_result, lang,
        {target_wording(*t.target, lang), result_wording(*t.target, t.result, lang)});
    if (o.targets.size() > 1) part = t.target->id + ": " + part;
    message += (message.empty() ? "" : "; ") + part;
  }
  return message;
}

// The verdicts a CI gate fails on: missed, or data missing for a period that is over.
bool fails(Verdict v) {
  return v == Verdict::not_met || v == Verdict::incomplete;
}

struct Suite {
  std::string name, classname;
  std::vector<const eval::ObjectiveEvaluation*> cases;
};

// A test case of the roll-up: an agency (with --summary-only), failing when any of its
// objectives fails; an agency missing the year's files, failing.
struct RollupCase {
  std::string name, classname, failure_type, message;
};

std::vector<RollupCase> rollup_cases(const eval::Evaluation& evaluation, Lang lang,
                                     bool summary_only) {
  std::vector<RollupCase> cases;
  if (!evaluation.rollup) return cases;
  const eval::Rollup& rollup = *evaluation.rollup;
  if (summary_only) {
    for (const eval::RollupAgency& agency : rollup.agencies) {
      const auto& per = agency.summary.per_verdict;
      std::string message = format_message(MessageId::report_summary, lang,
                                           {agency.name, std::to_string(agency.summary.met),
                                            std::to_string(agency.summary.evaluated)});
      // What fails it, by verdict: "…; không đạt 1, chưa đủ số liệu 2".
      std::string failing, type;
      for (const Verdict v : {Verdict::not_met, Verdict::incomplete}) {
        const int n = per[static_cast<int>(v)];
        if (n == 0) continue;
        failing += (failing.empty() ? "" : ", ") + verdict_label(v, lang) + " " + std::to_string(n);
        if (type.empty()) type = eval::verdict_code(v);
      }
      if (!failing.empty()) message += "; " + failing;
      cases.push_back({agency.name, "rollup", type, message});
    }
  }
  for (const eval::MissingFiles& missing : rollup.missing) {
    cases.push_back({missing.name.empty() ? missing.id : missing.name, "rollup.missing",
                     "missing-files", missing_wording(rollup, missing, lang)});
  }
  return cases;
}

}  // namespace

void write_junit_report(const eval::Evaluation& evaluation, Lang lang, const Sink& sink,
                        bool summary_only) {
  std::vector<Suite> suites;
  for (const auto& agency : evaluation.agencies) {
    if (summary_only) break;
    const std::string title = format_message(
        MessageId::report_title, lang,
        {agency.name, plan_period_wording(agency, lang), date_wording(evaluation.as_of, lang)});
    Suite own{title, agency.id, {}};
    std::map<std::string, Suite> units;
    for (const auto& o : agency.objectives) {
      if (o.objective->is_group) continue;
      const std::string& unit = o.objective->unit;
      if (unit.empty()) {
        own.cases.push_back(&o);
        continue;
      }
      auto [it, added] = units.try_emplace(unit);
      if (added) {
        it->second.name = fmt::format("{} — {}", title, o.unit_name.empty() ? unit : o.unit_name);
        it->second.classname = agency.id + "." + unit;
      }
      it->second.cases.push_back(&o);
    }
    suites.push_back(std::move(own));
    for (auto& [id, suite] : units) suites.push_back(std::move(suite));
  }

  const std::vector<RollupCase> rollup = rollup_cases(evaluation, lang, summary_only);
  int tests = 0, failures = 0;
  for (const auto& suite : suites) {
    for (const auto* o : suite.cases) {
      ++tests;
      failures += fails(o->verdict) ? 1 : 0;
    }
  }
  int rollup_failures = 0;
  for (const RollupCase& c : rollup) rollup_failures += c.failure_type.empty() ? 0 : 1;
  tests += static_cast<int>(rollup.size());
  failures += rollup_failures;
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += fmt::format("<testsuites name=\"qobj\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n",
                     tests, failures);
  for (const auto& suite : suites) {
    int suite_failures = 0, skipped = 0;
    for (const auto* o : suite.cases) {
      suite_failures += fails(o->verdict) ? 1 : 0;
      skipped += o->verdict == Verdict::no_data || o->verdict == Verdict::not_yet_due ||
                         o->verdict == Verdict::withdrawn
                     ? 1
                     : 0;
    }
    out += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" "
        "timestamp=\"{}\">\n",
        text::escape_markup(suite.name), suite.cases.size(), suite_failures, skipped,
        evaluation.as_of.to_string());
    for (const auto* o : suite.cases) {
      const std::string name = o->objective->id + " " + o->objective->title;
      out += fmt::format("    <testcase name=\"{}\" classname=\"{}\"", text::escape_markup(name),
                         text::escape_markup(suite.classname));
      const std::string label = verdict_wording(o->verdict, o->provisional, lang);
      switch (o->verdict) {
        case Verdict::not_met:
        case Verdict::incomplete: {
          // Data missing for a period that is over fails a CI gate as a miss does.
          std::string body;
          for (const auto& note : failure_notes(*o, lang)) body += note + "\n";
          const std::string message =
              o->verdict == Verdict::not_met ? failure_message(*o, lang) : label;
          out += fmt::format(">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                             eval::verdict_code(o->verdict), text::escape_markup(message),
                             text::escape_markup(body));
          out += "    </testcase>\n";
          break;
        }
        case Verdict::no_data:
        case Verdict::not_yet_due:
        case Verdict::withdrawn: {
          std::string message = label;
          if (o->verdict == Verdict::withdrawn) message = withdrawn_note(*o, lang);
          for (const auto& t : o->targets) {
            if (const std::string note = missing_data_note(t.result, lang); !note.empty())
              message += "; " + (o->targets.size() > 1 ? t.target->id + ": " : "") + note;
          }
          out += fmt::format(">\n      <skipped type=\"{}\" message=\"{}\"/>\n    </testcase>\n",
                             eval::verdict_code(o->verdict), text::escape_markup(message));
          break;
        }
        case Verdict::at_risk:
          out += fmt::format(">\n      <system-out>{}</system-out>\n    </testcase>\n",
                             text::escape_markup(label));
          break;
        case Verdict::met:
        case Verdict::exceeded:
          out += "/>\n";
          break;
      }
    }
    out += "  </testsuite>\n";
  }
  if (!rollup.empty()) {
    out += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\" "
        "timestamp=\"{}\">\n",
        text::escape_markup(rollup_title(evaluation, lang)), rollup.size(), rollup_failures,
        evaluation.as_of.to_string());
    for (const RollupCase& c : rollup) {
      out += fmt::format("    <testcase name=\"{}\" classname=\"{}\"", text::escape_markup(c.name),
                         c.classname);
      if (c.failure_type.empty()) {
        out += fmt::format(">\n      <system-out>{}</system-out>\n    </testcase>\n",
                           text::escape_markup(c.message));
      } else {
        out += fmt::format(">\n      <failure type=\"{}\" message=\"{}\"/>\n    </testcase>\n",
                           c.failure_type, text::escape_markup(c.message));
      }
    }
    out += "  </testsuite>\n";
  }
  out += "</testsuites>\n";
  sink(out);
}

}  // namespace qobj::report
