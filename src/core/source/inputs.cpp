#include "core/source/inputs.hpp"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "core/diag/system_error.hpp"
#include "core/text/safe_text.hpp"

namespace qobj {

namespace fs = std::filesystem;

namespace {

// `shown` is the file's name as displayed (display_path, or "<stdin>").
Diagnostic io_error(MessageId id, std::vector<MessageArg> args, std::string shown) {
  return Diagnostic::error(id, std::move(args), Location{std::move(shown), 0, 0, 0, {}});
}

bool is_input_file(const fs::path& path, bool include_json) {
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml" || (include_json && extension == ".json");
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

// A pattern that matches exactly this path (fnmatch): *, ? and [ stand for themselves.
std::string pattern_for(std::string_view path) {
  std::string out;
  for (const char c : path) {
    if (c == '*' || c == '?' || c == '[') {
      out += '[';
      out += c;
      out += ']';
    } else {
      out += c;
    }
  }
  return out;
}

// "./data/2020/" and "data/2020" are the same path to a pattern.
std::string normal_path(std::string_view path) {
  std::string out = fs::path(path).lexically_normal().generic_string();
  while (out.size() > 2 && out.starts_with("./")) out.erase(0, 2);
  while (out.size() > 1 && out.back() == '/') out.pop_back();
  return out;
}

FileIdentity identity_from(const struct stat& info) {
  return {static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino)};
}

// Every input file below `root`, depth first. A directory is read with its own iterator so
// that one that cannot be read is reported, by name, and the others still are.
void walk_directory(const fs::path& root, bool include_json, const Excludes& excludes,
                    std::vector<std::string>& found, std::vector<Diagnostic>& diagnostics) {
  std::vector<fs::path> pending{root};
  while (!pending.empty()) {
    const fs::path directory = std::move(pending.back());
    pending.pop_back();
    std::error_code error;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      const fs::path& path = it->path();
      const std::string name = path.generic_string();
      if (excludes.matches(name)) continue;
      std::error_code status_error;
      // Links to directories are not followed: a link back up would never end.
      if (it->is_symlink(status_error) && it->is_directory(status_error)) continue;
      if (it->is_directory(status_error)) {
        if (!is_hidden(path)) pending.push_back(path);
      } else if (is_input_file(path, include_json)) {
        if (it->is_regular_file(status_error)) {
          found.push_back(name);
        } else if (it->is_symlink(status_error) && !fs::exists(path, status_error)) {
          // A link to nothing: said, not skipped.
          const std::string shown = display_path(name);
          diagnostics.push_back(io_error(MessageId::io_not_found, {shown}, shown));
        }
      }
    }
    if (error) {
      const std::string name = directory.generic_string();
      const std::string shown = display_path(name);
      diagnostics.push_back(io_error(MessageId::io_unreadable_directory,
                                     {shown, system_error_arg(error.value()), shell_word(shown),
                                      shell_word(pattern_for(shown))},
                                     shown));
    }
  }
}

}  // namespace

bool Excludes::matches(const std::string& path) const {
  const std::string normal = normal_path(path);
  const std::string name = fs::path(normal).filename().string();
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& written) {
    const std::string pattern = normal_path(written);
    return ::fnmatch(pattern.c_str(), normal.c_str(), 0) == 0 ||
           ::fnmatch(pattern.c_str(), name.c_str(), 0) == 0;
  });
}

std::string display_path(std::string_view path) {
  return text::show_unsafe(path);
}

std::string shell_word(std::string_view path) {
  const std::string shown = display_path(path);
  if (!shown.empty() && shown.find_first_of(" \t'\"$`\\!*?[]()&;<>|#~{}") == std::string::npos)
    return shown;
  std::string quoted = "'";
  for (const char c : shown) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

std::optional<FileIdentity> identity_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return std::nullopt;
  return identity_from(info);
}

InputList collect_inputs(const std::vector<std::string>& paths, bool include_json,
                         const Excludes& excludes) {
  InputList list;
  for (const std::string& given : paths) {
    if (given == "-") {
      list.files.push_back({given, true});
      continue;
    }
    // "dir/" and "dir" are the same directory, and exclude patterns see one spelling.
    std::string path = given;
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    if (excludes.matches(path)) continue;
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error && error != std::errc::no_such_file_or_directory) {
      // It may exist: say why it cannot be read (permission denied…), not that it is absent.
      const std::string shown = display_path(given);
      list.diagnostics.push_back(
          io_error(MessageId::io_read_failed, {shown, system_error_arg(error.value())}, shown));
      continue;
    }
    if (error || !fs::exists(status)) {
      const std::string shown = display_path(given);
      list.diagnostics.push_back(io_error(MessageId::io_not_found, {shown}, shown));
      continue;
    }
    if (!fs::is_directory(status)) {
      list.files.push_back({given, true});
      continue;
    }
    std::vector<std::string> found;
    const std::size_t problems = list.diagnostics.size();
    walk_directory(path, include_json, excludes, found, list.diagnostics);
    if (found.empty() && list.diagnostics.size() == problems) {
      const std::string shown = display_path(given);
      list.diagnostics.push_back(io_error(MessageId::io_no_yaml_files, {shown}, shown));
    }
    std::sort(found.begin(), found.end());
    for (std::string& name : found) list.files.push_back({std::move(name), false});
  }
  return list;
}

std::vector<std::string> files_beside(const std::string& file, const Excludes& excludes) {
  std::vector<std::string> found;
  const fs::path folder = fs::path(file).parent_path();
  std::error_code error;
  fs::directory_iterator it(folder.empty() ? fs::path(".") : folder, error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) {
    // Spelled as the named file is, so that "2024/a.yaml" finds "2024/b.yaml".
    const fs::path path = folder / it->path().filename();
    std::error_code status_error;
    if (is_hidden(path) || !is_input_file(path, false) || !it->is_regular_file(status_error))
      continue;
    const std::string name = path.generic_string();
    if (excludes.matches(name) || fs::equivalent(path, file, status_error)) continue;
    found.push_back(name);
  }
  std::sort(found.begin(), found.end());
  return found;
}

InputBytes read_input(const std::string& path, std::uint64_t max_bytes) {
  const bool from_stdin = path == "-";
  InputBytes input{from_stdin ? std::string(kStdinName) : display_path(path), {}, {}, {}};
  if (!from_stdin) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) {
      if (error && error != std::errc::no_such_file_or_directory) {
        input.error = io_error(MessageId::io_read_failed,
                               {input.name, system_error_arg(error.value())}, input.name);
      } else {
        std::error_code ignored;
        input.error = io_error(error || !fs::exists(path, ignored) ? MessageId::io_not_found
                                                                   : MessageId::io_is_directory,
                               {input.name}, input.name);
      }
      return input;
    }
    const auto size = fs::file_size(path, error);
    if (!error && size > max_bytes) {
      input.error =
          io_error(MessageId::io_too_large,
                   {input.name, std::to_string(size), std::to_string(max_bytes)}, input.name);
      return input;
    }
    if (!error) input.bytes.reserve(size);
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(
      from_stdin ? nullptr : std::fopen(path.c_str(), "rb"), &std::fclose);
  std::FILE* stream = from_stdin ? stdin : file.get();
  if (stream == nullptr) {
    input.error =
        io_error(MessageId::io_read_failed, {input.name, system_error_arg(errno)}, input.name);
    return input;
  }
  struct stat info {};
  if (::fstat(::fileno(stream), &info) == 0) input.identity = identity_from(info);
  char chunk[1 << 16];
  for (;;) {
    const std::size_t got = std::fread(chunk, 1, sizeof chunk, stream);
    input.bytes.append(chunk, got);
    if (input.bytes.size() > max_bytes) {
      // Standard input has no size to check beforehand: stop as soon as it is too much.
      input.error = io_error(MessageId::io_too_large,
                             {input.name, std::string("> ").append(std::to_string(max_bytes)),
                              std::to_string(max_bytes)},
                             input.name);
      input.bytes.clear();
      return input;
    }
    if (got < sizeof chunk) break;
  }
  if (std::ferror(stream) != 0) {
    input.error =
        io_error(MessageId::io_read_failed, {input.name, system_error_arg(errno)}, input.name);
    input.bytes.clear();
  }
  return input;
}

}  // namespace qobj
