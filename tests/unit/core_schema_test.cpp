#include "core/yaml/core_schema.hpp"

#include <doctest/doctest.h>

#include "core/yaml/reader.hpp"

using namespace qobj::yaml;

TEST_CASE("plain scalars resolve by the YAML 1.2 core schema") {
  CHECK(resolve_plain_scalar("") == JsonType::null);
  CHECK(resolve_plain_scalar("~") == JsonType::null);
  CHECK(resolve_plain_scalar("NULL") == JsonType::null);
  CHECK(resolve_plain_scalar("true") == JsonType::boolean);
  CHECK(resolve_plain_scalar("False") == JsonType::boolean);
  // YAML 1.1 booleans are text in 1.2: a secretary's "yes" never becomes true.
  CHECK(resolve_plain_scalar("yes") == JsonType::string);
  CHECK(resolve_plain_scalar("off") == JsonType::string);
  CHECK(resolve_plain_scalar("12") == JsonType::integer);
  CHECK(resolve_plain_scalar("-12") == JsonType::integer);
  CHECK(resolve_plain_scalar("010") == JsonType::integer);  // decimal ten, not octal eight
  CHECK(resolve_plain_scalar("0x1F") == JsonType::integer);
  CHECK(resolve_plain_scalar("1.150") == JsonType::number);
  CHECK(resolve_plain_scalar("7,5") == JsonType::string);
  CHECK(resolve_plain_scalar("2021-12-31") == JsonType::string);
  CHECK(resolve_plain_scalar(".inf") == JsonType::number);
}

TEST_CASE("quoted, block and tagged scalars") {
  const auto read =
      read_yaml("t.yaml", "a: '12'\nb: !!str 12\nc: |\n  12\nd: !!int \"7\"\ne: 010\nf: [1, {}]\n");
  REQUIRE(read.document);
  const Document& doc = *read.document;
  auto type = [&](const char* key) { return json_type(doc, *doc.find(doc.root(), key)); };
  CHECK(type("a") == JsonType::string);
  CHECK(type("b") == JsonType::string);
  CHECK(type("c") == JsonType::string);
  CHECK(type("d") == JsonType::integer);
  CHECK(type("e") == JsonType::integer);
  CHECK(to_decimal_string(*number_value(doc, *doc.find(doc.root(), "e"))) == "10");
  CHECK(type("f") == JsonType::array);
  CHECK(json_type(doc, doc.root()) == JsonType::object);
}
