// qobj's exit codes, the same for every command (README, `qobj --help`).
#pragma once

namespace qobj::cli {

enum ExitCode : int {
  kExitOk = 0,            // success
  kExitPolicyFailed = 1,  // evaluation found objectives that fail the --fail-on policy
  kExitInvalidInput = 2,  // invalid input: at least one error diagnostic
  kExitUsageOrIo = 3,     // unknown option, missing file, unreadable input, unwritable output
  kExitInternal = 4,      // a bug in qobj
};

inline constexpr const char* kExitCodeHelp =
    "Exit codes:\n"
    "  0  success\n"
    "  1  evaluation found objectives that fail the --fail-on policy\n"
    "  2  invalid input (at least one error diagnostic)\n"
    "  3  usage or I/O error (unknown option, missing file, unwritable output)\n"
    "  4  internal error (a bug: please report it)\n";

}  // namespace qobj::cli
