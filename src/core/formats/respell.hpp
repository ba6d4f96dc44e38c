// How a value of a qobj file was probably meant to be written, when it is not written the way
// the schema wants: ids with spaces or accents, periods and dates in the Vietnamese order.
// The schema validator offers the first proposal its pattern or format accepts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace qobj::formats {

// Proposals for `text`, most likely first: without spaces ("MT 3" → "MT3"), as an id
// ("Sở Công Thương" → "so-cong-thuong"), as a period ("Quý IV/2023", "Q4/2023", "6 tháng đầu
// năm 2023", "tháng 3/2023"), as a date ("31/12/2023" → "2023-12-31"). Empty when none.
std::vector<std::string> respellings(std::string_view text);

// A date written day first ("31/12/2023", "31-12-2023", "31.12.2023", "ngày 31 tháng 12 năm
// 2023") as YYYY-MM-DD, unchecked; empty when the text is not such a date.
std::string date_from_day_first(std::string_view text);

// The key of qobj's files a Vietnamese key stands for ("tieu_de", "tiêu đề" → title; "don_vi"
// → unit; "gia_tri" → value), compared without accents, case, spaces or underscores.
std::optional<std::string> key_meant(std::string_view key);

}  // namespace qobj::formats
