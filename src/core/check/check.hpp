// `qobj check` as a core service: read every input, collect every diagnostic. It returns
// values; the command line renders them and picks the exit code.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diag/diagnostic.hpp"
#include "core/diag/omitted.hpp"
#include "core/model/model.hpp"
#include "core/source/inputs.hpp"
#include "core/source/source_file.hpp"
#include "core/yaml/reader.hpp"

namespace qobj {

// Told of each part of a run checked in parts as it is checked, while the part's model is
// held: a report written as the check goes (province::Speculation).
class PartListener {
 public:
  virtual ~PartListener() = default;
  // Before the first part: each agency's objectives files' years, as their lines say them.
  virtual void begin(const std::map<std::string, std::vector<int>>& objectives_years) = 0;
  // A part checked: its model, indexed, and those of its agencies (ids, sorted) whose files
  // have errors.
  virtual void part(const model::Repository& repository,
                    const std::vector<std::string>& with_errors) = 0;
};

struct CheckOptions {
  std::uint64_t max_file_size = 256ULL << 20;  // bytes; docs/limits.md
  yaml::ReaderLimits reader;
  // A JSON Schema (draft-07, YAML or JSON) every document is validated against; with it,
  // directories are searched for *.json files too.
  std::optional<std::string> schema_path;
  // Warnings (ISO 6.2.2 completeness…) count as errors.
  bool strict = false;
  // The day the data should be complete up to: missing periods before it are warned about.
  // Unset: every period is judged as over.
  std::optional<Date> as_of;
  // What a directory search leaves out (--exclude).
  Excludes excludes;
  // A file named on its own brings its agency's other files as context: the YAML files beside
  // it, and the baseline year's folder beside its folder (the plan year in the folder's name
  // changed to the baseline year's) when a growth target needs it. Context files take part in
  // the checks across files; their own diagnostics are dropped unless `report_context`.
  bool load_context = false;
  // Only the baseline year's folder (qobj report: the files beside a named one may be of
  // another year, which would change the year it reports).
  bool load_baseline_years = false;
  // Files named on the command line that are not qobj files are left out, as a directory
  // search leaves them (--only-qobj: for hooks that pass every changed YAML file).
  bool only_qobj = false;
  bool report_context = false;
  // Threads that read, parse and validate the files side by side (0: one per core). What a
  // run says never depends on it.
  unsigned jobs = 0;
  // Diagnostics kept in a run (per file: reader.max_diagnostics); the others are counted.
  std::size_t max_diagnostics = kMaxDiagnosticsPerRun;
  // The model of the files is wanted (a report, an import). Without it (qobj check), a run
  // over folders is checked a few agencies at a time and keeps only what it says and the
  // texts it quotes: a province is checked in the memory of its largest agency. What the run
  // says is the same either way.
  bool keep_model = true;
  // Files a part holds for each thread when checked agency by agency (an agency is never cut).
  std::size_t files_per_part = 64;
  // Told of each part when checked in parts.
  PartListener* part_listener = nullptr;
};

// An agency of a run checked in parts, as a report by parts needs it: its files, to read them
// again a few agencies at a time, and its plans, to choose the report's year before anything
// is written.
struct CheckedFile {
  std::string path;
  // Of its text when it was read into the model: a file read again must not have changed.
  std::optional<std::uint64_t> digest;
};
struct CheckedAgency {
  std::string id;
  std::vector<CheckedFile> files;  // in the order read
  // Where its first objectives file read into the model comes among the run's files: its place
  // in a report, as evaluate() orders agencies. None: it has no plan to evaluate.
  std::optional<std::size_t> first_plan;
  std::optional<int> latest_plan;  // the year of its latest plan
  std::vector<int> plan_years;     // every year it has a plan for, its baseline years among them
};

enum class CheckOutcome {
  ok,             // no error (warnings allowed)
  invalid_input,  // an error diagnostic about the content of a file
  io_failure,     // a file could not be found or read
};

struct CheckResult {
  std::size_t files_checked = 0;
  // YAML files a directory search found that are not qobj files (no `format: qobj/…`).
  std::vector<std::string> skipped;
  // Files read as context (CheckOptions::load_context), as shown; not in files_checked.
  std::vector<std::string> context;
  // The texts read, for showing source lines (without CheckOptions::keep_model, only those
  // the diagnostics quote).
  std::vector<std::shared_ptr<const SourceFile>> sources;
  std::vector<Diagnostic> diagnostics;  // sorted by file and position
  // Diagnostics past the caps (kMaxDiagnosticsPerFile, kMaxDiagnosticsPerRun), counted.
  Omitted omitted;
  CheckOutcome outcome = CheckOutcome::ok;
  // The files that passed, read into the model and indexed: what evaluation works on (empty
  // without CheckOptions::keep_model).
  model::Repository repository;
  // Every file read, standard input included: what no output may replace.
  std::vector<FileIdentity> inputs_read;
  // The agency each file checked says it is for (its `agency:` line, read even from a file
  // that fails), by the name it is shown by.
  std::vector<std::pair<std::string, std::string>> file_agencies;
  // Checked in parts (CheckOptions::keep_model off, and folders of several agencies): the
  // agencies by id, and the years of the objectives files read into the model, in order.
  bool in_parts = false;
  std::vector<CheckedAgency> agencies;
  std::vector<int> objectives_years;

  const SourceFile* find_source(const std::string& name) const;
};

CheckResult check_paths(const std::vector<std::string>& paths, const CheckOptions& options);

// The files of some agencies of a run checked in parts, read again into the model and indexed,
// with the baseline years their growth targets need (CheckOptions::load_baseline_years): what a
// report by parts evaluates, writes and lets go. Their diagnostics were the check's.
// A file read into the model at the check that is no longer what it was (changed, or no longer
// sound) is named in `changed`: the model is then not the one checked.
struct PartRead {
  model::Repository repository;
  std::vector<std::string> changed;  // as shown
};
PartRead read_part(const std::vector<CheckedFile>& files, const CheckOptions& options);

// What is kept of a text read into the model, to tell whether it is read again the same.
std::uint64_t text_digest(std::string_view text);

// The agencies (ids, sorted) whose files have errors, when each error is in a file that names
// its agency: a report over several agencies sets them aside and goes on with the others.
// Nothing when an error is in no agency's file (unreadable, or saying no agency).
std::optional<std::vector<std::string>> agencies_with_errors(const CheckResult& result);

// The same checks over texts already in memory (tests, fuzzing, editors).
struct NamedText {
  std::string name;
  std::string bytes;
  // As if found in a directory: a YAML file that is not qobj's is left out (and counted).
  bool found = false;
};
CheckResult check_texts(std::vector<NamedText> files, const CheckOptions& options);

// True for the diagnostics that mean "could not read", not "read and found wrong".
bool is_io_diagnostic(const Diagnostic& diagnostic);

}  // namespace qobj
