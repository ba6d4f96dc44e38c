// How a run over many agencies' folders is cut into parts that can be checked one after
// another: every file of an agency in the same part, a few agencies to a part, so that what
// is held at once is bounded by the largest agency rather than the province.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace qobj {

// The files' indices, in parts: each file's agency (by the key given for it; "" for files that
// are for none, which come first) wholly in one part, agencies in the order they first appear,
// each agency's files in their own order, and a part closed once it holds `files_per_part`
// files or more.
std::vector<std::vector<std::size_t>> agency_batches(const std::vector<std::string>& agency_of_file,
                                                     std::size_t files_per_part);

}  // namespace qobj
