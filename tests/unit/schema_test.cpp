#include "core/schema/schema.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>
#include <string>

#include "core/diag/catalogue.hpp"
#include "core/schema/json_value.hpp"
#include "core/schema/validate.hpp"
#include "core/yaml/reader.hpp"

using namespace qobj;
using namespace qobj::schema;

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    return fmt::format("[{}]", fmt::join(lines, " | ")).c_str();
  }
};
}  // namespace doctest

namespace {

std::shared_ptr<const yaml::Document> parse(const std::string& name, std::string text) {
  auto read = yaml::read_yaml(name, std::move(text));
  REQUIRE(read.document.has_value());
  return std::make_shared<const yaml::Document>(std::move(*read.document));
}

SchemaLoad load(std::string schema_text) {
  const auto doc = parse("schema.yaml", std::move(schema_text));
  return compile_schema(doc, doc->root(), "file:///schema.yaml");
}

// Every diagnostic of validating `instance` against `schema`, as "code line:column pointer".
std::vector<std::string> errors(std::string schema_text, std::string instance) {
  const auto compiled = load(std::move(schema_text));
  REQUIRE(compiled.schema.has_value());
  const auto doc = parse("data.yaml", std::move(instance));
  std::vector<std::string> out;
  for (const auto& d : validate(*compiled.schema, *doc)) {
    out.push_back(fmt::format("{} {}:{} {}", message_code(d.message), d.location.line,
                              d.location.column, d.pointer));
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("every error is reported, at the instance's position, with its pointer") {
  const std::string schema = R"(
type: object
required: [id, year]
additionalProperties: false
properties:
  id: {type: string}
  year: {type: integer, minimum: 2000}
  units:
    type: array
    items: {type: string, minLength: 2}
)";
  CHECK(errors(schema, "id: MT1\nyear: 1999\nunits: [vp, x, 3]\nextra: 1\n") ==
        Lines{"schema.minimum 2:7 /year", "schema.min-length 3:13 /units/1",
              "schema.type 3:16 /units/2", "schema.unknown-key 4:1 /extra"});
  CHECK(errors(schema, "units: []\n") == Lines{"schema.required 1:1 ", "schema.required 1:1 "});
  CHECK(errors(schema, "id: MT1\nyear: 2021\n").empty());
}

TEST_CASE("numbers compare exactly") {
  CHECK(errors("{type: number, exclusiveMinimum: 95}", "95").size() == 1);  // "trên 95%"
  CHECK(errors("{type: number, exclusiveMinimum: 95}", "95.0001").empty());
  CHECK(errors("{type: number, minimum: 100}", "99.96").size() == 1);  // 99,96% is not 100%
  CHECK(errors("{multipleOf: 0.01}", "0.07").empty());  // fails in binary floating point
  CHECK(errors("{multipleOf: 0.01}", "0.075") == Lines{"schema.multiple-of 1:1 "});
  CHECK(errors("{type: integer}", "1.0").empty());
  CHECK(errors("{type: integer}", "1.5") == Lines{"schema.type 1:1 "});
}

TEST_CASE("YAML typing: yes and 1.150 are not what they seem") {
  CHECK(errors("{type: boolean}", "yes") == Lines{"schema.type 1:1 "});
  CHECK(errors("{type: string}", "'1.150'").empty());
  CHECK(errors("{type: string}", "1.150") == Lines{"schema.type 1:1 "});
}

TEST_CASE("unknown keys and enum values get a did-you-mean hint") {
  const auto compiled = load(
      "{properties: {title: {}, unit: {enum: [phong-kt, van-phong]}}, additionalProperties: "
      "false}");
  REQUIRE(compiled.schema);
  const auto doc = parse("d.yaml", "titel: x\nunit: van-phng\n");
  const auto found = validate(*compiled.schema, *doc);
  REQUIRE(found.size() == 2);
  CHECK(found[0].message == MessageId::schema_unknown_key);
  CHECK(found[0].hint == MessageId::hint_did_you_mean);
  CHECK(format_message(*found[0].hint, Lang::en, found[0].args) == "did you mean \"title\"?");
  CHECK(found[1].message == MessageId::schema_enum);
  CHECK(format_message(*found[1].hint, Lang::vi, found[1].args) ==
        "có phải ý bạn là \"van-phong\"?");
  // Nothing close: the hint lists what is allowed.
  const auto far = validate(*compiled.schema, *parse("d.yaml", "completely: x\n"));
  REQUIRE(far.size() == 1);
  CHECK_FALSE(far[0].hint.has_value());
  CHECK(format_hint(far[0].message, Lang::en, far[0].args) ==
        "the keys allowed here are: title, unit");
}

TEST_CASE("a failed oneOf reports the alternative the person meant") {
  const std::string schema = R"(
oneOf:
  - {type: object, required: [kind, value], properties: {kind: {const: percentage}, value: {type: number, maximum: 100}}}
  - {type: object, required: [kind, count], properties: {kind: {const: zero-count}, count: {type: integer}}}
)";
  CHECK(errors(schema, "kind: percentage\nvalue: 120\n") == Lines{"schema.maximum 2:8 /value"});
  CHECK(errors(schema, "kind: zero-count\ncount: many\n") == Lines{"schema.type 2:8 /count"});
  // Both match nothing of the kind: one error naming the kinds wanted.
  const auto compiled = load("oneOf: [{type: string}, {type: array}]");
  const auto found = validate(*compiled.schema, *parse("d.yaml", "12"));
  REQUIRE(found.size() == 1);
  CHECK(format_message(found[0].message, Lang::en, found[0].args) ==
        "expected text or a list, found a whole number");
  CHECK(format_message(found[0].message, Lang::vi, found[0].args) ==
        "cần văn bản hoặc một danh sách, nhưng ở đây là một số nguyên");
}

TEST_CASE("Vietnamese text is matched by character, NFD input included") {
  CHECK(errors("{type: string, pattern: '^.{2}$', maxLength: 2}", "Hồ").empty());
  CHECK(errors("{type: string, pattern: '^.{2}$', maxLength: 2}", "Ho\xCC\x82\xCC\x80")
            .empty());  // read as NFC
}

TEST_CASE("references, recursion and the meta-schema") {
  const std::string tree = R"(
definitions:
  node:
    type: object
    properties:
      children: {type: array, items: {$ref: '#/definitions/node'}}
      name: {type: string}
$ref: '#/definitions/node'
)";
  CHECK(errors(tree, "name: a\nchildren:\n  - name: b\n  - name: 3\n") ==
        Lines{"schema.type 4:11 /children/1/name"});
  CHECK(errors("{$ref: 'http://json-schema.org/draft-07/schema#'}", "{type: 12}").size() == 1);
  // A reference back to itself that never moves into the value is found, not followed.
  CHECK(errors("{$ref: '#'}", "1") == Lines{"schema.ref-cycle 1:1 "});
}

TEST_CASE("a broken schema is reported when it is loaded, at the schema's position") {
  const auto bad = load(
      "properties:\n  a: {pattern: '(unclosed'}\n  b: {$ref: '#/definitions/missing'}\n  c: "
      "{minLength: -1}\n  d: 12\n");
  CHECK_FALSE(bad.schema.has_value());
  std::vector<std::string> found;
  for (const auto& d : bad.diagnostics) {
    found.push_back(
        fmt::format("{} {}:{}", message_code(d.message), d.location.line, d.location.column));
  }
  CHECK(found == Lines{"schema.bad-regex 2:16", "schema.unresolved-ref 3:13",
                       "schema.invalid-keyword 4:18", "schema.not-a-schema 5:6"});
}

TEST_CASE("closest_match finds typos, not strangers") {
  CHECK(closest_match("titel", {"title", "unit"}) == "title");
  CHECK(closest_match("Title", {"title"}) == "title");
  CHECK(closest_match("don-vi", {"don_vi"}) == "don_vi");
  CHECK_FALSE(closest_match("xyz", {"title", "unit"}).has_value());
}

// Hostile schemas (issue 10): each finishes in linear time with the error it deserves.
TEST_CASE("a reference back to itself through if/then is one schema.ref-cycle, not a hang") {
  CHECK(errors(R"({"if": {"$ref": "#"}, "then": {"$ref": "#"}})", "{a: [1, 2, {b: 3}]}") ==
        Lines{"schema.ref-cycle 1:1 "});
}

TEST_CASE("overlapping recursive oneOf on a deep value is explained once per level") {
  const std::string schema = R"({"oneOf": [{"items": {"$ref": "#"}},
                                          {"items": {"$ref": "#"}, "type": "array"}]})";
  const std::string deep = std::string(60, '[') + std::string(60, ']');
  // The innermost empty list matches both alternatives: that is the one error.
  CHECK(errors(schema, deep) == Lines{"schema.one-of 1:60 " + [] {
          std::string pointer;
          for (int i = 0; i < 59; ++i) pointer += "/0";
          return pointer;
        }()});
}

TEST_CASE("a chain of forty nested anyOf is tried once per level, and said once") {
  std::string definitions = "{d0: {type: string}";
  for (int k = 1; k <= 40; ++k) {
    definitions += fmt::format(
        ", d{0}: {{anyOf: [{{allOf: [{{$ref: '#/definitions/d{1}'}}, {{minLength: 1000}}]}}, "
        "{{allOf: [{{$ref: '#/definitions/d{1}'}}, {{maxLength: 0}}]}}]}}",
        k, k - 1);
  }
  const std::string schema = "{definitions: " + definitions + "}, $ref: '#/definitions/d40'}";
  CHECK(errors(schema, "abc") == Lines{"schema.min-length 1:1 "});
  CHECK(errors(schema, "''").empty());
}

TEST_CASE("uniqueItems compares by value through hashes: order of keys and 5 = 5.0") {
  std::string items = "[";
  for (int i = 0; i < 10000; ++i) items += fmt::format("{{a: {0}, b: [{0}, '{0}']}}, ", i);
  items += "{b: [5, '5'], a: 5.0}]";
  CHECK(errors("{uniqueItems: true}", items) == Lines{"schema.unique-items 1:296672 /10000"});
  CHECK(errors("{uniqueItems: true}", "[1, '1', [1], {a: 1}, {a: '1'}, true, null]").empty());
}

TEST_CASE("validation that takes too many steps stops with schema.budget, said once") {
  // Two thousand subschemas on each of a thousand items: more steps than the budget allows
  // (kValidationStepsFloor + kValidationStepsPerNode per node).
  std::string all_of;
  for (int i = 0; i < 2000; ++i) all_of += std::string(i ? ", " : "") + "{type: integer}";
  std::string items = "[";
  for (int i = 0; i < 1000; ++i) items += std::string(i ? ", " : "") + "1";
  items += "]";
  const auto found = errors("{items: {allOf: [" + all_of + "]}}", items);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rfind("schema.budget ", 0) == 0);
}

TEST_CASE("large schemas and mappings are looked up by name, with the same diagnostics") {
  std::string properties, required, instance;
  for (int i = 0; i < 100; ++i) {
    properties += fmt::format("{}p{}: {{type: integer}}", i ? ", " : "", i);
    if (i < 30) required += fmt::format("{}p{}", i ? ", " : "", i);
    if (i != 7) instance += fmt::format("p{}: {}\n", i, i == 42 ? "x" : "1");
  }
  instance += "p1000: 1\n";  // unknown, with a near miss among a hundred names
  const std::string schema = "{properties: {" + properties + "}, required: [" + required +
                             "], additionalProperties: false, dependencies: {p1: [p7]}}";
  const auto found = errors(schema, instance);
  CHECK(found == Lines{"schema.type 42:6 /p42", "schema.unknown-key 100:1 /p1000",
                       "schema.required 1:1 ", "schema.dependency 1:1 "});
}

TEST_CASE("anyOf of required keys says which keys are missing, and allows both") {
  const std::string schema = "{anyOf: [{required: [targets]}, {required: [children]}]}";
  CHECK(errors(schema, "{id: MT1}") == Lines{"schema.required-one-of 1:1 "});
  CHECK(errors(schema, "{targets: 1, children: 2}").empty());
  CHECK(errors(schema, "{children: 2}").empty());
}

TEST_CASE("oneOf of required keys says which keys, and keeps the standard's answer") {
  const std::string schema = "{oneOf: [{required: [targets]}, {required: [children]}]}";
  CHECK(errors(schema, "{id: MT1}") == Lines{"schema.required-one-of 1:1 "});
  CHECK(errors(schema, "{targets: 1, children: 2}") == Lines{"schema.keys-exclusive 1:1 "});
  CHECK(errors(schema, "{targets: 1}").empty());
  // A branch with another keyword is a real alternative: validity as the standard says.
  const std::string names =
      "{oneOf: [{required: [a], propertyNames: {pattern: '^[a-z]+$'}}, "
      "{required: [b]}]}";
  CHECK_FALSE(errors(names, "{a: 1, B: 2}").empty());
}

TEST_CASE("a misspelt required key is said once, at the misspelling") {
  CHECK(errors("{properties: {kind: {enum: [a, b]}}, required: [kind]}", "{knd: a}") ==
        Lines{"schema.unknown-key 1:2 /knd"});
  CHECK(errors("{properties: {title: {}}, required: [title], additionalProperties: false}",
               "{titel: x}") == Lines{"schema.unknown-key 1:2 /titel"});
}
