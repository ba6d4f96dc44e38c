#include "core/eval/rollup.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "core/text/unicode.hpp"

namespace qobj::eval {

namespace {

// How alike texts are told: NFC, case, runs of spaces and a closing full stop aside.
std::string folded(std::string_view text) {
  std::string upper = text::to_upper(text::to_nfc(text));
  // A no-break space pasted from a word processor is a space.
  for (std::size_t at = upper.find("\xC2\xA0"); at != std::string::npos;
       at = upper.find("\xC2\xA0"))
    upper.replace(at, 2, " ");
  std::string out;
  bool space = false;
  for (const char c : upper) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ';' || out.back() == ','))
    out.pop_back();
  return out;
}

void add_counts(VerdictCount& total, const VerdictCount& count) {
  total.evaluated += count.evaluated;
  total.met += count.met;
  for (int v = 0; v < kVerdictCount; ++v) total.per_verdict[v] += count.per_verdict[v];
}

}  // namespace

RollupTally::RollupTally(int year) {
  m_rollup.year = year;
}

void RollupTally::add(const Evaluation& evaluation, const model::Repository& repository) {
  for (const AgencyEvaluation& agency : evaluation.agencies) {
    if (agency.year != m_rollup.year) continue;
    const std::size_t index = m_rollup.agencies.size();
    m_rollup.agencies.push_back(RollupAgency{agency.id, agency.name, agency.summary, agency.units});
    add_counts(m_rollup.total, agency.summary);
    // Its targets, grouped by what they say, and whether each is not met here.
    std::set<Key> seen, failed;
    for (const ObjectiveEvaluation& o : agency.objectives) {
      if (o.objective->is_group || o.verdict == Verdict::withdrawn) continue;
      for (const TargetEvaluation& t : o.targets) {
        if (t.result.verdict == Verdict::withdrawn) continue;
        // Without a text of its own, a target is told from its objective's others by its id.
        Key key{static_cast<int>(t.target->kind), folded(o.objective->title),
                t.target->text.empty() ? "#" + t.target->id : folded(t.target->text)};
        auto [it, added] = m_groups.try_emplace(key);
        if (added) {
          it->second.kind = t.target->kind;
          it->second.objective_id = o.objective->id;
          it->second.objective_title = o.objective->title;
          it->second.target = *t.target;
          m_order.push_back(it);
        }
        if (seen.insert(key).second) ++it->second.of;
        if (t.result.verdict == Verdict::not_met && failed.insert(key).second) {
          ++it->second.not_met;
          it->second.agencies.push_back(index);
        }
      }
    }
  }
  // Every agency the run has files of: those without the year's objectives, or with them and
  // without a single record file, are missing something the roll-up needs.
  for (const model::ObjectivesFile& file : repository.objectives) {
    Seen& agency = m_seen[file.agency_id];
    if (file.unit.empty() || agency.name.empty()) agency.name = file.agency_name;
    if (file.year == m_rollup.year) {
      agency.this_year = true;
    } else if (!agency.latest || *agency.latest < file.year) {
      agency.latest = file.year;
    }
  }
  for (const model::MeasurementsFile& file : repository.measurements) {
    if (file.year == m_rollup.year) m_seen[file.agency].measurements = true;
  }
}

std::optional<Rollup> RollupTally::finish(bool even_one,
                                          const std::vector<std::string>& set_aside) && {
  Rollup& rollup = m_rollup;
  std::set<std::string_view> evaluated;
  for (const RollupAgency& agency : rollup.agencies) evaluated.insert(agency.id);
  using What = MissingFiles::What;
  // An agency whose files have errors is named whatever else it has or lacks: by its name
  // when a sound file of it gives one, else by its id.
  for (const std::string& id : set_aside) {
    const auto found = m_seen.find(id);
    const std::string name = found == m_seen.end() ? std::string() : found->second.name;
    rollup.missing.push_back(MissingFiles{id, name, What::sound_files, std::nullopt});
  }
  for (const auto& [id, agency] : m_seen) {
    if (std::find(set_aside.begin(), set_aside.end(), id) != set_aside.end()) continue;
    // An agency with measurements only (its objectives not written yet, or named otherwise)
    // is missing them too: it is named by its id.
    if (!agency.this_year) {
      rollup.missing.push_back(MissingFiles{id, agency.name, What::objectives, agency.latest});
    } else if (!agency.measurements && evaluated.contains(id)) {
      rollup.missing.push_back(MissingFiles{id, agency.name, What::measurements, std::nullopt});
    }
  }
  std::stable_sort(rollup.missing.begin(), rollup.missing.end(),
                   [](const MissingFiles& a, const MissingFiles& b) { return a.id < b.id; });

  // Several agencies: those evaluated and those missing files, each counted once.
  std::size_t agencies = rollup.agencies.size();
  for (const MissingFiles& missing : rollup.missing)
    agencies += evaluated.contains(missing.id) ? 0 : 1;
  if (agencies < 2 && !even_one) return std::nullopt;
  for (const auto group : m_order) {
    if (group->second.not_met > 0) rollup.not_met.push_back(std::move(group->second));
  }
  std::stable_sort(
      rollup.not_met.begin(), rollup.not_met.end(),
      [](const NotMetGroup& a, const NotMetGroup& b) { return a.not_met > b.not_met; });
  return std::move(rollup);
}

std::optional<Rollup> roll_up(const Evaluation& evaluation, const model::Repository& repository,
                              std::optional<int> year, bool even_one,
                              const std::vector<std::string>& set_aside) {
  // Files of one agency alone have no roll-up: its targets need not be gathered (a year of one
  // agency may have tens of thousands).
  if (!even_one) {
    std::set<std::string_view> agencies(set_aside.begin(), set_aside.end());
    for (const model::ObjectivesFile& file : repository.objectives) agencies.insert(file.agency_id);
    for (const model::MeasurementsFile& file : repository.measurements)
      agencies.insert(file.agency);
    if (agencies.size() < 2) return std::nullopt;
  }
  int of_year = 0;
  if (year) {
    of_year = *year;
  } else {
    for (const AgencyEvaluation& agency : evaluation.agencies)
      of_year = std::max(of_year, agency.year);
  }
  RollupTally tally(of_year);
  tally.add(evaluation, repository);
  return std::move(tally).finish(even_one, set_aside);
}

}  // namespace qobj::eval
