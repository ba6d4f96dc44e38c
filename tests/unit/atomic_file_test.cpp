#include "core/output/atomic_file.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iterator>

using qobj::output::AtomicFile;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "qobj-atomic-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path); }
  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(path), {}));
  }
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("an atomic file replaces its destination only when committed") {
  TempDir dir;
  const fs::path target = dir.path / "report.md";
  write_file(target, "old report");
  int error = 0;
  {
    auto file = AtomicFile::create(target.string(), error);
    REQUIRE(file.has_value());
    CHECK(fs::path(file->temp_path()).parent_path() == dir.path);  // same file system
    CHECK(file->write("half a rep"));
    CHECK(read(target) == "old report");  // untouched while being written
  }                                       // abandoned: a failed renderer, an exception…
  CHECK(read(target) == "old report");
  CHECK(dir.entries() == 1);  // no temporary file left behind

  auto file = AtomicFile::create(target.string(), error);
  REQUIRE(file.has_value());
  CHECK(file->write("new "));
  CHECK(file->write("report"));
  CHECK(file->commit(error));
  CHECK(read(target) == "new report");
  CHECK(dir.entries() == 1);
}

TEST_CASE("an atomic file keeps the permissions of the file it replaces") {
  TempDir dir;
  const fs::path target = dir.path / "report.csv";
  write_file(target, "a");
  ::chmod(target.c_str(), 0640);
  int error = 0;
  auto file = AtomicFile::create(target.string(), error);
  REQUIRE(file.has_value());
  CHECK(file->commit(error));
  struct stat info {};
  REQUIRE(::stat(target.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0640);
}

TEST_CASE("an atomic file in a missing directory is an error, not a crash") {
  int error = 0;
  CHECK_FALSE(AtomicFile::create("/nonexistent-qobj-dir/report.md", error).has_value());
  CHECK(error == ENOENT);
}
