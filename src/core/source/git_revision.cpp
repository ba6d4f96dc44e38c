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

// Runs `git ARGS…` with no input; its standard error goes to a temporary file, so that a full
// pipe on one stream cannot stop the other.
Output run_git(const std::vector<std::string>& args) {
  Output result;
  int out[2];
  if (::pipe(out) != 0) return result;
  char err_name[] = "/tmp/qobj-git-XXXXXX";
  const int err_fd = ::mkstemp(err_name);
  if (err_fd < 0) {
    ::close(out[0]);
    ::close(out[1]);
    return result;
  }
  ::unlink(err_name);
  std::vector<std::string> words{"git", "-c", "core.quotepath=off"};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_fd, 2);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  pid_t pid = 0;
  const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
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
  for (const std::string& name : *names) {
    // "./" makes the path relative to the current directory, as ls-tree gave it.
    const Output blob = run_git({"cat-file", "blob", revision + ":./" + name});
    if (blob.status != 0) {
      result.error = blob.err.empty() ? "git cat-file failed for " + name : blob.err;
      return result;
    }
    result.files.push_back({revision + ":" + name, blob.out});
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
