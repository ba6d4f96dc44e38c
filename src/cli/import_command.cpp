// `qobj import one-stop FILE… --agency ID --target REF -o FILE`: the one-stop shop's reports
// read into measurement records (core/import), the result checked with the objectives beside
// the output as `qobj check` would, and written (a new file, or the records added to an
// existing one) only when nothing is wrong.
#include <cerrno>
#include <filesystem>
#include <map>

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
#include "core/import/measurements_text.hpp"
#include "core/import/one_stop_import.hpp"
#include "core/model/plans.hpp"
#include "core/output/atomic_file.hpp"
#include "core/report/number_format.hpp"
#include "core/source/inputs.hpp"

namespace qobj::cli {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kMaxReportBytes = 512ULL << 20;

// The objectives and measurements beside the output file, as qobj check reads them: the plan
// the records will be checked against.
std::vector<NamedText> files_beside_output(const std::string& output) {
  std::vector<NamedText> out;
  for (const std::string& path : files_beside(output)) {
    InputBytes input = read_input(path, kMaxReportBytes);
    if (!input.error) out.push_back(NamedText{input.name, std::move(input.bytes), true});
  }
  return out;
}

void print(const GlobalOptions& global, Lang lang, const std::vector<Diagnostic>& diagnostics,
           const SourceLookup& sources) {
  const TextRenderOptions render{lang, use_colour(global.colour, stderr)};
  std::string out;
  for (const Diagnostic& d : diagnostics) out += render_diagnostic(d, sources, render);
  std::fwrite(out.data(), 1, out.size(), stderr);
}

std::string percent_text(const mpq_class& numerator, const mpq_class& denominator, Lang lang) {
  if (sgn(denominator) == 0) return "—";
  ExactNumber n;
  n.value = numerator * 100 / denominator;
  n.value.canonicalize();
  return report::format_number(n, lang, 2) + "%";
}

// The definition the agency's objectives beside the output state for the target: its latest
// year's that has the target with one.
std::optional<model::OneStopDefinition> stated_definition(const std::vector<NamedText>& context,
                                                          const std::string& agency,
                                                          const std::string& reference) {
  const CheckResult plan_files = check_texts(context, CheckOptions{});
  if (!plan_files.repository.plans) return std::nullopt;
  const auto slash = reference.find('/');
  const std::string objective = reference.substr(0, slash);
  const std::string target = slash == std::string::npos ? "" : reference.substr(slash + 1);
  std::optional<model::OneStopDefinition> found;
  for (const auto& [key, plan] : plan_files.repository.plans->all()) {
    if (key.first != agency) continue;
    const model::Resolved r = plan.resolve(objective, target);
    if (r.target != nullptr && r.target->definition) found = r.target->definition;
  }
  return found;
}

}  // namespace

int run_import(const GlobalOptions& global, const ImportCommand& command) {
  const Lang lang = choose_language(global);
  const std::string where = "qobj import";

  import::ImportRequest request;
  request.agency = command.agency;
  request.target = command.target;
  request.tolerance = mpq_class(mpz_class(command.tolerance));
  request.sheet = command.sheet;
  if (!command.period.empty()) {
    const auto dots = command.period.find("..");
    request.period = Period{*parse_date(command.period.substr(0, dots)),
                            *parse_date(command.period.substr(dots + 2))};
  }
  // The plan beside the output: the target's definition when none is given (the latest year
  // of the agency that has the target; the check below holds the records to their own year's).
  std::vector<NamedText> context = files_beside_output(command.output);
  const std::string shown_output = display_path(command.output);
  std::erase_if(context, [&](const NamedText& f) { return f.name == shown_output; });
  if (const auto chosen = model::from_code<model::OneStopDefinition>(command.definition)) {
    request.definition = *chosen;
  } else if (const auto stated = stated_definition(context, command.agency, command.target)) {
    request.definition = *stated;
  } else {
    report_error(global, lang, MessageId::import_definition_needed, {command.target}, where);
    return kExitInvalidInput;
  }

  std::vector<import::ImportFile> files;
  for (const std::string& path : command.files) {
    InputBytes input = read_input(path, kMaxReportBytes);
    if (input.error) {
      print(global, lang, {*input.error}, nullptr);
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
  print(global, lang, result.diagnostics, report_sources);
  if (!result.ok()) return kExitInvalidInput;

  // The file as it would be written.
  std::error_code error;
  const bool exists = fs::exists(command.output, error);
  std::string text;
  if (exists) {
    InputBytes existing = read_input(command.output, kMaxReportBytes);
    if (existing.error) {
      print(global, lang, {*existing.error}, nullptr);
      return kExitUsageOrIo;
    }
    import::Appended appended =
        import::append_records(shown_output, existing.bytes, result, request);
    if (!appended.text) {
      print(global, lang, appended.diagnostics, nullptr);
      return kExitInvalidInput;
    }
    text = std::move(*appended.text);
  } else {
    text = import::new_measurements_text(result, request, command.source, schema_dir(), lang);
  }

  // Checked with its plan as qobj check would: nothing is written that would not pass.
  context.push_back(NamedText{shown_output, text, false});
  CheckOptions options;
  options.as_of = local_today();
  const CheckResult checked = check_texts(std::move(context), options);
  std::vector<Diagnostic> own;
  for (const Diagnostic& d : checked.diagnostics) {
    if (d.location.file == shown_output) own.push_back(d);
  }
  const SourceLookup output_source = [&checked](const std::string& name) {
    return checked.find_source(name);
  };
  print(global, lang, own, output_source);
  if (has_errors(own)) {
    report_error(global, lang, MessageId::import_not_written, {shown_output}, where);
    return kExitInvalidInput;
  }

  int write_error = 0;
  auto file = output::AtomicFile::create(command.output, write_error);
  const bool written = file && file->write(text) && file->finish(write_error) &&
                       (exists ? file->commit(write_error) : file->commit_new(write_error));
  if (!written) {
    if (write_error == 0) write_error = EIO;
    return report_error(global, lang, MessageId::output_write_failed,
                        {shown_output, system_error_arg(write_error)}, where);
  }

  // What was read, period by period, and what to run next.
  const std::string definition(model::code_of(request.definition));
  std::string out;
  for (const import::ImportedPeriod& p : result.periods) {
    const auto terms = model::apply_definition(request.definition, p.counts).terms;
    const std::string place = p.sheet.empty() ? p.file : p.file + ":" + p.sheet;
    out +=
        "  " +
        format_message(MessageId::ui_import_period, lang,
                       {place, period_wording(p.period, lang), definition,
                        terms ? to_decimal_string(terms->numerator) : "—",
                        terms ? to_decimal_string(terms->denominator) : "—",
                        terms ? percent_text(terms->numerator, terms->denominator, lang) : "—"}) +
        "\n";
  }
  out += format_message(
             exists ? MessageId::ui_import_added : MessageId::ui_import_written, lang,
             {shown_output, std::to_string(result.periods.size()), command.target, definition}) +
         "\n";
  const std::string folder = fs::path(command.output).parent_path().string();
  out +=
      format_message(MessageId::ui_import_next, lang, {shell_word(folder.empty() ? "." : folder)}) +
      "\n";
  write_stdout(out);
  return kExitOk;
}

}  // namespace qobj::cli
