// The decision that issues the quality objectives ("QUYẾT ĐỊNH … Phê duyệt Mục tiêu chất lượng
// năm 2021"), laid out from the objectives file alone: its `document:` (issuer, number, date,
// title, legal bases, proposal, articles, closing, signer, distribution) and its objectives,
// listed in the first article that introduces them, or, in a document without articles (a
// sheet of objectives), as the table the agencies use: STT, objective, measure, start, end.
#pragma once

#include <optional>
#include <string>

#include "core/diag/language.hpp"
#include "core/model/model.hpp"
#include "core/official/layout.hpp"
#include "core/official/nd30.hpp"
#include "core/time/date.hpp"

namespace qobj::documents {

official::Layout decision_layout(const model::ObjectivesFile& file, Lang lang,
                                 const official::Issue& issue);

}  // namespace qobj::documents
