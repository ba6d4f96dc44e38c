// A layout as one HTML page that prints as the Word file does: A4 with the decree's margins,
// Times New Roman, the same sizes, alignment, tables and lines.
#pragma once

#include <string>

#include "core/official/layout.hpp"

namespace qobj::official {

std::string render_html(const Layout& layout);

}  // namespace qobj::official
