#include "core/source/inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace qobj {

namespace fs = std::filesystem;

namespace {

Diagnostic io_error(MessageId id, std::vector<MessageArg> args, const std::string& file) {
  return Diagnostic::error(id, std::move(args), Location{file, 0, 0, 0});
}

bool is_input_file(const fs::path& path, bool include_json) {
  const std::string extension = path.extension().string();
  return extension == ".yaml" || extension == ".yml" || (include_json && extension == ".json");
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

}  // namespace

InputList collect_inputs(const std::vector<std::string>& paths, bool include_json) {
  InputList list;
  for (const std::string& path : paths) {
    if (path == "-") {
      list.files.push_back(path);
      continue;
    }
    std::error_code error;
    const auto status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      list.diagnostics.push_back(io_error(MessageId::io_not_found, {path}, path));
      continue;
    }
    if (!fs::is_directory(status)) {
      list.files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_directory(error) && is_hidden(it->path())) {
        it.disable_recursion_pending();
      } else if (it->is_regular_file(error) && is_input_file(it->path(), include_json)) {
        found.push_back(it->path().generic_string());
      }
    }
    if (error) {
      list.diagnostics.push_back(
          io_error(MessageId::io_read_failed, {path, error.message()}, path));
    } else if (found.empty()) {
      list.diagnostics.push_back(io_error(MessageId::io_no_yaml_files, {path}, path));
    }
    std::sort(found.begin(), found.end());
    list.files.insert(list.files.end(), found.begin(), found.end());
  }
  return list;
}

InputBytes read_input(const std::string& path, std::uint64_t max_bytes) {
  const bool from_stdin = path == "-";
  InputBytes input{from_stdin ? std::string(kStdinName) : path, {}, std::nullopt};
  if (!from_stdin) {
    std::error_code error;
    if (!fs::is_regular_file(path, error)) {
      input.error = io_error(
          error || !fs::exists(path) ? MessageId::io_not_found : MessageId::io_is_directory, {path},
          path);
      return input;
    }
    const auto size = fs::file_size(path, error);
    if (!error && size > max_bytes) {
      input.error = io_error(MessageId::io_too_large,
                             {path, std::to_string(size), std::to_string(max_bytes)}, path);
      return input;
    }
    if (!error) input.bytes.reserve(size);
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(
      from_stdin ? nullptr : std::fopen(path.c_str(), "rb"), &std::fclose);
  std::FILE* stream = from_stdin ? stdin : file.get();
  if (stream == nullptr) {
    input.error = io_error(MessageId::io_read_failed, {path, std::strerror(errno)}, path);
    return input;
  }
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
        io_error(MessageId::io_read_failed, {input.name, std::strerror(errno)}, input.name);
    input.bytes.clear();
  }
  return input;
}

}  // namespace qobj
