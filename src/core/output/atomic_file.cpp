#include "core/output/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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

}  // namespace

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
      m_committed(other.m_committed) {
  other.m_fd = -1;
  other.m_committed = true;  // nothing left for it to remove
}

AtomicFile::~AtomicFile() {
  if (m_fd >= 0) ::close(m_fd);
  if (!m_committed) ::unlink(m_temp.c_str());
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
  return true;
}

}  // namespace qobj::output
