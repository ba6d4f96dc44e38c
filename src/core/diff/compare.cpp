#include "core/diff/compare.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/report/wording.hpp"

namespace qobj::diff {

namespace {

using Key = std::tuple<Subject, std::string, std::string>;  // subject, agency, id

Key key_of(const Fact& fact) {
  return {fact.subject, fact.agency, fact.id};
}

// Wording compared for renumbering: spaces collapsed, ends trimmed.
std::string wording(std::string_view text) {
  std::string out;
  bool space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// `text` with the years `from` … `from + span - 1` in it (four digits on their own, or a
// date's) moved by `years`: the plan's year, and with a span of 2 the year before it (the usual
// baseline year). A standard's "ISO 9001:2015" stays.
std::string shifted(std::string_view text, int from, int span, int years) {
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  std::string out;
  for (std::size_t at = 0; at < text.size();) {
    if (!is_digit(text[at])) {
      out += text[at++];
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && is_digit(text[end])) ++end;
    const std::string_view digits = text.substr(at, end - at);
    const int year = digits.size() == 4 ? std::stoi(std::string(digits)) : 0;
    const bool moves = year <= from && year > from - span && (at == 0 || text[at - 1] != ':');
    out += moves ? std::to_string(year + years) : std::string(digits);
    at = end;
  }
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

// Which group a subject is listed in, in order: the files' headers, the units, the plan
// (objectives with their targets), the data.
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
  return 6;
}

class Comparer {
 public:
  Comparer(std::vector<Fact> before, const std::vector<Fact>& after)
      : m_before(std::move(before)), m_after(after) {}

  Diff run() {
    Diff diff;
    std::set<std::string> agencies;
    for (const Fact& fact : m_before) agencies.insert(fact.agency);
    for (const Fact& fact : m_after) agencies.insert(fact.agency);
    diff.several_agencies = agencies.size() > 1;
    renumber(Subject::objective);
    renumber(Subject::target);
    index();
    for (int group = 0; group <= 5; ++group) {
      for (const Fact& fact : m_after) {
        if (group_of(fact.subject) != group) continue;
        const auto old = m_old_index.find(key_of(fact));
        if (old == m_old_index.end()) {
          diff.changes.push_back(
              {Change::Kind::added, fact.subject, fact.agency, fact.id, {}, fact.label, {}});
          continue;
        }
        const Fact& before = m_before[old->second];
        const auto renamed = m_renamed.find(old->second);
        auto fields = field_changes(before, fact, years_between(fact.agency), diff.moved_with_year);
        if (renamed != m_renamed.end()) {
          diff.changes.push_back({Change::Kind::renumbered, fact.subject, fact.agency,
                                  renamed->second, fact.id, fact.label, std::move(fields)});
        } else if (!fields.empty()) {
          diff.changes.push_back({Change::Kind::changed,
                                  fact.subject,
                                  fact.agency,
                                  fact.id,
                                  {},
                                  fact.label,
                                  std::move(fields)});
        }
      }
      for (const Fact& fact : m_before) {
        if (group_of(fact.subject) != group || m_new_index.count(key_of(fact))) continue;
        diff.changes.push_back(
            {Change::Kind::removed, fact.subject, fact.agency, fact.id, {}, fact.label, {}});
      }
    }
    return diff;
  }

 private:
  // Facts of `subject` gone from one side and new on the other, with the same wording in the
  // same agency (and objective, for targets), are one thing under a new id: the old side's
  // facts below it (targets, records, baselines, evaluations) take the new id too.
  void renumber(Subject subject) {
    index();
    for (std::size_t i = 0; i < m_before.size(); ++i) {
      const Fact& old = m_before[i];
      if (old.subject != subject || m_new_index.count(key_of(old)) || old.label.empty()) continue;
      const auto same = std::find_if(m_after.begin(), m_after.end(), [&](const Fact& now) {
        return now.subject == subject && now.agency == old.agency &&
               (subject == Subject::objective || now.objective == old.objective) &&
               !m_old_index.count(key_of(now)) && !m_taken.count(key_of(now)) &&
               wording(now.label) == wording(old.label);
      });
      if (same == m_after.end()) continue;
      m_taken.insert(key_of(*same));
      m_renamed[i] = old.id;
      const std::string agency = old.agency,
                        from = subject == Subject::objective ? old.objective : old.target;
      const std::string to = subject == Subject::objective ? same->objective : same->target;
      const std::string objective = old.objective;
      for (Fact& fact : m_before) {
        if (fact.agency != agency) continue;
        if (subject == Subject::objective && fact.objective == from) {
          fact.objective = to;
          fact.id = to + fact.id.substr(from.size());
        } else if (subject == Subject::target && fact.objective == objective &&
                   fact.target == from) {
          fact.target = to;
          fact.id = objective + "/" + to + fact.id.substr(objective.size() + 1 + from.size());
        }
      }
    }
  }

  // An agency's plan year before, and how many years it moved between the two sides (0: the
  // same year, or not known from its objectives).
  std::pair<int, int> years_between(const std::string& agency) const {
    const auto year_of = [&](const std::vector<Fact>& facts) {
      for (const Fact& fact : facts) {
        if (fact.subject != Subject::header || fact.agency != agency || fact.id != "objectives")
          continue;
        for (const auto& [name, value] : fact.fields) {
          if (name == "year") return std::stoi(value);
        }
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
  std::map<Key, std::size_t> m_old_index, m_new_index;
  std::map<std::size_t, std::string> m_renamed;  // old fact → its id before renumbering
  std::set<Key> m_taken;
};

}  // namespace

Diff compare(const std::vector<Fact>& before, const std::vector<Fact>& after) {
  return Comparer(before, after).run();
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
    changes.push_back({key.first, key.second, verdicts.label, verdicts.before, verdicts.after});
  }
  return changes;
}

}  // namespace qobj::diff
