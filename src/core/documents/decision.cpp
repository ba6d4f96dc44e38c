#include "core/documents/decision.hpp"

#include <fmt/format.h>

#include "core/diag/catalogue.hpp"
#include "core/official/nd30.hpp"
#include "core/report/wording.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace qobj::documents {

using namespace official;

namespace {

// The measure column of an objective: its targets as the document words them; a target that
// continues the one before (starts in lowercase: "tăng 9,4% so với năm 2020" after "Đạt 83.372
// tỷ đồng") joins it after a comma, the others are items of a dashed list.
std::vector<std::string> measure_lines(const model::Objective& objective) {
  std::vector<std::string> items;
  for (const model::Target& target : objective.targets) {
    if (target.text.empty()) continue;
    if (!items.empty() && text::starts_lowercase(target.text)) {
      items.back() = std::string(without_end_punctuation(items.back())) + ", " + target.text;
    } else {
      items.push_back(target.text);
    }
  }
  return items.size() > 1 ? dashed_list(items) : items;
}

Cell text_cell(const std::vector<std::string>& lines, Align align) {
  return table_cell(lines, CellStyle{align, pt(13), false, ""});
}

// The table of objectives of a document without articles, as seed 000 lays it out.
Table objectives_table(const model::ObjectivesFile& file, Lang lang, const PageSetup& page) {
  Table table;
  table.widths = column_widths(page, {8, 32, 30, 15, 15});
  std::vector<std::string> headings;
  for (const MessageId id : {MessageId::report_col_no, MessageId::report_doc_col_objective,
                             MessageId::report_doc_col_measure, MessageId::report_doc_col_start,
                             MessageId::report_doc_col_due})
    headings.push_back(format_message(id, lang));
  table.rows.push_back(header_row(headings, pt(13)));
  int number = 0;
  for (const model::Objective& objective : file.objectives) {
    // A group's children are dashed under it, as seed 000 lists "Các chỉ tiêu chung".
    const bool child = !objective.group.empty();
    Row row;
    row.cells.push_back(
        text_cell({child ? std::string("-") : std::to_string(++number)}, Align::center));
    row.cells.push_back(text_cell({objective.title}, Align::left));
    row.cells.push_back(text_cell(measure_lines(objective), Align::left));
    const Date start = objective.start.value_or(file.period.start);
    const Date due = objective.due.value_or(file.period.end);
    row.cells.push_back(text_cell({day_first(start)}, Align::center));
    row.cells.push_back(text_cell({day_first(due)}, Align::center));
    table.rows.push_back(std::move(row));
  }
  return table;
}

// The objectives as the points of the article that introduces them ("1. Tiếp tục duy trì…").
std::vector<Block> objective_points(const model::ObjectivesFile& file) {
  std::vector<Block> points;
  int number = 0;
  for (const model::Objective& objective : file.objectives) {
    const bool child = !objective.group.empty();
    points.emplace_back(body_paragraph(child ? "- " + objective.title
                                             : fmt::format("{}. {}", ++number, objective.title)));
  }
  return points;
}

// The symbol of a kind of document: the initials of its words ("QUYẾT ĐỊNH" is "QĐ", "KẾ
// HOẠCH" "KH", "THÔNG BÁO" "TB"), as the decree's table of symbols abbreviates them; none for a
// document without a kind.
std::string document_symbol(const std::string& kind) {
  std::string symbol;
  const std::string upper = text::to_upper(kind);
  for (std::size_t at = 0; at < upper.size();) {
    while (at < upper.size() && upper[at] == ' ') ++at;
    if (at >= upper.size()) break;
    symbol += upper.substr(at, text::utf8_sequence_length(static_cast<unsigned char>(upper[at])));
    at = upper.find(' ', at);
    if (at == std::string::npos) break;
  }
  return symbol;
}

// Whether the text ends with a colon: the article that introduces the list.
bool introduces(const std::string& text) {
  auto end = text.find_last_not_of(" \n");
  return end != std::string::npos && text[end] == ':';
}

// The authority a decision names before its legal bases, as Decree 30/2020 does: the issuer
// the file names; else, for a body headed by one person, the head's title and the agency
// ("GIÁM ĐỐC SỞ CÔNG THƯƠNG", from a signer "GIÁM ĐỐC" or "KT. GIÁM ĐỐC"); for a collective
// body, signed on its behalf ("TM. ỦY BAN NHÂN DÂN"), or without a signer's title, the agency.
std::string deciding_authority(const model::ObjectivesFile& file) {
  const model::IssuingDocument& doc = file.issued;
  const std::string agency = text::to_upper(file.agency_name);
  if (!doc.issuer.empty()) return text::to_upper(doc.issuer);
  std::string head = !doc.signer.on_behalf.empty() ? doc.signer.on_behalf : doc.signer.title;
  head = text::to_upper(head.substr(0, head.find('\n')));
  if (head.empty() || head.rfind("TM.", 0) == 0) return agency;
  for (const std::string_view prefix : {"KT.", "TL.", "TUQ."}) {
    if (head.rfind(prefix, 0) == 0) {
      head.erase(0, prefix.size());
      break;
    }
  }
  const auto start = head.find_first_not_of(' ');
  return start == std::string::npos ? agency : head.substr(start) + " " + agency;
}

}  // namespace

Layout decision_layout(const model::ObjectivesFile& file, Lang lang, const Issue& issue) {
  const model::IssuingDocument& doc = file.issued;
  Layout layout = nd30_layout(lang);
  layout.title = doc.title.empty() ? doc.kind : doc.title;
  auto& body = layout.body;

  const std::string number = !doc.number.empty() ? doc.number : issue.number;
  const std::optional<Date> date = doc.date ? doc.date : issue.date;
  const std::string symbol = document_symbol(doc.kind);
  body.emplace_back(heading_block(
      document_heading(file, doc.issuer, lang, issue, number, date, symbol), layout.page));
  for (Block& block : title_block(text::to_upper(doc.kind), doc.title))
    body.push_back(std::move(block));
  if (doc.kind.empty()) {
    // A sheet of objectives names its year under its title ("Năm: 2021").
    Paragraph year = centred_line(
        format_message(MessageId::report_doc_year_line, lang, {std::to_string(file.year)}));
    body.emplace_back(std::move(year));
  } else if (!doc.issuer.empty() || text::to_upper(doc.kind) == "QUYẾT ĐỊNH") {
    // The authority that decides, before its legal bases.
    body.emplace_back(centred_line(deciding_authority(file)));
  }

  // The legal bases and the proposal, in italics. Without articles the last basis leads into
  // the objectives ("…, Sở Công Thương đề ra mục tiêu chất lượng năm 2021, cụ thể như sau:"),
  // after the proposal.
  const bool articles = !doc.articles.empty();
  const std::size_t bases = doc.legal_bases.size();
  const std::size_t leading = !articles && bases > 0 ? bases - 1 : bases;
  for (std::size_t i = 0; i < leading; ++i) body.emplace_back(basis_paragraph(doc.legal_bases[i]));
  if (!doc.proposal.empty()) body.emplace_back(basis_paragraph(doc.proposal));
  if (leading < bases) {
    const std::string lead(without_end_punctuation(doc.legal_bases.back()));
    const std::string sentence =
        format_message(MessageId::report_doc_lead_in, lang,
                       {lead, file.agency_name, report::plan_period_wording(file, lang)});
    Paragraph p = body_paragraph(sentence);
    if (sentence.rfind(lead, 0) == 0) {
      p.runs = {Run{lead, false, true, false},
                Run{sentence.substr(lead.size()), false, false, false}};
    }
    body.emplace_back(std::move(p));
  }

  if (articles) {
    body.emplace_back(centred_line(format_message(MessageId::report_doc_decides, lang)));
    // The objectives follow the article that introduces them (ends with a colon), else the
    // first.
    std::size_t list_after = 0;
    for (std::size_t i = 0; i < doc.articles.size(); ++i) {
      if (introduces(doc.articles[i])) {
        list_after = i;
        break;
      }
    }
    for (std::size_t i = 0; i < doc.articles.size(); ++i) {
      body.emplace_back(body_paragraph(doc.articles[i]));
      if (i == list_after)
        for (Block& point : objective_points(file)) body.push_back(std::move(point));
    }
  } else {
    body.emplace_back(objectives_table(file, lang, layout.page));
  }
  if (!doc.closing.empty()) {
    Paragraph closing = body_paragraph(doc.closing);
    closing.space_before = 120;
    body.emplace_back(std::move(closing));
  }

  const Signature signature = document_signature(doc, lang);
  body.emplace_back(signature_block(signature, layout.page));
  return layout;
}

}  // namespace qobj::documents
