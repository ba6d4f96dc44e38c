#include "core/check/check.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "core/check/agency_batches.hpp"
#include "core/formats/builtin_schemas.hpp"
#include "core/formats/import_mapping.hpp"
#include "core/formats/respell.hpp"
#include "core/model/checks.hpp"
#include "core/model/model.hpp"
#include "core/model/plans.hpp"
#include "core/parallel/parallel_for.hpp"
#include "core/schema/schema.hpp"
#include "core/schema/validate.hpp"
#include "core/source/inputs.hpp"
#include "core/yaml/flow_commas.hpp"

namespace qobj {

bool is_io_diagnostic(const Diagnostic& diagnostic) {
  switch (diagnostic.message) {
    case MessageId::io_not_found:
    case MessageId::io_read_failed:
    case MessageId::io_too_large:
    case MessageId::io_no_yaml_files:
    case MessageId::io_is_directory:
    case MessageId::io_unreadable_directory:
      return true;
    default:
      return false;
  }
}

const SourceFile* CheckResult::find_source(const std::string& name) const {
  for (const auto& source : sources) {
    if (source->name() == name) return source.get();
  }
  return nullptr;
}

namespace {

void append(std::vector<Diagnostic>& to, std::vector<Diagnostic>&& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// Reads a text into a document; its diagnostics and its source go into `result`.
std::optional<yaml::Document> read_text(std::string name, std::string bytes,
                                        const CheckOptions& options, CheckResult& result) {
  yaml::ReadResult read = yaml::read_yaml(std::move(name), std::move(bytes), options.reader);
  if (read.source) result.sources.push_back(std::move(read.source));
  append(result.diagnostics, std::move(read.diagnostics));
  result.omitted.merge(read.omitted);
  return std::move(read.document);
}

// Loads the --schema file; nullopt (with diagnostics) when it cannot be used.
std::optional<schema::Schema> load_schema(const std::string& path, const CheckOptions& options,
                                          CheckResult& result) {
  InputBytes input = read_input(path, options.max_file_size);
  if (input.error) {
    result.diagnostics.push_back(std::move(*input.error));
    return std::nullopt;
  }
  auto document = read_text(std::move(input.name), std::move(input.bytes), options, result);
  if (!document) return std::nullopt;
  std::error_code error;
  const auto absolute = std::filesystem::absolute(path, error);
  const std::string base = std::string("file://").append(error ? path : absolute.generic_string());
  const auto shared = std::make_shared<const yaml::Document>(std::move(*document));
  schema::SchemaLoad load = schema::compile_schema(shared, shared->root(), base);
  append(result.diagnostics, std::move(load.diagnostics));
  return std::move(load.schema);
}

// What a file's top-level lines say it is, read from its text before (or without) any YAML:
// its `format:` (one of qobj's, another, or none), whether it has a key only qobj's files have
// at the top, and the agency's id and the year where they are written plainly and as the
// schema wants them.
struct HeaderLines {
  bool has_format = false;
  bool qobj_format = false;        // `format:` beginning with "qobj"
  std::optional<bool> objectives;  // qobj/objectives (true) or qobj/measurements (false)
  bool qobj_keys = false;          // objectives:, records:, baselines:, evaluations:, agency:
  std::optional<std::string> agency;
  std::optional<int> year;
};

HeaderLines read_header_lines(std::string_view text) {
  HeaderLines header;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const auto trimmed = [](std::string_view value) {
    value = value.substr(0, value.find(" #"));
    while (!value.empty() &&
           (value.front() == ' ' || value.front() == '"' || value.front() == '\''))
      value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\r' || value.back() == '"' ||
                              value.back() == '\''))
      value.remove_suffix(1);
    return value;
  };
  bool in_agency = false;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line.front() == '#' || line.front() == '-' || line.front() == '%') continue;
    if (line.front() == ' ' || line.front() == '\t') {
      // agency:\n  id: so-tu-phap
      const std::size_t indent = line.find_first_not_of(' ');
      if (in_agency && indent != std::string_view::npos && line.substr(indent, 3) == "id:")
        header.agency = model::agency_id(trimmed(line.substr(indent + 3)));
      continue;
    }
    in_agency = false;
    if (line.front() == '{') {
      // The whole file on one line: {format: qobj/objectives, …}
      header.has_format = line.find("format:") != std::string_view::npos;
      header.qobj_format = line.find("qobj/") != std::string_view::npos;
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view key = trimmed(line.substr(0, colon));
    const std::string_view value = trimmed(line.substr(colon + 1));
    if (key == "format") {
      header.has_format = true;
      header.qobj_format = value.starts_with("qobj");
      if (value == "qobj/objectives") header.objectives = true;
      if (value == "qobj/measurements") header.objectives = false;
    } else if (key == "year") {
      if (const auto written = model::plan_year(value)) header.year = written;
    } else if (key == "agency") {
      header.qobj_keys = true;
      if (value.empty()) {
        in_agency = true;
      } else if (value.front() == '{') {
        // agency: {id: so-tu-phap, name: …}
        const auto id = value.find("id:");
        if (id != std::string_view::npos) {
          const std::string_view written = value.substr(id + 3);
          header.agency = model::agency_id(trimmed(written.substr(0, written.find_first_of(",}"))));
        }
      } else {
        header.agency = model::agency_id(value);
      }
    } else if (key == "objectives" || key == "records" || key == "baselines" ||
               key == "evaluations") {
      header.qobj_keys = true;
    }
  }
  return header;
}

// What a file that is not even valid YAML says it is for: nothing when it does not say it is
// a qobj file; what cannot be told matches any plan.
std::optional<model::UnsoundFile> sniff_unsound(std::string_view text) {
  const HeaderLines header = read_header_lines(text);
  if (!header.objectives) return std::nullopt;
  return model::UnsoundFile{*header.objectives, header.agency, header.year};
}

// Whether a YAML file found in a directory is one of qobj's: a top-level `format:` beginning
// with "qobj", or, without `format:`, a key that only qobj's files have at the top (a qobj
// file that forgot its format is told so, not left out). A text qobj cannot decode (UTF-16)
// is kept: the check says why it cannot be read.
bool looks_like_qobj(std::string_view text, const HeaderLines& header) {
  if (text.find('\0') != std::string_view::npos) return true;
  return header.has_format ? header.qobj_format : header.qobj_keys;
}
bool looks_like_qobj(std::string_view text) {
  return looks_like_qobj(text, read_header_lines(text));
}

// `path` with the last `from` written in it as a number of its own ("so-x-2024/", "2024/")
// changed to `to`; nullopt when the year is not written there.
std::optional<std::string> with_year_changed(std::string_view path, int from, int to) {
  const std::string year = std::to_string(from);
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t at = path.rfind(year); at != std::string_view::npos;
       at = at == 0 ? std::string_view::npos : path.rfind(year, at - 1)) {
    const std::size_t after = at + year.size();
    if ((at > 0 && is_digit(path[at - 1])) || (after < path.size() && is_digit(path[after])))
      continue;
    return std::string(path.substr(0, at)) + std::to_string(to) + std::string(path.substr(after));
  }
  return std::nullopt;
}

CheckOutcome outcome_of(const std::vector<Diagnostic>& diagnostics, const Omitted& omitted) {
  const auto is_error = [](const Diagnostic& d) { return d.severity == Severity::error; };
  if (std::any_of(diagnostics.begin(), diagnostics.end(),
                  [&](const Diagnostic& d) { return is_error(d) && is_io_diagnostic(d); })) {
    return CheckOutcome::io_failure;
  }
  const bool errors =
      std::any_of(diagnostics.begin(), diagnostics.end(), is_error) || omitted.total().errors > 0;
  return errors ? CheckOutcome::invalid_input : CheckOutcome::ok;
}

}  // namespace

namespace {

// How a file came into the run: what is said of it and whether it is checked at all.
enum class Role {
  named,    // named on the command line: it must be a qobj file
  found,    // found in a directory: a YAML file that is not qobj's is skipped, and said so
  context,  // read for the checks across files only: its own diagnostics are not reported
};

// A file to read: from a path, or a text already in memory.
struct FileJob {
  std::string path;
  std::optional<NamedText> text;
  Role role = Role::named;
  bool named = false;  // named on the command line (also with --only-qobj)
  // Checked agency by agency: the agency its lines said it is for ("" for none), which what
  // it is read as must agree with.
  std::optional<std::string> agency;
};

// What the files of a batch share while they are read side by side: nothing they write.
struct ReadSetting {
  const CheckOptions& options;
  const schema::Schema* schema = nullptr;  // --schema
  // The plans (agency, year) context is read for.
  const std::vector<std::pair<std::string, int>>& wanted_plans;
};

// One file's own part of a run, done on any thread: read, parsed, validated, and told whether
// it is sound enough to take part in the checks across files. The run puts these together in
// the files' order, so the result never depends on which thread read what.
struct FileOutcome {
  std::optional<FileIdentity> identity;  // of what was read: a file reached twice is read once
  std::string name;                      // as shown
  std::string path;                      // as read from
  std::optional<std::pair<std::string, int>> plan;  // what its lines say it is for
  bool dropped = false;  // context for another plan, or context that could not be read
  bool skipped = false;  // found in a directory and not a qobj file
  bool counted = false;  // checked (named or found) or read as context
  std::vector<Diagnostic> diagnostics;
  Omitted omitted;
  std::shared_ptr<const SourceFile> source;
  std::optional<model::UnsoundFile> unsound;
  std::shared_ptr<const yaml::Document> sound;  // takes part in the checks across files
  bool objectives = false;                      // the sound document's kind
};

// Whether the diagnostics say the bytes could not be read as text.
bool undecodable(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.message == MessageId::yaml_unsupported_encoding ||
           d.message == MessageId::yaml_invalid_utf16;
  });
}

bool has_error(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

// What the schema says where a comma inside { } cut a value (the stray key, the value cut
// short) is the same mistake: said once, as the comma.
std::vector<Diagnostic> without_explained(std::vector<Diagnostic> found,
                                          const std::vector<std::uint32_t>& explained) {
  if (explained.empty()) return found;
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Diagnostic& d) {
                               return std::find(explained.begin(), explained.end(),
                                                d.location.offset) != explained.end();
                             }),
              found.end());
  return found;
}

// A parsed document validated: with --schema against it alone, else as the kind of qobj file
// it says it is, with qobj's own checks of numbers and mappings; a sound qobj file is kept.
void validate_document(yaml::Document document, const ReadSetting& setting, FileOutcome& out) {
  const std::size_t cap = setting.options.reader.max_diagnostics;
  auto& diagnostics = out.diagnostics;
  if (setting.schema) {
    append(diagnostics, schema::validate(*setting.schema, document, out.omitted, cap));
    return;
  }
  const auto kind = formats::detect_kind(document, diagnostics);
  if (!kind) {
    // Named on the command line without format: and without any of qobj's keys: another
    // tool's file (a CI configuration), named by mistake, not a qobj file missing a line.
    if (!diagnostics.empty() && diagnostics.back().message == MessageId::qobj_missing_format &&
        !looks_like_qobj(document.source().content())) {
      diagnostics.back().message = MessageId::qobj_not_qobj_file;
      diagnostics.back().hint.reset();
    }
    return;
  }
  // In qobj's files a key without a value inside { } is always a comma that cut a value
  // (elsewhere, {a, b} is a valid YAML set).
  const std::vector<std::uint32_t> explained = yaml::find_flow_commas(document, diagnostics);
  static const schema::Advice advice{formats::respellings, formats::key_meant};
  append(diagnostics, without_explained(schema::validate(formats::builtin_schema(*kind), document,
                                                         out.omitted, cap, advice),
                                        explained));
  formats::check_numbers(document, diagnostics, 0, out.omitted, cap);
  // A report's mapping is the import's (core/import/mapping): checked here as it will be there.
  if (*kind == formats::FileKind::import_mapping) {
    if (!has_error(diagnostics)) append(diagnostics, formats::check_import_mapping(document));
    return;
  }
  // Only a file that is sound on its own takes part in the checks across files.
  if (has_error(diagnostics) || out.omitted.total().errors > 0) {
    out.unsound = model::read_unsound(document, *kind == formats::FileKind::objectives);
    return;
  }
  out.objectives = *kind == formats::FileKind::objectives;
  out.sound = std::make_shared<const yaml::Document>(std::move(document));
}

// A text read, parsed and validated.
void read_and_validate(std::string name, std::string bytes, Role role, const ReadSetting& setting,
                       FileOutcome& out) {
  if (role != Role::named && !setting.schema && !looks_like_qobj(bytes)) {
    out.skipped = role == Role::found;
    out.name = std::move(name);
    return;
  }
  out.counted = true;
  out.name = name;
  yaml::ReadResult read =
      yaml::read_yaml(std::move(name), std::move(bytes), setting.options.reader);
  out.source = std::move(read.source);
  out.diagnostics = std::move(read.diagnostics);
  out.omitted = std::move(read.omitted);
  if (read.document) {
    validate_document(std::move(*read.document), setting, out);
  } else if (!setting.schema && out.source) {
    // Only a file that says it is a qobj file can stand for a plan: a stray or empty YAML
    // file beside them must hide nothing.
    if (auto unsound = sniff_unsound(out.source->content())) {
      out.unsound = std::move(*unsound);
    } else if (undecodable(out.diagnostics)) {
      // Saved in an encoding qobj cannot read (UTF-16 without its mark): nothing can be told
      // of it, and it is most likely one of the agency's files. What refers into any plan
      // waits until it is saved as UTF-8.
      out.unsound = model::UnsoundFile{true, std::nullopt, std::nullopt};
    }
  } else if (!setting.schema && undecodable(out.diagnostics)) {
    out.unsound = model::UnsoundFile{true, std::nullopt, std::nullopt};
  }
}

FileOutcome read_file(FileJob& job, const ReadSetting& setting) {
  FileOutcome out;
  if (job.text) {
    if (const auto plan = sniff_unsound(job.text->bytes); plan && plan->agency && plan->year)
      out.plan.emplace(*plan->agency, *plan->year);
    read_and_validate(std::move(job.text->name), std::move(job.text->bytes), job.role, setting,
                      out);
    return out;
  }
  InputBytes input = read_input(job.path, setting.options.max_file_size);
  out.identity = input.identity;
  out.path = job.path;
  if (input.error) {
    // Context that cannot be read is only missing context.
    if (job.role == Role::context) {
      out.dropped = true;
    } else {
      out.diagnostics.push_back(std::move(*input.error));
    }
    return out;
  }
  if (const auto plan = sniff_unsound(input.bytes); plan && plan->agency && plan->year)
    out.plan.emplace(*plan->agency, *plan->year);
  const auto& wanted = setting.wanted_plans;
  if (job.role == Role::context &&
      (!out.plan || std::find(wanted.begin(), wanted.end(), *out.plan) == wanted.end())) {
    out.dropped = true;
    return out;
  }
  read_and_validate(std::move(input.name), std::move(input.bytes), job.role, setting, out);
  return out;
}

// One run of checks: the files go in batch by batch (read side by side, put together in
// order), the checks across files run at the end.
class Run {
 public:
  explicit Run(const CheckOptions& options) : m_options(options) {}

  // Loads --schema; false (with diagnostics) when the run cannot go on without it.
  bool prepare() {
    if (!m_options.schema_path) return true;
    m_schema = load_schema(*m_options.schema_path, m_options, m_result);
    return m_schema.has_value();
  }

  // Reads the files of a batch, on up to CheckOptions::jobs threads, and takes in what each
  // says in the batch's order; context files are read for `wanted_plans` only.
  void read(std::vector<FileJob> jobs,
            const std::vector<std::pair<std::string, int>>& wanted_plans = {}) {
    const ReadSetting setting{m_options, m_schema ? &*m_schema : nullptr, wanted_plans};
    drop_read_already(jobs);
    std::vector<FileOutcome> outcomes(jobs.size());
    parallel_for(jobs.size(), m_options.jobs,
                 [&](std::size_t i) { outcomes[i] = read_file(jobs[i], setting); });
    std::vector<std::shared_ptr<const yaml::Document>> sound;
    std::vector<bool> sound_objectives;
    std::vector<std::optional<std::string>> sound_agencies;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
      FileOutcome& file = outcomes[i];
      // A file reached twice (named, and inside a directory also named) is taken in once.
      if (file.identity && taken(*file.identity)) continue;
      if (file.identity) add_input_read(*file.identity);
      if (jobs[i].named && file.plan) m_named_plans.push_back(*file.plan);
      // Context for other plans is not taken in: a later batch may want it (the baseline
      // year's folder a few agencies share, read again for each part of a province).
      if (file.dropped) continue;
      if (file.identity) m_taken.push_back(*file.identity);
      if (!file.path.empty()) m_read_from.emplace_back(file.name, file.path);
      if (file.skipped) m_result.skipped.push_back(std::move(file.name));
      if (file.counted && file.plan)
        m_result.file_agencies.emplace_back(file.name, file.plan->first);
      if (file.counted && jobs[i].role == Role::context) {
        m_result.context.push_back(file.name);
        m_context.push_back(file.name);
      } else if (file.counted) {
        ++m_result.files_checked;
      }
      append(m_result.diagnostics, std::move(file.diagnostics));
      m_result.omitted.merge(file.omitted);
      if (file.source) m_result.sources.push_back(std::move(file.source));
      if (file.unsound) {
        if (jobs[i].agency && file.unsound->agency != jobs[i].agency) m_parts_mixed = true;
        m_repository.unsound.push_back(std::move(*file.unsound));
      }
      if (file.sound) {
        sound.push_back(std::move(file.sound));
        sound_objectives.push_back(file.objectives);
        sound_agencies.push_back(jobs[i].agency);
      }
    }
    add_sound(std::move(sound), sound_objectives, sound_agencies);
  }

  const Omitted& omitted() const { return m_result.omitted; }

  // Whether a file read agency by agency turned out to be for another agency than its lines
  // said: the parts are then not whole agencies, and the run must be done at once.
  bool parts_mixed() const { return m_parts_mixed; }

  // The checks across the files read since the last part, then what `notice` takes of the
  // part's model, then the model let go: only the texts its diagnostics quote are kept.
  void check_part(
      const std::function<void(const model::Repository&, std::span<const Diagnostic>)>& notice) {
    check_model(&m_without_plan);
    for (const auto& [key, plan] : m_repository.plans->all()) {
      if (plan.has_agency_file) m_agencies_with_objectives.insert(key.first);
    }
    notice(m_repository,
           std::span<const Diagnostic>(m_result.diagnostics).subspan(m_part_diagnostics));
    std::unordered_set<std::string_view> quoted;
    for (const model::UnplannedData& data : m_without_plan) quoted.insert(data.location.file);
    for (std::size_t i = m_part_diagnostics; i < m_result.diagnostics.size(); ++i) {
      const Diagnostic& d = m_result.diagnostics[i];
      quoted.insert(d.location.file);
      if (d.related) quoted.insert(d.related->location.file);
    }
    auto& sources = m_result.sources;
    const auto kept =
        std::remove_if(sources.begin() + static_cast<std::ptrdiff_t>(m_part_sources), sources.end(),
                       [&](const std::shared_ptr<const SourceFile>& source) {
                         return !quoted.contains(source->name()) &&
                                !m_result.omitted.by_file.contains(source->name());
                       });
    sources.erase(kept, sources.end());
    m_repository = model::Repository();
    m_part_diagnostics = m_result.diagnostics.size();
    m_part_sources = sources.size();
  }

  // What the run says, its files checked part by part (check_part).
  CheckResult finish_parts() {
    // Data for an agency without objectives, now that every agency's are known.
    append(m_result.diagnostics,
           model::unplanned_data(m_without_plan,
                                 std::vector<std::string>(m_agencies_with_objectives.begin(),
                                                          m_agencies_with_objectives.end())));
    m_repository.index();
    m_result.in_parts = true;
    return conclude();
  }

  // The model of the files read, indexed, without the checks across them (read_part).
  model::Repository take_model() {
    m_repository.index();
    return std::move(m_repository);
  }

  void add_diagnostic(Diagnostic diagnostic) {
    m_result.diagnostics.push_back(std::move(diagnostic));
  }

  // The plans (agency, year) the named files are for, as their lines say: what context is
  // read for. A file beside them for another agency or year is not the agency's context.
  const std::vector<std::pair<std::string, int>>& named_plans() const { return m_named_plans; }

  // The path a file shown by `name` was read from: where its context is looked for.
  const std::string* read_from(const std::string& name) const {
    const auto found = std::find_if(m_read_from.begin(), m_read_from.end(),
                                    [&](const auto& entry) { return entry.first == name; });
    return found == m_read_from.end() ? nullptr : &found->second;
  }

  // The growth targets' baseline years no file of the run has a plan for, with the file that
  // asks (as shown) and its own year: where context may be looked for.
  struct MissingYear {
    std::string file, agency;
    int year = 0, baseline_year = 0;
  };
  std::vector<MissingYear> missing_baseline_years() const {
    std::vector<MissingYear> missing;
    const auto has_plan = [&](const std::string& agency, int year) {
      return std::any_of(
          m_repository.objectives.begin(), m_repository.objectives.end(),
          [&](const model::ObjectivesFile& f) { return f.agency_id == agency && f.year == year; });
    };
    for (const model::ObjectivesFile& file : m_repository.objectives) {
      for (const model::Objective& objective : file.objectives) {
        for (const model::Target& target : objective.targets) {
          if (!target.baseline_year || has_plan(file.agency_id, *target.baseline_year)) continue;
          missing.push_back({m_repository.documents[file.document]->source().name(), file.agency_id,
                             file.year, *target.baseline_year});
        }
      }
    }
    return missing;
  }

  CheckResult finish() {
    check_model();
    return conclude();
  }

  // Without its schema the check cannot be done: report why, and nothing else.
  CheckResult fail() {
    m_repository.index();
    CheckResult result = finish_unchecked();
    if (result.outcome == CheckOutcome::ok) result.outcome = CheckOutcome::invalid_input;
    return result;
  }

 private:
  // The checks across the files read; with `without_plan`, what is said of data for an agency
  // without objectives is kept there for the run's end.
  void check_model(std::vector<model::UnplannedData>* without_plan = nullptr) {
    m_repository.index();
    append(m_result.diagnostics,
           without_plan ? model::check_repository(m_repository, m_options.as_of, m_result.omitted,
                                                  *without_plan)
                        : model::check_repository(m_repository, m_options.as_of, m_result.omitted));
  }

  CheckResult conclude() {
    if (!m_options.report_context) drop_context_diagnostics();
    if (m_options.strict) {
      for (Diagnostic& d : m_result.diagnostics) {
        if (d.severity == Severity::warning) d.severity = Severity::error;
      }
      for (auto& [file, counts] : m_result.omitted.by_file) {
        counts.errors += counts.warnings;
        counts.warnings = 0;
      }
    }
    return finish_unchecked();
  }

  // Every file read, taken in or not: what no output may replace.
  void add_input_read(FileIdentity identity) {
    auto& read = m_result.inputs_read;
    if (std::find(read.begin(), read.end(), identity) == read.end()) read.push_back(identity);
  }
  bool taken(FileIdentity identity) const {
    return std::find(m_taken.begin(), m_taken.end(), identity) != m_taken.end();
  }

  // A file reached twice (named, and beside another named one as context) is read once: what
  // was read already, or comes earlier in the batch, is not read again (its identity, from
  // what is opened, is checked once more as the files are taken in).
  void drop_read_already(std::vector<FileJob>& jobs) const {
    std::vector<FileIdentity> seen = m_taken;
    std::erase_if(jobs, [&](const FileJob& job) {
      if (job.text || job.path == "-") return false;
      const auto identity = identity_of(job.path);
      if (!identity) return false;
      if (std::find(seen.begin(), seen.end(), *identity) != seen.end()) return true;
      seen.push_back(*identity);
      return false;
    });
  }

  // The sound documents of a batch, in order, take their places in the repository and are
  // read into the model side by side (the model's origins name a document by its place).
  void add_sound(std::vector<std::shared_ptr<const yaml::Document>> sound,
                 const std::vector<bool>& objectives,
                 const std::vector<std::optional<std::string>>& agencies) {
    const auto first = static_cast<std::uint32_t>(m_repository.documents.size());
    const auto kinds =
        static_cast<std::size_t>(std::count(objectives.begin(), objectives.end(), true));
    // Each file's model is read into its place in the repository: nothing is moved twice.
    auto& read_objectives = m_repository.objectives;
    auto& read_measurements = m_repository.measurements;
    const std::size_t objectives_at = read_objectives.size();
    const std::size_t measurements_at = read_measurements.size();
    read_objectives.resize(objectives_at + kinds);
    read_measurements.resize(measurements_at + sound.size() - kinds);
    std::vector<std::size_t> slot(sound.size());
    for (std::size_t i = 0, o = objectives_at, m = measurements_at; i < sound.size(); ++i)
      slot[i] = objectives[i] ? o++ : m++;
    parallel_for(sound.size(), m_options.jobs, [&](std::size_t i) {
      const auto index = first + static_cast<std::uint32_t>(i);
      if (objectives[i]) {
        read_objectives[slot[i]] = model::read_objectives(*sound[i], index);
      } else {
        read_measurements[slot[i]] = model::read_measurements(*sound[i], index);
      }
    });
    for (std::size_t i = 0; i < sound.size(); ++i) {
      const std::string& agency =
          objectives[i] ? read_objectives[slot[i]].agency_id : read_measurements[slot[i]].agency;
      if (agencies[i] && agency != *agencies[i]) m_parts_mixed = true;
    }
    for (auto& document : sound) m_repository.documents.push_back(std::move(document));
  }

  // A context file's own mistakes are its own commit's business: only what the files checked
  // are told stays.
  void drop_context_diagnostics() {
    if (m_context.empty()) return;
    std::vector<std::string> context = m_context;
    std::sort(context.begin(), context.end());
    const auto in_context = [&](const std::string& file) {
      return std::binary_search(context.begin(), context.end(), file);
    };
    // A context file with errors of its own stands for nothing (one mistake, one message):
    // the references into it go unchecked, which is said, so that a clean result is not read
    // as the whole folder's.
    std::vector<std::string> unsound;
    for (const Diagnostic& d : m_result.diagnostics) {
      if (d.severity == Severity::error && in_context(d.location.file) &&
          std::find(unsound.begin(), unsound.end(), d.location.file) == unsound.end())
        unsound.push_back(d.location.file);
    }
    for (const auto& [file, counts] : m_result.omitted.by_file) {
      if (counts.errors > 0 && in_context(file) &&
          std::find(unsound.begin(), unsound.end(), file) == unsound.end())
        unsound.push_back(file);
    }
    auto& all = m_result.diagnostics;
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Diagnostic& d) { return in_context(d.location.file); }),
              all.end());
    std::erase_if(m_result.omitted.by_file,
                  [&](const auto& entry) { return in_context(entry.first); });
    for (const std::string& file : unsound) {
      Diagnostic warning = Diagnostic::error(MessageId::check_context_unsound,
                                             {file, shell_word(file)}, Location{file, 0, 0, 0, {}});
      warning.severity = Severity::warning;
      all.push_back(std::move(warning));
    }
  }

  CheckResult finish_unchecked() {
    m_result.repository = std::move(m_repository);
    sort_diagnostics(m_result.diagnostics);
    m_result.outcome = outcome_of(m_result.diagnostics, m_result.omitted);
    trim_diagnostics(m_result.diagnostics, m_result.omitted, is_io_diagnostic,
                     m_options.reader.max_diagnostics, m_options.max_diagnostics);
    return std::move(m_result);
  }

  const CheckOptions& m_options;
  CheckResult m_result;
  std::optional<schema::Schema> m_schema;
  model::Repository m_repository;
  std::vector<std::string> m_context;  // the context files' names, as shown
  std::vector<std::pair<std::string, int>> m_named_plans;
  std::vector<std::pair<std::string, std::string>> m_read_from;  // (name as shown, path)
  // Checked part by part: where the part's diagnostics and sources begin, and whether a file
  // was not for the agency its lines said.
  std::size_t m_part_diagnostics = 0, m_part_sources = 0;
  bool m_parts_mixed = false;
  std::vector<FileIdentity> m_taken;  // the files taken in, each once
  // What is said of data for an agency without objectives waits for every part.
  std::vector<model::UnplannedData> m_without_plan;
  std::set<std::string> m_agencies_with_objectives;
};

std::vector<FileJob> context_jobs(const std::vector<std::string>& paths) {
  std::vector<FileJob> jobs;
  jobs.reserve(paths.size());
  for (const std::string& path : paths)
    jobs.push_back(FileJob{path, {}, Role::context, false, std::nullopt});
  return jobs;
}

// The baseline year's folder beside the folder of each plan read that needs it, as context.
void read_baseline_years(Run& run, const CheckOptions& options) {
  std::vector<std::string> folders;
  std::vector<std::pair<std::string, int>> wanted_plans;
  for (const auto& wanted : run.missing_baseline_years()) {
    const std::string* path = run.read_from(wanted.file);
    if (!path) continue;
    const std::string folder = std::filesystem::path(*path).parent_path().generic_string();
    auto then = with_year_changed(folder, wanted.year, wanted.baseline_year);
    std::error_code error;
    if (!then || !std::filesystem::is_directory(*then, error)) continue;
    wanted_plans.emplace_back(wanted.agency, wanted.baseline_year);
    if (std::find(folders.begin(), folders.end(), *then) == folders.end())
      folders.push_back(std::move(*then));
  }
  std::vector<std::string> baseline_files;
  for (const std::string& folder : folders) {
    for (InputFile& file : collect_inputs({folder}, false, options.excludes).files)
      baseline_files.push_back(std::move(file.path));
  }
  run.read(context_jobs(baseline_files), wanted_plans);
}

// What a file found in a directory says it is, as its lines say: the agency it is for ("" when
// it is not one of qobj's files, or cannot be read; nothing when it is and they do not say),
// and for an objectives file, its year.
struct FoundFile {
  std::optional<std::string> agency;
  std::optional<int> objectives_year;
};

FoundFile found_file(const std::string& path, const CheckOptions& options) {
  const InputBytes input = read_input(path, options.max_file_size);
  if (input.error) return {std::string(), std::nullopt};
  const HeaderLines header = read_header_lines(input.bytes);
  if (!looks_like_qobj(input.bytes, header)) return {std::string(), std::nullopt};
  // Another kind of qobj file (an import's mapping) is checked on its own, for no agency.
  if (header.has_format && !header.objectives) return {std::string(), std::nullopt};
  if (header.objectives == true) return {header.agency, header.year};
  return {header.agency, std::nullopt};
}

// Folders of many agencies, checked a few agencies at a time (CheckOptions::keep_model), or
// nothing when the run must be done at once: a file named (its context is the run's), a
// qobj file whose lines do not say its agency, or one read as another agency's than its lines
// said. Every check across files is within one agency's files but one, said at the end
// (whether data for an agency without objectives names another agency nearly), so the parts
// say what the run at once would.
std::optional<CheckResult> check_agency_by_agency(const InputList& inputs,
                                                  const CheckOptions& options) {
  const auto& files = inputs.files;
  if (files.size() < 2 ||
      std::any_of(files.begin(), files.end(), [](const InputFile& f) { return f.named; }))
    return std::nullopt;
  // Each file is read here for what its lines say (its text scanned, then let go), and again
  // when its part is checked.
  std::vector<FoundFile> said(files.size());
  parallel_for(files.size(), options.jobs,
               [&](std::size_t i) { said[i] = found_file(files[i].path, options); });
  std::vector<std::string> agencies;
  agencies.reserve(files.size());
  std::vector<std::string> names;                         // as shown, by place
  std::unordered_map<std::string, std::size_t> place_of;  // a file's place, by its name shown
  std::map<std::string, std::vector<int>> said_years;     // objectives files' years, by agency
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!said[i].agency) return std::nullopt;
    agencies.push_back(std::move(*said[i].agency));
    names.push_back(display_path(files[i].path));
    place_of.emplace(names.back(), i);
    if (said[i].objectives_year && !agencies.back().empty())
      said_years[agencies.back()].push_back(*said[i].objectives_year);
  }
  PartListener* listener = options.part_listener;
  if (listener) listener->begin(said_years);
  Run run(options);
  for (const Diagnostic& d : inputs.diagnostics) run.add_diagnostic(d);
  std::map<std::string, CheckedAgency> checked;
  std::vector<int> objectives_years;
  std::vector<std::optional<std::uint64_t>> digests(files.size());  // by place
  // What a report by parts needs of each part's plans before the part is let go.
  const auto notice = [&](const model::Repository& repository) {
    for (const auto& document : repository.documents) {
      const auto place = place_of.find(document->source().name());
      if (place != place_of.end())
        digests[place->second] = text_digest(document->source().content());
    }
    for (const model::ObjectivesFile& file : repository.objectives) {
      objectives_years.push_back(file.year);
      const auto place = place_of.find(repository.documents[file.document]->source().name());
      auto& first = checked[file.agency_id].first_plan;
      if (place != place_of.end() && (!first || place->second < *first)) first = place->second;
    }
    for (const std::string& id : repository.plans->agencies())
      checked[id].latest_plan = repository.plans->chosen(id, std::nullopt)->year;
    for (const auto& [key, plan] : repository.plans->all())
      checked[key.first].plan_years.push_back(key.second);
  };
  for (const std::vector<std::size_t>& part :
       agency_batches(agencies, options.files_per_part * worker_count(options.jobs))) {
    std::vector<FileJob> jobs;
    for (const std::size_t i : part)
      jobs.push_back(FileJob{files[i].path, {}, Role::found, false, agencies[i]});
    run.read(std::move(jobs));
    if (options.load_context || options.load_baseline_years) read_baseline_years(run, options);
    if (run.parts_mixed()) return std::nullopt;
    run.check_part([&](const model::Repository& repository,
                       std::span<const Diagnostic> diagnostics) {
      notice(repository);
      if (!listener) return;
      // The part's agencies whose files have errors, shown or past the caps.
      std::set<std::string> with_errors;
      const auto add_agency_of = [&](const std::string& file) {
        const auto place = place_of.find(file);
        if (place != place_of.end() && !agencies[place->second].empty())
          with_errors.insert(agencies[place->second]);
      };
      for (const Diagnostic& d : diagnostics) {
        if (d.severity == Severity::error) add_agency_of(d.location.file);
      }
      for (const std::size_t i : part) {
        const auto omitted = run.omitted().by_file.find(names[i]);
        if (omitted != run.omitted().by_file.end() && omitted->second.errors > 0 &&
            !agencies[i].empty())
          with_errors.insert(agencies[i]);
      }
      listener->part(repository, std::vector<std::string>(with_errors.begin(), with_errors.end()));
    });
  }
  CheckResult result = run.finish_parts();
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!agencies[i].empty()) checked[agencies[i]].files.push_back({files[i].path, digests[i]});
  }
  for (auto& [id, agency] : checked) {
    agency.id = id;
    result.agencies.push_back(std::move(agency));
  }
  result.objectives_years = std::move(objectives_years);
  return result;
}

}  // namespace

CheckResult check_paths(const std::vector<std::string>& paths, const CheckOptions& options) {
  Run run(options);
  if (!run.prepare()) return run.fail();

  InputList inputs = collect_inputs(paths, options.schema_path.has_value(), options.excludes);
  if (!options.keep_model && !options.schema_path) {
    if (auto by_agency = check_agency_by_agency(inputs, options)) return std::move(*by_agency);
  }
  for (Diagnostic& d : inputs.diagnostics) run.add_diagnostic(std::move(d));
  std::vector<FileJob> jobs;
  for (const InputFile& file : inputs.files) {
    jobs.push_back(FileJob{file.path,
                           {},
                           file.named && !options.only_qobj ? Role::named : Role::found,
                           file.named,
                           std::nullopt});
  }
  run.read(std::move(jobs));
  if (options.load_context && !options.schema_path) {
    std::vector<std::string> beside_named;
    for (const InputFile& file : inputs.files) {
      if (!file.named || file.path == "-") continue;
      for (std::string& beside : files_beside(file.path, options.excludes))
        beside_named.push_back(std::move(beside));
    }
    run.read(context_jobs(beside_named), run.named_plans());
  }
  if ((options.load_context || options.load_baseline_years) && !options.schema_path)
    read_baseline_years(run, options);
  return run.finish();
}

std::uint64_t text_digest(std::string_view text) {
  return std::hash<std::string_view>{}(text);
}

PartRead read_part(const std::vector<CheckedFile>& files, const CheckOptions& options) {
  Run run(options);
  std::vector<FileJob> jobs;
  for (const CheckedFile& file : files)
    jobs.push_back(FileJob{file.path, {}, Role::found, false, std::nullopt});
  run.read(std::move(jobs));
  if (options.load_context || options.load_baseline_years) read_baseline_years(run, options);
  PartRead part{run.take_model(), {}};
  std::unordered_map<std::string_view, std::uint64_t> read;  // by name shown
  for (const auto& document : part.repository.documents)
    read.emplace(document->source().name(), text_digest(document->source().content()));
  for (const CheckedFile& file : files) {
    if (!file.digest) continue;
    const std::string name = display_path(file.path);
    const auto found = read.find(name);
    if (found == read.end() || found->second != *file.digest) part.changed.push_back(name);
  }
  return part;
}

std::optional<std::vector<std::string>> agencies_with_errors(const CheckResult& result) {
  const std::map<std::string_view, std::string_view> agency_of(result.file_agencies.begin(),
                                                               result.file_agencies.end());
  std::vector<std::string> agencies;
  const auto add_agency_of = [&](const std::string& file) {
    const auto named = agency_of.find(file);
    if (named == agency_of.end()) return false;
    agencies.emplace_back(named->second);
    return true;
  };
  for (const Diagnostic& d : result.diagnostics) {
    if (d.severity == Severity::error && !add_agency_of(d.location.file)) return std::nullopt;
  }
  // The errors past the run's cap count too: a file whose errors were all cut is as unsound.
  for (const auto& [file, counts] : result.omitted.by_file) {
    if (counts.errors > 0 && !add_agency_of(file)) return std::nullopt;
  }
  std::sort(agencies.begin(), agencies.end());
  agencies.erase(std::unique(agencies.begin(), agencies.end()), agencies.end());
  return agencies;
}

CheckResult check_texts(std::vector<NamedText> files, const CheckOptions& options) {
  Run run(options);
  if (!run.prepare()) return run.fail();
  std::vector<FileJob> jobs;
  for (NamedText& file : files) {
    const Role role = file.found ? Role::found : Role::named;
    jobs.push_back(FileJob{{}, std::move(file), role, false, std::nullopt});
  }
  run.read(std::move(jobs));
  return run.finish();
}

}  // namespace qobj
