// Periods as people name them, in either language: "quý III/2021" / "Q3 2021", "tháng
// 7/2021" / "Jul 2021", "6 tháng đầu năm 2021" / "H1 2021", and lists of them.
#pragma once

#include <string>
#include <vector>

#include "core/diag/language.hpp"
#include "core/time/date.hpp"

namespace qobj {

// A date as the language writes it: vi 31/12/2021, en 2021-12-31.
std::string date_wording(const Date& date, Lang lang);

std::string period_wording(const Period& period, Lang lang);

// Several periods: quarters or months of one year share it ("quý III, quý IV năm 2021",
// "Q3, Q4 2021"); anything else is listed in full.
std::string periods_wording(const std::vector<Period>& periods, Lang lang);

}  // namespace qobj
