#include "core/official/plan.hpp"

#include <fmt/format.h>

#include "core/diag/catalogue.hpp"
#include "core/model/checks.hpp"
#include "core/official/nd30.hpp"
#include "core/text/join.hpp"
#include "core/text/unicode.hpp"

namespace qobj::official {

namespace {

constexpr std::string_view kMissing = "—";

Cell lines_cell(const std::vector<std::string>& lines, Align align = Align::left,
                bool bold = false) {
  return table_cell(lines, CellStyle{align, pt(12), bold, std::string(kMissing)});
}

Cell text_cell(const std::string& text, Align align = Align::left) {
  return lines_cell(text.empty() ? std::vector<std::string>{} : std::vector<std::string>{text},
                    align);
}

// A list of the plan's items: as written when there is one, a dashed list otherwise.
std::vector<std::string> listed(const std::vector<std::string>& items) {
  return items.size() > 1 ? dashed_list(items) : items;
}

Table plan_table(const model::ObjectivesFile& file, Lang lang, const PageSetup& page) {
  Table table;
  table.widths = column_widths(page, {5, 19, 25, 14, 12, 11, 14});
  std::vector<std::string> headings;
  for (const MessageId id : {MessageId::report_col_no, MessageId::report_doc_col_objective,
                             MessageId::report_doc_col_actions, MessageId::report_doc_col_resources,
                             MessageId::report_col_responsible, MessageId::report_col_due,
                             MessageId::report_doc_col_evaluation})
    headings.push_back(format_message(id, lang));
  table.rows.push_back(header_row(headings, pt(12)));
  int number = 0, child = 0;
  for (const model::Objective& objective : file.objectives) {
    Row row;
    const bool in_group = !objective.group.empty();
    child = in_group ? child + 1 : 0;
    const std::string stt =
        in_group ? fmt::format("{}.{}", number, child) : std::to_string(++number);
    row.cells.push_back(text_cell(stt, Align::center));
    if (objective.is_group) {
      // A group's heading spans the row: its children carry the plans.
      Cell title = lines_cell({objective.title}, Align::left, true);
      title.span = 6;
      row.cells.push_back(std::move(title));
      table.rows.push_back(std::move(row));
      continue;
    }
    const model::ActionPlan& plan = objective.plan;
    row.cells.push_back(text_cell(objective.title));
    row.cells.push_back(lines_cell(listed(plan.actions)));
    row.cells.push_back(lines_cell(listed(plan.resources)));
    row.cells.push_back(text_cell(plan.responsible));
    const std::optional<Date> due = plan.due ? plan.due : objective.due;
    row.cells.push_back(text_cell(due ? day_first(*due) : std::string(), Align::center));
    row.cells.push_back(text_cell(plan.evaluation));
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

Layout plan_layout(const model::ObjectivesFile& file, Lang lang, const Issue& issue) {
  const model::IssuingDocument& doc = file.issued;
  Layout layout;
  layout.page = nd30_page();
  std::swap(layout.page.width, layout.page.height);  // landscape
  layout.language = lang == Lang::vi ? "vi-VN" : "en-GB";
  const std::string kind = format_message(MessageId::report_doc_plan_kind, lang);
  const std::string title =
      format_message(MessageId::report_doc_plan_title, lang, {std::to_string(file.year)});
  layout.title = kind + " " + title;
  auto& body = layout.body;
  body.emplace_back(heading_block(
      document_heading(file, file.agency_name, lang, issue, issue.number, issue.date, "KH"),
      layout.page));
  for (Block& block : title_block(kind, title)) body.push_back(std::move(block));

  // What the plan carries out: the objectives, and the document that issued them.
  const std::string issued_by =
      doc.number.empty() || doc.kind.empty()
          ? std::string()
          : format_message(MessageId::report_doc_plan_issued_by, lang,
                           {text::to_sentence_case(doc.kind), doc.number});
  body.emplace_back(
      body_paragraph(format_message(MessageId::report_doc_plan_lead_in, lang,
                                    {std::to_string(file.year), file.agency_name, issued_by})));
  body.emplace_back(plan_table(file, lang, layout.page));

  // What the plans do not say yet, as the check's warning lists it.
  std::vector<std::string> gaps;
  for (const model::Objective& objective : file.objectives) {
    const std::vector<MessageId> missing = model::missing_plan_parts(objective);
    if (missing.empty()) continue;
    std::vector<std::string> phrases;
    for (const MessageId phrase : missing) phrases.push_back(format_message(phrase, lang));
    gaps.push_back(fmt::format("{}: {}", objective.id, text::join(phrases)));
  }
  if (!gaps.empty()) {
    Paragraph heading = body_paragraph(format_message(MessageId::report_doc_plan_missing, lang));
    heading.space_before = 120;
    body.emplace_back(std::move(heading));
    for (const std::string& line : dashed_list(gaps)) body.emplace_back(body_paragraph(line));
  }

  const Signature signature = document_signature(doc, lang);
  body.emplace_back(signature_block(signature, layout.page));
  return layout;
}

}  // namespace qobj::official
