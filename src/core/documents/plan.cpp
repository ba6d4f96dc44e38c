#include "core/documents/plan.hpp"

#include <fmt/format.h>

#include "core/diag/catalogue.hpp"
#include "core/model/checks.hpp"
#include "core/model/plans.hpp"
#include "core/official/nd30.hpp"
#include "core/report/wording.hpp"
#include "core/text/join.hpp"
#include "core/text/unicode.hpp"

namespace qobj::documents {

using namespace official;

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

// The rows of one file's objectives, numbered on from `number`; a withdrawn objective has no
// plan to carry out and is left out.
void add_rows(Table& table, const model::ObjectivesFile& file, int& number) {
  int child = 0;
  for (const model::Objective& objective : file.objectives) {
    if (objective.withdrawn) continue;
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
}

// The agency's objectives, then each unit's from its own file under a row with its name.
Table plan_table(const model::Plan& plan, Lang lang, const PageSetup& page) {
  Table table;
  table.widths = column_widths(page, {5, 19, 25, 14, 12, 11, 14});
  std::vector<std::string> headings;
  for (const MessageId id : {MessageId::report_col_no, MessageId::report_doc_col_objective,
                             MessageId::report_doc_col_actions, MessageId::report_doc_col_resources,
                             MessageId::report_col_responsible, MessageId::report_col_due,
                             MessageId::report_doc_col_evaluation})
    headings.push_back(format_message(id, lang));
  table.rows.push_back(header_row(headings, pt(12)));
  int number = 0;
  add_rows(table, *plan.main_file, number);
  for (const model::ObjectivesFile* file : plan.files) {
    if (file == plan.main_file || file->unit.empty()) continue;
    Cell unit = lines_cell({plan.unit_name(file->unit)}, Align::left, true);
    unit.span = 7;
    table.rows.push_back(Row{{std::move(unit)}, false});
    add_rows(table, *file, number);
  }
  return table;
}

}  // namespace

Layout plan_layout(const model::Plan& plan, Lang lang, const Issue& issue) {
  const model::ObjectivesFile& file = *plan.main_file;
  const model::IssuingDocument& doc = file.issued;
  Layout layout = nd30_layout(lang, /*landscape=*/true);  // seven columns
  const std::string kind = format_message(MessageId::report_doc_plan_kind, lang);
  const std::string title = format_message(MessageId::report_doc_plan_title, lang,
                                           {report::plan_period_wording(file, lang)});
  layout.title = kind + " " + title;
  auto& body = layout.body;
  body.emplace_back(
      heading_block(document_heading(file, "", lang, issue, issue.number, issue.date, "KH"),
                    layout.page));
  for (Block& block : title_block(kind, title)) body.push_back(std::move(block));

  // What the plan carries out: the objectives, and the document that issued them.
  const std::string issued_by =
      doc.number.empty() || doc.kind.empty()
          ? std::string()
          : format_message(MessageId::report_doc_plan_issued_by, lang,
                           {text::to_sentence_case(doc.kind), doc.number});
  body.emplace_back(body_paragraph(
      format_message(MessageId::report_doc_plan_lead_in, lang,
                     {report::plan_period_wording(file, lang), file.agency_name, issued_by})));
  body.emplace_back(plan_table(plan, lang, layout.page));

  // What the plans do not say yet, as the check's warning lists it.
  std::vector<std::string> gaps;
  for (const model::ObjectivesFile* in : plan.files) {
    for (const model::Objective& objective : in->objectives) {
      const std::vector<MessageId> missing = model::missing_plan_parts(objective);
      if (missing.empty()) continue;
      std::vector<std::string> phrases;
      for (const MessageId phrase : missing) phrases.push_back(format_message(phrase, lang));
      gaps.push_back(fmt::format("{}: {}", objective.id, text::join(phrases)));
    }
  }
  if (!gaps.empty()) {
    Paragraph heading = body_paragraph(format_message(MessageId::report_doc_plan_missing, lang));
    heading.space_before = 120;
    body.emplace_back(std::move(heading));
    for (const std::string& line : dashed_list(gaps)) body.emplace_back(body_paragraph(line));
  }

  // Signed as the objectives were; kept on file, as the decision's recipients are its own.
  Signature signature = document_signature(doc, lang);
  signature.recipients = {format_message(MessageId::report_doc_archive, lang)};
  body.emplace_back(signature_block(signature, layout.page));
  return layout;
}

}  // namespace qobj::documents
