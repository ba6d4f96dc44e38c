// The parts every administrative document has, laid out as Decree 30/2020/ND-CP, Appendix I
// sets them: the two-column heading (the issuing body and its number on the left, the national
// name and motto and the place and date on the right, each with its line), the title, the body
// paragraphs, and the signature block beside "Nơi nhận" (the recipients). Sizes are the
// decree's; where it gives a range, the larger (14 pt body, 13 pt heading), but for the
// national name (12 pt: at 13 it does not fit its column).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diag/language.hpp"
#include "core/model/model.hpp"
#include "core/official/layout.hpp"
#include "core/time/date.hpp"

namespace qobj::official {

// A document on the decree's page: A4 (portrait, or landscape for a wide table), margins
// 20 mm top and bottom, 30 mm left, 15 mm right, in the run's language ("vi-VN", "en-GB").
Layout nd30_layout(Lang lang, bool landscape = false);

struct Heading {
  std::string parent;  // the body above the issuer (cơ quan chủ quản), as written
  std::string issuer;  // the issuing body
  std::string number;  // "Số: 15/QĐ-UBND", on the line of the place and date
  std::string nation, motto;
  std::string place_date;  // "Kon Tum, ngày 15 tháng 01 năm 2021"
};
Table heading_block(const Heading& heading, const PageSetup& page);

// The kind of document ("QUYẾT ĐỊNH") and its summary, bold and centred, with the short line
// below the summary; either may be empty.
std::vector<Block> title_block(const std::string& kind, const std::string& summary);

// A paragraph of the body: justified, its first line indented 1.27 cm, 6 pt after it.
// "Điều 1." at its start is bold, as articles are.
Paragraph body_paragraph(const std::string& text);
// A legal basis ("Căn cứ …"): a body paragraph in italics, as the decree sets them.
Paragraph basis_paragraph(const std::string& text);
// A bold centred line of the body ("QUYẾT ĐỊNH:", the authority that decides).
Paragraph centred_line(const std::string& text, bool bold = true);

struct Signature {
  std::string recipients_label;         // "Nơi nhận:"
  std::vector<std::string> recipients;  // each becomes "- …;", the last "- ….".
  std::string title;                    // the signer's position, lines split by '\n'
  std::string hint;                     // under the title, in italics ("(Ký, ghi rõ họ tên)")
  std::string name;
};
Table signature_block(const Signature& signature, const PageSetup& page);

// The tables of the documents: a cell of `lines`, one paragraph each (`when_empty` standing
// for none: a dash where a plan says nothing); a header row of bold headings, centred, repeated
// on every page; column widths as percents of the text width (the last column takes what is
// left).
struct CellStyle {
  Align align = Align::left;
  int size = pt(13);
  bool bold = false;
  std::string when_empty;
};
Cell table_cell(const std::vector<std::string>& lines, const CellStyle& style);
Row header_row(const std::vector<std::string>& headings, int size);
std::vector<int> column_widths(const PageSetup& page, const std::vector<int>& percents);

// A sentence without the spaces and the full stop, semicolon or comma it ends with: what
// goes on before the punctuation a document gives it.
std::string_view without_end_punctuation(std::string_view text);

// "- a;", "- b;" … "- z.": a list as official documents punctuate it, whatever ending each
// item was written with.
std::vector<std::string> dashed_list(const std::vector<std::string>& items);

// What the command line adds to a document: where it is issued ("Kon Tum"), and its number and
// date when the file does not say them. Left empty, they are dotted for the pen.
struct Issue {
  std::string number, place;
  std::optional<Date> date;
};

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

// The place and date line of an official document ("Kon Tum, ngày 05 tháng 3 năm 2022"): as
// Decree 30/2020 writes it, a day under 10 and the months 1 and 2 with a leading zero (in
// English, as ISO 8601). Without a date or a place, dots for the pen.
std::string document_date_line(const std::optional<Date>& date, const std::string& place,
                               Lang lang);

}  // namespace qobj::official
