#include "core/text/utf8.hpp"

#include <doctest/doctest.h>

using namespace qobj::text;

TEST_CASE("find_invalid_utf8 accepts well-formed text") {
  CHECK_FALSE(find_invalid_utf8("").has_value());
  CHECK_FALSE(find_invalid_utf8("Sở Công Thương năm 2021, 𝄞").has_value());
  CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF").has_value());  // U+10FFFF
}

TEST_CASE("find_invalid_utf8 points at the first bad byte") {
  CHECK(find_invalid_utf8("abc\xFF") == 3);
  CHECK(find_invalid_utf8("S\xF4ng") == 1);               // Latin-1 ô
  CHECK(find_invalid_utf8("ab\xC0\xAF") == 2);            // overlong '/'
  CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);          // overlong, 3 bytes
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);         // surrogate D800
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);      // above U+10FFFF
  CHECK(find_invalid_utf8("ok \xE1\xBB") == 3);           // truncated at the end
  CHECK(find_invalid_utf8("12345678\x80") == 8);          // after the 8-byte fast path
  CHECK(find_invalid_utf8("\xE1\xBB\x87\xE1\x41") == 3);  // bad continuation
}

TEST_CASE("code points are counted and decoded") {
  CHECK(count_code_points("Hồ") == 2);
  CHECK(count_code_points("Ho\xCC\x82\xCC\x80") == 4);  // NFD: o + circumflex + grave
  std::size_t pos = 0;
  CHECK(decode_code_point("ệ", pos) == U'\u1EC7');
  CHECK(pos == 3);
  std::string out;
  append_utf8(out, U'\u1EC7');
  append_utf8(out, U'\U0001D11E');
  CHECK(out == "ệ𝄞");
  CHECK(is_ascii("MT1: 100%"));
  CHECK_FALSE(is_ascii("Đạt"));
}
