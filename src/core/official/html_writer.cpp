#include "core/official/html_writer.hpp"

#include <fmt/format.h>

#include <numeric>
#include <string_view>

#include "core/text/markup.hpp"

namespace qobj::official {

namespace {

// Twips as millimetres, for CSS.
std::string in_mm(int twips) {
  return fmt::format("{:.1f}mm", twips * 25.4 / 1440.0);
}

std::string_view text_align(Align align) {
  switch (align) {
    case Align::left:
      return "left";
    case Align::center:
      return "center";
    case Align::right:
      return "right";
    case Align::justify:
      return "justify";
  }
  return "left";
}

// A run inside a paragraph whose style makes its runs bold or italic (or not): what differs
// is marked.
std::string run_html(const Run& run, bool bold, bool italic) {
  std::string text = text::escape_markup(run.text);
  for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at))
    text.replace(at, 1, "<br>");
  if (run.underline) text = "<u>" + text + "</u>";
  if (run.italic && !italic) text = "<i>" + text + "</i>";
  if (!run.italic && italic) text = "<span style=\"font-style:normal\">" + text + "</span>";
  if (run.bold && !bold) text = "<b>" + text + "</b>";
  if (!run.bold && bold) text = "<span style=\"font-weight:normal\">" + text + "</span>";
  return text;
}

// A paragraph's look as CSS declarations; with `base` (its style's look), only what differs.
std::string declarations(const Paragraph& p, const Paragraph* base) {
  std::vector<std::string> out;
  if (base == nullptr || p.align != base->align)
    out.push_back(fmt::format("text-align:{}", text_align(p.align)));
  if (base == nullptr || p.size != base->size)
    out.push_back(fmt::format("font-size:{}pt", p.size / 2.0));
  const auto differs = [&](int value, int Paragraph::*field) {
    return base == nullptr ? value != 0 : value != base->*field;
  };
  if (differs(p.first_line_indent, &Paragraph::first_line_indent))
    out.push_back("text-indent:" + in_mm(p.first_line_indent));
  if (differs(p.left_indent, &Paragraph::left_indent))
    out.push_back("margin-left:" + in_mm(p.left_indent));
  if (differs(p.space_before, &Paragraph::space_before))
    out.push_back(fmt::format("margin-top:{}pt", p.space_before / 20.0));
  if (differs(p.space_after, &Paragraph::space_after))
    out.push_back(fmt::format("margin-bottom:{}pt", p.space_after / 20.0));
  std::string joined;
  for (const std::string& declaration : out) joined += (joined.empty() ? "" : ";") + declaration;
  return joined;
}

std::string paragraph_html(const Paragraph& p, const Layout& layout) {
  const ParagraphStyle* style = style_of(layout, p);
  const std::string own = declarations(p, style != nullptr ? &style->look : nullptr);
  std::string out = "<p";
  if (style != nullptr) out += " class=\"" + text::escape_markup(style->id) + "\"";
  if (!own.empty()) out += " style=\"" + own + "\"";
  out += ">";
  for (const Run& run : p.runs)
    out += run_html(run, style != nullptr && style->bold, style != nullptr && style->italic);
  // An empty paragraph still takes its line.
  if (p.runs.empty() || (p.runs.size() == 1 && p.runs.front().text.empty())) out += "&#8203;";
  return out + "</p>\n";
}

// The named styles as CSS classes.
std::string styles_css(const Layout& layout) {
  std::string out;
  for (const ParagraphStyle& style : layout.styles) {
    out += "p." + text::escape_markup(style.id) + " { " + declarations(style.look, nullptr);
    if (style.bold) out += ";font-weight:bold";
    if (style.italic) out += ";font-style:italic";
    out += " }\n";
  }
  return out;
}

std::string rule_html(const Rule& rule) {
  return fmt::format("<div class=\"rule\" style=\"width:{}\"></div>\n", in_mm(rule.length));
}

// How many rows a cell that starts a vertical merge spans: it and the continued cells below it
// in the same column.
int rows_spanned(const Table& table, std::size_t row, std::size_t column) {
  int span = 1;
  for (std::size_t r = row + 1; r < table.rows.size(); ++r) {
    std::size_t at = 0;
    const Cell* below = nullptr;
    for (const Cell& cell : table.rows[r].cells) {
      if (at == column) below = &cell;
      at += static_cast<std::size_t>(cell.span);
    }
    if (below == nullptr || below->merge != Cell::Merge::continued) break;
    ++span;
  }
  return span;
}

std::string table_html(const Table& table, const Layout& layout) {
  const int total = std::accumulate(table.widths.begin(), table.widths.end(), 0);
  std::string out = fmt::format("<table class=\"{}\" style=\"width:{}\"><colgroup>",
                                table.borders ? "ruled" : "grid", in_mm(total));
  for (const int width : table.widths) out += "<col style=\"width:" + in_mm(width) + "\">";
  out += "</colgroup>\n";
  bool in_head = false, in_body = false;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const Row& row = table.rows[r];
    if (row.header && !in_head) {
      out += "<thead>\n";
      in_head = true;
    } else if (!row.header && !in_body) {
      if (in_head) out += "</thead>\n";
      out += "<tbody>\n";
      in_head = false;
      in_body = true;
    }
    out += "<tr>";
    std::size_t column = 0;
    for (const Cell& cell : row.cells) {
      const std::size_t at = column;
      column += static_cast<std::size_t>(cell.span);
      if (cell.merge == Cell::Merge::continued) continue;
      std::string attributes;
      if (cell.span > 1) attributes += fmt::format(" colspan=\"{}\"", cell.span);
      if (cell.merge == Cell::Merge::first)
        attributes += fmt::format(" rowspan=\"{}\"", rows_spanned(table, r, at));
      if (cell.middle) attributes += " class=\"middle\"";
      out += "<td" + attributes + ">";
      for (const CellBlock& block : cell.content) {
        if (const auto* p = std::get_if<Paragraph>(&block)) {
          out += paragraph_html(*p, layout);
        } else {
          out += rule_html(std::get<Rule>(block));
        }
      }
      out += "</td>";
    }
    out += "</tr>\n";
  }
  out += in_head ? "</thead>\n" : in_body ? "</tbody>\n" : "";
  return out + "</table>\n";
}

std::string figures_html(const Figures& figures) {
  // The heading is a block before the row of figures: a printed page does not end with it
  // (a browser keeps no flex item with the next).
  std::string out;
  if (!figures.heading.empty())
    out += "<p class=\"figures-heading\">" + text::escape_markup(figures.heading) + "</p>\n";
  out += "<div class=\"figures\">\n";
  for (const Figure& figure : figures.figures) {
    out += "<figure>" + figure.svg;
    if (!figure.caption.empty())
      out += "<figcaption>" + text::escape_markup(figure.caption) + "</figcaption>";
    out += "</figure>\n";
  }
  return out + "</div>\n";
}

// The page number printed centred in the top margin from the second page on, as the Word
// file's header has it.
std::string page_number_css(const PageSetup& page) {
  if (!page.page_numbers) return "";
  return fmt::format(
      "@page {{ @top-center {{ content: counter(page); font-family: \"Times New Roman\", "
      "\"Liberation Serif\", serif; font-size: {}pt; }} }}\n"
      "@page :first {{ @top-center {{ content: none; }} }}\n",
      page.number_size / 2.0);
}

}  // namespace

std::string html_begin(const std::string& title, const Layout& setup) {
  const PageSetup& page = setup.page;
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n"
      "@page {{ size: {} {}; margin: {} {} {} {}; }}\n{}"
      "body {{ font-family: \"Times New Roman\", \"Liberation Serif\", \"DejaVu Serif\", serif; "
      "color: #000; background: #e8e8e8; margin: 0; }}\n"
      ".page {{ background: #fff; width: {}; min-height: {}; margin: 1em auto; "
      "padding: {} {} {} {}; box-sizing: border-box; }}\n"
      "p {{ margin: 0; line-height: 1.15; }}\n"
      ".rule {{ border-top: 1px solid #000; margin: 3px auto 6px; height: 0; }}\n"
      "table {{ border-collapse: collapse; table-layout: fixed; margin: 0 auto; }}\n"
      "table.ruled td {{ border: 1px solid #000; }}\n"
      "td {{ vertical-align: top; padding: 1px {}; }}\n"
      "td.middle {{ vertical-align: middle; }}\n"
      "thead {{ display: table-header-group; }}\n"
      "tr, figure {{ break-inside: avoid; }}\n"
      ".figures {{ display: flex; flex-wrap: wrap; gap: 1em; margin: 6pt 0; }}\n"
      ".figures-heading {{ text-align: center; font-weight: bold; font-size: 14pt; "
      "margin-top: 6pt; break-after: avoid; }}\n"
      "figure {{ margin: 0; }}\n"
      "figcaption {{ font-size: 10pt; max-width: 364px; }}\n"
      "svg text {{ font-family: inherit; font-size: 11px; }}\n"
      "svg text.value {{ font-size: 9px; }}\n"
      "@media print {{ body {{ background: none; }} .page {{ margin: 0; padding: 0; width: auto; "
      "min-height: 0; }} .page + .page {{ break-before: page; }} }}\n"
      "{}</style>\n</head>\n<body>\n",
      setup.language.substr(0, 2), text::escape_markup(title), in_mm(page.width),
      in_mm(page.height), in_mm(page.top), in_mm(page.right), in_mm(page.bottom), in_mm(page.left),
      page_number_css(page), in_mm(page.width), in_mm(page.height), in_mm(page.top),
      in_mm(page.right), in_mm(page.bottom), in_mm(page.left), in_mm(108), styles_css(setup));
}

std::string html_section(const Layout& layout) {
  std::string out = "<div class=\"page\">\n";
  for (const Block& block : layout.body) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      out += paragraph_html(*p, layout);
    } else if (const auto* rule = std::get_if<Rule>(&block)) {
      out += rule_html(*rule);
    } else if (const auto* table = std::get_if<Table>(&block)) {
      out += table_html(*table, layout);
    } else {
      out += figures_html(std::get<Figures>(block));
    }
  }
  return out + "</div>\n";
}

std::string html_end() {
  return "</body>\n</html>\n";
}

std::string render_html(const Layout& layout) {
  return html_begin(layout.title, layout) + html_section(layout) + html_end();
}

}  // namespace qobj::official
