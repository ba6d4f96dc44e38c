// How one target is judged from its data: the rules of docs/evaluation.md, as a pure
// function over exact numbers, so every boundary can be tested directly.
#pragma once

#include <optional>

#include "core/eval/result.hpp"

namespace qobj::eval {

TargetResult evaluate_target(const TargetInputs& inputs);

// What an amount or growth target measured over the inputs' period: the amount's aggregate,
// or the value a growth target compares with its baseline. Nothing for other kinds or no data.
// A baseline year's files are evaluated with it.
std::optional<Quantity> measured_quantity(const TargetInputs& inputs);

// Whether `actual` satisfies `comparison` against `threshold`, exactly.
bool satisfies(const ExactNumber& actual, model::Comparison comparison,
               const ExactNumber& threshold);

}  // namespace qobj::eval
