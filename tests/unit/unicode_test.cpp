#include "core/text/unicode.hpp"

#include <doctest/doctest.h>

using namespace qobj::text;

TEST_CASE("to_nfc composes Vietnamese decomposed text") {
  // ệ in NFD is e + dot below (U+0323) + circumflex (U+0302): the dot comes first.
  CHECK(to_nfc("e\xCC\xA3\xCC\x82") == "\xE1\xBB\x87");
  // The other order is canonically equivalent and composes the same.
  CHECK(to_nfc("e\xCC\x82\xCC\xA3") == "\xE1\xBB\x87");
  CHECK(to_nfc("Ho\xCC\x82\xCC\x80 Chi\xCC\x81 Minh") == "Hồ Chí Minh");
  CHECK(to_nfc("plain ASCII") == "plain ASCII");
  CHECK(is_nfc("Hồ"));
  CHECK_FALSE(is_nfc("Ho\xCC\x82\xCC\x80"));
}

TEST_CASE("display_width counts terminal columns") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("Hồ") == 2);
  CHECK(display_width("Ho\xCC\x82\xCC\x80") == 2);  // combining marks take no column
  CHECK(display_width("越南") == 4);                // wide characters take two
}

TEST_CASE("the NFC fast path accepts only text that normalisation leaves alone") {
  CHECK(is_stable_under_nfc("Sở Công Thương tỉnh Ninh Bình: Đạt 100%, Việt"));
  CHECK_FALSE(is_stable_under_nfc("Ho\xCC\x82"));    // a combining mark
  CHECK_FALSE(is_stable_under_nfc("\xE2\x84\xAB"));  // U+212B ANGSTROM SIGN becomes U+00C5
  CHECK_FALSE(is_stable_under_nfc("\xE1\x84\x80\xE1\x85\xA1"));  // Hangul jamo compose
  CHECK(to_nfc("\xE2\x84\xAB") == "\xC3\x85");
}

TEST_CASE("words are folded for looking up what a person typed") {
  CHECK(qobj::text::folded_word("Không đạt") == "khongdat");
  CHECK(qobj::text::folded_word("khong-dat") == "khongdat");
  CHECK(qobj::text::folded_word("Tiêu_đề") == "tieude");
  CHECK(qobj::text::strip_accents("Sở Công Thương, Đội") == "So Cong Thuong, Doi");
}
