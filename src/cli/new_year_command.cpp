// `qobj new-year FROM TO`: next year's files from this year's, checked first, written all or
// none, and what is left to decide.
#include <algorithm>
#include <filesystem>
#include <set>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/new_files.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "core/check/check.hpp"
#include "core/cycle/new_year.hpp"
#include "core/cycle/new_year_text.hpp"
#include "core/eval/evaluate.hpp"
#include "core/source/inputs.hpp"
#include "core/text/join.hpp"

namespace qobj::cli {

namespace fs = std::filesystem;

int run_new_year(const GlobalOptions& global, const NewYearCommand& command) {
  const Lang lang = choose_language(global);
  const std::string where = "qobj new-year";
  std::error_code error;
  if (std::filesystem::exists(command.from, error) &&
      !std::filesystem::is_directory(command.from, error))
    return report_error(global, lang, MessageId::newyear_not_a_folder, {display_path(command.from)},
                        where);
  // Next year's folder inside this year's would be read as this year's next time.
  const auto from = std::filesystem::weakly_canonical(command.from, error);
  const auto to = std::filesystem::weakly_canonical(command.to, error);
  const auto [inside, rest] = std::mismatch(from.begin(), from.end(), to.begin(), to.end());
  if (inside == from.end())
    return report_error(global, lang, MessageId::newyear_to_inside_from,
                        {display_path(command.from), display_path(command.to)}, where);
  CheckOptions options;
  options.as_of = command.as_of.empty() ? local_today() : *parse_date(command.as_of);
  const CheckResult checked = check_paths({command.from}, options);
  if (checked.outcome == CheckOutcome::io_failure) {
    print_check_errors(global, lang, checked);
    return kExitUsageOrIo;
  }
  if (checked.outcome == CheckOutcome::invalid_input) {
    print_check_errors(global, lang, checked);
    report_error(global, lang, MessageId::newyear_invalid_input, {display_path(command.from)},
                 where);
    return kExitInvalidInput;
  }
  const model::Repository& repository = checked.repository;
  std::set<int> years;
  for (const auto& file : repository.objectives) years.insert(file.year);
  for (const auto& file : repository.measurements) years.insert(file.year);
  if (years.empty())
    return report_error(global, lang, MessageId::newyear_no_files, {display_path(command.from)},
                        where);
  if (years.size() > 1) {
    std::vector<std::string> listed;
    for (const int year : years) listed.push_back(std::to_string(year));
    return report_error(global, lang, MessageId::newyear_several_years,
                        {display_path(command.from), text::join(listed, ", ")}, where);
  }
  const int from_year = *years.begin();
  const int to_year = command.year.value_or(from_year + 1);
  if (to_year <= from_year)
    return report_error(global, lang, MessageId::newyear_year_not_after,
                        {std::to_string(to_year), std::to_string(from_year),
                         display_path(command.from), std::to_string(from_year + 1)},
                        where);

  const eval::Evaluation old_results = eval::evaluate(repository, *options.as_of, from_year);
  const cycle::NewYear plan = cycle::plan_new_year(repository, to_year, &old_results, command.lang);

  // Each file keeps its place below the folder; a name with the old year takes the new one
  // (measurements-2023.yaml → measurements-2024.yaml).
  std::vector<NewFileText> files;
  std::vector<std::string> written;
  for (const cycle::YearFile& file : plan.files) {
    const fs::path relative = fs::path(file.source).lexically_relative(command.from);
    const std::string name =
        cycle::with_year_replaced(relative.generic_string(), from_year, to_year);
    files.push_back({(fs::path(command.to) / name).generic_string(), file.text});
    written.push_back(files.back().path);
  }
  if (const auto failed = write_new_files(global, lang, "new-year", files)) return *failed;
  write_stdout(cycle::render_new_year(plan, written, lang));
  return kExitOk;
}

}  // namespace qobj::cli
