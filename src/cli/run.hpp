#pragma once

namespace qobj::cli {

// Parses argv, runs the command, returns the exit code. Never throws.
int run(int argc, const char* const* argv);

}  // namespace qobj::cli
