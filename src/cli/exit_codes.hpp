// qobj's exit codes, the same for every command (README; `qobj --help` says them from the
// catalogue, ui_help_exit_codes).
#pragma once

namespace qobj::cli {

enum ExitCode : int {
  kExitOk = 0,            // success
  kExitPolicyFailed = 1,  // evaluation found objectives that fail the --fail-on policy
  kExitInvalidInput = 2,  // invalid input: at least one error diagnostic
  kExitUsageOrIo = 3,     // unknown option, missing file, unreadable input, unwritable output
  kExitInternal = 4,      // a bug in qobj
};

}  // namespace qobj::cli
