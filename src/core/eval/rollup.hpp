// A run over several agencies, summed up for the person who oversees them all (a province's
// ISO coordinator): the value (eval::Rollup) is part of the evaluation the renderers word.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/eval/evaluate.hpp"
#include "core/model/model.hpp"

namespace qobj::eval {

// The roll-up of an evaluation: of `year`, or of the latest year evaluated. Nothing for a run
// over one agency with all its files, unless `even_one` (asked for by --summary-only).
std::optional<Rollup> roll_up(const Evaluation& evaluation, const model::Repository& repository,
                              std::optional<int> year, bool even_one = false,
                              const std::vector<std::string>& set_aside = {});

}  // namespace qobj::eval
