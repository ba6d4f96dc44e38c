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

// What a folder's name says: the agency ("so-tu-phap", "Sở Tư pháp") and the year it ends
// with ("so-tu-phap-2026", "Sở Tư pháp 2026"). A folder named by its year alone
// ("so-tu-phap/2026") is the agency's folder's.
struct FolderName {
  std::string agency;
  std::optional<int> year;
};

std::optional<int> as_year(std::string_view text) {
  if (text.size() != 4 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  const int year = std::stoi(std::string(text));
  return year >= 1900 && year <= 2200 ? std::optional<int>(year) : std::nullopt;
}

FolderName read_folder_name(const std::string& directory) {
  std::error_code error;
  fs::path folder = fs::absolute(directory, error).lexically_normal();
  if (folder.filename().empty()) folder = folder.parent_path();
  FolderName read{folder.filename().string(), std::nullopt};
  if ((read.year = as_year(read.agency))) {
    read.agency = folder.parent_path().filename().string();
  } else if (read.agency.size() > 5) {
    const char separator = read.agency[read.agency.size() - 5];
    const auto year = as_year(std::string_view(read.agency).substr(read.agency.size() - 4));
    if (year && (separator == '-' || separator == ' ' || separator == '_')) {
      read.year = year;
      read.agency.erase(read.agency.size() - 5);
    }
  }
  return read;
}

}  // namespace

int run_init(const GlobalOptions& global, const InitCommand& command) {
  const Lang lang = choose_language(global);
  const FolderName folder = read_folder_name(command.directory);
  cycle::InitRequest request;
  request.agency_id =
      command.agency_id.empty() ? cycle::agency_id_from(folder.agency) : command.agency_id;
  if (request.agency_id.empty()) request.agency_id = "co-quan";
  // A folder named as people write names ("Sở Tư pháp") gives the agency's name; else the id
  // stands in for it until she writes it.
  request.agency_name = !command.agency_name.empty()                   ? command.agency_name
                        : folder.agency.find(' ') != std::string::npos ? folder.agency
                                                                       : request.agency_id;
  request.year = command.year.value_or(folder.year.value_or(local_today().year));
  request.lang = command.lang;
  request.schema_dir = schema_dir();
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
    out += format_message(MessageId::ui_init_name_guessed, lang,
                          {request.agency_name,
                           display_path((directory / "objectives.yaml").generic_string())}) +
           "\n";
  out += format_message(MessageId::ui_init_next, lang,
                        {display_path((directory / "objectives.yaml").generic_string()),
                         shell_word(command.directory)}) +
         "\n";
  write_stdout(out);
  return kExitOk;
}

}  // namespace qobj::cli
