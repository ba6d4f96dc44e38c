// qobj document decision|plan|report PATH… -o FILE.docx|.html: the files checked as qobj report
// checks them, then one agency's document laid out and written, whole or not at all.
#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <string>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/report_outputs.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "core/check/check.hpp"
#include "core/diag/catalogue.hpp"
#include "core/diag/system_error.hpp"
#include "core/documents/decision.hpp"
#include "core/documents/plan.hpp"
#include "core/eval/report_spec.hpp"
#include "core/model/plans.hpp"
#include "core/official/docx_writer.hpp"
#include "core/official/html_writer.hpp"
#include "core/output/atomic_file.hpp"
#include "core/report/year_report.hpp"
#include "core/source/inputs.hpp"
#include "core/text/join.hpp"

namespace qobj::cli {

namespace {

constexpr const char* kWhere = "qobj document";

// A Word file by its extension, in any case; HTML is as qobj report names it (.html, .htm).
bool is_docx(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".docx";
}

}  // namespace

int run_document(const GlobalOptions& global, const DocumentCommand& command) {
  // Official documents are Vietnamese unless --lang asks for a translation; the messages of
  // the run follow the environment as for every command.
  const Lang lang = choose_language(global);
  const bool docx = is_docx(command.output);
  if (!docx && report::format_from_extension(command.output) != report::ReportFormat::html)
    return report_error(global, lang, MessageId::ui_cli_document_extension,
                        {display_path(command.output)}, kWhere);

  // The year-end report judges the data on a day, with the baseline year's files beside.
  const bool year_end = command.kind == "report";
  if (!year_end && !command.as_of.empty())
    return report_error(global, lang, MessageId::ui_cli_document_as_of, {}, kWhere);
  const Date as_of = command.as_of.empty() ? local_today() : *parse_date(command.as_of);
  CheckOptions options;
  options.max_file_size = command.max_file_size;
  if (year_end) {
    options.as_of = as_of;
    options.load_baseline_years = true;
  }
  const CheckResult checked = check_paths(command.paths, options);
  if (checked.outcome != CheckOutcome::ok) {
    print_check_errors(global, lang, checked);
    return checked.outcome == CheckOutcome::io_failure ? kExitUsageOrIo : kExitInvalidInput;
  }
  if (const auto refused = refuse_outputs(
          global, lang, {Output{command.output, report::ReportFormat::html}}, checked))
    return *refused;

  const model::Plans& plans = *checked.repository.plans;
  const std::vector<std::string>& agencies = plans.agencies();
  if (agencies.empty())
    return report_error(
        global, lang, MessageId::ui_cli_document_no_plan,
        {text::join(command.paths), command.year ? std::to_string(*command.year) : "—"}, kWhere);
  if (agencies.size() != 1)
    return report_error(global, lang, MessageId::ui_cli_document_agencies,
                        {std::to_string(agencies.size()), text::join(agencies)}, kWhere);
  const model::Plan* plan = plans.chosen(agencies.front(), command.year);
  if (plan == nullptr || plan->main_file == nullptr) {
    // The years the agency has objectives for, as qobj report says them.
    std::vector<std::string> years;
    for (const auto& [key, known] : plans.all())
      if (key.first == agencies.front() && known.main_file != nullptr)
        years.push_back(std::to_string(key.second));
    return report_error(global, lang, MessageId::report_no_such_year,
                        {command.year ? std::to_string(*command.year) : "—",
                         years.empty() ? std::string("—") : text::join(years)},
                        kWhere);
  }

  const model::ObjectivesFile& main_file = *plan->main_file;
  const std::string file_name = checked.repository.file_name(main_file.document);
  // The number the decision was issued under is the file's; another on the command line
  // would contradict it.
  if (command.kind == "decision" && !command.number.empty() && !main_file.issued.number.empty())
    return report_error(global, lang, MessageId::ui_cli_document_number_twice,
                        {command.number, file_name, main_file.issued.number}, kWhere);
  if (command.kind == "decision" && main_file.issued.kind.empty() && main_file.issued.title.empty())
    return report_error(global, lang, MessageId::ui_cli_document_no_document, {file_name}, kWhere);
  const official::Issue issue{command.number, command.place, std::nullopt};
  official::Layout layout;
  if (year_end) {
    eval::ReportSpec spec;
    spec.as_of = as_of;
    spec.year = command.year;
    const eval::ReportOutcome outcome = eval::run_report(checked.repository, spec);
    if (outcome.problem != eval::ReportOutcome::Problem::none ||
        outcome.evaluation.agencies.empty())
      return report_error(
          global, lang, MessageId::report_no_such_year,
          {command.year ? std::to_string(*command.year) : "—", text::join(outcome.known)}, kWhere);
    layout =
        report::year_report_layout(outcome.evaluation.agencies.front(), as_of, command.lang, issue);
  } else if (command.kind == "plan") {
    layout = documents::plan_layout(*plan, command.lang, issue);
  } else {
    layout = documents::decision_layout(main_file, command.lang, issue);
  }

  int error = 0;
  auto file = output::AtomicFile::create(command.output, error);
  bool written = file.has_value();
  if (written && docx) {
    std::string why;
    written = official::write_docx(layout, file->temp_path(), why);
    // What minizip could not do is said as the system's error of the moment, if any.
    if (!written) error = errno != 0 ? errno : EIO;
  } else if (written) {
    written = file->write(official::render_html(layout));
  }
  if (!written || !file->commit(error))
    return report_error(global, lang, MessageId::output_write_failed,
                        {display_path(command.output), system_error_arg(error)}, kWhere);
  return kExitOk;
}

}  // namespace qobj::cli
