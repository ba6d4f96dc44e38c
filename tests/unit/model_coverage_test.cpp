// Nothing the schemas accept is silently ignored: every property of the objectives and
// measurements schemas is used by the every-field fixture (so that the fixture keeps up with
// the schemas), and every key of that fixture is read by the model, unless it is listed below
// with the reason it is not.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/check/check.hpp"
#include "core/diag/catalogue.hpp"
#include "core/formats/builtin_schemas.hpp"
#include "core/model/plans.hpp"
#include "core/schema/validate.hpp"
#include "core/yaml/document.hpp"

using namespace qobj;

namespace {

// Keys the model does not read, and why.
const std::map<std::string, std::string> kNotRead = {
    {"/format", "tells the file's kind before it is read (formats::detect_kind)"},
    {"/version", "the schema accepts version 1 only; a later version is migrated before reading"},
};

std::string fixture(const std::string& name) {
  const std::string path =
      std::string(QOBJ_SOURCE_DIR) + "/tests/fixtures/model/every-field/" + name;
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The JSON pointer of a node, with array indices replaced by "*": one entry per schema path.
std::string generic(std::string pointer) {
  std::string out;
  std::size_t i = 0;
  while (i < pointer.size()) {
    const std::size_t next = pointer.find('/', i + 1);
    const std::string token = pointer.substr(i, next == std::string::npos ? next : next - i);
    const bool index =
        token.size() > 1 && token.find_first_not_of("0123456789", 1) == std::string::npos;
    out += index ? "/*" : token;
    i = next == std::string::npos ? pointer.size() : next;
  }
  return out;
}

}  // namespace

TEST_CASE("every property of the schemas is read into the model, or listed with a reason") {
  // measurements.yaml holds the calendar year's records; one-stop.yaml those imported from the
  // one-stop shop's form, over its own reporting year.
  CheckResult checked = check_texts({{"objectives.yaml", fixture("objectives.yaml")},
                                     {"measurements.yaml", fixture("measurements.yaml")},
                                     {"one-stop.yaml", fixture("one-stop.yaml")}},
                                    {});
  for (const Diagnostic& d : checked.diagnostics) {
    INFO(d.location.file << ":" << d.location.line << " " << message_code(d.message));
    CHECK(d.severity != Severity::error);
  }
  const model::Repository& repo = checked.repository;
  REQUIRE(repo.objectives.size() == 1);
  REQUIRE(repo.measurements.size() == 2);

  for (const formats::FileKind kind :
       {formats::FileKind::objectives, formats::FileKind::measurements}) {
    const schema::Schema& schema = formats::builtin_schema(kind);
    std::vector<std::uint32_t> documents;
    if (kind == formats::FileKind::objectives) {
      documents.push_back(repo.objectives.front().document);
    } else {
      for (const model::MeasurementsFile& file : repo.measurements)
        documents.push_back(file.document);
    }

    // The fixture's files together use every property the schema declares.
    schema::PropertyTrace used;
    for (const std::uint32_t document : documents)
      CHECK(schema::validate(schema, *repo.documents[document], &used).empty());
    const std::uint32_t own = schema.at(schema.root()).document;
    for (schema::SchemaId id = 0; id < schema.size(); ++id) {
      const schema::Subschema& s = schema.at(id);
      if (s.document != own) continue;  // the draft-07 meta-schema
      for (const auto& property : s.properties) {
        const std::string& name = property.first;  // named: clang 14 cannot capture a binding
        INFO("schema property "
             << schema.document_of(s).pointer(s.node) << "/properties/" << name
             << " is not used by tests/fixtures/model/every-field/: add it there");
        CHECK(used.used.count({id, name}) == 1);
      }
    }

    // The model reads every key of the fixture.
    for (std::size_t index = 0; index < documents.size(); ++index) {
      const std::uint32_t document = documents[index];
      const yaml::Document& doc = *repo.documents[document];
      model::ReadTrace trace;
      if (kind == formats::FileKind::objectives) {
        (void)model::read_objectives(doc, document, &trace);
      } else {
        const model::MeasurementsFile file = model::read_measurements(doc, document, &trace);
        for (const model::Record& record : file.records)
          (void)model::read_record_data(repo, repo.measurements[index], record, &trace);
      }
      for (yaml::NodeId node = 0; node < doc.node_count(); ++node) {
        if (doc.is_alias(node) || doc.kind(node) != yaml::NodeKind::mapping) continue;
        for (const yaml::Entry entry : doc.entries(node)) {
          const std::string path = generic(doc.pointer(entry.value));
          if (kNotRead.count(path)) continue;
          INFO("the model never reads " << path << " (" << doc.location(entry.key).file << ":"
                                        << doc.location(entry.key).line << ")");
          CHECK(trace.read.at(entry.value));
        }
      }
    }
  }
}

TEST_CASE("a key the model does not read is found") {
  // The trace is not vacuous: a key looked up by nobody stays unread.
  CheckResult checked = check_texts({{"o.yaml", fixture("objectives.yaml")}}, {});
  const model::Repository& repo = checked.repository;
  REQUIRE(repo.objectives.size() == 1);
  const yaml::Document& doc = *repo.documents[repo.objectives.front().document];
  model::ReadTrace trace;
  (void)model::read_objectives(doc, 0, &trace);
  const auto format = doc.find(doc.root(), "format");
  REQUIRE(format.has_value());
  CHECK_FALSE(trace.read.at(*format));
  CHECK(trace.read.at(*doc.find(doc.root(), "standard")));
}
