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
  bool working_tree = false;
  CheckResult checked;
};

// What a side names: a file or folder, a git revision, or (none) the working tree of a
// revision compared alone.
enum class SideKind { path, revision, working_tree };

std::variant<SideKind, int> kind_of(const GlobalOptions& global, Lang lang,
                                    const std::string& name) {
  std::error_code error;
  if (name.empty()) return SideKind::working_tree;
  if (std::filesystem::exists(name, error)) return SideKind::path;
  if (is_git_revision(name)) return SideKind::revision;
  return report_error(
      global, lang, in_git_repository() ? MessageId::diff_not_found : MessageId::diff_no_repository,
      {display_path(name)}, kWhere);
}

std::variant<Side, int> read_side(const GlobalOptions& global, Lang lang, const std::string& name,
                                  SideKind kind, const std::vector<std::string>& paths,
                                  bool paths_given, const CheckOptions& options) {
  Side side;
  if (kind == SideKind::path) {
    side.shown = display_path(name);
    side.checked = check_paths({name}, options);
  } else {
    const bool revision = kind == SideKind::revision;
    side.working_tree = !revision;
    side.shown =
        revision ? display_path(name) : format_message(MessageId::ui_diff_working_tree, lang);
    RevisionFiles files = revision ? read_git_revision(name, paths) : read_git_worktree(paths);
    if (files.error) {
      return report_error(global, lang, MessageId::diff_git_failed, {side.shown, *files.error},
                          kWhere);
    }
    if (files.files.empty() && paths_given) {
      std::string listed;
      for (const std::string& path : paths) listed += (listed.empty() ? "" : ", ") + path;
      return report_error(global, lang, MessageId::diff_no_files,
                          {side.shown, display_path(listed)}, kWhere);
    }
    std::vector<NamedText> texts;
    for (RevisionFile& file : files.files)
      texts.push_back({display_path(file.name), std::move(file.bytes), true});
    side.checked = check_texts(std::move(texts), options);
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
  // A unit's file alone has errors across files (its agency's file is not there): what it
  // says is still read. Only a file that is not sound on its own is shown as it is.
  const model::Repository& read = checked.repository;
  if (read.objectives.empty() && read.measurements.empty()) {
    write_stdout(bytes);
    return kExitOk;
  }
  write_stdout(diff::render_textconv(diff::facts_of(read, lang)));
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
  const auto old_kind = kind_of(global, lang, old_name);
  if (const int* failed = std::get_if<int>(&old_kind)) return *failed;
  const auto new_kind = kind_of(global, lang, new_name);
  if (const int* failed = std::get_if<int>(&new_kind)) return *failed;
  const SideKind before_kind = std::get<SideKind>(old_kind);
  const SideKind after_kind = std::get<SideKind>(new_kind);
  if (after_kind == SideKind::working_tree && before_kind != SideKind::revision)
    return report_error(global, lang, MessageId::diff_needs_two, {display_path(old_name)}, kWhere);
  // A revision against a folder or file is read where that path is.
  std::vector<std::string> paths = command.paths;
  if (paths.empty() && before_kind == SideKind::path) paths.push_back(old_name);
  if (paths.empty() && after_kind == SideKind::path) paths.push_back(new_name);
  const bool paths_given = !command.paths.empty();

  auto before = read_side(global, lang, old_name, before_kind, paths, paths_given, options);
  if (const int* failed = std::get_if<int>(&before)) return *failed;
  auto after = read_side(global, lang, new_name, after_kind, paths, paths_given, options);
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
  const diff::Sides sides{old_side.shown, new_side.shown, old_side.working_tree,
                          new_side.working_tree};
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
