// An official document as a layout: pages, paragraphs, runs and tables, with the sizes and
// the alignment Decree 30/2020/ND-CP sets. The documents (decision.hpp…) build one; the
// writers turn it into WordprocessingML (docx_writer.hpp) or HTML (html_writer.hpp), so that
// both media say the same thing laid out the same way.
//
// Lengths are in twips (1/20 of a point, 1/1440 inch: Word's unit); font sizes in half-points.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace qobj::official {

// Twips in a millimetre, rounded as Word rounds its own conversions.
constexpr int mm(double millimetres) {
  return static_cast<int>(millimetres * 1440.0 / 25.4 + 0.5);
}
// Half-points in a point size.
constexpr int pt(double points) {
  return static_cast<int>(points * 2 + 0.5);
}

enum class Align { left, center, right, justify };

struct Run {
  std::string text;  // a line break is written as '\n'
  bool bold = false, italic = false, underline = false;
};

struct Paragraph {
  std::vector<Run> runs;
  std::string style;  // the id of one of the layout's named styles; empty: none
  Align align = Align::justify;
  int size = pt(14);
  int first_line_indent = 0;              // twips
  int left_indent = 0;                    // twips, every line (a level under another)
  int space_before = 0, space_after = 0;  // twips
  bool keep_with_next = false;

  // One run of plain text.
  static Paragraph of(std::string text, Align align, int size, bool bold = false,
                      bool italic = false);
};

// A short solid line, centred in the width it is in: the lines under the issuing body's name,
// the national motto and a title, as long as the decree says (twips).
struct Rule {
  int length = mm(30);
};

using CellBlock = std::variant<Paragraph, Rule>;

struct Cell {
  std::vector<CellBlock> content;
  int span = 1;                                                     // columns it spans
  enum class Merge { none, first, continued } merge = Merge::none;  // with the cells below
  bool middle = false;                                              // centred vertically
};

struct Row {
  std::vector<Cell> cells;
  bool header = false;  // repeated at the top of every page the table runs onto
};

struct Table {
  std::vector<int> widths;  // twips, per column
  std::vector<Row> rows;
  bool borders = true;  // false: a layout grid (the heading, the signature)
};

// Drawings side by side as the width allows, each with its caption: the charts of the HTML
// report (SVG, written by report/svg_chart). Word has no place for SVG without a picture of it
// to fall back on, so the DOCX writer leaves figures out, and the documents to sign have none.
struct Figure {
  std::string svg;  // markup, already safe
  std::string caption;
};
struct Figures {
  std::string heading;  // what they show, above them (bold, centred)
  std::vector<Figure> figures;
};

using Block = std::variant<Paragraph, Rule, Table, Figures>;

struct PageSetup {
  int width = mm(210), height = mm(297);  // A4
  int top = mm(20), bottom = mm(20), left = mm(30), right = mm(15);
  // The page number, centred in the top margin, from the second page on.
  bool page_numbers = true;
  int number_size = pt(14);

  int text_width() const { return width - left - right; }
};

// A named paragraph style, so that a person restyles every paragraph of a kind at once (all
// the body, all the legal bases) in Word's style list. `look` holds the properties of the
// style (its runs are not used); its runs are `bold`, `italic`. A paragraph of the style still
// says all it looks like: the writers write only what differs from its style.
struct ParagraphStyle {
  std::string id;    // Word's styleId and the HTML class
  std::string name;  // as Word's style list shows it
  Paragraph look;
  bool bold = false, italic = false;
};

struct Layout {
  std::string title;     // the document's title, for its properties
  std::string language;  // "vi-VN", "en-GB"
  PageSetup page;
  std::vector<ParagraphStyle> styles;
  std::vector<Block> body;
};

// The style a paragraph names, or none (no style, or one the layout does not define).
inline const ParagraphStyle* style_of(const Layout& layout, const Paragraph& p) {
  if (p.style.empty()) return nullptr;
  for (const ParagraphStyle& style : layout.styles)
    if (style.id == p.style) return &style;
  return nullptr;
}

}  // namespace qobj::official
