// `qobj import one-stop FILE… --agency ID --target REF -o FILE`: the one-stop shop's reports
// read into measurement records (core/import), the result checked with the objectives beside
// the output as `qobj check` would, and written (a new file, or the records added to an
// existing one) only when nothing is wrong.
#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <set>
#include <tuple>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/new_files.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "core/check/check.hpp"
#include "core/diag/catalogue.hpp"
#include "core/diag/period_wording.hpp"
#include "core/diag/system_error.hpp"
#include "core/diag/text_renderer.hpp"
#include "core/import/mapping.hpp"
#include "core/import/measurements_text.hpp"
#include "core/import/one_stop_form.hpp"
#include "core/import/one_stop_import.hpp"
#include "core/model/plans.hpp"
#include "core/output/atomic_file.hpp"
#include "core/report/number_format.hpp"
#include "core/source/inputs.hpp"

namespace qobj::cli {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kMaxReportBytes = 512ULL << 20;
// A mapping lists a layout's columns and rows: a few kilobytes.
constexpr std::uint64_t kMaxMappingBytes = 16ULL << 20;

// The objectives and measurements beside the output file, as qobj check reads them: the plan
// the records will be checked against. The output file itself is left out.
std::vector<NamedText> files_beside_output(const std::string& output) {
  std::vector<NamedText> out;
  const std::string shown = display_path(output);
  for (const std::string& path : files_beside(output)) {
    InputBytes input = read_input(path, kMaxReportBytes);
    if (!input.error && input.name != shown)
      out.push_back(NamedText{input.name, std::move(input.bytes), true});
  }
  return out;
}

std::string percent_text(const mpq_class& numerator, const mpq_class& denominator, Lang lang) {
  if (sgn(denominator) == 0) return "—";
  ExactNumber n;
  n.value = numerator * 100 / denominator;
  n.value.canonicalize();
  return report::format_number(n, lang, 2) + "%";
}

// "2025-12-15" or "15/12/2025".
std::optional<Date> option_date(const std::string& text) {
  if (const auto date = parse_date(text)) return date;
  return import::parse_vietnamese_date(text);
}

// The agency's plans beside the output, latest year last.
std::vector<const model::Plan*> plans_of(const CheckResult& checked, const std::string& agency) {
  std::vector<const model::Plan*> out;
  if (!checked.repository.plans) return out;
  for (const auto& [key, plan] : checked.repository.plans->all()) {
    if (key.first == agency) out.push_back(&plan);
  }
  return out;
}

// "so-tu-phap (Sở Tư pháp, 2026), …": the agencies whose objectives are beside the output.
std::string agencies_beside(const CheckResult& checked, std::string& first_id) {
  std::string out;
  if (!checked.repository.plans) return out;
  for (const auto& [key, plan] : checked.repository.plans->all()) {
    if (first_id.empty()) first_id = key.first;
    const std::string name = plan.main_file != nullptr ? plan.main_file->agency_name : "";
    out += (out.empty() ? "" : ", ") + key.first + " (" + (name.empty() ? "" : name + ", ") +
           std::to_string(key.second) + ")";
  }
  return out.empty() ? out : ": " + out;
}

// The targets of a kind in a plan, "MT2/dung-han, MT5/truc-tuyen", and the one nearest to what
// was typed (the same objective, else the first).
std::string targets_of_kind(const model::Plan& plan, model::TargetKind kind,
                            const std::string& typed, std::string& nearest) {
  std::string out;
  const std::string objective = typed.substr(0, typed.find('/'));
  for (const model::Objective* o : plan.order) {
    for (const model::Target& t : o->targets) {
      if (t.kind != kind) continue;
      const std::string reference = o->id + "/" + t.id;
      out += (out.empty() ? "" : ", ") + reference;
      if (nearest.empty() || o->id == objective) nearest = reference;
    }
  }
  return out;
}

// A diagnostic by what it says and where, but not at which line: records added before a file's
// later sections move them down, and an error there is not the import's.
using DiagnosticKey = std::tuple<MessageId, std::string, std::string>;
DiagnosticKey key_of(const Diagnostic& d) {
  return {d.message, d.location.file, format_message(d.message, Lang::en, d.args)};
}

}  // namespace

int run_import(const GlobalOptions& global, const ImportCommand& command) {
  const Lang lang = choose_language(global);
  const std::string where = "qobj import";
  const auto fail = [&](MessageId message, std::vector<MessageArg> args) {
    report_error(global, lang, message, std::move(args), where);
    return kExitInvalidInput;
  };

  import::ImportRequest request;
  request.agency = command.agency;
  request.target = command.target;
  request.tolerance = mpq_class(mpz_class(command.tolerance));
  request.sheet = command.sheet;
  if (!command.period.empty()) {
    const auto dots = command.period.find("..");
    request.period = Period{*option_date(command.period.substr(0, dots)),
                            *option_date(command.period.substr(dots + 2))};
  }

  // The plan beside the output, as it is before the import: the agency, the target and its
  // definition are looked up there first.
  const std::string shown_output = display_path(command.output);
  const std::vector<NamedText> context = files_beside_output(command.output);
  std::error_code error;
  if (fs::is_directory(command.output, error))
    return fail(MessageId::import_output_folder, {shown_output});
  const bool exists = fs::exists(command.output, error);
  std::string existing;
  if (exists) {
    InputBytes input = read_input(command.output, kMaxReportBytes);
    if (input.error) {
      print_diagnostics(global, lang, {*input.error}, nullptr);
      return kExitUsageOrIo;
    }
    existing = std::move(input.bytes);
  }
  CheckOptions options;
  options.as_of = local_today();
  std::vector<NamedText> before = context;
  if (exists) before.push_back(NamedText{shown_output, existing, false});
  const CheckResult baseline = check_texts(before, options);

  const std::vector<const model::Plan*> plans = plans_of(baseline, command.agency);
  const std::string folder = fs::path(command.output).parent_path().string();
  const std::string shown_folder = folder.empty() ? "." : display_path(folder);
  if (plans.empty()) {
    // An objectives file beside the output with errors is not read: its errors say why.
    std::vector<Diagnostic> errors;
    for (const Diagnostic& d : baseline.diagnostics) {
      if (d.severity == Severity::error) errors.push_back(d);
    }
    print_diagnostics(global, lang, errors,
                      [&baseline](const std::string& name) { return baseline.find_source(name); });
    std::string suggestion;
    const std::string listed = agencies_beside(baseline, suggestion);
    return fail(MessageId::import_no_plan,
                {command.agency, shown_folder, listed,
                 suggestion.empty() ? std::string("so-tu-phap") : suggestion});
  }
  // A report in another layout is read by its mapping.
  std::optional<import::MappingReading> mapping;
  if (!command.mapping.empty()) {
    InputBytes input = read_input(command.mapping, kMaxMappingBytes);
    if (input.error) {
      print_diagnostics(global, lang, {*input.error}, nullptr);
      return kExitUsageOrIo;
    }
    mapping = import::read_mapping(input.name, std::move(input.bytes));
    const SourceLookup mapping_source = [&mapping](const std::string& name) -> const SourceFile* {
      return mapping->source && mapping->source->name() == name ? mapping->source.get() : nullptr;
    };
    print_diagnostics(global, lang, mapping->diagnostics, mapping_source);
    if (!mapping->layout) return kExitInvalidInput;
    request.layout = &*mapping->layout;
  }
  const bool score = request.layout != nullptr && request.layout->json.has_value();

  const model::Plan& latest = *plans.back();
  const auto slash = command.target.find('/');
  const model::Resolved target =
      latest.resolve(command.target.substr(0, slash),
                     slash == std::string::npos ? "" : command.target.substr(slash + 1));
  const model::TargetKind wanted =
      score ? model::TargetKind::amount : model::TargetKind::percentage;
  if (target.target == nullptr || target.target->kind != wanted) {
    std::string nearest;
    const std::string listed = targets_of_kind(latest, wanted, command.target, nearest);
    return fail(MessageId::import_unknown_target,
                {command.target, command.agency, listed.empty() ? "—" : listed,
                 nearest.empty() ? command.target : nearest});
  }
  if (score && !command.definition.empty())
    return fail(MessageId::import_definition_for_score, {command.definition, request.layout->file});
  if (score) {
    // A score counts only against the maximum it is given on.
    const ExactNumber& out_of = request.layout->json->out_of;
    const model::Target& t = *target.target;
    if (!t.out_of || compare(*t.out_of, out_of).value_or(1) != 0)
      return fail(MessageId::import_score_out_of,
                  {request.layout->file, to_decimal_string(out_of), command.target,
                   t.out_of ? "out_of: " + to_decimal_string(*t.out_of)
                            : std::string(model::code_of(t.kind))});
  } else if (const auto chosen = model::from_code<model::OneStopDefinition>(command.definition)) {
    request.definition = *chosen;  // checked against the target's below
  } else if (target.target->definition) {
    request.definition = *target.target->definition;
  } else {
    const model::ObjectivesFile* file = latest.file_of(*target.objective);
    return fail(MessageId::import_definition_needed,
                {command.target, file != nullptr ? baseline.repository.file_name(file->document)
                                                 : std::string("objectives.yaml")});
  }
  // Before any report is read: the ratio must be computable from the columns it names.
  if (request.layout != nullptr && !score) {
    const std::string lacking = import::columns_lacking(*request.layout, request.definition);
    if (!lacking.empty() && !request.layout->has_percent()) {
      return fail(MessageId::import_layout_lacks,
                  {request.layout->file, lacking, std::string(model::code_of(request.definition)),
                   std::string(model::formula_of(request.definition))});
    }
  }
  // Added to a file that says its reporting year, the periods are placed in it.
  for (const model::MeasurementsFile& file : baseline.repository.measurements) {
    if (exists && baseline.repository.file_name(file.document) == shown_output)
      request.reporting_year = file.reporting_year;
  }

  std::vector<import::ImportFile> files;
  for (const std::string& path : command.files) {
    InputBytes input = read_input(path, kMaxReportBytes);
    if (input.error) {
      print_diagnostics(global, lang, {*input.error}, nullptr);
      return kExitUsageOrIo;
    }
    files.push_back(import::ImportFile{input.name, std::move(input.bytes)});
  }
  const import::ImportResult result = import::import_one_stop(std::move(files), request);
  const SourceLookup report_sources = [&result](const std::string& name) -> const SourceFile* {
    for (const auto& source : result.sources) {
      if (source->name() == name) return source.get();
    }
    return nullptr;
  };
  print_diagnostics(global, lang, result.diagnostics, report_sources);
  if (!result.ok()) return kExitInvalidInput;
  if (std::none_of(plans.begin(), plans.end(),
                   [&](const model::Plan* p) { return p->year == result.year; })) {
    return fail(MessageId::import_no_plan_year, {command.agency, std::to_string(result.year),
                                                 shown_folder, std::to_string(latest.year)});
  }

  // The file as it would be written.
  std::string text;
  if (exists) {
    import::Appended appended = import::append_records(shown_output, existing, result, request);
    if (!appended.text) {
      print_diagnostics(global, lang, appended.diagnostics, nullptr);
      return kExitInvalidInput;
    }
    text = std::move(*appended.text);
  } else {
    text = import::new_measurements_text(result, request, command.source, schema_dir(), lang);
  }

  // Checked with its plan as qobj check would: nothing is written that would not pass. An error
  // the records bring anywhere (an overlap with a record of another file) stops it; warnings
  // are said for the file written.
  std::vector<NamedText> after = context;
  after.push_back(NamedText{shown_output, text, false});
  const CheckResult checked = check_texts(std::move(after), options);
  std::set<DiagnosticKey> known;
  for (const Diagnostic& d : baseline.diagnostics) known.insert(key_of(d));
  std::vector<Diagnostic> brought;
  for (const Diagnostic& d : checked.diagnostics) {
    const bool new_error = d.severity == Severity::error && !known.count(key_of(d));
    const bool own_warning =
        d.severity != Severity::error && d.location.file == shown_output && !known.count(key_of(d));
    if (new_error || own_warning) brought.push_back(d);
  }
  const SourceLookup output_source = [&checked](const std::string& name) {
    return checked.find_source(name);
  };
  print_diagnostics(global, lang, brought, output_source);
  if (has_errors(brought)) return fail(MessageId::import_not_written, {shown_output});

  int write_error = 0;
  auto file = output::AtomicFile::create(command.output, write_error);
  const bool written = file && file->write(text) && file->finish(write_error) &&
                       (exists ? file->commit(write_error) : file->commit_new(write_error));
  if (!written) {
    if (write_error == 0) write_error = EIO;
    report_error(global, lang, MessageId::import_write_failed,
                 {shown_output, system_error_arg(write_error)}, where);
    return kExitUsageOrIo;
  }

  // What was read, period by period, and what to run next.
  const std::string definition(model::code_of(request.definition));
  std::string out;
  for (const import::ImportedPeriod& p : result.periods) {
    const auto terms = model::apply_definition(request.definition, p.counts).terms;
    const std::string place = p.sheet.empty() ? p.file : p.file + ":" + p.sheet;
    if (p.score) {
      out += "  " +
             format_message(
                 MessageId::ui_import_score, lang,
                 {place, period_wording(p.period, lang), report::format_number(*p.score, lang, 2),
                  report::format_number(request.layout->json->out_of, lang, 0), p.pointer}) +
             "\n";
      continue;
    }
    if (p.reported_percent) {
      // As printed, its decimals kept: "99,00%" says how it was rounded.
      std::string printed = to_decimal_string(*p.reported_percent, p.reported_decimals);
      if (lang == Lang::vi) std::replace(printed.begin(), printed.end(), '.', ',');
      out += "  " +
             format_message(MessageId::ui_import_reported, lang,
                            {place, period_wording(p.period, lang), definition, printed + "%"}) +
             "\n";
      continue;
    }
    out +=
        "  " +
        format_message(MessageId::ui_import_period, lang,
                       {place, period_wording(p.period, lang), definition,
                        terms ? to_decimal_string(terms->numerator) : "—",
                        terms ? to_decimal_string(terms->denominator) : "—",
                        terms ? percent_text(terms->numerator, terms->denominator, lang) : "—"}) +
        "\n";
  }
  out += format_message(exists ? MessageId::ui_import_added : MessageId::ui_import_written, lang,
                        {shown_output, std::to_string(result.periods.size()), command.target,
                         score ? request.layout->name : definition}) +
         "\n";
  out += format_message(MessageId::ui_import_next, lang, {shell_word(shown_folder)}) + "\n";
  write_stdout(out);
  return kExitOk;
}

}  // namespace qobj::cli
