#include "core/schema/uri.hpp"

#include <doctest/doctest.h>

using namespace qobj::schema;

TEST_CASE("references resolve as RFC 3986 says") {
  CHECK(resolve_uri("http://localhost:1234/tree", "node") == "http://localhost:1234/node");
  CHECK(resolve_uri("http://x.org/a/b/c.json", "../d.json#/e") == "http://x.org/a/d.json#/e");
  CHECK(resolve_uri("http://x.org/a/b.json", "#foo") == "http://x.org/a/b.json#foo");
  CHECK(resolve_uri("http://x.org/a/b.json#old", "#") == "http://x.org/a/b.json#");
  CHECK(resolve_uri("http://x.org/a/b.json", "http://y.org/z") == "http://y.org/z");
  CHECK(resolve_uri("http://x.org/a/b.json", "/root.json") == "http://x.org/root.json");
  CHECK(resolve_uri("file:///s/schema.yaml", "defs.yaml#/a") == "file:///s/defs.yaml#/a");
  CHECK(resolve_uri("http://x.org/a/b.json", "./c/./d/../e") == "http://x.org/a/c/e");
}

TEST_CASE("fragments and percent-encoding") {
  CHECK(without_fragment("http://x/y#/a/b") == "http://x/y");
  CHECK(fragment_of("http://x/y#/a/b") == "/a/b");
  CHECK(fragment_of("http://x/y").empty());
  CHECK(percent_decode("/definitions/a%25b%20c") == "/definitions/a%b c");
  CHECK(percent_decode("%zz%4") == "%zz%4");
}
