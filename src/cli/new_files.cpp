#include "cli/new_files.hpp"

#include <cerrno>
#include <filesystem>

#include "cli/terminal.hpp"
#include "core/diag/system_error.hpp"
#include "core/output/atomic_file.hpp"
#include "core/source/inputs.hpp"
#include "qobj_version.hpp"

namespace qobj::cli {

namespace fs = std::filesystem;

std::optional<int> write_new_files(const GlobalOptions& global, Lang lang,
                                   const std::string& command,
                                   const std::vector<NewFileText>& files) {
  const std::string where = "qobj " + command;
  for (const NewFileText& file : files) {
    std::error_code error;
    if (fs::exists(fs::symlink_status(file.path, error)))
      return report_error(global, lang, MessageId::output_exists,
                          {display_path(file.path), command}, where);
  }
  std::vector<output::AtomicFile> written;
  for (const NewFileText& file : files) {
    const fs::path folder = fs::path(file.path).parent_path();
    std::error_code error;
    if (!folder.empty()) fs::create_directories(folder, error);
    if (error)
      return report_error(global, lang, MessageId::output_create_failed,
                          {display_path(folder.generic_string()), system_error_arg(error.value())},
                          where);
    int failure = 0;
    auto created = output::AtomicFile::create(file.path, failure);
    if (!created || !created->write(file.text) || !created->finish(failure))
      return report_error(global, lang, MessageId::output_create_failed,
                          {display_path(file.path), system_error_arg(failure)}, where);
    written.push_back(std::move(*created));
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    int failure = 0;
    if (written[i].commit_new(failure)) continue;
    // Taken in the meantime: what was already linked in stays (it is whole), the rest not.
    if (failure == EEXIST)
      return report_error(global, lang, MessageId::output_exists,
                          {display_path(files[i].path), command}, where);
    return report_error(global, lang, MessageId::output_create_failed,
                        {display_path(files[i].path), system_error_arg(failure)}, where);
  }
  return std::nullopt;
}

// Where the schemas are installed beside this binary (PREFIX/bin/qobj and
// PREFIX/share/qobj/schemas, whatever prefix `cmake --install` was given), else where the
// build meant to install them.
std::string schema_dir() {
  std::error_code error;
  const fs::path binary = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    const fs::path beside = binary.parent_path().parent_path() / "share" / "qobj" / "schemas";
    if (fs::is_directory(beside, error)) return beside.generic_string();
  }
  return kQobjSchemaDir;
}

}  // namespace qobj::cli
