// The one-stop-shop's quarterly form (Biểu số 06/VPCP/KSTT, ../shared/one-stop-data.md): its
// counted columns, the competing definitions of "trước và đúng hạn" as ratios of them, the
// form's identities, and how the counts of several periods add up (flows summed, stocks taken
// from the first or the last period). Pure arithmetic, shared by the checks, the evaluation and
// `qobj import`.
#pragma once

#include <gmpxx.h>

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "core/model/codes.hpp"

namespace qobj::model {

// The counted columns, by the number the form prints above them; `resolved_in_time` and
// `received_new` are the older layout's "Trả đúng thời hạn" (columns 8 and 9 together) and
// "Mới tiếp nhận" (columns 4 and 5 together).
enum class OneStopColumn : std::uint8_t {
  received,            // (3) Tổng số nhận giải quyết
  received_online,     // (4) Trong đó: trực tuyến
  received_in_person,  // (5) Trực tiếp, dịch vụ bưu chính
  carried_over,        // (6) Từ kỳ trước (a stock: the first period's)
  resolved,            // (7) Đã giải quyết: tổng số
  resolved_early,      // (8) Trước hạn
  resolved_on_time,    // (9) Đúng hạn
  resolved_late,       // (10) Quá hạn
  pending,             // (11) Đang giải quyết: tổng số (a stock: the last period's)
  pending_in_time,     // (12) Trong hạn (a stock)
  pending_late,        // (13) Quá hạn (a stock)
  resolved_in_time,    // (8)+(9), as the older layout prints it ("Trả đúng thời hạn")
  received_new,        // (4)+(5), as the older layout prints it ("Mới tiếp nhận")
};
inline constexpr std::size_t kOneStopColumns = 13;

// In the form's order, as records write them.
template <>
struct CodeTable<OneStopColumn> {
  static constexpr std::pair<OneStopColumn, std::string_view> entries[] = {
      {OneStopColumn::received, "received"},
      {OneStopColumn::received_online, "received_online"},
      {OneStopColumn::received_in_person, "received_in_person"},
      {OneStopColumn::received_new, "received_new"},
      {OneStopColumn::carried_over, "carried_over"},
      {OneStopColumn::resolved, "resolved"},
      {OneStopColumn::resolved_early, "resolved_early"},
      {OneStopColumn::resolved_on_time, "resolved_on_time"},
      {OneStopColumn::resolved_in_time, "resolved_in_time"},
      {OneStopColumn::resolved_late, "resolved_late"},
      {OneStopColumn::pending, "pending"},
      {OneStopColumn::pending_in_time, "pending_in_time"},
      {OneStopColumn::pending_late, "pending_late"},
  };
};

// The number the 13-column form prints above a column ("(8)"); the older layout's combined
// column is "(8)+(9)".
std::string_view form_column_label(OneStopColumn column);
// A stock is counted at a moment (carried over from the last period, pending at its end): it is
// never added across periods.
bool is_stock(OneStopColumn column);

// Which ratio "trước và đúng hạn" means (../shared/one-stop-data.md, "Which ratio").
enum class OneStopDefinition : std::uint8_t {
  resolved,                   // (8+9) / (7)
  resolved_without_returned,  // (8+9) / (8+9+10)
  due,                        // (8+9) / (8+9+10+13)
  qd766,                      // (8+9+12) / (7+11)
  online,                     // (4) / (4+5): the share received online
};

template <>
struct CodeTable<OneStopDefinition> {
  static constexpr std::pair<OneStopDefinition, std::string_view> entries[] = {
      {OneStopDefinition::resolved, "resolved"},
      {OneStopDefinition::resolved_without_returned, "resolved-without-returned"},
      {OneStopDefinition::due, "due"},
      {OneStopDefinition::qd766, "qd766"},
      {OneStopDefinition::online, "online"},
  };
};

// "(8+9) / (7)": the formula as the form's column numbers write it.
std::string_view formula_of(OneStopDefinition definition);
// Whether the ratio counts a stock (pending dossiers), so that periods can only be added up
// from their columns, never from their ratios' terms.
bool uses_stocks(OneStopDefinition definition);

// The counts of one row of the form (one period), each column present or not.
struct OneStopCounts {
  std::array<std::optional<mpq_class>, kOneStopColumns> cells;

  const std::optional<mpq_class>& operator[](OneStopColumn c) const {
    return cells[static_cast<std::size_t>(c)];
  }
  std::optional<mpq_class>& operator[](OneStopColumn c) {
    return cells[static_cast<std::size_t>(c)];
  }
  bool empty() const;
};

struct RatioTerms {
  mpq_class numerator, denominator;
};

// A definition applied to counts: its terms, or the columns it needs that the counts lack.
struct DefinitionResult {
  std::optional<RatioTerms> terms;
  std::vector<OneStopColumn> missing;
};
DefinitionResult apply_definition(OneStopDefinition definition, const OneStopCounts& counts);

// The dossiers resolved before or on time, (8)+(9): the two columns, else the older layout's
// combined one.
std::optional<mpq_class> resolved_in_time(const OneStopCounts& counts);

// A total the form prints that disagrees with the columns it is the sum of:
// (3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13), (8)+(9) and (4)+(5) written both
// ways; and
// (3) >= (7)+(11): what was resolved and what is pending were received (the rest was returned
// or withdrawn). Under `resolved-without-returned` (7) also counts the dossiers returned: it may
// exceed its parts.
struct IdentityGap {
  OneStopColumn total;
  std::vector<OneStopColumn> parts;
  mpq_class total_value, parts_sum;
  bool at_least = false;  // the total may exceed its parts, not fall short of them

  mpq_class difference() const { return abs(total_value - parts_sum); }
};
std::vector<IdentityGap> identity_gaps(const OneStopCounts& counts,
                                       OneStopDefinition definition = OneStopDefinition::resolved);

// The counts of consecutive periods (in order) as one: flows summed, the carried-over stock
// from the first period, the pending stocks from the last; a column some period lacks is
// absent. (3), which holds the carried-over stock, is the flows received plus the first stock.
OneStopCounts combine_periods(const std::vector<const OneStopCounts*>& periods);

}  // namespace qobj::model
