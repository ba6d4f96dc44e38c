// `qobj diff OLD [NEW] [-- PATHS]`: what changed between two folders, two files or two git
// revisions, in words; `qobj diff --textconv FILE` for git's own diff.
#include <filesystem>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "core/check/check.hpp"
#include "core/diag/catalogue.hpp"
#include "core/diff/compare.hpp"
#include "core/diff/facts.hpp"
#include "core/diff/render.hpp"
#include "core/eval/evaluate.hpp"
#include "core/source/git_revision.hpp"
#include "core/source/inputs.hpp"

namespace qobj::cli {

namespace {

constexpr const char* kWhere = "qobj diff";

// One side read and checked, or the exit code of why it could not be.
struct Side {
  std::string shown;
  CheckResult checked;
};

std::variant<Side, int> read_side(const GlobalOptions& global, Lang lang, const std::string& name,
                                  const std::vector<std::string>& paths,
                                  const CheckOptions& options) {
  std::error_code error;
  Side side;
  if (name.empty() || std::filesystem::exists(name, error)) {
    // A folder or file, or (no name) the working tree below the paths.
    side.shown =
        name.empty() ? format_message(MessageId::ui_diff_working_tree, lang) : display_path(name);
    const std::vector<std::string> read =
        !name.empty() ? std::vector<std::string>{name}
                      : (paths.empty() ? std::vector<std::string>{"."} : paths);
    side.checked = check_paths(read, options);
  } else if (is_git_revision(name)) {
    side.shown = display_path(name);
    RevisionFiles files = read_git_revision(name, paths);
    if (files.error)
      return report_error(global, lang, MessageId::diff_git_failed,
                          {display_path(name), *files.error}, kWhere);
    std::vector<NamedText> texts;
    for (RevisionFile& file : files.files)
      texts.push_back({display_path(file.name), std::move(file.bytes), true});
    side.checked = check_texts(std::move(texts), options);
  } else {
    return report_error(global, lang, MessageId::diff_not_found, {display_path(name)}, kWhere);
  }
  if (side.checked.outcome != CheckOutcome::ok) {
    print_check_errors(global, lang, side.checked);
    if (side.checked.outcome == CheckOutcome::io_failure) return kExitUsageOrIo;
    report_error(global, lang, MessageId::diff_invalid_input, {side.shown}, kWhere);
    return kExitInvalidInput;
  }
  return side;
}

// git calls this with one file (often a temporary copy): its facts, or the file as it is when
// it is not a sound qobj file, so that git diff always shows something.
int run_textconv(const DiffCommand& command, Lang lang) {
  const std::string& path = command.sides.front();
  InputBytes input = read_input(path, 256ULL << 20);
  if (input.error) {
    write_stdout(input.bytes);
    return kExitOk;
  }
  CheckOptions options;
  const std::string bytes = input.bytes;
  const CheckResult checked = check_texts({{input.name, std::move(input.bytes), false}}, options);
  if (checked.outcome != CheckOutcome::ok || checked.files_checked == 0) {
    write_stdout(bytes);
    return kExitOk;
  }
  write_stdout(diff::render_textconv(diff::facts_of(checked.repository, lang)));
  return kExitOk;
}

}  // namespace

int run_diff(const GlobalOptions& global, const DiffCommand& command) {
  const Lang lang = choose_language(global);
  if (command.textconv) return run_textconv(command, lang);

  CheckOptions options;
  const Date as_of = command.as_of.empty() ? local_today() : *parse_date(command.as_of);
  options.as_of = as_of;
  const std::string& old_name = command.sides.front();
  const std::string new_name = command.sides.size() > 1 ? command.sides[1] : std::string();
  std::error_code error;
  if (new_name.empty() && std::filesystem::exists(old_name, error))
    return report_error(global, lang, MessageId::diff_needs_two, {display_path(old_name)}, kWhere);

  auto before = read_side(global, lang, old_name, command.paths, options);
  if (const int* failed = std::get_if<int>(&before)) return *failed;
  auto after = read_side(global, lang, new_name, command.paths, options);
  if (const int* failed = std::get_if<int>(&after)) return *failed;
  const Side& old_side = std::get<Side>(before);
  const Side& new_side = std::get<Side>(after);

  diff::Diff result = diff::compare(diff::facts_of(old_side.checked.repository, lang),
                                    diff::facts_of(new_side.checked.repository, lang));
  if (command.report) {
    result.verdicts_compared = true;
    result.verdicts =
        diff::compare_verdicts(eval::evaluate(old_side.checked.repository, as_of),
                               eval::evaluate(new_side.checked.repository, as_of), result, lang);
  }
  const diff::Sides sides{old_side.shown, new_side.shown};
  if (command.format == "md") {
    write_stdout(diff::render_markdown(result, sides, lang));
  } else if (command.format == "json") {
    write_stdout(diff::render_json(result, sides, lang));
  } else {
    write_stdout(diff::render_text(result, sides, lang));
  }
  return kExitOk;
}

}  // namespace qobj::cli
