#include "core/model/plans.hpp"
#include "core/text/safe_text.hpp"
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
  return Position{text::show_unsafe(at.file), at.line};
}

// Names as shown: a name read from a directory may hold what a terminal would act on.
std::string Repository::file_name(std::uint32_t document) const {
  return text::show_unsafe(documents[document]->source().name());
}

}  // namespace qobj::model
