// Files as a git revision has them, read with the `git` command (README: why not libgit2): the
// only place the core runs another program, and only to read.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace qobj {

struct RevisionFile {
  std::string name;  // "HEAD~1:2024/objectives.yaml", as shown
  std::string bytes;
};

struct RevisionFiles {
  std::vector<RevisionFile> files;
  std::optional<std::string> error;  // what git said when it could not
};

// True when `name` is a commit of the git repository of the current directory ("HEAD~1",
// "v1", "main", a hash). False outside a repository or without git.
bool is_git_revision(const std::string& name);

// True when the current directory is inside a git repository (and git runs).
bool in_git_repository();

// Every *.yaml and *.yml file below `paths` (relative to the current directory; "." when none)
// as `revision` has it, sorted by path.
RevisionFiles read_git_revision(const std::string& revision, const std::vector<std::string>& paths);

// The same files as the working tree has them: those git tracks (so an untracked draft does
// not count, as in git diff), read from disk; one deleted from the disk is left out.
RevisionFiles read_git_worktree(const std::vector<std::string>& paths);

}  // namespace qobj
