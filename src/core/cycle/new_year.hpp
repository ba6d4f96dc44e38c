// `qobj new-year`: next year's files from this year's, written by editing the source text at
// the positions the tree knows (never a re-emit), so that comments, key order, quoting and
// line breaks stay as the secretary wrote them. It returns the new texts, what it changed and
// what it cannot decide: the secretary's questions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/model/model.hpp"

namespace qobj::cycle {

struct YearFile {
  std::string source;  // the file it comes from, as shown (its name in the repository)
  std::string text;    // next year's
  bool measurements = false;
  // What was changed, counted: the plan year, dates, baseline years, texts naming the year,
  // comments naming the year.
  int years = 0, dates = 0, baseline_years = 0, texts = 0, comments = 0;
  std::size_t records_dropped = 0;
};

// A change the secretary should read again, or a question only she can answer.
struct YearNote {
  enum class Kind {
    text_reworded,      // a text named the old year: it names the new one now (`detail`: the line)
    document_cleared,   // the issuing decision's number and date: `detail` the old ones
    leap_day,           // 29 February moved to the 28th
    exceeded,           // the target was exceeded: raise it?
    not_met,            // not met: keep it, change it, or change the plan?
    no_data,            // no data all year: how will it be measured?
    withdrawn,          // withdrawn: remove it, or restate it?
    corrective_action,  // a corrective action due in the new year: into its plan
    incomplete,         // periods without data: record them before the year is judged
    no_cause,           // not met, and no cause or corrective action recorded (ISO 10.2)
    multi_year_text,    // a text names a span of years ("2021-2025"): is it still right?
  };
  Kind kind = Kind::text_reworded;
  std::string file;
  std::uint32_t line = 0;
  std::string objective, target;  // for the questions about objectives
  eval::Verdict verdict = eval::Verdict::no_data;
  // The old year's evaluation the question comes from (points into `old_results`).
  const eval::ObjectiveEvaluation* evaluated_objective = nullptr;
  const eval::TargetEvaluation* evaluated_target = nullptr;
  std::string detail;
};

struct NewYear {
  int from_year = 0, to_year = 0;
  std::vector<YearFile> files;  // in the repository's order
  std::vector<YearNote> notes;  // by file and line, then the questions by objective
};

// Next year's text of every objectives and measurements file of `repository` (one agency's
// year, indexed), moved by `to_year - from_year` years. `old_results`, the old year evaluated,
// gives the questions about targets exceeded, not met or without data; null for none.
// The comment left where the decision's number and date were is in `lang`.
NewYear plan_new_year(const model::Repository& repository, int to_year,
                      const eval::Evaluation* old_results, Lang lang);

// `text` with every `from` that stands as a year of its own changed to `to`: not a part of a
// longer number, a document number ("15/2021/NĐ-CP") or a span of years ("2021-2025").
// `replaced` counts the changes; `first` is where the first one is in the result.
std::string with_year_replaced(std::string_view text, int from, int to, int* replaced = nullptr,
                               std::size_t* first = nullptr);

}  // namespace qobj::cycle
