// A file written beside its destination and renamed over it once complete: an existing file
// is either left as it was or wholly replaced, never half overwritten (a crash, a full disk or
// a failed renderer leave it untouched).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qobj::output {

// From now on, an interrupt, a hang-up or a termination removes the temporary files not yet
// renamed (a province's report stopped with Ctrl-C leaves nothing beside its outputs), then
// ends the process as the signal would have.
void remove_temporaries_on_signals();

class AtomicFile {
 public:
  // Creates the temporary file in the destination's directory (a rename across file systems
  // would not be atomic). nullopt with `error` set (an errno
  // value) when it cannot.
  static std::optional<AtomicFile> create(const std::string& path, int& error);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // removes the temporary file unless committed

  // Where the content is being written: for libraries that write a file by name.
  const std::string& temp_path() const { return m_temp; }

  bool write(std::string_view bytes);
  // Flushes to disk and closes; false with `error` set (why the first write, the flush or the
  // close failed). After it, only the rename is left: several files can all be complete
  // before any replaces its destination.
  bool finish(int& error);
  // Finishes if need be, then renames over the destination; false with `error` set when it
  // fails, and then the destination is as it was.
  bool commit(int& error);
  // The same, for a file that must not exist yet: the content is linked in under the
  // destination's name, which fails with EEXIST (and writes nothing) when the name is taken,
  // even by a file created in the meantime.
  bool commit_new(int& error);

 private:
  AtomicFile(std::string path, std::string temp, int fd);
  void forget_temporary();  // renamed, linked or removed: no longer the signals' to remove

  std::string m_path, m_temp;
  int m_fd = -1;
  bool m_failed = false;
  int m_write_errno = 0;  // why the first write failed
  bool m_committed = false;
  int m_slot = -1;  // where the signals find its name (-1: nowhere)
};

}  // namespace qobj::output
