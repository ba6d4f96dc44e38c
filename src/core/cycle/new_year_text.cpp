#include "core/cycle/new_year_text.hpp"

#include <filesystem>

#include "core/diag/catalogue.hpp"
#include "core/report/wording.hpp"
#include "core/text/safe_text.hpp"

namespace qobj::cycle {

namespace {

std::string line(MessageId id, Lang lang, std::vector<MessageArg> args) {
  return format_message(id, lang, std::move(args)) + "\n";
}

// Where a note is, in the file written (the lines are those of the file it comes from).
std::string where(const YearNote& note, const NewYear& plan,
                  const std::vector<std::string>& written) {
  std::string file = note.file;
  for (std::size_t i = 0; i < plan.files.size(); ++i) {
    if (plan.files[i].source == note.file) file = written[i];
  }
  return text::show_in_line(file) + ":" + std::to_string(note.line);
}

std::string target_ref(const YearNote& note) {
  return note.target.empty() ? note.objective : note.objective + "/" + note.target;
}

// "kết quả 100% so với chỉ tiêu > 95%"
std::string result_of(const YearNote& note, Lang lang) {
  if (!note.evaluated_target) return {};
  const model::Target& target = *note.evaluated_target->target;
  return format_message(MessageId::ui_newyear_result, lang,
                        {report::result_wording(target, note.evaluated_target->result, lang),
                         report::target_wording(target, lang)});
}

}  // namespace

std::string render_new_year(const NewYear& plan, const std::vector<std::string>& written,
                            Lang lang) {
  std::string out;
  const std::string from = std::to_string(plan.from_year), to = std::to_string(plan.to_year);
  for (std::size_t i = 0; i < plan.files.size(); ++i) {
    const YearFile& file = plan.files[i];
    const std::string name = text::show_in_line(written[i]);
    if (file.measurements) {
      out += line(MessageId::ui_newyear_measurements_file, lang,
                  {name, from, to, std::to_string(file.records_dropped)});
    } else {
      out += line(MessageId::ui_newyear_objectives_file, lang,
                  {name, from, to, std::to_string(file.dates), std::to_string(file.baseline_years),
                   std::to_string(file.texts + file.comments)});
    }
  }
  std::string reworded, questions;
  for (const YearNote& note : plan.notes) {
    switch (note.kind) {
      case YearNote::Kind::text_reworded:
        reworded +=
            "  " + where(note, plan, written) + ": " + text::show_in_line(note.detail) + "\n";
        break;
      case YearNote::Kind::document_cleared:
        questions += "  " + line(MessageId::ui_newyear_document, lang,
                                 {where(note, plan, written), to, text::show_in_line(note.detail)});
        break;
      case YearNote::Kind::leap_day:
        questions += "  " + line(MessageId::ui_newyear_leap_day, lang,
                                 {where(note, plan, written), note.detail});
        break;
      case YearNote::Kind::multi_year_text:
        questions += "  " + line(MessageId::ui_newyear_span, lang,
                                 {where(note, plan, written), text::show_in_line(note.detail), to});
        break;
      case YearNote::Kind::exceeded:
        questions += "  " + line(MessageId::ui_newyear_exceeded, lang,
                                 {target_ref(note), from, result_of(note, lang)});
        break;
      case YearNote::Kind::not_met:
        questions += "  " + line(MessageId::ui_newyear_not_met, lang,
                                 {target_ref(note), from, result_of(note, lang)});
        break;
      case YearNote::Kind::incomplete:
        questions += "  " + line(MessageId::ui_newyear_incomplete, lang,
                                 {target_ref(note), from, result_of(note, lang)});
        break;
      case YearNote::Kind::no_cause:
        questions += "  " + line(MessageId::ui_newyear_no_cause, lang, {note.objective, from});
        break;
      case YearNote::Kind::no_data:
        questions += "  " + line(MessageId::ui_newyear_no_data, lang, {target_ref(note), from, to});
        break;
      case YearNote::Kind::corrective_action: {
        const std::size_t cut = note.detail.find('\n');
        questions += "  " + line(MessageId::ui_newyear_corrective_action, lang,
                                 {note.objective, from, note.detail.substr(0, cut),
                                  text::show_in_line(note.detail.substr(cut + 1)), to});
        break;
      }
      case YearNote::Kind::withdrawn:
        questions += "  " + line(MessageId::ui_newyear_withdrawn, lang,
                                 {note.objective, from, text::show_in_line(note.detail), to});
        break;
    }
  }
  if (!reworded.empty()) out += line(MessageId::ui_newyear_reworded, lang, {from, to}) + reworded;
  out += questions.empty() ? line(MessageId::ui_newyear_nothing_to_decide, lang, {})
                           : line(MessageId::ui_newyear_decide, lang, {to}) + questions;
  if (!written.empty()) {
    const std::string folder =
        std::filesystem::path(written.front()).parent_path().generic_string();
    out +=
        line(MessageId::ui_newyear_next, lang, {text::show_in_line(folder.empty() ? "." : folder)});
  }
  return out;
}

}  // namespace qobj::cycle
