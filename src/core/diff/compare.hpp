// Two sets of facts compared: what was added, removed, renumbered (an objective or target
// under another id with the same wording) and changed, field by field; and, when both sides
// were evaluated, the verdicts that changed.
#pragma once

#include <string>
#include <vector>

#include "core/diag/language.hpp"
#include "core/diff/facts.hpp"
#include "core/eval/evaluate.hpp"

namespace qobj::diff {

struct FieldChange {
  std::string name, before, after;  // empty: not written on that side
};

struct Change {
  enum class Kind { added, removed, changed, renumbered };
  Kind kind = Kind::changed;
  Subject subject = Subject::header;
  std::string agency;
  int year = 0;        // the plan's (the new side's, for what was renumbered or changed)
  std::string id;      // as it was (as it is, for what was added)
  std::string new_id;  // renumbered: as it is now
  std::string label;
  std::vector<FieldChange> fields;  // changed, renumbered: the fields that differ
};

struct VerdictChange {
  std::string agency;
  int year = 0;
  std::string id, label;
  std::string before, after;  // worded in the diff's language; empty: not evaluated there
};

struct Diff {
  std::vector<Change> changes;  // header, units, objectives with their targets, records…
  // Between two years of a plan, the fields that differ only by the years in them moving on
  // with the plan's (dates, "năm 2021", baseline years): counted, not listed.
  std::size_t moved_with_year = 0;
  bool several_agencies = false;
  // A side holds several years of an agency's plans: facts are told apart by year (and a
  // change says its year). With one year on each side, those years are compared to each other.
  bool several_years = false;
  bool no_agency_in_common = false;  // the two sides are about different agencies
  bool verdicts_compared = false;
  std::vector<VerdictChange> verdicts;
  bool empty() const { return changes.empty() && verdicts.empty(); }
};

Diff compare(const std::vector<Fact>& before, const std::vector<Fact>& after);

// Which group a change is listed in, in order: 0 the files' headers, 1 the units, 2 the plan
// (objectives with their targets), 3 the records, 4 the baselines, 5 the evaluations.
inline constexpr int kGroups = 6;
int group_of(Subject subject);

// The objectives' and targets' verdicts that differ between two evaluations, worded in `lang`;
// what `diff` found renumbered is compared under its new id.
std::vector<VerdictChange> compare_verdicts(const eval::Evaluation& before,
                                            const eval::Evaluation& after, const Diff& diff,
                                            Lang lang);

}  // namespace qobj::diff
