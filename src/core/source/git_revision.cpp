#include "core/source/git_revision.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/source/inputs.hpp"

extern char** environ;

namespace qobj {

namespace {

struct Output {
  int status = -1;  // the exit status; -1 when it could not run
  std::string out, err;
};

// Reads a pipe to its end.
std::string drain(int fd) {
  std::string text;
  char chunk[1 << 16];
  for (;;) {
    const ssize_t got = ::read(fd, chunk, sizeof chunk);
    if (got > 0) {
      text.append(chunk, static_cast<std::size_t>(got));
    } else if (got == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(fd);
  return text;
}

// A temporary file (already unlinked) holding `text`, read from its start; -1 when it cannot be
// made.
int temporary_file(std::string_view text) {
  char name[] = "/tmp/qobj-git-XXXXXX";
  const int fd = ::mkstemp(name);
  if (fd < 0) return -1;
  ::unlink(name);
  for (std::size_t at = 0; at < text.size();) {
    const ssize_t wrote = ::write(fd, text.data() + at, text.size() - at);
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) {
      ::close(fd);
      return -1;
    }
    at += static_cast<std::size_t>(wrote);
  }
  ::lseek(fd, 0, SEEK_SET);
  return fd;
}

// Runs `git ARGS…` with `input` as its standard input. Input and standard error are
// temporary files, so that a full pipe on one stream cannot stop another.
Output run_git(const std::vector<std::string>& args, std::string_view input = {}) {
  Output result;
  const int in_fd = temporary_file(input);
  const int err_fd = temporary_file({});
  int out[2] = {-1, -1};
  if (in_fd < 0 || err_fd < 0 || ::pipe(out) != 0) {
    for (const int fd : {in_fd, err_fd}) {
      if (fd >= 0) ::close(fd);
    }
    result.err = "git: cannot make a temporary file or a pipe";
    return result;
  }
  std::vector<std::string> words{"git", "-c", "core.quotepath=off"};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_fd, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  ::close(in_fd);
  if (spawned != 0) {
    ::close(out[0]);
    ::close(err_fd);
    result.err = std::string("git: ") + std::strerror(spawned);
    return result;
  }
  result.out = drain(out[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  ::lseek(err_fd, 0, SEEK_SET);
  result.err = drain(err_fd);
  while (!result.err.empty() && (result.err.back() == '\n' || result.err.back() == '\r'))
    result.err.pop_back();
  return result;
}

bool is_yaml(std::string_view name) {
  return name.ends_with(".yaml") || name.ends_with(".yml");
}

}  // namespace

bool is_git_revision(const std::string& name) {
  if (name.empty() || name.front() == '-') return false;
  return run_git({"rev-parse", "--verify", "--quiet", name + "^{commit}"}).status == 0;
}

bool in_git_repository() {
  return run_git({"rev-parse", "--git-dir"}).status == 0;
}

namespace {

// The YAML files git lists (NUL-separated names), sorted; or what git said when it could not.
std::optional<std::vector<std::string>> yaml_files(std::vector<std::string> command,
                                                   const std::vector<std::string>& paths,
                                                   std::string& error) {
  command.push_back("--");
  if (paths.empty()) {
    command.push_back(".");
  } else {
    command.insert(command.end(), paths.begin(), paths.end());
  }
  const Output listed = run_git(command);
  if (listed.status != 0) {
    error = listed.err.empty() ? "git " + command.front() + " failed" : listed.err;
    return std::nullopt;
  }
  std::vector<std::string> names;
  for (std::size_t at = 0; at < listed.out.size();) {
    const std::size_t end = std::min(listed.out.find('\0', at), listed.out.size());
    std::string name = listed.out.substr(at, end - at);
    if (is_yaml(name)) names.push_back(std::move(name));
    at = end + 1;
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace

RevisionFiles read_git_revision(const std::string& revision,
                                const std::vector<std::string>& paths) {
  RevisionFiles result;
  std::string error;
  const auto names = yaml_files({"ls-tree", "-r", "-z", "--name-only", revision}, paths, error);
  if (!names) {
    result.error = error;
    return result;
  }
  // One git for all the files: "REV:./PATH" a line each ("./": relative to the current
  // directory, as ls-tree gave the names), answered "<id> blob <size>" and the bytes.
  std::string requests;
  for (const std::string& name : *names) requests += revision + ":./" + name + "\n";
  const Output blobs = run_git({"cat-file", "--batch"}, requests);
  if (blobs.status != 0) {
    result.error = blobs.err.empty() ? std::string("git cat-file failed") : blobs.err;
    return result;
  }
  std::size_t at = 0;
  for (const std::string& name : *names) {
    const std::size_t header_end = blobs.out.find('\n', at);
    if (header_end == std::string::npos) {
      result.error = "git cat-file gave no answer for " + name;
      return result;
    }
    const std::string_view header(blobs.out.data() + at, header_end - at);
    const std::size_t space = header.rfind(' ');
    if (header.find(" blob ") == std::string_view::npos || space == std::string_view::npos) {
      result.error = "git cat-file: " + std::string(header);
      return result;
    }
    const std::size_t size = std::stoul(std::string(header.substr(space + 1)));
    if (header_end + 1 + size > blobs.out.size()) {
      result.error = "git cat-file gave too little for " + name;
      return result;
    }
    result.files.push_back({revision + ":" + name, blobs.out.substr(header_end + 1, size)});
    at = header_end + 1 + size + 1;  // the bytes, then a line break
  }
  return result;
}

RevisionFiles read_git_worktree(const std::vector<std::string>& paths) {
  RevisionFiles result;
  std::string error;
  const auto names = yaml_files({"ls-files", "-z", "--cached"}, paths, error);
  if (!names) {
    result.error = error;
    return result;
  }
  for (const std::string& name : *names) {
    std::error_code missing;
    if (!std::filesystem::exists(name, missing)) continue;  // deleted in the working tree
    InputBytes input = read_input(name, 256ULL << 20);
    if (input.error) {
      result.error = "cannot read " + input.name;
      return result;
    }
    result.files.push_back({input.name, std::move(input.bytes)});
  }
  return result;
}

}  // namespace qobj
