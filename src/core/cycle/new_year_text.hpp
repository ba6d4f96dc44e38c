// What `qobj new-year` did and what it leaves to the secretary, worded for the terminal.
#pragma once

#include <string>
#include <vector>

#include "core/cycle/new_year.hpp"
#include "core/diag/language.hpp"

namespace qobj::cycle {

// `written[i]` is where plan.files[i] was written, as shown.
std::string render_new_year(const NewYear& plan, const std::vector<std::string>& written,
                            Lang lang);

}  // namespace qobj::cycle
