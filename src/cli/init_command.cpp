// `qobj init [DIR]`: an agency's folder for a year, from the compiled-in templates. It writes
// every file or none, and never replaces one.
#include <filesystem>
#include <optional>

#include "cli/commands.hpp"
#include "cli/exit_codes.hpp"
#include "cli/new_files.hpp"
#include "cli/terminal.hpp"
#include "cli/today.hpp"
#include "core/cycle/init.hpp"
#include "core/diag/catalogue.hpp"
#include "core/source/inputs.hpp"
#include "qobj_version.hpp"

namespace qobj::cli {

namespace fs = std::filesystem;

namespace {

// The folder's own name, even for "." or "so-tu-phap/".
std::string folder_name(const std::string& directory) {
  std::error_code error;
  const fs::path absolute = fs::absolute(directory, error).lexically_normal();
  fs::path name = absolute.filename();
  if (name.empty()) name = absolute.parent_path().filename();
  return name.string();
}

// A name to start with when none is given: the folder's, when it is written as a name
// ("Sở Tư pháp 2026"), else the id.
std::string guessed_name(const std::string& folder, const std::string& id) {
  const bool written_as_name = folder.find(' ') != std::string::npos;
  if (!written_as_name) return id;
  std::string name = folder;
  // "Sở Tư pháp 2026": the year is the folder's.
  const std::size_t space = name.rfind(' ');
  if (name.size() - space == 5 &&
      name.find_first_not_of("0123456789", space + 1) == std::string::npos)
    name.erase(space);
  return name;
}

// The year a folder's name ends with ("so-tu-phap-2026", "Sở Tư pháp 2026"), if any.
std::optional<int> folder_year(std::string_view folder) {
  if (folder.size() < 5) return std::nullopt;
  const std::string_view tail = folder.substr(folder.size() - 4);
  const char before = folder[folder.size() - 5];
  if (tail.find_first_not_of("0123456789") != std::string_view::npos ||
      (before != '-' && before != ' ' && before != '_'))
    return std::nullopt;
  const int year = std::stoi(std::string(tail));
  return year >= 1900 && year <= 2200 ? std::optional<int>(year) : std::nullopt;
}

// A path as typed in a shell command the secretary may copy.
std::string as_typed(const std::string& path) {
  const bool plain = path.find_first_of(" \t'\"$`\\!*?[]()&;<>|#~") == std::string::npos;
  if (plain) return display_path(path);
  std::string quoted = "'";
  for (const char c : display_path(path)) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

}  // namespace

int run_init(const GlobalOptions& global, const InitCommand& command) {
  const Lang lang = choose_language(global);
  const std::string folder = folder_name(command.directory);
  cycle::InitRequest request;
  request.agency_id = command.agency_id.empty() ? cycle::agency_id_from(folder) : command.agency_id;
  if (request.agency_id.empty()) request.agency_id = "co-quan";
  request.agency_name =
      command.agency_name.empty() ? guessed_name(folder, request.agency_id) : command.agency_name;
  request.year = command.year.value_or(folder_year(folder).value_or(local_today().year));
  request.lang = command.lang;
  request.schema_dir = kQobjSchemaDir;
  const std::vector<cycle::NewFile> files = cycle::init_files(request);

  const fs::path directory(command.directory);
  std::vector<NewFileText> to_write;
  for (const cycle::NewFile& file : files)
    to_write.push_back({(directory / file.name).generic_string(), file.text});
  if (const auto failed = write_new_files(global, lang, "init", to_write)) return *failed;
  std::string out;
  for (const NewFileText& file : to_write)
    out += format_message(MessageId::ui_init_created, lang, {display_path(file.path)}) + "\n";
  if (command.agency_name.empty())
    out += format_message(MessageId::ui_init_name_guessed, lang, {request.agency_name}) + "\n";
  out += format_message(MessageId::ui_init_next, lang,
                        {display_path((directory / "objectives.yaml").generic_string()),
                         as_typed(command.directory)}) +
         "\n";
  write_stdout(out);
  return kExitOk;
}

}  // namespace qobj::cli
