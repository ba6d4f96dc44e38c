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

void add(VerdictCount& total, const VerdictCount& count) {
  total.evaluated += count.evaluated;
  total.met += count.met;
  for (int v = 0; v < kVerdictCount; ++v) total.per_verdict[v] += count.per_verdict[v];
}

// The targets of the roll-up's agencies, grouped by what they say, with the agencies where
// each is not met.
std::vector<NotMetGroup> not_met_groups(const Evaluation& evaluation,
                                        const std::vector<std::size_t>& agencies) {
  using Key = std::tuple<int, std::string, std::string>;
  std::map<Key, NotMetGroup> groups;
  std::vector<Key> order;  // first seen first, for equal counts
  for (const std::size_t agency : agencies) {
    std::set<Key> seen, failed;
    for (const ObjectiveEvaluation& o : evaluation.agencies[agency].objectives) {
      if (o.objective->is_group || o.verdict == Verdict::withdrawn) continue;
      for (const TargetEvaluation& t : o.targets) {
        if (t.result.verdict == Verdict::withdrawn) continue;
        // Without a text of its own, a target is told from its objective's others by its id.
        Key key{static_cast<int>(t.target->kind), folded(o.objective->title),
                t.target->text.empty() ? "#" + t.target->id : folded(t.target->text)};
        auto [it, added] = groups.try_emplace(key);
        if (added) {
          it->second.kind = t.target->kind;
          it->second.objective = o.objective;
          it->second.target = t.target;
          order.push_back(key);
        }
        if (seen.insert(key).second) ++it->second.of;
        if (t.result.verdict == Verdict::not_met && failed.insert(key).second) {
          ++it->second.not_met;
          it->second.agencies.push_back(agency);
        }
      }
    }
  }
  std::vector<NotMetGroup> out;
  for (const Key& key : order) {
    if (groups[key].not_met > 0) out.push_back(std::move(groups[key]));
  }
  std::stable_sort(out.begin(), out.end(), [](const NotMetGroup& a, const NotMetGroup& b) {
    return a.not_met > b.not_met;
  });
  return out;
}

}  // namespace

std::optional<Rollup> roll_up(const Evaluation& evaluation, const model::Repository& repository,
                              std::optional<int> year, bool even_one,
                              const std::vector<std::string>& set_aside) {
  Rollup rollup;
  if (year) {
    rollup.year = *year;
  } else {
    for (const AgencyEvaluation& agency : evaluation.agencies)
      rollup.year = std::max(rollup.year, agency.year);
  }
  for (std::size_t i = 0; i < evaluation.agencies.size(); ++i) {
    const AgencyEvaluation& agency = evaluation.agencies[i];
    if (agency.year != rollup.year) continue;
    rollup.agencies.push_back(i);
    add(rollup.total, agency.summary);
  }

  // Every agency the run has files of: those without the year's objectives, or with them and
  // without a single record file, are missing something the roll-up needs.
  struct Seen {
    std::string name;
    std::optional<int> latest;
    bool this_year = false, measurements = false;
  };
  std::map<std::string, Seen> seen;
  for (const model::ObjectivesFile& file : repository.objectives) {
    Seen& agency = seen[file.agency_id];
    if (file.unit.empty() || agency.name.empty()) agency.name = file.agency_name;
    if (file.year == rollup.year) {
      agency.this_year = true;
    } else if (!agency.latest || *agency.latest < file.year) {
      agency.latest = file.year;
    }
  }
  for (const model::MeasurementsFile& file : repository.measurements) {
    if (file.year == rollup.year) seen[file.agency].measurements = true;
  }
  const auto evaluated = [&](const std::string& id) {
    return std::any_of(rollup.agencies.begin(), rollup.agencies.end(),
                       [&](std::size_t a) { return evaluation.agencies[a].id == id; });
  };
  using What = MissingFiles::What;
  // An agency whose files have errors is named whatever else it has or lacks: by its name
  // when a sound file of it gives one, else by its id.
  for (const std::string& id : set_aside) {
    const auto found = seen.find(id);
    const std::string name = found == seen.end() ? std::string() : found->second.name;
    rollup.missing.push_back(MissingFiles{id, name, What::sound_files, std::nullopt});
  }
  for (const auto& [id, agency] : seen) {
    if (std::find(set_aside.begin(), set_aside.end(), id) != set_aside.end()) continue;
    // An agency with measurements only (its objectives not written yet, or named otherwise)
    // is missing them too: it is named by its id.
    if (!agency.this_year) {
      rollup.missing.push_back(MissingFiles{id, agency.name, What::objectives, agency.latest});
    } else if (!agency.measurements && evaluated(id)) {
      rollup.missing.push_back(MissingFiles{id, agency.name, What::measurements, std::nullopt});
    }
  }
  std::stable_sort(rollup.missing.begin(), rollup.missing.end(),
                   [](const MissingFiles& a, const MissingFiles& b) { return a.id < b.id; });

  // Several agencies: those evaluated and those missing files, each counted once.
  std::size_t agencies = rollup.agencies.size();
  for (const MissingFiles& missing : rollup.missing) agencies += evaluated(missing.id) ? 0 : 1;
  if (agencies < 2 && !even_one) return std::nullopt;
  rollup.not_met = not_met_groups(evaluation, rollup.agencies);
  return rollup;
}

}  // namespace qobj::eval
