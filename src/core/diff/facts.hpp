// What a set of objectives and measurements files says, as facts a person would compare: one
// per file header, unit, objective, target, record, baseline and year-end evaluation, each
// with its fields worded as the files write them (and targets as the reports word them). The
// one representation behind `qobj diff` (two sets of facts compared) and `qobj diff
// --textconv` (one file's facts, a line each, for git's own diff).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/diag/language.hpp"
#include "core/model/model.hpp"

namespace qobj::diff {

enum class Subject { header, unit, objective, target, record, baseline, evaluation };

struct Fact {
  Subject subject = Subject::header;
  std::string agency;
  int year = 0;  // of the plan (the file's year)
  // "objectives", "measurements"; a unit's id; "MT2"; "MT2/dung-han"; "MT2/dung-han 2021-Q1";
  // a baseline's "MT4.2/tang-truong 2020"; an evaluation's objective.
  std::string id;
  std::string objective, target;  // what it belongs to: renumbering moves them together
  std::string label;              // the title, text or name it is known by
  std::vector<std::pair<std::string, std::string>> fields;  // by the key the files use
};

// The facts of every file of the (indexed) repository, in reading order. Targets are worded
// in `lang` ("≥ 95%", "≥ 83.372 tỷ đồng").
std::vector<Fact> facts_of(const model::Repository& repository, Lang lang);

}  // namespace qobj::diff
