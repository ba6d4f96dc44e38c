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

namespace qobj::official {

// What the command line adds to a document: where it is issued ("Kon Tum"), and its number and
// date when the file does not say them. Left empty, they are dotted for the pen.
struct Issue {
  std::string number, place;
  std::optional<Date> date;
};

Layout decision_layout(const model::ObjectivesFile& file, Lang lang, const Issue& issue);

// What the parts of documents share: the heading's texts for a document `issuer` issues (the
// decision's issuer, or the agency itself for its plan and report) under the agency's parent,
// a document symbol ("QĐ", "KH", "BC"; none: no number line unless `number` is given) and a
// date, as the run's language writes them.
Heading document_heading(const model::ObjectivesFile& file, const std::string& issuer, Lang lang,
                         const Issue& issue, const std::string& number,
                         const std::optional<Date>& date, const std::string& symbol);
// The signature of a document of the agency: as its objectives were signed (the `document:`'s
// signer, on behalf of whom), else by the head of the agency; its recipients are the same.
Signature document_signature(const model::IssuingDocument& doc, Lang lang);
// 01/01/2021, as the tables of official documents write dates.
std::string day_first(const Date& date);

}  // namespace qobj::official
