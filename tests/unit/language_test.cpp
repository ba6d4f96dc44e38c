#include "core/diag/language.hpp"

#include <doctest/doctest.h>

using namespace qobj;

TEST_CASE("parse_lang") {
  CHECK(parse_lang("vi") == Lang::vi);
  CHECK(parse_lang("VI") == Lang::vi);
  CHECK(parse_lang("vi_VN.UTF-8") == Lang::vi);
  CHECK(parse_lang("en") == Lang::en);
  CHECK_FALSE(parse_lang("video").has_value());
  CHECK_FALSE(parse_lang("").has_value());
}

TEST_CASE("the environment chooses the language in order") {
  CHECK(language_from_environment({}) == Lang::en);
  CHECK(language_from_environment({"", "", "", "vi_VN.UTF-8"}) == Lang::vi);
  CHECK(language_from_environment({"en", "vi_VN", "", ""}) == Lang::en);
  CHECK(language_from_environment({"vi", "C.UTF-8", "", ""}) == Lang::vi);
  // LC_ALL wins over LANG, even when it is not Vietnamese.
  CHECK(language_from_environment({"", "C.UTF-8", "", "vi_VN"}) == Lang::en);
  CHECK(language_from_environment({"", "", "vi", "en_US"}) == Lang::vi);
  // An unknown QOBJ_LANG falls through to the locale.
  CHECK(language_from_environment({"fr", "", "", "vi_VN"}) == Lang::vi);
}
