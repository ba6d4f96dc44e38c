// The decision laid out from an objectives file, and the two writers: what the document says
// and where, as a secretary's files would give it.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <variant>
#include <vector>

#include "core/check/check.hpp"
#include "core/documents/decision.hpp"
#include "core/documents/plan.hpp"
#include "core/model/plans.hpp"
#include "core/official/docx_writer.hpp"
#include "core/official/html_writer.hpp"

using namespace qobj;
using namespace qobj::official;
using qobj::documents::decision_layout;
using qobj::documents::plan_layout;

namespace {

// The files checked and indexed, as qobj document reads them.
CheckResult checked(const std::string& document, const std::string& objectives) {
  const std::string text =
      "format: qobj/objectives\nversion: 1\n"
      "agency: {id: so-x, name: Sở Xây dựng, parent: Ủy ban nhân dân tỉnh Ninh Bình}\n"
      "year: 2024\n" +
      document + "objectives:\n" + objectives;
  CheckResult result = check_texts({{"o.yaml", text}}, CheckOptions{});
  REQUIRE(result.outcome == CheckOutcome::ok);
  REQUIRE(result.repository.objectives.size() == 1);
  return result;
}

model::ObjectivesFile read(const std::string& document, const std::string& objectives) {
  return checked(document, objectives).repository.objectives.front();
}

// Every paragraph's text in document order, table cells row by row.
std::vector<std::string> lines(const Layout& layout) {
  std::vector<std::string> out;
  const auto paragraph = [&out](const Paragraph& p) {
    std::string text;
    for (const Run& run : p.runs) text += run.text;
    if (!text.empty()) out.push_back(text);
  };
  for (const Block& block : layout.body) {
    if (const auto* p = std::get_if<Paragraph>(&block)) paragraph(*p);
    if (const auto* table = std::get_if<Table>(&block)) {
      for (const Row& row : table->rows)
        for (const Cell& cell : row.cells)
          for (const CellBlock& b : cell.content)
            if (const auto* cp = std::get_if<Paragraph>(&b)) paragraph(*cp);
    }
  }
  return out;
}

std::size_t index_of(const std::vector<std::string>& all, const std::string& line) {
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i] == line) return i;
  FAIL("not in the document: " << line);
  return all.size();
}

const std::string kTwoObjectives =
    "  - id: MT1\n    title: Giải quyết hồ sơ đúng hạn\n    start: 2024-02-01\n"
    "    targets:\n"
    "      - {id: a, kind: amount, text: Đạt 1.000 hồ sơ, value: 1000, unit: hồ sơ,"
    " comparison: at-least}\n"
    "      - {id: b, kind: percentage, text: tăng 5% so với năm 2023., value: 5,"
    " comparison: at-least}\n"
    "  - id: MT2\n    title: Không có khiếu nại\n    targets:\n"
    "      - {id: k, kind: zero-count, text: Không có khiếu nại đúng}\n"
    "      - {id: p, kind: zero-count, text: Không có sản phẩm không phù hợp.}\n";

}  // namespace

TEST_CASE("a decision with articles lists the objectives after the article that introduces them") {
  const model::ObjectivesFile file = read(
      "document:\n  kind: QUYẾT ĐỊNH\n  number: 12/QĐ-SXD\n  date: 2024-01-15\n"
      "  title: Ban hành Mục tiêu chất lượng năm 2024\n  issuer: Sở Xây dựng\n"
      "  legal_bases: [Căn cứ Luật A;, Căn cứ Nghị định B;]\n"
      "  proposal: Xét đề nghị của Chánh Văn phòng.\n"
      "  articles: ['Điều 1. Ban hành kèm theo các mục tiêu sau:', Điều 2. Hiệu lực.]\n"
      "  signer: {title: GIÁM ĐỐC, name: Trần Văn B}\n"
      "  distribution: [Như Điều 2;, 'Lưu: VT.']\n",
      kTwoObjectives);
  const Layout layout = decision_layout(file, Lang::vi, Issue{"", "Ninh Bình", std::nullopt});
  const auto all = lines(layout);
  CHECK(all[0] == "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH");  // the body above, in capitals
  CHECK(all[1] == "SỞ XÂY DỰNG");
  CHECK(all[2] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(all[4] == "Số: 12/QĐ-SXD");  // on the line of the place and date
  CHECK(all[5] == "Ninh Bình, ngày 15 tháng 01 năm 2024");
  CHECK(index_of(all, "QUYẾT ĐỊNH") < index_of(all, "Căn cứ Luật A;"));
  CHECK(index_of(all, "QUYẾT ĐỊNH:") > index_of(all, "Xét đề nghị của Chánh Văn phòng."));
  const std::size_t first = index_of(all, "Điều 1. Ban hành kèm theo các mục tiêu sau:");
  CHECK(all[first + 1] == "1. Giải quyết hồ sơ đúng hạn");
  CHECK(all[first + 2] == "2. Không có khiếu nại");
  CHECK(all[first + 3] == "Điều 2. Hiệu lực.");
  // "Nơi nhận": a dash before each, a semicolon after all but the last, which ends it.
  CHECK(index_of(all, "- Như Điều 2;") + 1 == index_of(all, "- Lưu: VT."));
  CHECK(index_of(all, "GIÁM ĐỐC") + 1 == index_of(all, "Trần Văn B"));
  // The article's number in bold, its words not.
  bool bold_number = false;
  for (const Block& block : layout.body) {
    const auto* p = std::get_if<Paragraph>(&block);
    if (p == nullptr || p->runs.size() != 2 || p->runs[0].text != "Điều 1.") continue;
    bold_number = p->runs[0].bold && !p->runs[1].bold;
  }
  CHECK(bold_number);
}

TEST_CASE("a sheet of objectives without articles is a table: measures joined as the seed does") {
  const model::ObjectivesFile file = read(
      "period: {start: 2024-01-01, end: 2024-12-31}\n"
      "document:\n  title: MỤC TIÊU CHẤT LƯỢNG SỞ XÂY DỰNG\n"
      "  legal_bases: [Căn cứ Chính sách chất lượng]\n  signer: {title: GIÁM ĐỐC, name: A}\n",
      kTwoObjectives);
  const Layout layout = decision_layout(file, Lang::vi, Issue{});
  const auto all = lines(layout);
  CHECK(std::find(all.begin(), all.end(), "Số: ……/QĐ-……") == all.end());  // no number
  CHECK(index_of(all, "Năm: 2024") == index_of(all, "MỤC TIÊU CHẤT LƯỢNG SỞ XÂY DỰNG") + 1);
  CHECK(index_of(all,
                 "Căn cứ Chính sách chất lượng, Sở Xây dựng đề ra mục tiêu chất lượng "
                 "năm 2024, cụ thể như sau:") > 0);
  // A target worded in lowercase continues the one before; the others are a dashed list.
  const std::size_t mt1 = index_of(all, "Giải quyết hồ sơ đúng hạn");
  CHECK(all[mt1 + 1] == "Đạt 1.000 hồ sơ, tăng 5% so với năm 2023.");
  CHECK(all[mt1 + 2] == "01/02/2024");  // its own start
  CHECK(all[mt1 + 3] == "31/12/2024");  // the plan's end
  const std::size_t mt2 = index_of(all, "Không có khiếu nại");
  CHECK(all[mt2 + 1] == "- Không có khiếu nại đúng;");
  CHECK(all[mt2 + 2] == "- Không có sản phẩm không phù hợp.");
  // The objectives' table is ruled, its header row repeated; the heading's and the
  // signature's are layout grids.
  int ruled = 0;
  for (const Block& block : layout.body) {
    const auto* table = std::get_if<Table>(&block);
    if (table == nullptr || !table->borders) continue;
    ++ruled;
    CHECK(table->rows.front().header);
    CHECK(table->rows.size() == 3);
  }
  CHECK(ruled == 1);
}

TEST_CASE("the English translation words the decree's parts in English, the data as written") {
  const model::ObjectivesFile file = read(
      "document:\n  kind: QUYẾT ĐỊNH\n  articles: ['Điều 1. Các mục tiêu:']\n"
      "  distribution: [Lưu VT]\n",
      kTwoObjectives);
  const auto all = lines(decision_layout(file, Lang::en, Issue{"7/QĐ-SXD", "", std::nullopt}));
  CHECK(index_of(all, "SOCIALIST REPUBLIC OF VIETNAM") > 0);
  CHECK(index_of(all, "No.: 7/QĐ-SXD") > 0);
  CHECK(index_of(all, "DECIDES:") > 0);
  // Without an issuer or a signer, the agency itself decides: under the title, before "DECIDES:".
  const auto authority =
      std::find(all.begin() + static_cast<std::ptrdiff_t>(index_of(all, "QUYẾT ĐỊNH")), all.end(),
                "SỞ XÂY DỰNG");
  REQUIRE(authority != all.end());
  CHECK(static_cast<std::size_t>(authority - all.begin()) < index_of(all, "DECIDES:"));
  CHECK(index_of(all, "Recipients:") > 0);
  CHECK(index_of(all, "1. Giải quyết hồ sơ đúng hạn") > 0);
}

TEST_CASE("the DOCX parts: A4, margins, Times New Roman, header rows, merged cells, page number") {
  Layout layout;
  layout.language = "vi-VN";
  layout.title = "Q & A";
  Table table;
  table.widths = {1000, 2000};
  Cell merged;
  merged.content.emplace_back(Paragraph::of("a < b", Align::left, pt(13)));
  merged.merge = Cell::Merge::first;
  Cell wide;
  wide.span = 2;
  Cell below;
  below.merge = Cell::Merge::continued;
  table.rows.push_back(Row{{Cell{}, Cell{}}, true});
  table.rows.push_back(Row{{merged, Cell{}}, false});
  table.rows.push_back(Row{{below, Cell{}}, false});
  table.rows.push_back(Row{{wide}, false});
  layout.body.emplace_back(Paragraph::of("Tiêu đề\nhai dòng", Align::center, pt(14), true));
  layout.body.emplace_back(table);
  const auto parts = docx_parts(layout);
  REQUIRE(parts.front().first == "[Content_Types].xml");
  std::string document, styles, core;
  for (const auto& [name, xml] : parts) {
    if (name == "word/document.xml") document = xml;
    if (name == "word/styles.xml") styles = xml;
    if (name == "docProps/core.xml") core = xml;
  }
  CHECK(document.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>") != std::string::npos);
  CHECK(document.find("w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\"") !=
        std::string::npos);
  CHECK(document.find("<w:titlePg/>") != std::string::npos);
  CHECK(document.find("<w:tblHeader/>") != std::string::npos);
  CHECK(document.find("<w:vMerge w:val=\"restart\"/>") != std::string::npos);
  CHECK(document.find("<w:vMerge/>") != std::string::npos);
  CHECK(document.find("<w:gridSpan w:val=\"2\"/>") != std::string::npos);
  CHECK(document.find("a &lt; b") != std::string::npos);
  CHECK(document.find("Tiêu đề</w:t><w:br/><w:t xml:space=\"preserve\">hai dòng") !=
        std::string::npos);
  // A table last in the body is followed by a paragraph, as Word wants.
  const std::string spacer =
      "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" "
      "w:lineRule=\"exact\"/>";
  CHECK(document.find("</w:tbl>" + spacer) != std::string::npos);
  CHECK(document.find("</w:p><w:sectPr>") != std::string::npos);
  CHECK(styles.find("w:ascii=\"Times New Roman\"") != std::string::npos);
  CHECK(core.find("<dc:title>Q &amp; A</dc:title>") != std::string::npos);
  const std::string html = render_html(layout);
  CHECK(html.find("rowspan=\"2\"") != std::string::npos);
  CHECK(html.find("colspan=\"2\"") != std::string::npos);
  CHECK(html.find("<thead>") != std::string::npos);
  CHECK(html.find("Tiêu đề<br>hai dòng") != std::string::npos);
  CHECK(html.find("size: 210.0mm 297.0mm") != std::string::npos);
}

TEST_CASE("the plan: a row per objective, a dash for what it does not say, listed after") {
  const CheckResult result = checked(
      "document: {kind: QUYẾT ĐỊNH, number: 12/QĐ-SXD, signer: {title: GIÁM ĐỐC, name: B}}\n",
      "  - id: MT1\n    title: Hồ sơ đúng hạn\n    due: 2024-12-31\n"
      "    plan:\n      actions: [Rà soát quy trình, Nhắc hạn hằng tuần]\n"
      "      resources: [Phần mềm một cửa]\n      responsible: Văn phòng\n"
      "      evaluation: Báo cáo quý\n"
      "    targets: [{id: a, kind: zero-count}]\n"
      "  - id: MT2\n    title: Nhóm chỉ tiêu\n    children:\n"
      "      - id: MT2.1\n        title: Không khiếu nại\n"
      "        plan: {actions: [Tiếp dân định kỳ]}\n"
      "        targets: [{id: k, kind: zero-count}]\n");
  const model::Plan* plan = result.repository.plans->find("so-x", 2024);
  REQUIRE(plan != nullptr);
  const Layout layout = plan_layout(*plan, Lang::vi, Issue{});
  CHECK(layout.page.width > layout.page.height);  // landscape
  const auto all = lines(layout);
  CHECK(index_of(all, "KẾ HOẠCH") > 0);
  CHECK(index_of(all, "Thực hiện Mục tiêu chất lượng năm 2024") > 0);
  CHECK(index_of(all,
                 "Để thực hiện Mục tiêu chất lượng năm 2024 ban hành kèm theo Quyết định "
                 "số 12/QĐ-SXD, Sở Xây dựng xây dựng Kế hoạch như sau:") > 0);
  const std::size_t mt1 = index_of(all, "Hồ sơ đúng hạn");
  CHECK(all[mt1 + 1] == "- Rà soát quy trình;");
  CHECK(all[mt1 + 2] == "- Nhắc hạn hằng tuần.");
  CHECK(all[mt1 + 3] == "Phần mềm một cửa");
  CHECK(all[mt1 + 4] == "Văn phòng");
  CHECK(all[mt1 + 5] == "31/12/2024");
  CHECK(all[mt1 + 6] == "Báo cáo quý");
  const std::size_t child = index_of(all, "Không khiếu nại");
  CHECK(all[child - 1] == "2.1");
  CHECK(all[child + 1] == "Tiếp dân định kỳ");
  CHECK(all[child + 2] == "—");  // no resources
  // The gaps, as iso.plan-incomplete words them: only MT2.1 (a group carries no plan).
  const std::size_t gaps =
      index_of(all, "Những nội dung kế hoạch còn chưa nêu rõ, theo điều 6.2.2 của ISO 9001:");
  CHECK(all[gaps + 1].rfind("- MT2.1: ", 0) == 0);
  CHECK(all[gaps + 1].back() == '.');
  // Kept on file, not sent to the decision's recipients.
  CHECK(all[gaps + 2] == "Nơi nhận:");
  CHECK(all[gaps + 3] == "- Lưu: VT.");
  CHECK(all[gaps + 4] == "GIÁM ĐỐC");
  // The group's heading spans the row.
  for (const Block& block : layout.body) {
    const auto* table = std::get_if<Table>(&block);
    if (table == nullptr || !table->borders) continue;
    CHECK(table->rows[2].cells.size() == 2);
    CHECK(table->rows[2].cells[1].span == 6);
  }
}

TEST_CASE("the heading names the issuer's body above it only for the agency itself") {
  const std::string objectives =
      "  - id: MT1\n    title: A\n    targets: [{id: a, kind: yes-no}]\n";
  // Issued by the province for the agency: the province alone, the number's symbol from the
  // kind's initials, the kind and the signer in capitals, the month as the decree writes it.
  const model::ObjectivesFile by_province = read(
      "document: {kind: Kế hoạch, title: T, issuer: Ủy ban nhân dân tỉnh Ninh Bình,"
      " date: 2024-03-05, articles: ['Điều 1. Các mục tiêu:'],"
      " signer: {title: Kt. Chủ tịch, name: C}}\n",
      objectives);
  const auto all = lines(decision_layout(by_province, Lang::vi, Issue{"", "Ninh Bình", {}}));
  CHECK(all[0] == "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH");
  CHECK(all[1] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(all[3] == "Số: ……/KH-……");
  CHECK(all[4] == "Ninh Bình, ngày 05 tháng 3 năm 2024");
  CHECK(index_of(all, "KẾ HOẠCH") > 0);
  CHECK(index_of(all, "KT. CHỦ TỊCH") > 0);
}

TEST_CASE("legal bases are in italics; two tables that touch are kept apart in Word") {
  const model::ObjectivesFile file =
      read("document: {title: MỤC TIÊU, legal_bases: [Căn cứ A;, Căn cứ B]}\n",
           "  - id: MT1\n    title: A\n    targets: [{id: a, kind: yes-no, text: Không lỗi}]\n");
  const Layout layout = decision_layout(file, Lang::vi, Issue{});
  bool basis_italic = false, lead_in = false;
  for (const Block& block : layout.body) {
    const auto* p = std::get_if<Paragraph>(&block);
    if (p == nullptr) continue;
    if (p->runs.size() == 1 && p->runs[0].text == "Căn cứ A;") basis_italic = p->runs[0].italic;
    // The last basis leads in: itself in italics, what the agency sets out upright.
    if (p->runs.size() == 2 && p->runs[0].text == "Căn cứ B")
      lead_in = p->runs[0].italic && !p->runs[1].italic;
  }
  CHECK(basis_italic);
  CHECK(lead_in);
  std::string document;
  for (const auto& [name, xml] : docx_parts(layout))
    if (name == "word/document.xml") document = xml;
  // The objectives' table, then the signature's grid: a paragraph between them.
  CHECK(document.find("</w:tbl><w:tbl>") == std::string::npos);
  const auto between = document.find(
      "</w:tbl><w:p><w:pPr><w:spacing w:before=\"0\" "
      "w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>");
  REQUIRE(between != std::string::npos);
  CHECK(document.find("</w:p><w:tbl>", between) == document.find("</w:p>", between));
}

TEST_CASE("figures are drawn in HTML only; several layouts make one HTML file, a page each") {
  Layout layout = nd30_layout(Lang::vi, true);
  layout.body.emplace_back(body_paragraph("Trước biểu đồ"));
  layout.body.emplace_back(
      Figures{"Kết quả <so> với chỉ tiêu", {Figure{"<svg class=\"chart\"></svg>", "MT1 & MT2"}}});
  layout.body.emplace_back(body_paragraph("Sau biểu đồ"));

  std::string document;
  for (const auto& part : docx_parts(layout))
    if (part.first == "word/document.xml") document = part.second;
  CHECK(document.find("Trước biểu đồ") < document.find("Sau biểu đồ"));
  CHECK(document.find("svg") == std::string::npos);
  CHECK(document.find("chỉ tiêu") == std::string::npos);
  CHECK(document.find("MT1") == std::string::npos);

  const std::string html = render_html(layout);
  CHECK(html.find("<p class=\"figures-heading\">Kết quả &lt;so&gt; với chỉ tiêu</p>") !=
        std::string::npos);
  CHECK(html.find("<figure><svg class=\"chart\"></svg><figcaption>MT1 &amp; MT2</figcaption>") !=
        std::string::npos);
  CHECK(html.find("Trước biểu đồ") < html.find("<figure>"));
  CHECK(html.find("<figure>") < html.find("Sau biểu đồ"));

  // The begin, a section per layout, the end: one page each, and the page's size from the setup.
  const std::string two =
      html_begin("Hai", layout) + html_section(layout) + html_section(layout) + html_end();
  CHECK(two.find("size: 297.0mm 210.0mm") != std::string::npos);
  std::size_t pages = 0;
  for (std::size_t at = two.find("<div class=\"page\">"); at != std::string::npos;
       at = two.find("<div class=\"page\">", at + 1))
    ++pages;
  CHECK(pages == 2);
  CHECK(two.find("<title>Hai</title>") != std::string::npos);
  CHECK(render_html(layout) ==
        html_begin(layout.title, layout) + html_section(layout) + html_end());
}

TEST_CASE("named styles: Word lists them, a paragraph writes only what differs from its style") {
  Layout layout = nd30_layout(Lang::vi);
  layout.body.emplace_back(basis_paragraph("Căn cứ Luật Tổ chức chính quyền địa phương;"));
  layout.body.emplace_back(body_paragraph("Điều 1. Phê duyệt mục tiêu."));
  layout.body.emplace_back(centred_line("QUYẾT ĐỊNH:", false));
  std::string document, styles;
  for (const auto& part : docx_parts(layout)) {
    if (part.first == "word/document.xml") document = part.second;
    if (part.first == "word/styles.xml") styles = part.second;
  }
  // The styles, named in the document's language, with their look.
  CHECK(styles.find("w:styleId=\"QobjBasis\"><w:name w:val=\"Căn cứ\"/>") != std::string::npos);
  const auto basis = styles.substr(styles.find("w:styleId=\"QobjBasis\""));
  CHECK(basis.find("<w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr><w:i/>") <
        basis.find("</w:style>"));
  CHECK(styles.find("w:styleId=\"QobjRecipients\"") != std::string::npos);
  // A basis paragraph: its style, and nothing its style already says.
  const auto at = document.find("<w:pStyle w:val=\"QobjBasis\"/>");
  REQUIRE(at != std::string::npos);
  const auto paragraph = document.substr(at, document.find("</w:p>", at) - at);
  CHECK(paragraph.find("<w:i/>") == std::string::npos);
  CHECK(paragraph.find("<w:sz ") == std::string::npos);
  CHECK(paragraph.find("<w:jc ") == std::string::npos);
  // What differs is written: the article's bold number, a centred line that is not bold.
  CHECK(document.find("<w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Điều 1.") !=
        std::string::npos);
  CHECK(document.find("<w:b w:val=\"0\"/><w:bCs w:val=\"0\"/></w:rPr><w:t "
                      "xml:space=\"preserve\">QUYẾT ĐỊNH:") != std::string::npos);

  const std::string html = render_html(layout);
  CHECK(html.find("p.QobjBasis { text-align:justify;font-size:14pt;text-indent:12.7mm;"
                  "margin-bottom:6pt;font-style:italic }") != std::string::npos);
  CHECK(html.find("<p class=\"QobjBasis\">Căn cứ Luật") != std::string::npos);
  CHECK(html.find("<p class=\"QobjBody\"><b>Điều 1.</b> Phê duyệt") != std::string::npos);
  CHECK(html.find("<span style=\"font-weight:normal\">QUYẾT ĐỊNH:</span>") != std::string::npos);
}

TEST_CASE("the line under the issuing body is two fifths of its name as printed") {
  const PageSetup page;
  const auto rule_under = [&page](const std::string& issuer) {
    Heading heading;
    heading.issuer = issuer;
    const Table table = heading_block(heading, page);
    for (const CellBlock& block : table.rows.front().cells.front().content)
      if (const auto* rule = std::get_if<Rule>(&block)) return rule->length;
    return 0;
  };
  const int short_name = rule_under("SỞ Y TẾ");
  const int longer = rule_under("SỞ CÔNG THƯƠNG");
  const int wrapping = rule_under("ỦY BAN NHÂN DÂN TỈNH KON TUM VÀ CÁC SỞ, BAN, NGÀNH");
  CHECK(short_name == mm(15));  // at least 15 mm
  CHECK(longer > short_name);
  CHECK(longer == mm(3.0 * 14) * 2 / 5);
  // A name that wraps is as wide as its column at most.
  CHECK(wrapping == page.text_width() * 2 / 5 * 2 / 5);
}

TEST_CASE("a decision names who decides: the issuer, the head's title and the agency, the body") {
  const auto authority = [](const std::string& document) {
    const auto all = lines(decision_layout(read(document, kTwoObjectives), Lang::vi, Issue{}));
    return all[index_of(all, "QUYẾT ĐỊNH:") - 1 - 2];  // before the basis and the proposal
  };
  const std::string common =
      "document:\n  kind: QUYẾT ĐỊNH\n  legal_bases: [Căn cứ A]\n  proposal: Xét đề nghị B\n"
      "  articles: ['Điều 1. Các mục tiêu:']\n";
  // A body headed by one person: its head, signed by a deputy for them or not.
  CHECK(authority(common + "  signer: {title: \"KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\", name: A}\n") ==
        "GIÁM ĐỐC SỞ XÂY DỰNG");
  CHECK(authority(common + "  signer: {title: Giám đốc, name: A}\n") == "GIÁM ĐỐC SỞ XÂY DỰNG");
  // A collective body, signed on its behalf: the body.
  CHECK(authority(common + "  signer: {title: \"TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH\", name: A}\n") ==
        "SỞ XÂY DỰNG");
  // The issuer the file names.
  CHECK(authority(common + "  issuer: Ủy ban nhân dân tỉnh Ninh Bình\n") ==
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH");
}
