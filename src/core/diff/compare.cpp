#include "core/diff/compare.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

#include "core/cycle/new_year.hpp"
#include "core/report/wording.hpp"
#include "core/text/unicode.hpp"

namespace qobj::diff {

namespace {

// Wording compared for renumbering: the words, accents and case folded ("trước, đúng hạn" and
// "Trước và đúng hạn" share three words).
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \t\r\n,.;:()\"'", at), text.size());
    if (end > at) {
      std::string word = text::folded_word(text.substr(at, end - at));
      if (!word.empty()) words.push_back(std::move(word));
    }
    at = end + 1;
  }
  std::sort(words.begin(), words.end());
  return words;
}

// How alike two wordings are: the words they share over the words either has (0 to 1).
double likeness(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<std::string> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return static_cast<double>(shared.size()) /
         static_cast<double>(a.size() + b.size() - shared.size());
}

// Renumbered with a reworded title: most words kept (a word added to ten, or one changed).
constexpr double kSameWording = 0.8;

// `text` with the plan's year, and with `span` 2 the year before it (the usual baseline
// year), moved on by `years` as qobj new-year moves them.
std::string shifted(std::string_view text, int from, int span, int years) {
  std::string out = cycle::with_year_replaced(text, from, from + years);
  if (span > 1) out = cycle::with_year_replaced(out, from - 1, from - 1 + years);
  return out;
}

// Whether `after` is `before` with the plan's years moved on by `years`.
bool moved_on(const std::string& before, const std::string& after, int plan_year, int years) {
  return shifted(before, plan_year, 1, years) == after ||
         shifted(before, plan_year, 2, years) == after;
}

std::vector<FieldChange> field_changes(const Fact& before, const Fact& after,
                                       std::pair<int, int> plan_years, std::size_t& moved) {
  const auto [plan_year, years] = plan_years;
  std::vector<FieldChange> changes;
  const auto value_in = [](const Fact& fact, const std::string& name) -> const std::string* {
    for (const auto& [field, value] : fact.fields) {
      if (field == name) return &value;
    }
    return nullptr;
  };
  for (const auto& [name, value] : after.fields) {
    const std::string* old = value_in(before, name);
    if (old && *old == value) continue;
    if (old && years != 0 && name != "year" && moved_on(*old, value, plan_year, years)) {
      ++moved;
      continue;
    }
    changes.push_back({name, old ? *old : std::string(), value});
  }
  for (const auto& [name, value] : before.fields) {
    if (!value_in(after, name)) changes.push_back({name, value, {}});
  }
  return changes;
}

class Comparer {
 public:
  Comparer(std::vector<Fact> before, const std::vector<Fact>& after)
      : m_before(std::move(before)), m_after(after) {}

  Diff run(Diff& diff) {
    scope_years(diff);
    renumber(Subject::objective);
    renumber(Subject::target);
    index();
    for (int group = 0; group < kGroups; ++group) {
      for (const Fact& fact : m_after) {
        if (group_of(fact.subject) != group) continue;
        const auto old = m_old_index.find(key_of(fact));
        if (old == m_old_index.end()) {
          diff.changes.push_back(
              change(Change::Kind::added, fact, fact.id, {}, values_of(fact, true)));
          continue;
        }
        const Fact& before = m_before[old->second];
        const auto renamed = m_renamed.find(old->second);
        auto fields = field_changes(before, fact, years_between(fact.agency), diff.moved_with_year);
        if (renamed != m_renamed.end()) {
          diff.changes.push_back(
              change(Change::Kind::renumbered, fact, renamed->second, fact.id, std::move(fields)));
        } else if (!fields.empty()) {
          diff.changes.push_back(
              change(Change::Kind::changed, fact, fact.id, {}, std::move(fields)));
        }
      }
      for (const Fact& fact : m_before) {
        if (group_of(fact.subject) != group || m_new_index.count(key_of(fact))) continue;
        diff.changes.push_back(
            change(Change::Kind::removed, fact, fact.id, {}, values_of(fact, false)));
      }
    }
    return std::move(diff);
  }

 private:
  using Key = std::tuple<Subject, std::string, int, std::string>;  // subject, agency, year, id

  // A record added or removed says what it records (its values, on the side it is on).
  static std::vector<FieldChange> values_of(const Fact& fact, bool added) {
    std::vector<FieldChange> fields;
    if (fact.subject != Subject::record) return fields;
    for (const auto& [name, value] : fact.fields) {
      fields.push_back(added ? FieldChange{name, {}, value} : FieldChange{name, value, {}});
    }
    return fields;
  }

  static Change change(Change::Kind kind, const Fact& fact, std::string id, std::string new_id,
                       std::vector<FieldChange> fields) {
    return {kind,          fact.subject,      fact.agency, fact.year,
            std::move(id), std::move(new_id), fact.label,  std::move(fields)};
  }

  // An agency's facts are matched across years when each side holds one year of its plans
  // (2023/ against 2024/); otherwise by year too (a repository of several years against
  // another revision of it).
  void scope_years(Diff& diff) {
    std::map<std::string, std::pair<std::set<int>, std::set<int>>> years;
    for (const Fact& fact : m_before) years[fact.agency].first.insert(fact.year);
    for (const Fact& fact : m_after) years[fact.agency].second.insert(fact.year);
    std::size_t on_both = 0;
    for (const auto& [agency, sides] : years) {
      const bool across = sides.first.size() == 1 && sides.second.size() == 1;
      m_across[agency] = across;
      std::set<int> all = sides.first;
      all.insert(sides.second.begin(), sides.second.end());
      if (!across && all.size() > 1) diff.several_years = true;
      on_both += !sides.first.empty() && !sides.second.empty();
    }
    diff.several_agencies = years.size() > 1;
    diff.no_agency_in_common = on_both == 0 && !m_before.empty() && !m_after.empty();
  }

  Key key_of(const Fact& fact) const {
    const auto across = m_across.find(fact.agency);
    const bool by_year = across != m_across.end() && !across->second;
    return {fact.subject, fact.agency, by_year ? fact.year : 0, fact.id};
  }

  bool same_scope(const Fact& a, const Fact& b) const {
    return std::get<1>(key_of(a)) == std::get<1>(key_of(b)) &&
           std::get<2>(key_of(a)) == std::get<2>(key_of(b));
  }

  // Facts of `subject` gone from one side and new on the other, in the same agency and year
  // (and objective, for targets), worded the same or nearly, are one thing under a new id:
  // the old side's facts below it (targets, records, baselines, evaluations) take the new id.
  void renumber(Subject subject) {
    index();
    std::vector<std::size_t> gone, arrived;
    for (std::size_t i = 0; i < m_before.size(); ++i) {
      const Fact& old = m_before[i];
      if (old.subject == subject && !m_new_index.count(key_of(old)) && !old.label.empty())
        gone.push_back(i);
    }
    for (std::size_t i = 0; i < m_after.size(); ++i) {
      const Fact& now = m_after[i];
      if (now.subject == subject && !m_old_index.count(key_of(now)) && !now.label.empty())
        arrived.push_back(i);
    }
    // The closest pairs first, so that a reworded title never takes an exact one's match.
    struct Pair {
      double likeness;
      std::size_t old, now;
    };
    std::vector<Pair> pairs;
    for (const std::size_t i : gone) {
      const auto old_words = words_of(m_before[i].label);
      for (const std::size_t j : arrived) {
        const Fact& old = m_before[i];
        const Fact& now = m_after[j];
        if (!same_scope(old, now) || (subject == Subject::target && now.objective != old.objective))
          continue;
        const double alike = likeness(old_words, words_of(now.label));
        if (alike >= kSameWording) pairs.push_back({alike, i, j});
      }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair& a, const Pair& b) { return a.likeness > b.likeness; });
    std::set<std::size_t> old_taken, new_taken;
    for (const Pair& pair : pairs) {
      if (old_taken.count(pair.old) || new_taken.count(pair.now)) continue;
      old_taken.insert(pair.old);
      new_taken.insert(pair.now);
      rename(subject, pair.old, m_after[pair.now]);
    }
  }

  // The old side's fact `index`, and what belongs to it, under the id of `now`.
  void rename(Subject subject, std::size_t index, const Fact& now) {
    const Fact old = m_before[index];
    m_renamed[index] = old.id;
    const std::string from = subject == Subject::objective ? old.objective : old.target;
    const std::string to = subject == Subject::objective ? now.objective : now.target;
    for (Fact& fact : m_before) {
      if (!same_scope(fact, old)) continue;
      if (subject == Subject::objective && fact.objective == from) {
        fact.objective = to;
        fact.id = to + fact.id.substr(from.size());
      } else if (subject == Subject::target && fact.objective == old.objective &&
                 fact.target == from) {
        fact.target = to;
        fact.id = old.objective + "/" + to + fact.id.substr(old.objective.size() + 1 + from.size());
      }
    }
  }

  // An agency's plan year before, and how many years it moved between the two sides (0: the
  // same year, or its years are not compared to each other).
  std::pair<int, int> years_between(const std::string& agency) const {
    const auto across = m_across.find(agency);
    if (across == m_across.end() || !across->second) return {0, 0};
    const auto year_of = [&](const std::vector<Fact>& facts) {
      for (const Fact& fact : facts) {
        if (fact.agency == agency) return fact.year;
      }
      return 0;
    };
    const int before = year_of(m_before), after = year_of(m_after);
    return {before, before != 0 && after != 0 ? after - before : 0};
  }

  void index() {
    m_old_index.clear();
    m_new_index.clear();
    for (std::size_t i = 0; i < m_before.size(); ++i) m_old_index.emplace(key_of(m_before[i]), i);
    for (std::size_t i = 0; i < m_after.size(); ++i) m_new_index.emplace(key_of(m_after[i]), i);
  }

  std::vector<Fact> m_before;
  const std::vector<Fact>& m_after;
  std::map<std::string, bool> m_across;  // by agency: its one year on each side compared
  std::map<Key, std::size_t> m_old_index, m_new_index;
  std::map<std::size_t, std::string> m_renamed;  // old fact → its id before renumbering
};

}  // namespace

int group_of(Subject subject) {
  switch (subject) {
    case Subject::header:
      return 0;
    case Subject::unit:
      return 1;
    case Subject::objective:
    case Subject::target:
      return 2;
    case Subject::record:
      return 3;
    case Subject::baseline:
      return 4;
    case Subject::evaluation:
      return 5;
  }
  return 0;
}

Diff compare(const std::vector<Fact>& before, const std::vector<Fact>& after) {
  Diff diff;
  return Comparer(before, after).run(diff);
}

std::vector<VerdictChange> compare_verdicts(const eval::Evaluation& before,
                                            const eval::Evaluation& after, const Diff& diff,
                                            Lang lang) {
  // An id before, as it is now: renumbered objectives carry their targets with them.
  const auto renamed = [&](const std::string& agency, std::string id) {
    const std::size_t slash = id.find('/');
    for (const Change& change : diff.changes) {
      if (change.kind != Change::Kind::renumbered || change.agency != agency) continue;
      if (change.subject == Subject::target && change.id == id) return change.new_id;
      if (change.subject == Subject::objective && id.substr(0, slash) == change.id)
        id = change.new_id + (slash == std::string::npos ? "" : id.substr(slash));
    }
    return id;
  };
  // (agency, id) → (label, verdict) on each side, objectives and their targets.
  struct Seen {
    std::string label, before, after;
  };
  std::vector<std::pair<std::pair<std::string, std::string>, Seen>> seen;
  const auto record = [&](const eval::Evaluation& evaluation, bool is_after) {
    for (const eval::AgencyEvaluation& agency : evaluation.agencies) {
      for (const eval::ObjectiveEvaluation& objective : agency.objectives) {
        const auto note = [&](const std::string& written, const std::string& label,
                              eval::Verdict verdict, bool provisional) {
          const std::string id = is_after ? written : renamed(agency.id, written);
          const std::pair key{agency.id, id};
          auto found = std::find_if(seen.begin(), seen.end(),
                                    [&](const auto& entry) { return entry.first == key; });
          if (found == seen.end()) {
            seen.push_back({key, {label, {}, {}}});
            found = seen.end() - 1;
          }
          (is_after ? found->second.after : found->second.before) =
              report::verdict_wording(verdict, provisional, lang);
        };
        note(objective.objective->id, objective.objective->title, objective.verdict,
             objective.provisional);
        if (objective.targets.size() < 2) continue;
        for (const eval::TargetEvaluation& target : objective.targets) {
          note(objective.objective->id + "/" + target.target->id,
               target.target->text.empty() ? objective.objective->title : target.target->text,
               target.result.verdict, target.result.provisional);
        }
      }
    }
  };
  record(before, false);
  record(after, true);
  std::vector<VerdictChange> changes;
  for (const auto& [key, verdicts] : seen) {
    if (verdicts.before == verdicts.after) continue;
    changes.push_back({key.first, 0, key.second, verdicts.label, verdicts.before, verdicts.after});
  }
  return changes;
}

}  // namespace qobj::diff
