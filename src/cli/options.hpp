// What the command line asked for, as plain values. Only options.cpp knows CLI11.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/diag/language.hpp"

namespace qobj::cli {

enum class ColourMode { automatic, always, never };

struct GlobalOptions {
  std::optional<Lang> lang;  // unset: from the environment
  ColourMode colour = ColourMode::automatic;
};

enum class DiagnosticFormat { text, json, github, sarif, gitlab };

struct CheckCommand {
  std::vector<std::string> paths;
  DiagnosticFormat format = DiagnosticFormat::text;
  std::optional<std::string> schema;  // --schema FILE
  bool strict = false;
  std::string as_of;  // YYYY-MM-DD: data is expected up to this day; empty: today
  std::uint64_t max_file_size = 256ULL << 20;
  unsigned jobs = 0;                  // files read at once; 0: one per core
  std::vector<std::string> excludes;  // --exclude PATTERN, repeatable
  bool no_context = false;            // --no-context: a named file is checked on its own
  bool context_diagnostics = false;   // --context-diagnostics: the context files' own too
  bool only_qobj = false;             // --only-qobj: named files that are not qobj's left out
};

struct SchemaCommand {
  std::string name;  // objectives | measurements
};

struct ReportCommand {
  std::vector<std::string> paths;
  std::string as_of;                 // YYYY-MM-DD; empty: today
  std::vector<std::string> fail_on;  // verdict codes that make the exit code 1
  std::string unit;                  // --unit ID
  std::string objective;             // --objective ID
  std::optional<int> year;           // --year: the plans of this year (default: the latest)
  std::string format;                // --format NAME; empty: table, or each -o's extension
  std::vector<std::string> outputs;  // -o FILE, repeatable
  bool bom = false;                  // --bom (CSV)
  bool summary_only = false;         // --summary-only: the roll-up across agencies alone
  bool trend = false;                // --trend: every year side by side
  std::string number, place;         // --number, --place (HTML)
  std::uint64_t max_file_size = 256ULL << 20;
  unsigned jobs = 0;                  // files read at once; 0: one per core
  std::vector<std::string> excludes;  // --exclude PATTERN, repeatable
};

struct DocumentCommand {
  std::string kind;   // decision | plan | report
  std::string as_of;  // report: YYYY-MM-DD; empty: today
  std::vector<std::string> paths;
  std::string output;         // -o FILE.docx | FILE.html
  std::string number, place;  // --number, --place
  std::optional<int> year;    // --year: the plan of this year (default: the latest)
  std::uint64_t max_file_size = 256ULL << 20;
  Lang lang = Lang::vi;  // the document's: Vietnamese unless --lang says otherwise
};

struct InitCommand {
  std::string directory = ".";
  std::string agency_id;    // empty: from the folder's name
  std::string agency_name;  // empty: from the folder's name
  std::optional<int> year;  // unset: this year
  Lang lang = Lang::vi;     // the files': Vietnamese unless --lang says otherwise
};

struct NewYearCommand {
  std::string from, to;     // this year's folder, next year's
  std::optional<int> year;  // unset: the year after this year's files
  std::string as_of;        // the old year's results as of this day; empty: today
  Lang lang = Lang::vi;     // of the comments written into the files
};

struct DiffCommand {
  std::vector<std::string> sides;  // OLD [NEW]: folders, files or git revisions
  std::vector<std::string> paths;  // after --: what of the revisions is compared
  std::string format = "text";     // text | md | json
  bool report = false;             // --report: the verdicts too
  std::string as_of;               // for --report; empty: today
  bool textconv = false;           // --textconv FILE: one file's facts, for git diff
};

struct ImportCommand {
  std::string layout;              // one-stop
  std::vector<std::string> files;  // the reports as received
  std::string agency, target;      // whose figures, for which target (MT2/dung-han)
  std::string definition;          // empty: the target's
  std::string output;              // the measurements file to write or add to
  std::string tolerance = "0";     // dossiers a total may be off by
  std::string period;              // START..END for a report without its period line
  std::string sheet;               // only this sheet
  std::string mapping;             // a mapping file for another layout (docs/import.md)
  std::string source;              // a new file's `source:`
};

// The result of parsing argv: a command to run, or an exit code (after --help, --version or
// a usage error, whose text has already been printed).
struct ParsedCommandLine {
  GlobalOptions global;
  std::variant<std::monostate, CheckCommand, SchemaCommand, ReportCommand, InitCommand,
               NewYearCommand, DiffCommand, ImportCommand, DocumentCommand>
      command;
  std::optional<int> exit_code;
};

ParsedCommandLine parse_command_line(int argc, const char* const* argv);

// "a,b,,c" → {"a", "b", "c"}
std::vector<std::string> split_list(std::string_view text);

// "1048576", "512K", "256M", "2G" (powers of 1024); nullopt when malformed.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);

// The largest --max-file-size: positions are 32-bit offsets.
inline constexpr std::uint64_t kMaxFileSizeCeiling = 2ULL << 30;

}  // namespace qobj::cli
