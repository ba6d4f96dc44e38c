#include <cstdio>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"
#include "core/formats/builtin_schemas.hpp"

namespace qobj::cli {

int run_schema(const SchemaCommand& command) {
  const auto text = formats::schema_text(command.name);
  if (!text) return kExitUsageOrIo;  // CLI11 has already refused other names
  write_stdout(*text);
  return kExitOk;
}

}  // namespace qobj::cli
