// An agency's results year by year (eval::Trend) worded for people, the pieces every format of
// `qobj report --trend` shares.
#pragma once

#include <string>
#include <vector>

#include "core/diag/language.hpp"
#include "core/eval/trend.hpp"

namespace qobj::report {

// "Sở Công Thương: kết quả mục tiêu chất lượng qua các năm 2020–2021, tính đến ngày 31/01/2022"
std::string trend_title(const eval::AgencyTrend& agency, Date as_of, Lang lang);

// A row's id ("MT2", "MT4.2/tang-truong" when its objective has several targets) and what it
// is ("Giải quyết thủ tục hành chính…", or the target's own text for one of several).
std::string trend_row_id(const eval::TrendRow& row);
std::string trend_row_title(const eval::TrendRow& row);
// The latest year's target: "≥ 95%".
std::string trend_row_target(const eval::TrendRow& row, Lang lang);

// A year's result: "99,84% Không đạt", "Đạt", "—" in a year without the target; with the ids
// the target had that year when they were others: "… (khi đó là MT3)".
std::string trend_cell(const eval::AgencyTrend& agency, const eval::TrendRow& row, std::size_t year,
                       Lang lang);
// "MT3" or "MT3/dung-han" when the target had other ids that year; empty otherwise.
std::string trend_then_id(const eval::TrendRow& row, std::size_t year);

}  // namespace qobj::report
