#include "core/official/nd30.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <utility>

#include "core/diag/catalogue.hpp"
#include "core/text/unicode.hpp"

namespace qobj::official {

namespace {

constexpr std::string_view kDots = "……";
constexpr int kHeadingSize = pt(13);
constexpr int kBodySize = pt(14);
constexpr int kIndent = 720;        // 1.27 cm
constexpr int kParagraphGap = 120;  // 6 pt
constexpr int kTitleGap = 360;      // 18 pt, between the heading and the title

// The named styles' ids (Word's styleId, the HTML class).
constexpr std::string_view kTitleStyle = "QobjTitle";
constexpr std::string_view kBodyStyle = "QobjBody";
constexpr std::string_view kBasisStyle = "QobjBasis";
constexpr std::string_view kCentredStyle = "QobjCentred";
constexpr std::string_view kRecipientsLabelStyle = "QobjRecipientsLabel";
constexpr std::string_view kRecipientsStyle = "QobjRecipients";

// The left column of the heading and of the signature: what the decree's sample gives it.
int left_column(const PageSetup& page) {
  return page.text_width() * 2 / 5;
}

// The line under the issuing body's name: a third to a half of the name as printed (2/5 of
// it), the name's longest line measured at about 3 mm a capital in 13 pt bold Times; at least
// 15 mm.
int issuer_rule(const std::string& name, int column) {
  std::size_t longest = 0;
  for (std::size_t start = 0; start <= name.size();) {
    const std::size_t end = std::min(name.find('\n', start), name.size());
    longest =
        std::max(longest, text::display_width(std::string_view(name).substr(start, end - start)));
    start = end + 1;
  }
  const int printed = std::min(mm(3.0 * static_cast<double>(longest)), column);
  return std::max(printed * 2 / 5, mm(15));
}

// The two columns of the heading and of the signature: a layout grid.
Table two_columns(const PageSetup& page) {
  Table table;
  table.borders = false;
  const int left = left_column(page);
  table.widths = {left, page.text_width() - left};
  return table;
}

// A list item without the dash it may start with and the punctuation it may end with.
std::string_view trimmed_item(std::string_view item) {
  item = without_end_punctuation(item);
  while (!item.empty() && (item.front() == ' ' || item.front() == '-')) item.remove_prefix(1);
  return item;
}

// A line of the title: the kind of document, or its summary.
Paragraph title_paragraph(const std::string& text) {
  Paragraph p = Paragraph::of(text, Align::center, kBodySize, true);
  p.style = kTitleStyle;
  p.keep_with_next = true;
  return p;
}

// "Nơi nhận:", and one recipient.
Paragraph recipients_label(const std::string& text) {
  Paragraph p = Paragraph::of(text, Align::left, pt(12), true, true);
  p.style = kRecipientsLabelStyle;
  p.space_before = kParagraphGap;
  return p;
}
Paragraph recipient(const std::string& text) {
  Paragraph p = Paragraph::of(text, Align::left, pt(11));
  p.style = kRecipientsStyle;
  return p;
}

// A named style that looks as `look` does, its runs as its first run.
ParagraphStyle style_like(const Paragraph& look, MessageId name, Lang lang) {
  ParagraphStyle style{look.style, format_message(name, lang), look, false, false};
  if (!look.runs.empty()) {
    style.bold = look.runs.front().bold;
    style.italic = look.runs.front().italic;
  }
  style.look.runs.clear();
  return style;
}

}  // namespace

std::string_view without_end_punctuation(std::string_view text) {
  while (!text.empty() &&
         (text.back() == ' ' || text.back() == ';' || text.back() == '.' || text.back() == ','))
    text.remove_suffix(1);
  return text;
}

Paragraph Paragraph::of(std::string text, Align align, int size, bool bold, bool italic) {
  Paragraph p;
  p.runs.push_back(Run{std::move(text), bold, italic, false});
  p.align = align;
  p.size = size;
  return p;
}

Layout nd30_layout(Lang lang, bool landscape) {
  Layout layout;
  if (landscape) std::swap(layout.page.width, layout.page.height);
  layout.language = lang == Lang::vi ? "vi-VN" : "en-GB";
  // The styles are what the parts below make: one description of each.
  layout.styles = {
      style_like(title_paragraph(""), MessageId::report_doc_style_title, lang),
      style_like(body_paragraph(""), MessageId::report_doc_style_body, lang),
      style_like(basis_paragraph(""), MessageId::report_doc_style_basis, lang),
      style_like(centred_line(""), MessageId::report_doc_style_centred, lang),
      style_like(recipients_label(""), MessageId::report_doc_style_recipients_label, lang),
      style_like(recipient(""), MessageId::report_doc_style_recipients, lang),
  };
  return layout;
}

Table heading_block(const Heading& heading, const PageSetup& page) {
  Table table = two_columns(page);
  Cell issuer, nation;
  if (!heading.parent.empty())
    issuer.content.emplace_back(Paragraph::of(heading.parent, Align::center, kHeadingSize));
  issuer.content.emplace_back(Paragraph::of(heading.issuer, Align::center, kHeadingSize, true));
  issuer.content.emplace_back(Rule{issuer_rule(heading.issuer, left_column(page))});
  // The national name at 12 pt, the decree's smaller size: at 13 it wraps in the column.
  nation.content.emplace_back(Paragraph::of(heading.nation, Align::center, pt(12), true));
  nation.content.emplace_back(Paragraph::of(heading.motto, Align::center, kBodySize, true));
  nation.content.emplace_back(Rule{mm(61)});  // as long as the motto
  table.rows.push_back(Row{{std::move(issuer), std::move(nation)}, false});
  // The number and the place and date on one line, whatever the names above take.
  Paragraph number = Paragraph::of(heading.number, Align::center, kHeadingSize);
  Paragraph date = Paragraph::of(heading.place_date, Align::center, kBodySize, false, true);
  number.space_before = date.space_before = kParagraphGap / 2;
  Cell left, right;
  left.content.emplace_back(std::move(number));
  right.content.emplace_back(std::move(date));
  table.rows.push_back(Row{{std::move(left), std::move(right)}, false});
  return table;
}

std::vector<Block> title_block(const std::string& kind, const std::string& summary) {
  std::vector<Block> blocks;
  if (!kind.empty()) {
    Paragraph p = title_paragraph(kind);
    p.space_before = kTitleGap;
    blocks.emplace_back(std::move(p));
  }
  if (!summary.empty()) {
    Paragraph p = title_paragraph(summary);
    if (kind.empty()) p.space_before = kTitleGap;
    blocks.emplace_back(std::move(p));
    blocks.emplace_back(Rule{mm(40)});  // a third to a half of the title
  }
  return blocks;
}

Paragraph body_paragraph(const std::string& text) {
  Paragraph p;
  p.style = kBodyStyle;
  p.align = Align::justify;
  p.size = kBodySize;
  p.first_line_indent = kIndent;
  p.space_after = kParagraphGap;
  // "Điều 1. …": the article's number in bold, its text as it is.
  constexpr std::string_view kArticle = "Điều ";
  if (text.rfind(kArticle, 0) == 0) {
    const auto dot = text.find('.', kArticle.size());
    if (dot != std::string::npos && dot <= kArticle.size() + 3) {
      p.runs.push_back(Run{text.substr(0, dot + 1), true, false, false});
      p.runs.push_back(Run{text.substr(dot + 1), false, false, false});
      return p;
    }
  }
  p.runs.push_back(Run{text, false, false, false});
  return p;
}

Paragraph basis_paragraph(const std::string& text) {
  Paragraph p = body_paragraph(text);
  p.style = kBasisStyle;
  for (Run& run : p.runs) run.italic = true;
  return p;
}

Paragraph centred_line(const std::string& text, bool bold) {
  Paragraph p = Paragraph::of(text, Align::center, kBodySize, bold);
  p.style = kCentredStyle;
  p.space_before = kParagraphGap;
  p.space_after = kParagraphGap;
  p.keep_with_next = true;
  return p;
}

std::vector<std::string> dashed_list(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    out.push_back("- " + std::string(trimmed_item(items[i])) + (i + 1 == items.size() ? "." : ";"));
  }
  return out;
}

Cell table_cell(const std::vector<std::string>& lines, const CellStyle& style) {
  Cell cell;
  for (const std::string& line : lines)
    cell.content.emplace_back(Paragraph::of(line, style.align, style.size, style.bold));
  if (lines.empty())
    cell.content.emplace_back(Paragraph::of(style.when_empty, style.align, style.size));
  return cell;
}

Row header_row(const std::vector<std::string>& headings, int size) {
  Row row;
  row.header = true;
  for (const std::string& heading : headings) {
    Cell cell = table_cell({heading}, CellStyle{Align::center, size, true, ""});
    cell.middle = true;
    row.cells.push_back(std::move(cell));
  }
  return row;
}

std::vector<int> column_widths(const PageSetup& page, const std::vector<int>& percents) {
  std::vector<int> widths;
  int used = 0;
  for (std::size_t i = 0; i + 1 < percents.size(); ++i) {
    widths.push_back(page.text_width() * percents[i] / 100);
    used += widths.back();
  }
  widths.push_back(page.text_width() - used);
  return widths;
}

Table signature_block(const Signature& signature, const PageSetup& page) {
  Table table = two_columns(page);
  Cell recipients, signer;
  if (!signature.recipients.empty()) {
    recipients.content.emplace_back(recipients_label(signature.recipients_label));
    for (const std::string& line : dashed_list(signature.recipients))
      recipients.content.emplace_back(recipient(line));
  }
  Paragraph title = Paragraph::of(signature.title, Align::center, kBodySize, true);
  title.space_before = kParagraphGap;
  signer.content.emplace_back(std::move(title));
  if (!signature.hint.empty())
    signer.content.emplace_back(Paragraph::of(signature.hint, Align::center, pt(13), false, true));
  Paragraph name = Paragraph::of(signature.name, Align::center, kBodySize, true);
  name.space_before = 1440;  // room to sign and stamp
  signer.content.emplace_back(std::move(name));
  table.rows.push_back(Row{{std::move(recipients), std::move(signer)}, false});
  return table;
}

std::string document_date_line(const std::optional<Date>& date, const std::string& place,
                               Lang lang) {
  const std::string dots(kDots);
  const std::string where = place.empty() ? dots : place;
  if (!date) return format_message(MessageId::report_date_line, lang, {dots, dots, dots, where});
  const auto padded = [](int n) { return fmt::format("{:02}", n); };
  // English writes the date as ISO 8601 does, every part padded.
  const bool pad_month = lang != Lang::vi || date->month <= 2;
  return format_message(
      MessageId::report_date_line, lang,
      {padded(date->day), pad_month ? padded(date->month) : std::to_string(date->month),
       std::to_string(date->year), where});
}

std::string day_first(const Date& date) {
  return fmt::format("{:02}/{:02}/{}", date.day, date.month, date.year);
}

Signature document_signature(const model::IssuingDocument& doc, Lang lang) {
  Signature signature;
  signature.recipients_label = format_message(MessageId::report_doc_recipients, lang);
  signature.recipients = doc.distribution;
  // The signer's position in capitals, as the decree writes it ("KT. GIÁM ĐỐC").
  signature.title = doc.signer.title.empty()
                        ? format_message(MessageId::report_signature_title, lang)
                        : text::to_upper(doc.signer.title);
  if (!doc.signer.on_behalf.empty())
    signature.title = text::to_upper(doc.signer.on_behalf) + "\n" + signature.title;
  signature.name = doc.signer.name;
  return signature;
}

Heading document_heading(const model::ObjectivesFile& file, const std::string& issuer, Lang lang,
                         const Issue& issue, const std::string& number,
                         const std::optional<Date>& date, const std::string& symbol) {
  Heading heading;
  heading.issuer = text::to_upper(issuer.empty() ? file.agency_name : issuer);
  // The body above is named over the agency itself; another issuer (the province, the
  // ministry) is named alone, and so is one that is the parent ("ỦY BAN NHÂN DÂN TỈNH").
  if (heading.issuer == text::to_upper(file.agency_name))
    heading.parent = text::to_upper(file.agency_parent);
  if (heading.parent == heading.issuer) heading.parent.clear();
  // A document without a number of its own (a sheet of objectives) shows none.
  if (!number.empty() || !symbol.empty()) {
    const std::string shown_number =
        !number.empty() ? number : fmt::format("{}/{}-{}", kDots, symbol, kDots);
    heading.number = format_message(MessageId::report_number_line, lang, {shown_number});
  }
  heading.nation = format_message(MessageId::report_national_name, lang);
  heading.motto = format_message(MessageId::report_national_motto, lang);
  heading.place_date = document_date_line(date, issue.place, lang);
  return heading;
}

}  // namespace qobj::official
