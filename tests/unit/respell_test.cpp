#include "core/formats/respell.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <string>

using qobj::formats::date_from_day_first;
using qobj::formats::respellings;

namespace {

bool proposes(std::string_view text, std::string_view proposal) {
  const auto all = respellings(text);
  return std::find(all.begin(), all.end(), proposal) != all.end();
}

}  // namespace

TEST_CASE("periods as people write them are proposed as qobj writes them") {
  CHECK(proposes("Q4/2023", "2023-Q4"));
  CHECK(proposes("Quý IV/2023", "2023-Q4"));
  CHECK(proposes("quý 4 năm 2023", "2023-Q4"));
  CHECK(proposes("2023/Q1", "2023-Q1"));
  CHECK(proposes("6 tháng đầu năm 2023", "2023-H1"));
  CHECK(proposes("6 tháng cuối năm 2023", "2023-H2"));
  CHECK(proposes("9 tháng năm 2023", "2023-9M"));
  CHECK(proposes("tháng 3/2023", "2023-03"));
  CHECK(proposes("T3/2023", "2023-03"));
  CHECK(proposes("3/2023", "2023-03"));
  CHECK(proposes("năm 2023", "2023"));
}

TEST_CASE("a range of quarters or months is no single period: nothing is proposed for it") {
  // The measurements schema's pattern of a period.
  const std::regex period("^[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12]|-9M)?$");
  for (const std::string range : {"Q1-Q2/2021", "Quý III-IV/2021", "T7-T12/2021",
                                  "quý 1 và quý 2 năm 2021", "2021-2022", "Q5/2021"}) {
    INFO(range);
    for (const auto& proposal : respellings(range)) CHECK_FALSE(std::regex_match(proposal, period));
  }
}

TEST_CASE("ids without spaces and accents, dates day first") {
  CHECK(proposes("MT 8", "MT8"));
  CHECK(proposes("Sở Công Thương", "so-cong-thuong"));
  CHECK(proposes("Đội Quản lý", "doi-quan-ly"));
  CHECK(proposes("MT2 / dung-han", "MT2/dung-han"));
  // Words are joined by hyphens, a prefix and its number are not; the first proposal the
  // schema accepts is the one offered, so the order matters.
  CHECK(respellings("dung han").front() == "dung-han");
  CHECK(respellings("so cong thuong").front() == "so-cong-thuong");
  CHECK(respellings("MT 8").front() == "MT8");
  CHECK(respellings("MT2 / dung-han").front() == "MT2/dung-han");
  CHECK(proposes("Đúng hạn", "dung-han"));
  CHECK(date_from_day_first("31/12/2023") == "2023-12-31");
  CHECK(date_from_day_first("1.2.2023") == "2023-02-01");
  CHECK(date_from_day_first("ngày 5 tháng 6 năm 2023") == "2023-06-05");
  CHECK(date_from_day_first("2023-12-31").empty());  // year first: not this mistake
  CHECK(date_from_day_first("31/12").empty());
}

TEST_CASE("keys written in Vietnamese stand for qobj's keys") {
  using qobj::formats::key_meant;
  CHECK(key_meant("tieu_de") == "title");
  CHECK(key_meant("Tiêu đề") == "title");
  CHECK(key_meant("don-vi") == "unit");
  CHECK(key_meant("giá trị") == "value");
  CHECK_FALSE(key_meant("titel").has_value());  // a misspelling is did-you-mean's
}
