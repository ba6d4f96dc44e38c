#include "core/check/agency_batches.hpp"

#include <unordered_map>

namespace qobj {

std::vector<std::vector<std::size_t>> agency_batches(const std::vector<std::string>& agency_of_file,
                                                     std::size_t files_per_part) {
  // The agencies' files, agency by agency; the files for no agency first.
  std::vector<std::vector<std::size_t>> agencies(1);
  std::unordered_map<std::string_view, std::size_t> agency_index;
  for (std::size_t file = 0; file < agency_of_file.size(); ++file) {
    const std::string& agency = agency_of_file[file];
    if (agency.empty()) {
      agencies.front().push_back(file);
      continue;
    }
    const auto [at, added] = agency_index.try_emplace(agency, agencies.size());
    if (added) agencies.emplace_back();
    agencies[at->second].push_back(file);
  }
  std::vector<std::vector<std::size_t>> parts;
  std::vector<std::size_t> part;
  for (std::vector<std::size_t>& files : agencies) {
    part.insert(part.end(), files.begin(), files.end());
    if (!part.empty() && part.size() >= files_per_part) {
      parts.push_back(std::move(part));
      part.clear();
    }
  }
  if (!part.empty()) parts.push_back(std::move(part));
  return parts;
}

}  // namespace qobj
