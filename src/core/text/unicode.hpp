// Unicode services that need tables: normalisation and display width (utf8proc).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace qobj::text {

// The NFC form of valid UTF-8 text. ASCII text is returned unchanged without a table lookup.
std::string to_nfc(std::string_view utf8);
// Upper case by Unicode's simple mapping, for a document's title: "năm học" → "NĂM HỌC".
std::string to_upper(std::string_view utf8);
// "Quyết định" from "QUYẾT ĐỊNH": the first letter upper case, the others lower, for a kind of
// document named in a sentence.
std::string to_sentence_case(std::string_view utf8);
// Whether the text begins with a lowercase letter ("tăng 9,4%…": it continues a sentence).
bool starts_lowercase(std::string_view utf8);

// True when `utf8` is already NFC (cheap for ASCII).
bool is_nfc(std::string_view utf8);

// A fast, conservative test: true when every character is one that no normalisation changes
// or combines (below U+0300, or a precomposed letter of U+1E00..U+1EFF such as Vietnamese
// "ệ"); false means "normalise to find out".
bool is_stable_under_nfc(std::string_view utf8);

// Columns a terminal uses to show the text: combining marks take 0, wide (CJK) characters 2.
std::size_t display_width(std::string_view utf8);

// The text cut to at most `width` columns, an ellipsis standing for what was cut.
std::string fit_width(std::string_view utf8, std::size_t width);

// The text without its accents: Vietnamese letters become plain Latin ones ("Sở Công Thương"
// is "So Cong Thuong", "đ" is "d"). For suggesting an id, never for comparing names.
std::string strip_accents(std::string_view utf8);

// A word as a person may type it, for looking it up: accents stripped, lowercase, only the
// ASCII letters and digits kept ("Không đạt", "khong-dat", "khong_dat" are all "khongdat").
std::string folded_word(std::string_view utf8);

}  // namespace qobj::text
