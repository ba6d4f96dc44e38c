#include "core/model/plans.hpp"
#include "core/yaml/document.hpp"

namespace qobj::model {

Repository::Repository() = default;
Repository::Repository(Repository&&) noexcept = default;
Repository& Repository::operator=(Repository&&) noexcept = default;
Repository::~Repository() = default;

void Repository::index() {
  plans = std::make_unique<const Plans>(*this);
}

Position Repository::position_of(Origin origin) const {
  const Location at = documents[origin.document]->location(origin.node);
  return Position{at.file, at.line};
}

std::string Repository::file_name(std::uint32_t document) const {
  return documents[document]->source().name();
}

}  // namespace qobj::model
