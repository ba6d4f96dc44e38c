// Runs the official JSON Schema Test Suite (draft 7) against qobj's validator and prints the
// count. Required: every file of the draft's folder except refRemote.json (qobj never fetches
// remote schemas), and optional/format/{date,date-time,regex}.json.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/schema/schema.hpp"
#include "core/schema/validate.hpp"
#include "core/yaml/core_schema.hpp"
#include "core/yaml/reader.hpp"

namespace fs = std::filesystem;
using namespace qobj;

namespace {

struct Tally {
  int passed = 0;
  int failed = 0;
};

void run_file(const fs::path& path, Tally& tally) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto read = yaml::read_yaml(path.string(), bytes.str());
  if (!read.document) {
    std::printf("FAIL %s: cannot read the file\n", path.c_str());
    ++tally.failed;
    return;
  }
  const auto doc = std::make_shared<const yaml::Document>(std::move(*read.document));
  for (const yaml::NodeId group : doc->items(doc->root())) {
    const auto schema_node = doc->find(group, "schema");
    const auto tests = doc->find(group, "tests");
    const std::string group_name(doc->text(*doc->find(group, "description")));
    const auto load = schema::compile_schema(doc, *schema_node, "http://localhost:1234/suite.json");
    for (const yaml::NodeId test : doc->items(*tests)) {
      const std::string name(doc->text(*doc->find(test, "description")));
      const bool expected = yaml::boolean_value(*doc, *doc->find(test, "valid"));
      bool actual = false;
      if (load.schema) {
        actual = schema::validate(*load.schema, *doc, *doc->find(test, "data")).empty();
      }
      if (load.schema && actual == expected) {
        ++tally.passed;
      } else {
        ++tally.failed;
        std::printf("FAIL %s: %s / %s (expected %s)%s\n", path.filename().c_str(),
                    group_name.c_str(), name.c_str(), expected ? "valid" : "invalid",
                    load.schema ? "" : " [schema did not load]");
      }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: run_suite DRAFT7_DIRECTORY\n");
    return 3;
  }
  const fs::path root = argv[1];
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.path().extension() == ".json" && entry.path().filename() != "refRemote.json") {
      files.push_back(entry.path());
    }
  }
  for (const char* optional : {"date.json", "date-time.json", "regex.json"}) {
    files.push_back(root / "optional" / "format" / optional);
  }
  std::sort(files.begin(), files.end());
  Tally tally;
  for (const auto& file : files) run_file(file, tally);
  std::printf("JSON Schema Test Suite, draft 7: %d of %d tests pass (%zu files)\n", tally.passed,
              tally.passed + tally.failed, files.size());
  return tally.failed == 0 && tally.passed > 0 ? 0 : 1;
}
