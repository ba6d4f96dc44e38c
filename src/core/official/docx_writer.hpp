// A layout as a Word document: WordprocessingML parts (the document, its styles, settings, the
// header with the page number, the package's properties) in a zip written by minizip.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/official/layout.hpp"

namespace qobj::official {

// The package's parts in the order they are stored, name and content.
std::vector<std::pair<std::string, std::string>> docx_parts(const Layout& layout);

// Writes the .docx to `path` (replaced if it exists). False with `error` (what failed, in
// English words for the log) when the file cannot be written.
bool write_docx(const Layout& layout, const std::string& path, std::string& error);

}  // namespace qobj::official
