// A diff for people (the terminal, a pull request's comment in Markdown) and for scripts
// (JSON, described in docs/diff.md), and one file's facts as lines for git's textconv.
#pragma once

#include <string>
#include <vector>

#include "core/diag/language.hpp"
#include "core/diff/compare.hpp"
#include "core/diff/facts.hpp"

namespace qobj::diff {

// What the two sides are, as shown: "HEAD~1", "2023/", "thư mục làm việc".
struct Sides {
  std::string before, after;
  // The working tree is shown in words ("thư mục làm việc"); JSON writes it as null.
  bool before_is_working_tree = false, after_is_working_tree = false;
};

std::string render_text(const Diff& diff, const Sides& sides, Lang lang);
std::string render_markdown(const Diff& diff, const Sides& sides, Lang lang);
std::string render_json(const Diff& diff, const Sides& sides, Lang lang);

// One line per field of every fact, "MT2/dung-han target: > 95%": what git diffs, for a
// change to show as the fields it changed.
std::string render_textconv(const std::vector<Fact>& facts);

}  // namespace qobj::diff
