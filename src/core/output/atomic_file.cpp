#include "core/output/atomic_file.hpp"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

namespace qobj::output {

namespace {

// The permissions a new file gets (0666 less the umask); mkstemp's 0600 would surprise.
mode_t default_mode() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// The temporary files a signal removes: their names copied into slots a signal handler can
// read (it may not allocate nor lock). A slot is free (0), being filled (1) or in use (2).
struct Slot {
  std::atomic<int> state{0};
  char path[PATH_MAX];
};
constexpr int kSlots = 64;
Slot g_slots[kSlots];
static_assert(std::atomic<int>::is_always_lock_free);

int take_slot(const std::string& path) {
  if (path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int free = 0;
    if (!g_slots[i].state.compare_exchange_strong(free, 1)) continue;
    std::memcpy(g_slots[i].path, path.c_str(), path.size() + 1);
    g_slots[i].state.store(2);
    return i;
  }
  return -1;  // more files than slots: those are left to the destructors alone
}

extern "C" void remove_temporaries_and_end(int signal_number) {
  for (Slot& slot : g_slots) {
    if (slot.state.load() == 2) ::unlink(slot.path);
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

}  // namespace

void remove_temporaries_on_signals() {
  struct sigaction action {};
  action.sa_handler = remove_temporaries_and_end;
  ::sigemptyset(&action.sa_mask);
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP})
    ::sigaction(signal_number, &action, nullptr);
}

AtomicFile::AtomicFile(std::string path, std::string temp, int fd)
    : m_path(std::move(path)), m_temp(std::move(temp)), m_fd(fd), m_slot(take_slot(m_temp)) {}

void AtomicFile::forget_temporary() {
  if (m_slot >= 0) g_slots[m_slot].state.store(0);
  m_slot = -1;
}

std::optional<AtomicFile> AtomicFile::create(const std::string& path, int& error) {
  const std::filesystem::path destination(path);
  const std::filesystem::path directory =
      destination.has_parent_path() ? destination.parent_path() : std::filesystem::path(".");
  // A short name of its own: the destination's name may already be as long as names can be.
  std::string pattern = (directory / ".qobj-XXXXXX").string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) {
    error = errno;
    return std::nullopt;
  }
  struct stat existing {};
  // Replacing a file keeps its permissions; a new one gets the usual ones.
  ::fchmod(fd, ::stat(path.c_str(), &existing) == 0 ? (existing.st_mode & 07777) : default_mode());
  return AtomicFile(path, std::string(name.data()), fd);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : m_path(std::move(other.m_path)),
      m_temp(std::move(other.m_temp)),
      m_fd(other.m_fd),
      m_failed(other.m_failed),
      m_write_errno(other.m_write_errno),
      m_committed(other.m_committed),
      m_slot(other.m_slot) {
  other.m_fd = -1;
  other.m_committed = true;  // nothing left for it to remove
  other.m_slot = -1;
}

AtomicFile::~AtomicFile() {
  if (m_fd >= 0) ::close(m_fd);
  if (!m_committed) ::unlink(m_temp.c_str());
  forget_temporary();
}

bool AtomicFile::write(std::string_view bytes) {
  while (!m_failed && !bytes.empty()) {
    const ssize_t written = ::write(m_fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      m_failed = true;
      m_write_errno = errno;
      break;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return !m_failed;
}

bool AtomicFile::finish(int& error) {
  if (m_fd < 0) return !m_failed;  // finished already
  if (m_failed) {
    error = m_write_errno;
    return false;
  }
  const bool flushed = ::fsync(m_fd) == 0;
  const int flush_errno = errno;
  const bool closed = ::close(m_fd) == 0;
  m_fd = -1;
  if (!flushed || !closed) {
    m_failed = true;
    error = flushed ? errno : flush_errno;
    return false;
  }
  return true;
}

bool AtomicFile::commit(int& error) {
  if (!finish(error)) return false;
  if (::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    error = errno;
    return false;
  }
  m_committed = true;
  forget_temporary();
  return true;
}

bool AtomicFile::commit_new(int& error) {
  if (!finish(error)) return false;
  if (::link(m_temp.c_str(), m_path.c_str()) != 0) {
    error = errno;
    return false;
  }
  ::unlink(m_temp.c_str());
  m_committed = true;
  forget_temporary();
  return true;
}

}  // namespace qobj::output
