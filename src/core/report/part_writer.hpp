// A report written part by part: a province's agencies a few at a time, each part let go once
// written. What a format writes of the whole evaluation at once, it writes as the agencies of
// each part (in their order) and then the end, the roll-up, from an evaluation holding only it.
#pragma once

#include "core/eval/evaluate.hpp"

namespace qobj::report {

class PartWriter {
 public:
  virtual ~PartWriter() = default;
  // The agencies of a part, after those of the parts before it.
  virtual void agencies(const eval::Evaluation& part) = 0;
  // The end of the report: its roll-up, and what closes it (`rest.agencies` is not read).
  virtual void finish(const eval::Evaluation& rest) = 0;
};

}  // namespace qobj::report
