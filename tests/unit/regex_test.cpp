#include "core/schema/regex.hpp"

#include <doctest/doctest.h>

using qobj::schema::Regex;

TEST_CASE("patterns match code points, not bytes") {
  const auto two = Regex::compile("^.{2}$");
  REQUIRE(two);
  CHECK(two->search("Hồ") == true);
  CHECK(two->search("Hồ Chí") == false);
  const auto word = Regex::compile("^[a-zà-ỹđ -]+$");
  REQUIRE(word);
  CHECK(word->search("phòng kế hoạch") == true);
}

TEST_CASE("search is unanchored, $ matches only at the end, \\u escapes work") {
  CHECK(Regex::compile("b")->search("abc") == true);
  CHECK(Regex::compile("^abc$")->search("abc\n") == false);
  CHECK(Regex::compile("\\u1EC7")->search("Việt") == true);
  CHECK(Regex::compile("^\\d+$")->search("٣") == false);  // \d is ASCII in ECMA-262
}

TEST_CASE("invalid and non-ECMA patterns are refused with a reason") {
  Regex::Error error;
  CHECK_FALSE(Regex::compile("(unclosed", &error).has_value());
  CHECK_FALSE(error.message.empty());
  CHECK_FALSE(Regex::compile("\\a", &error).has_value());
  CHECK(error.offset == 0);
  CHECK_FALSE(Regex::compile("ab\\", &error).has_value());
}

TEST_CASE("runaway backtracking stops instead of hanging") {
  const auto evil = Regex::compile("^(a+)+$");
  REQUIRE(evil);
  CHECK_FALSE(evil->search(std::string(40, 'a') + "!").has_value());
}
