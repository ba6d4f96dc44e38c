#include "core/import/layout.hpp"

#include <algorithm>

#include "core/text/unicode.hpp"

namespace qobj::import {

namespace {

using model::OneStopColumn;

LayoutColumn counted(OneStopColumn c) {
  LayoutColumn column;
  column.role = ColumnRole::count;
  column.count = c;
  return column;
}

LayoutColumn of_role(ColumnRole role) {
  LayoutColumn column;
  column.role = role;
  return column;
}

Layout make_form() {
  Layout layout;
  layout.name = "Biểu 06/VPCP/KSTT";
  layout.columns = {of_role(ColumnRole::number),
                    of_role(ColumnRole::label),
                    counted(OneStopColumn::received),
                    counted(OneStopColumn::received_online),
                    counted(OneStopColumn::received_in_person),
                    counted(OneStopColumn::carried_over),
                    counted(OneStopColumn::resolved),
                    counted(OneStopColumn::resolved_early),
                    counted(OneStopColumn::resolved_on_time),
                    counted(OneStopColumn::resolved_late),
                    counted(OneStopColumn::pending),
                    counted(OneStopColumn::pending_in_time),
                    counted(OneStopColumn::pending_late)};
  return layout;
}

Layout make_older() {
  Layout layout;
  layout.name = "Biểu mẫu cũ (Trả đúng thời hạn)";
  layout.columns = {of_role(ColumnRole::number),
                    of_role(ColumnRole::label),
                    counted(OneStopColumn::received),
                    counted(OneStopColumn::carried_over),
                    counted(OneStopColumn::received_new),
                    counted(OneStopColumn::resolved),
                    counted(OneStopColumn::resolved_in_time),
                    counted(OneStopColumn::resolved_late),
                    counted(OneStopColumn::pending),
                    counted(OneStopColumn::pending_in_time),
                    counted(OneStopColumn::pending_late)};
  return layout;
}

}  // namespace

std::string Layout::column_name(std::size_t index) const {
  const std::string& heading = columns[index].heading;
  if (anchor == TableAnchor::headings) return "«" + heading + "»";
  const std::string number = "(" + std::to_string(index + 1) + ")";
  return heading.empty() ? number : number + " «" + heading + "»";
}

std::string Layout::column_name(OneStopColumn count) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].role == ColumnRole::count && columns[i].count == count) return column_name(i);
  }
  return std::string(model::form_column_label(count));
}

bool Layout::has(OneStopColumn count) const {
  return std::any_of(columns.begin(), columns.end(), [&](const LayoutColumn& c) {
    return c.role == ColumnRole::count && c.count == count;
  });
}

bool Layout::has_percent() const {
  return std::any_of(columns.begin(), columns.end(),
                     [](const LayoutColumn& c) { return c.role == ColumnRole::percent; });
}

std::optional<model::OneStopDefinition> Layout::percent_definition() const {
  for (const LayoutColumn& c : columns) {
    if (c.role == ColumnRole::percent) return c.definition;
  }
  return std::nullopt;
}

bool Layout::is_total_label(std::string_view text) const {
  if (text.empty()) return false;
  if (!total_labels.empty()) {
    const std::string folded = text::folded_word(text);
    return std::find(total_labels.begin(), total_labels.end(), folded) != total_labels.end();
  }
  // Every spelling starts with T or C: the other labels are not folded (a long form has many).
  if (text[0] != 'T' && text[0] != 't' && text[0] != 'C' && text[0] != 'c') return false;
  const std::string folded = text::folded_word(text);
  return folded == "tongso" || folded == "tongcong" || folded == "cong" || folded == "tong" ||
         folded.rfind("tongso", 0) == 0 || folded.rfind("tongcong", 0) == 0;
}

const Layout& form_layout() {
  static const Layout layout = make_form();
  return layout;
}

const Layout& older_layout() {
  static const Layout layout = make_older();
  return layout;
}

const Layout* builtin_layout_for(std::size_t numbered) {
  if (numbered >= form_layout().columns.size()) return &form_layout();
  if (numbered == older_layout().columns.size()) return &older_layout();
  return nullptr;
}

}  // namespace qobj::import
