#include "core/diff/render.hpp"

#include <array>

#include "core/diag/catalogue.hpp"
#include "core/report/json_writer.hpp"
#include "core/text/markup.hpp"
#include "core/text/safe_text.hpp"

namespace qobj::diff {

namespace {

constexpr std::array<MessageId, kGroups> kGroupTitles = {
    MessageId::ui_diff_files,   MessageId::ui_diff_units,     MessageId::ui_diff_plan,
    MessageId::ui_diff_records, MessageId::ui_diff_baselines, MessageId::ui_diff_evaluations};

// Past this many records added or removed, they are counted per target, not listed: a new
// year's data is not a list to read.
constexpr std::size_t kRecordsListed = 5;

std::string_view sign(Change::Kind kind) {
  switch (kind) {
    case Change::Kind::added:
      return "+";
    case Change::Kind::removed:
      return "-";
    case Change::Kind::changed:
      return "~";
    case Change::Kind::renumbered:
      return "→";
  }
  return "?";
}

// "so-tu-phap: MT2" when the diff spans several agencies, "2024: MT2" several years of one,
// "so-tu-phap 2024: MT2" both.
std::string id_of(const Diff& diff, const Change& change) {
  std::string id =
      change.kind == Change::Kind::renumbered ? change.id + " → " + change.new_id : change.id;
  std::string scope = diff.several_agencies ? change.agency : std::string();
  if (diff.several_years) scope += (scope.empty() ? "" : " ") + std::to_string(change.year);
  return scope.empty() ? id : scope + ": " + id;
}

std::string value_or(const std::string& value, MessageId missing, Lang lang) {
  return value.empty() ? format_message(missing, lang) : value;
}

// "target: > 95% → > 97%"
std::string field_wording(const FieldChange& field, Lang lang) {
  return field.name + ": " + value_or(field.before, MessageId::ui_diff_unwritten, lang) + " → " +
         value_or(field.after, MessageId::ui_diff_unwritten, lang);
}

// The records added or removed, by target with their periods, when there are many.
std::vector<std::string> record_counts(const std::vector<const Change*>& changes) {
  std::vector<std::pair<std::string, std::vector<std::string>>> by_target;
  for (const Change* change : changes) {
    // "MT2/dung-han 2021-Q1": a target has no space; a period may ({start: …, end: …}).
    const std::size_t space = change->id.find(' ');
    const std::string target = change->id.substr(0, space);
    const std::string period = space == std::string::npos ? "" : change->id.substr(space + 1);
    auto found = std::find_if(by_target.begin(), by_target.end(),
                              [&](const auto& entry) { return entry.first == target; });
    if (found == by_target.end()) {
      by_target.push_back({target, {}});
      found = by_target.end() - 1;
    }
    found->second.push_back(period);
  }
  std::vector<std::string> lines;
  for (const auto& [target, periods] : by_target) {
    std::string line = target + " (" + std::to_string(periods.size()) + "): ";
    for (std::size_t i = 0; i < periods.size(); ++i) line += (i ? ", " : "") + periods[i];
    lines.push_back(line);
  }
  return lines;
}

// The changes of each group, with the records added or removed summed up when many.
struct Grouped {
  std::array<std::vector<const Change*>, kGroups> listed;
  std::vector<const Change*> records_added, records_removed;
  bool records_counted = false;
};

Grouped grouped(const Diff& diff) {
  Grouped out;
  for (const Change& change : diff.changes) {
    if (change.subject == Subject::record && change.kind == Change::Kind::added)
      out.records_added.push_back(&change);
    if (change.subject == Subject::record && change.kind == Change::Kind::removed)
      out.records_removed.push_back(&change);
  }
  out.records_counted = out.records_added.size() + out.records_removed.size() > kRecordsListed;
  for (const Change& change : diff.changes) {
    const bool counted = change.subject == Subject::record &&
                         change.kind != Change::Kind::changed && out.records_counted;
    if (!counted) out.listed[static_cast<std::size_t>(group_of(change.subject))].push_back(&change);
  }
  return out;
}

std::string count_line(const std::vector<const Change*>& records, MessageId id, Lang lang) {
  return format_message(id, lang, {std::to_string(records.size())});
}

}  // namespace

std::string render_text(const Diff& diff, const Sides& sides, Lang lang) {
  std::string out =
      format_message(MessageId::ui_diff_heading, lang,
                     {text::show_in_line(sides.before), text::show_in_line(sides.after)}) +
      "\n";
  if (diff.empty()) {
    return out + "  " + format_message(MessageId::ui_diff_no_changes, lang) + "\n";
  }
  if (diff.no_agency_in_common)
    out += "  " + format_message(MessageId::ui_diff_no_agency_in_common, lang) + "\n";
  const Grouped groups = grouped(diff);
  for (int group = 0; group < kGroups; ++group) {
    const auto& listed = groups.listed[static_cast<std::size_t>(group)];
    const bool counted = group == 3 && groups.records_counted;
    if (listed.empty() && !counted) continue;
    out += "\n" + format_message(kGroupTitles[static_cast<std::size_t>(group)], lang) + "\n";
    if (group == 0 && diff.moved_with_year > 0) {
      out += "  " +
             format_message(MessageId::ui_diff_moved_with_year, lang,
                            {std::to_string(diff.moved_with_year)}) +
             "\n";
    }
    if (counted) {
      for (const auto& [records, id] :
           {std::pair{&groups.records_added, MessageId::ui_diff_records_added},
            std::pair{&groups.records_removed, MessageId::ui_diff_records_removed}}) {
        if (records->empty()) continue;
        out += "  " + std::string(records == &groups.records_added ? "+" : "-") + " " +
               count_line(*records, id, lang) + "\n";
        for (const std::string& line : record_counts(*records))
          out += "      " + text::show_in_line(line) + "\n";
      }
    }
    for (const Change* change : listed) {
      const std::string head = std::string(sign(change->kind)) + " " + id_of(diff, *change);
      if (change->fields.size() == 1 && change->kind == Change::Kind::changed) {
        out +=
            "  " + text::show_in_line(head + ": " + field_wording(change->fields[0], lang)) + "\n";
        continue;
      }
      std::string line = head;
      if (!change->label.empty() && change->subject != Subject::record)
        line += ": " + change->label;
      if (change->kind == Change::Kind::added || change->kind == Change::Kind::removed) {
        // A record: what it records, on one line.
        std::string values;
        for (const FieldChange& field : change->fields) {
          values += (values.empty() ? ": " : ", ") + field.name + " " +
                    (change->kind == Change::Kind::added ? field.after : field.before);
        }
        out += "  " + text::show_in_line(line + values) + "\n";
        continue;
      }
      out += "  " + text::show_in_line(line) + "\n";
      for (const FieldChange& field : change->fields)
        out += "      " + text::show_in_line(field_wording(field, lang)) + "\n";
    }
  }
  if (diff.verdicts_compared) {
    out += "\n" + format_message(MessageId::ui_diff_verdicts, lang) + "\n";
    if (diff.verdicts.empty())
      out += "  " + format_message(MessageId::ui_diff_no_verdict_changes, lang) + "\n";
    for (const VerdictChange& verdict : diff.verdicts) {
      const std::string id =
          diff.several_agencies ? verdict.agency + ": " + verdict.id : verdict.id;
      out += "  " +
             text::show_in_line(
                 id + ": " + value_or(verdict.before, MessageId::ui_diff_not_evaluated, lang) +
                 " → " + value_or(verdict.after, MessageId::ui_diff_not_evaluated, lang)) +
             "\n";
    }
  }
  return out;
}

std::string render_markdown(const Diff& diff, const Sides& sides, Lang lang) {
  using text::markdown_cell;
  std::string out =
      "## " +
      markdown_cell(format_message(MessageId::ui_diff_heading, lang, {sides.before, sides.after})) +
      "\n\n";
  if (diff.empty())
    return out + markdown_cell(format_message(MessageId::ui_diff_no_changes, lang)) + "\n";
  const Grouped groups = grouped(diff);
  const std::string columns =
      "| | " + markdown_cell(format_message(MessageId::ui_diff_col_id, lang)) + " | " +
      markdown_cell(format_message(MessageId::ui_diff_col_change, lang)) + " |\n|---|---|---|\n";
  for (int group = 0; group < kGroups; ++group) {
    const auto& listed = groups.listed[static_cast<std::size_t>(group)];
    const bool counted = group == 3 && groups.records_counted;
    if (listed.empty() && !counted) continue;
    out += "### " +
           markdown_cell(format_message(kGroupTitles[static_cast<std::size_t>(group)], lang)) +
           "\n\n";
    if (group == 0 && diff.moved_with_year > 0) {
      out += markdown_cell(format_message(MessageId::ui_diff_moved_with_year, lang,
                                          {std::to_string(diff.moved_with_year)})) +
             "\n\n";
    }
    if (counted) {
      for (const auto* records : {&groups.records_added, &groups.records_removed}) {
        if (records->empty()) continue;
        const bool added = records == &groups.records_added;
        out += "- " +
               markdown_cell(count_line(
                   *records,
                   added ? MessageId::ui_diff_records_added : MessageId::ui_diff_records_removed,
                   lang)) +
               "\n";
        for (const std::string& line : record_counts(*records))
          out += "  - " + markdown_cell(line) + "\n";
      }
      out += "\n";
    }
    if (listed.empty()) continue;
    out += columns;
    for (const Change* change : listed) {
      std::string what;
      if (change->kind == Change::Kind::changed || change->kind == Change::Kind::renumbered) {
        for (const FieldChange& field : change->fields)
          what += (what.empty() ? "" : "<br>") + markdown_cell(field_wording(field, lang));
      } else {
        // A record added or removed: what it records.
        for (const FieldChange& field : change->fields) {
          what += (what.empty() ? "" : ", ") +
                  markdown_cell(field.name + " " +
                                (change->kind == Change::Kind::added ? field.after : field.before));
        }
      }
      if (what.empty() || change->kind == Change::Kind::renumbered) {
        const std::string label = markdown_cell(change->label);
        what = what.empty() ? label : label + "<br>" + what;
      }
      out += "| " + std::string(sign(change->kind)) + " | " + markdown_cell(id_of(diff, *change)) +
             " | " + what + " |\n";
    }
    out += "\n";
  }
  if (diff.verdicts_compared) {
    out += "### " + markdown_cell(format_message(MessageId::ui_diff_verdicts, lang)) + "\n\n";
    if (diff.verdicts.empty())
      out += markdown_cell(format_message(MessageId::ui_diff_no_verdict_changes, lang)) + "\n";
    for (const VerdictChange& verdict : diff.verdicts) {
      const std::string id =
          diff.several_agencies ? verdict.agency + ": " + verdict.id : verdict.id;
      out += "- **" + markdown_cell(id) + "** " + markdown_cell(verdict.label) + ": " +
             markdown_cell(value_or(verdict.before, MessageId::ui_diff_not_evaluated, lang)) +
             " → " +
             markdown_cell(value_or(verdict.after, MessageId::ui_diff_not_evaluated, lang)) + "\n";
    }
  }
  return out;
}

std::string render_json(const Diff& diff, const Sides& sides, Lang lang) {
  std::string out;
  {
    report::JsonWriter json(report::string_sink(out));
    const auto subject_code = [](Subject subject) {
      switch (subject) {
        case Subject::header:
          return "file";
        case Subject::unit:
          return "unit";
        case Subject::objective:
          return "objective";
        case Subject::target:
          return "target";
        case Subject::record:
          return "record";
        case Subject::baseline:
          return "baseline";
        case Subject::evaluation:
          return "evaluation";
      }
      return "";
    };
    const auto kind_code = [](Change::Kind kind) {
      switch (kind) {
        case Change::Kind::added:
          return "added";
        case Change::Kind::removed:
          return "removed";
        case Change::Kind::changed:
          return "changed";
        case Change::Kind::renumbered:
          return "renumbered";
      }
      return "";
    };
    const auto text_or_null = [&](const std::string& value) {
      if (value.empty()) {
        json.null();
      } else {
        json.string(text::replace_unsafe(value));
      }
    };
    json.begin_object();
    json.key("format");
    json.string("qobj/diff");
    json.key("version");
    json.integer(1);
    json.key("before");
    text_or_null(sides.before_is_working_tree ? std::string() : sides.before);
    json.key("after");
    text_or_null(sides.after_is_working_tree ? std::string() : sides.after);
    json.key("moved_with_year");
    json.integer(static_cast<long long>(diff.moved_with_year));
    json.key("changes");
    json.begin_array();
    for (const Change& change : diff.changes) {
      json.begin_object();
      json.key("year");
      json.integer(change.year);
      json.key("kind");
      json.string(kind_code(change.kind));
      json.key("subject");
      json.string(subject_code(change.subject));
      json.key("agency");
      json.string(change.agency);
      json.key("id");
      json.string(text::replace_unsafe(change.id));
      json.key("new_id");
      text_or_null(change.new_id);
      json.key("label");
      text_or_null(change.label);
      json.key("fields");
      json.begin_array();
      for (const FieldChange& field : change.fields) {
        json.begin_object();
        json.key("name");
        json.string(field.name);
        json.key("before");
        text_or_null(field.before);
        json.key("after");
        text_or_null(field.after);
        json.end_object();
      }
      json.end_array();
      json.end_object();
    }
    json.end_array();
    json.key("verdicts");
    if (!diff.verdicts_compared) {
      json.null();
    } else {
      json.begin_array();
      for (const VerdictChange& verdict : diff.verdicts) {
        json.begin_object();
        json.key("agency");
        json.string(verdict.agency);
        json.key("id");
        json.string(verdict.id);
        json.key("label");
        text_or_null(verdict.label);
        json.key("before");
        text_or_null(verdict.before);
        json.key("after");
        text_or_null(verdict.after);
        json.end_object();
      }
      json.end_array();
    }
    json.key("language");
    json.string(lang == Lang::vi ? "vi" : "en");
    json.end_object();
  }
  out += "\n";
  return out;
}

std::string render_textconv(const std::vector<Fact>& facts) {
  std::string out;
  for (const Fact& fact : facts) {
    const std::string& id = fact.id;
    if (fact.fields.empty()) out += text::show_in_line(id + ": " + fact.label) + "\n";
    for (const auto& [name, value] : fact.fields)
      out += text::show_in_line(id + " " + name + ": " + value) + "\n";
  }
  return out;
}

}  // namespace qobj::diff
