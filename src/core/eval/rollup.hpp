// A run over several agencies, summed up for the person who oversees them all (a province's
// ISO coordinator): the value (eval::Rollup) is part of the evaluation the renderers word.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/eval/evaluate.hpp"
#include "core/model/model.hpp"

namespace qobj::eval {

// The roll-up of an evaluation: of `year`, or of the latest year evaluated. Nothing for a run
// over one agency with all its files, unless `even_one` (asked for by --summary-only).
std::optional<Rollup> roll_up(const Evaluation& evaluation, const model::Repository& repository,
                              std::optional<int> year, bool even_one = false,
                              const std::vector<std::string>& set_aside = {});

// A roll-up of `year` gathered part by part: each part's evaluation and the files it was made
// from, whole agencies in the evaluation's order, then the roll-up made whole. What roll_up
// gives for all the parts at once.
class RollupTally {
 public:
  explicit RollupTally(int year);
  void add(const Evaluation& evaluation, const model::Repository& repository);
  std::optional<Rollup> finish(bool even_one, const std::vector<std::string>& set_aside) &&;

 private:
  // What the files say of an agency, for the agencies missing files.
  struct Seen {
    std::string name;
    std::optional<int> latest;
    bool this_year = false, measurements = false;
  };
  // Targets are grouped by kind, objective title and target text, as people read them.
  using Key = std::tuple<int, std::string, std::string>;

  Rollup m_rollup;
  std::map<std::string, Seen> m_seen;
  std::map<Key, NotMetGroup> m_groups;
  std::vector<std::map<Key, NotMetGroup>::iterator> m_order;  // first seen first, for equal counts
};

}  // namespace qobj::eval
