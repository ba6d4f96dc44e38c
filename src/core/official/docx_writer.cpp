#include "core/official/docx_writer.hpp"

#include <fmt/format.h>
#include <minizip/zip.h>

#include <algorithm>
#include <numeric>
#include <string_view>

#include "core/text/markup.hpp"

namespace qobj::official {

namespace {

constexpr std::string_view kMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view kXmlDeclaration =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr int kCellMargin = 108;  // twips each side, the table style's default
// The paragraph Word wants between two tables and after a last one: a point high, so that it
// never pushes the signature onto a page of its own.
constexpr std::string_view kSpacer =
    "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" "
    "w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>";

// Text as XML character data: the markup characters escaped, and what XML 1.0 cannot carry
// replaced (report/markup.hpp, as every XML qobj writes).
std::string escaped(std::string_view text) {
  return text::escape_markup(text);
}

std::string_view justification(Align align) {
  switch (align) {
    case Align::left:
      return "left";
    case Align::center:
      return "center";
    case Align::right:
      return "right";
    case Align::justify:
      return "both";
  }
  return "left";
}

std::string size_properties(int size) {
  return fmt::format("<w:sz w:val=\"{0}\"/><w:szCs w:val=\"{0}\"/>", size);
}

// A switch of a run: written where it differs from what the style gives (`<w:b w:val="0"/>`
// turns off a bold style's bold).
std::string toggle(std::string_view name, bool on, bool styled) {
  if (on == styled) return "";
  return on ? fmt::format("<w:{0}/><w:{0}Cs/>", name)
            : fmt::format("<w:{0} w:val=\"0\"/><w:{0}Cs w:val=\"0\"/>", name);
}

// A run of a paragraph `size` half-points high, in `style` (none: every property written).
std::string run_xml(const Run& run, int size, const ParagraphStyle* style) {
  std::string properties = toggle("b", run.bold, style != nullptr && style->bold) +
                           toggle("i", run.italic, style != nullptr && style->italic);
  if (style == nullptr || size != style->look.size) properties += size_properties(size);
  if (run.underline) properties += "<w:u w:val=\"single\"/>";  // after the size, as rPr orders
  std::string out = "<w:r>";
  if (!properties.empty()) out += "<w:rPr>" + properties + "</w:rPr>";
  // A line break inside a run: the lines of a signer's title.
  std::size_t start = 0;
  while (true) {
    const auto end = run.text.find('\n', start);
    out += "<w:t xml:space=\"preserve\">" +
           escaped(std::string_view(run.text).substr(start, end - start)) + "</w:t>";
    if (end == std::string::npos) break;
    out += "<w:br/>";
    start = end + 1;
  }
  return out + "</w:r>";
}

// A paragraph's properties (its runs' size inside), as the children of <w:pPr> or of a style,
// in the schema's order; with `base`, only those that differ from it.
std::string paragraph_properties(const Paragraph& p, const Paragraph* base) {
  std::string out;
  if (base == nullptr || p.keep_with_next != base->keep_with_next)
    out += p.keep_with_next ? "<w:keepNext/>" : (base ? "<w:keepNext w:val=\"0\"/>" : "");
  if (base == nullptr || p.space_before != base->space_before || p.space_after != base->space_after)
    out += fmt::format(
        "<w:spacing w:before=\"{}\" w:after=\"{}\" w:line=\"240\" w:lineRule=\"auto\"/>",
        p.space_before, p.space_after);
  const bool left = p.left_indent != 0 || (base != nullptr && base->left_indent != 0);
  if ((base == nullptr && (p.first_line_indent != 0 || p.left_indent != 0)) ||
      (base != nullptr &&
       (p.first_line_indent != base->first_line_indent || p.left_indent != base->left_indent)))
    out +=
        fmt::format("<w:ind{} w:firstLine=\"{}\"/>",
                    left ? fmt::format(" w:left=\"{}\"", p.left_indent) : "", p.first_line_indent);
  if (base == nullptr || p.align != base->align)
    out += fmt::format("<w:jc w:val=\"{}\"/>", justification(p.align));
  return out;
}

std::string paragraph_xml(const Paragraph& p, const Layout& layout) {
  const ParagraphStyle* style = style_of(layout, p);
  std::string properties;
  if (style != nullptr) properties += fmt::format("<w:pStyle w:val=\"{}\"/>", style->id);
  properties += paragraph_properties(p, style != nullptr ? &style->look : nullptr);
  if (style == nullptr || p.size != style->look.size)
    properties += "<w:rPr>" + size_properties(p.size) + "</w:rPr>";
  std::string out = "<w:p><w:pPr>" + properties + "</w:pPr>";
  for (const Run& run : p.runs) out += run_xml(run, p.size, style);
  return out + "</w:p>";
}

// A named style: Word lists it by name, and a change to it restyles all its paragraphs.
std::string style_xml(const ParagraphStyle& style) {
  std::string runs = toggle("b", style.bold, false) + toggle("i", style.italic, false) +
                     size_properties(style.look.size);
  return fmt::format(
      "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"{}\"><w:name "
      "w:val=\"{}\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>{}</w:pPr><w:rPr>{}"
      "</w:rPr></w:style>",
      escaped(style.id), escaped(style.name), paragraph_properties(style.look, nullptr), runs);
}

// A short line centred in `width`: an empty paragraph with a top border, its indents taking
// the rest, a line high.
std::string rule_xml(const Rule& rule, int width) {
  const int length = std::min(rule.length, width);
  const int indent = (width - length) / 2;
  return fmt::format(
      "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" "
      "w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"120\" "
      "w:lineRule=\"exact\"/><w:ind w:left=\"{0}\" w:right=\"{0}\"/><w:jc w:val=\"center\"/>"
      "<w:rPr><w:sz w:val=\"4\"/><w:szCs w:val=\"4\"/></w:rPr></w:pPr></w:p>",
      indent);
}

std::string borders_xml(bool borders) {
  std::string out = "<w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    out += borders ? fmt::format(
                         "<w:{} w:val=\"single\" w:sz=\"4\" w:space=\"0\" "
                         "w:color=\"000000\"/>",
                         side)
                   : fmt::format("<w:{} w:val=\"nil\"/>", side);
  }
  return out + "</w:tblBorders>";
}

std::string table_xml(const Table& table, const Layout& layout) {
  const int total = std::accumulate(table.widths.begin(), table.widths.end(), 0);
  std::string out = fmt::format(
      "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>{}"
      "<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"{}\" w:type=\"dxa\"/>"
      "<w:right w:w=\"{}\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>",
      total, borders_xml(table.borders), kCellMargin, kCellMargin);
  for (const int width : table.widths) out += fmt::format("<w:gridCol w:w=\"{}\"/>", width);
  out += "</w:tblGrid>";
  for (const Row& row : table.rows) {
    out += "<w:tr><w:trPr><w:cantSplit/>";
    if (row.header) out += "<w:tblHeader/>";
    out += "</w:trPr>";
    std::size_t column = 0;
    for (const Cell& cell : row.cells) {
      int width = 0;
      for (int k = 0; k < cell.span && column < table.widths.size(); ++k)
        width += table.widths[column++];
      out += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>", width);
      if (cell.span > 1) out += fmt::format("<w:gridSpan w:val=\"{}\"/>", cell.span);
      if (cell.merge == Cell::Merge::first) out += "<w:vMerge w:val=\"restart\"/>";
      if (cell.merge == Cell::Merge::continued) out += "<w:vMerge/>";
      if (cell.middle) out += "<w:vAlign w:val=\"center\"/>";
      out += "</w:tcPr>";
      bool ends_with_paragraph = false;
      for (const CellBlock& block : cell.content) {
        if (const auto* p = std::get_if<Paragraph>(&block)) {
          out += paragraph_xml(*p, layout);
        } else {
          out += rule_xml(std::get<Rule>(block), width - 2 * kCellMargin);
        }
        ends_with_paragraph = true;
      }
      // A cell holds at least one paragraph.
      if (!ends_with_paragraph) out += "<w:p/>";
      out += "</w:tc>";
    }
    out += "</w:tr>";
  }
  return out + "</w:tbl>";
}

std::string document_xml(const Layout& layout) {
  std::string out =
      std::string(kXmlDeclaration) +
      fmt::format("<w:document xmlns:w=\"{}\" xmlns:r=\"{}\"><w:body>", kMain, kRelationships);
  bool last_is_table = false;
  for (const Block& block : layout.body) {
    // A figure is drawn in HTML only (layout.hpp).
    if (std::holds_alternative<Figures>(block)) continue;
    // Word joins two tables that touch into one: a paragraph keeps them apart.
    if (last_is_table && std::holds_alternative<Table>(block)) out += kSpacer;
    last_is_table = false;
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      out += paragraph_xml(*p, layout);
    } else if (const auto* rule = std::get_if<Rule>(&block)) {
      out += rule_xml(*rule, layout.page.text_width());
    } else {
      out += table_xml(std::get<Table>(block), layout);
      last_is_table = true;
    }
  }
  // Word wants a paragraph between a last table and the section's properties.
  if (last_is_table) out += kSpacer;
  const PageSetup& page = layout.page;
  out += "<w:sectPr>";
  if (page.page_numbers) out += "<w:headerReference w:type=\"default\" r:id=\"rId2\"/>";
  out += fmt::format(
      "<w:pgSz w:w=\"{}\" w:h=\"{}\"{}/><w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" "
      "w:left=\"{}\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>",
      page.width, page.height, page.width > page.height ? " w:orient=\"landscape\"" : "", page.top,
      page.right, page.bottom, page.left);
  // The first page shows no number: it has a header of its own, left empty.
  if (page.page_numbers) out += "<w:titlePg/>";
  out += "</w:sectPr></w:body></w:document>";
  return out;
}

std::string styles_xml(const Layout& layout) {
  std::string named;
  for (const ParagraphStyle& style : layout.styles) named += style_xml(style);
  return std::string(kXmlDeclaration) +
         fmt::format(
             "<w:styles xmlns:w=\"{0}\"><w:docDefaults><w:rPrDefault><w:rPr>"
             "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
             "w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>{1}"
             "<w:lang w:val=\"{2}\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
             "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
             "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
             "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
             "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
             "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
             "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/>"
             "<w:semiHidden/></w:style>"
             "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
             "<w:name w:val=\"Normal Table\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" "
             "w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"{3}\" "
             "w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"{3}\" "
             "w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
             "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>"
             "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
             "<w:rPr>{4}</w:rPr></w:style>{5}</w:styles>",
             kMain, size_properties(pt(14)), layout.language, kCellMargin,
             size_properties(layout.page.number_size), named);
}

std::string header_xml() {
  return std::string(kXmlDeclaration) +
         fmt::format(
             "<w:hdr xmlns:w=\"{}\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/>"
             "<w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/>"
             "</w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
             "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
             "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>",
             kMain);
}

std::string content_types_xml() {
  constexpr std::string_view kWord =
      "application/vnd.openxmlformats-officedocument.wordprocessingml";
  return std::string(kXmlDeclaration) +
         fmt::format(
             "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" "
             "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/word/document.xml\" ContentType=\"{0}.document.main+xml\"/>"
             "<Override PartName=\"/word/styles.xml\" ContentType=\"{0}.styles+xml\"/>"
             "<Override PartName=\"/word/settings.xml\" ContentType=\"{0}.settings+xml\"/>"
             "<Override PartName=\"/word/header1.xml\" ContentType=\"{0}.header+xml\"/>"
             "<Override PartName=\"/docProps/core.xml\" "
             "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
             "<Override PartName=\"/docProps/app.xml\" "
             "ContentType=\"application/"
             "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
             "</Types>",
             kWord);
}

std::string relationships_xml(
    const std::vector<std::pair<std::string_view, std::string_view>>& targets) {
  std::string out = std::string(kXmlDeclaration) +
                    "<Relationships "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  int id = 0;
  for (const auto& [type, target] : targets)
    out +=
        fmt::format("<Relationship Id=\"rId{}\" Type=\"{}\" Target=\"{}\"/>", ++id, type, target);
  return out + "</Relationships>";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> docx_parts(const Layout& layout) {
  constexpr std::string_view kOffice =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  const std::string office_document = std::string(kOffice) + "officeDocument";
  const std::string extended = std::string(kOffice) + "extended-properties";
  const std::string styles = std::string(kOffice) + "styles";
  const std::string header = std::string(kOffice) + "header";
  const std::string settings = std::string(kOffice) + "settings";
  const std::string core =
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
  std::vector<std::pair<std::string, std::string>> parts;
  parts.emplace_back("[Content_Types].xml", content_types_xml());
  parts.emplace_back("_rels/.rels", relationships_xml({{office_document, "word/document.xml"},
                                                       {core, "docProps/core.xml"},
                                                       {extended, "docProps/app.xml"}}));
  parts.emplace_back("word/document.xml", document_xml(layout));
  parts.emplace_back(
      "word/_rels/document.xml.rels",
      relationships_xml(
          {{styles, "styles.xml"}, {header, "header1.xml"}, {settings, "settings.xml"}}));
  parts.emplace_back("word/styles.xml", styles_xml(layout));
  parts.emplace_back(
      "word/settings.xml",
      std::string(kXmlDeclaration) +
          fmt::format("<w:settings xmlns:w=\"{}\"><w:zoom w:percent=\"100\"/>"
                      "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl "
                      "w:val=\"doNotCompress\"/><w:compat><w:compatSetting "
                      "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/"
                      "word\" w:val=\"15\"/></w:compat></w:settings>",
                      kMain));
  parts.emplace_back("word/header1.xml", header_xml());
  parts.emplace_back(
      "docProps/core.xml",
      std::string(kXmlDeclaration) +
          fmt::format("<cp:coreProperties "
                      "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                      "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                      "<dc:title>{}</dc:title><dc:creator>qobj</dc:creator>"
                      "<dc:language>{}</dc:language></cp:coreProperties>",
                      escaped(layout.title), layout.language));
  parts.emplace_back(
      "docProps/app.xml",
      std::string(kXmlDeclaration) +
          "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "extended-properties\"><Application>qobj</Application></Properties>");
  return parts;
}

bool write_docx(const Layout& layout, const std::string& path, std::string& error) {
  zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  if (zip == nullptr) {
    error = "cannot create the zip file";
    return false;
  }
  // A fixed date for every part: the same layout gives the same bytes.
  zip_fileinfo info{};
  info.tmz_date.tm_mday = 1;
  info.tmz_date.tm_year = 1980;
  bool ok = true;
  for (const auto& [name, content] : docx_parts(layout)) {
    ok =
        zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                              Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
        zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())) == ZIP_OK &&
        zipCloseFileInZip(zip) == ZIP_OK;
    if (!ok) {
      error = "cannot write " + name + " into the zip file";
      break;
    }
  }
  if (zipClose(zip, nullptr) != ZIP_OK && ok) {
    error = "cannot finish the zip file";
    ok = false;
  }
  return ok;
}

}  // namespace qobj::official
