// Why the system refused (an errno value), said in the catalogue's words: strerror() is
// English only, and the C library's own translations need a vi_VN locale most systems lack.
#pragma once

#include "core/diag/diagnostic.hpp"

namespace qobj {

// A phrase for the common reasons (no such file, permission denied, no space left…); for any
// other, "system error N" in either language.
MessageArg system_error_arg(int error_number);

}  // namespace qobj
