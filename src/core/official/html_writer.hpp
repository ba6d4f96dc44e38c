// A layout as HTML that prints as the Word file does: A4 with the decree's margins, Times New
// Roman, the same sizes, alignment, tables and lines; and the figures Word has no place for.
#pragma once

#include <string>

#include "core/official/layout.hpp"

namespace qobj::official {

// One layout as one HTML page.
std::string render_html(const Layout& layout);

// Several layouts on the same page setup in one HTML page, each starting on a page of its own
// when printed, written piece by piece: the beginning (the language, page and named styles of
// `setup`), a section per layout, the end.
std::string html_begin(const std::string& title, const Layout& setup);
std::string html_section(const Layout& layout);
std::string html_end();

}  // namespace qobj::official
