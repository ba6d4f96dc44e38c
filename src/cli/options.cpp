#include "cli/options.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <iostream>

#include "cli/completions.hpp"
#include "cli/exit_codes.hpp"
#include "cli/manual.hpp"
#include "cli/terminal.hpp"
#include "cli/version.hpp"
#include "core/cycle/init.hpp"
#include "core/diag/catalogue.hpp"
#include "core/eval/verdict.hpp"
#include "core/formats/respell.hpp"
#include "core/import/one_stop_form.hpp"
#include "core/schema/json_value.hpp"
#include "core/text/unicode.hpp"
#include "core/time/date.hpp"
#include "qobj_version.hpp"

namespace qobj::cli {

using eval::verdict_from_code;

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end == text.data()) return std::nullopt;
  std::string_view suffix(end, static_cast<std::size_t>(text.data() + text.size() - end));
  if (!suffix.empty() && (suffix.back() == 'B' || suffix.back() == 'b')) suffix.remove_suffix(1);
  int shift = 0;
  if (suffix == "K" || suffix == "k" || suffix == "Ki") {
    shift = 10;
  } else if (suffix == "M" || suffix == "m" || suffix == "Mi") {
    shift = 20;
  } else if (suffix == "G" || suffix == "g" || suffix == "Gi") {
    shift = 30;
  } else if (!suffix.empty()) {
    return std::nullopt;
  }
  if (shift > 0 && value > (std::uint64_t{1} << (63 - shift))) return std::nullopt;
  return value << shift;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    auto item = text.substr(
        start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    // "not-met, at-risk": the space a person writes after a comma is not part of a name.
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

namespace {

// The language of the run, known before the command line is parsed, so that its own
// messages are in it: --lang (or --lang=…) wherever it is, else the environment.
Lang language_of(int argc, const char* const* argv) {
  GlobalOptions global;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == "--lang" && i + 1 < argc) global.lang = parse_lang(argv[i + 1]);
    if (arg.rfind("--lang=", 0) == 0) global.lang = parse_lang(arg.substr(7));
  }
  return choose_language(global);
}

// The run's wording of a catalogue entry.
class Texts {
 public:
  explicit Texts(Lang lang) : m_lang(lang) {}
  Lang lang() const { return m_lang; }
  std::string operator()(MessageId id, const std::vector<MessageArg>& args = {}) const {
    return format_message(id, m_lang, args);
  }

 private:
  Lang m_lang;
};

// What a Vietnamese user may type for a value of ours: "khong-dat" (không đạt) for not-met,
// "kiemtra" for check, "excel" for xlsx. Compared without accents, case or spaces.
std::optional<std::string> vietnamese_alias(std::string_view typed) {
  static const std::pair<const char*, const char*> kAliases[] = {
      {"kiemtra", "check"},
      {"baocao", "report"},
      {"quyetdinh", "decision"},
      {"kehoach", "plan"},
      {"vanban", "document"},
      {"luocdo", "schema"},
      {"dat", "met"},
      {"vuot", "exceeded"},
      {"khongdat", "not-met"},
      {"conguyco", "at-risk"},
      {"nguyco", "at-risk"},
      {"chuadusolieu", "incomplete"},
      {"chuadu", "incomplete"},
      {"chuacosolieu", "no-data"},
      {"khongcosolieu", "no-data"},
      {"chuadenhan", "not-yet-due"},
      {"khongdanhgia", "withdrawn"},
      {"excel", "xlsx"},
      {"xls", "xlsx"},
      {"bang", "table"},
      {"muctieu", "objectives"},
      {"solieu", "measurements"},
  };
  const std::string plain = text::folded_word(typed);
  for (const auto& [alias, value] : kAliases) {
    if (plain == alias) return std::string(value);
  }
  return std::nullopt;
}

// The value meant: a Vietnamese alias of one of `allowed`, else the nearest by spelling.
std::optional<std::string> meant_among(std::string_view typed,
                                       const std::vector<std::string>& allowed) {
  if (const auto alias = vietnamese_alias(typed);
      alias && std::find(allowed.begin(), allowed.end(), *alias) != allowed.end())
    return alias;
  return schema::closest_match(typed, allowed);
}

// A value among `allowed`, or the message saying which are, with the nearest.
CLI::Validator one_of(std::vector<std::string> allowed, const Texts& t) {
  std::string listed;
  for (const auto& a : allowed) listed += (listed.empty() ? "" : ", ") + a;
  return CLI::Validator(
      [allowed, listed, t](std::string& value) -> std::string {
        if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return {};
        const auto nearest = meant_among(value, allowed);
        // CLI11 puts the option's name first: "--format: …".
        return nearest ? t(MessageId::ui_cli_not_one_of_near, {value, listed, *nearest})
                       : t(MessageId::ui_cli_not_one_of, {value, listed});
      },
      "");
}

// --as-of, the same for every command that judges data by a day.
void add_as_of(CLI::App& command, std::string& value, MessageId description, const Texts& t) {
  command.add_option("--as-of", value, t(description))
      ->type_name(t(MessageId::ui_help_date))
      ->check(CLI::Validator(
          [t](std::string& text) -> std::string {
            if (parse_date(text)) return {};
            // 31/12/2023, the Vietnamese order: said as it should be written.
            if (const std::string iso = formats::date_from_day_first(text); parse_date(iso))
              return t(MessageId::ui_cli_date_day_first, {text, iso});
            // 2023-02-30 has a date's shape, month and all, but is no day of the calendar.
            const auto digits = [&text](std::size_t at, std::size_t n) {
              return text.substr(at, n).find_first_not_of("0123456789") == std::string::npos;
            };
            const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                                digits(0, 4) && digits(5, 2) && digits(8, 2) &&
                                text.substr(5, 2) >= "01" && text.substr(5, 2) <= "12";
            return t(shaped ? MessageId::ui_cli_no_such_day : MessageId::ui_cli_not_a_date, {text});
          },
          ""));
}

// --fail-on: verdict codes, a comma between them; a misspelt one gets the nearest.
std::string check_verdict_list(const std::string& text, const Texts& t) {
  std::vector<std::string> codes;
  std::string all;
  for (int v = 0; v < eval::kVerdictCount; ++v) {
    codes.emplace_back(eval::verdict_code(static_cast<eval::Verdict>(v)));
    all += (all.empty() ? "" : ", ") + codes.back();
  }
  const auto listed = split_list(text);
  if (listed.empty()) return t(MessageId::ui_cli_fail_on_empty, {all});
  for (const auto& code : listed) {
    if (verdict_from_code(code)) continue;
    const auto nearest = meant_among(code, codes);
    return t(nearest ? MessageId::ui_cli_unknown_verdict_near : MessageId::ui_cli_unknown_verdict,
             {code, all, nearest.value_or("")});
  }
  return {};
}

void add_exclude(CLI::App& command, std::vector<std::string>& patterns, const Texts& t) {
  command.add_option("--exclude", patterns, t(MessageId::ui_opt_exclude))
      ->type_name(t(MessageId::ui_help_pattern))
      ->allow_extra_args(false);
}

// A whole number from `low` to `high`, written as such ("2021", not "2021.0" or "2021x"): the
// refusal otherwise, in `refused`'s words.
CLI::Validator whole_number(long low, long high, MessageId refused, const Texts& t) {
  return CLI::Validator(
      [=](std::string& text) -> std::string {
        long value = 0;
        const auto [end, failed] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (failed != std::errc() || end != text.data() + text.size() || value < low ||
            value > high)
          return t(refused, {text});
        return {};
      },
      "");
}

void add_year(CLI::App& command, std::string& year, MessageId description, const Texts& t) {
  command.add_option("--year", year, t(description))
      ->type_name(t(MessageId::ui_help_year))
      ->check(whole_number(1900, 2200, MessageId::ui_cli_bad_year, t));
}

// An id as the schemas want it: so-tu-phap.
bool is_slug(std::string_view text) {
  if (text.empty() || text.front() == '-' || text.back() == '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && text[i + 1] == '-')) return false;
  }
  return true;
}

void add_max_file_size(CLI::App& command, std::string& value, const Texts& t) {
  command.add_option("--max-file-size", value, t(MessageId::ui_opt_max_file_size))
      ->type_name(t(MessageId::ui_help_size))
      ->check(CLI::Validator(
          [t](std::string& text) -> std::string {
            const auto size = parse_byte_size(text);
            if (!size || *size == 0 || *size > kMaxFileSizeCeiling)
              return t(MessageId::ui_cli_bad_size, {text});
            return {};
          },
          ""));
}

void add_jobs(CLI::App& command, unsigned& jobs, const Texts& t) {
  command.add_option("-j,--jobs", jobs, t(MessageId::ui_opt_jobs))
      ->type_name(t(MessageId::ui_help_count))
      ->check(whole_number(1, 256, MessageId::ui_cli_bad_jobs, t));
}

// CLI11 pads the left column by bytes; "--year NĂM" would then be short by the bytes of
// each accented letter. Padded by display width instead.
class DisplayWidthFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* option, bool is_positional) const override {
    const std::string name =
        "  " + make_option_name(option, is_positional) + make_option_opts(option);
    const std::string description = make_option_desc(option);
    const std::size_t width = text::display_width(name);
    std::string out = name;
    if (width >= column_width_) {
      out += "\n" + std::string(column_width_, ' ');
    } else {
      out += std::string(column_width_ - width, ' ');
    }
    return out + description + "\n";
  }
};

// Help in the run's language: CLI11's headings and badges are labels of its formatter.
std::shared_ptr<CLI::Formatter> formatter_for(const Texts& t) {
  auto formatter = std::make_shared<DisplayWidthFormatter>();
  formatter->label("Usage", t(MessageId::ui_help_usage));
  formatter->label("OPTIONS", t(MessageId::ui_help_options_badge));
  formatter->label("SUBCOMMAND", t(MessageId::ui_help_command_badge));
  formatter->label("SUBCOMMANDS", t(MessageId::ui_help_command_badge));
  formatter->label("REQUIRED", t(MessageId::ui_help_required));
  formatter->label("Positionals", t(MessageId::ui_help_positionals));
  formatter->label("TEXT", t(MessageId::ui_help_text));
  formatter->column_width(32);
  return formatter;
}

// Every long option and command name, for "did you mean".
void collect_names(const CLI::App& app, std::vector<std::string>& names) {
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back("--" + name);
  }
  for (const CLI::App* command : app.get_subcommands({})) {
    names.push_back(command->get_name());
    collect_names(*command, names);
  }
}

// A usage error in the run's language. CLI11's own wording is English: each kind of error
// is said from the catalogue, with what CLI11 names (an option, an argument) kept.
std::string usage_message(const CLI::ParseError& error, const CLI::App& app, const Texts& t) {
  const std::string what = error.what();
  const auto after_colon = [&what]() {
    const auto colon = what.find(": ");
    return colon == std::string::npos ? std::string() : what.substr(colon + 2);
  };
  const auto before_colon = [&what]() { return what.substr(0, what.find(':')); };
  // By type: CLI11 names some errors after the command they are about.
  const auto is = [&error](auto* type) {
    return dynamic_cast<std::remove_pointer_t<decltype(type)> const*>(&error) != nullptr;
  };
  if (is(static_cast<CLI::ExtrasError*>(nullptr))) {
    const std::string extra = after_colon();
    // An option of a command written before it: "qobj --as-of 2021-06-30 report …".
    // The command given first, if it has the option; else the first that has it.
    std::vector<const CLI::App*> commands = app.get_subcommands({});
    std::stable_partition(commands.begin(), commands.end(),
                          [](const CLI::App* sub) { return sub->parsed(); });
    for (const CLI::App* sub : commands) {
      for (const CLI::Option* option : sub->get_options()) {
        for (const std::string& name : option->get_lnames()) {
          const std::string flag = "--" + name;
          const bool global = app.get_option_no_throw(flag) != nullptr;
          if (!global && (" " + extra + " ").find(" " + flag + " ") != std::string::npos)
            return t(MessageId::ui_cli_option_before_command, {flag, sub->get_name()});
        }
      }
    }
    const std::string first = extra.substr(0, extra.find(' '));
    std::vector<std::string> names;
    collect_names(app, names);
    if (const auto nearest = schema::closest_match(first, names))
      return t(MessageId::ui_cli_unexpected_near, {extra, *nearest});
    return t(MessageId::ui_cli_unexpected, {extra});
  }
  if (is(static_cast<CLI::RequiredError*>(nullptr))) {
    if (what.find("ubcommand") != std::string::npos) {
      // "qobj chek x": the first word was meant as the command.
      const auto remaining = app.remaining();
      if (!remaining.empty()) {
        const std::vector<std::string> commands{"check", "report", "schema"};
        if (const auto nearest = meant_among(remaining.front(), commands))
          return t(MessageId::ui_cli_unknown_command_near, {remaining.front(), *nearest});
        return t(MessageId::ui_cli_unknown_command, {remaining.front()});
      }
      return t(MessageId::ui_cli_command_required);
    }
    const std::string name = what.substr(0, what.find(" is required"));
    if (name == "paths") return t(MessageId::ui_cli_paths_required);
    if (name == "name") return t(MessageId::ui_cli_schema_name_required);
    return t(MessageId::ui_cli_required, {name});
  }
  if (is(static_cast<CLI::ArgumentMismatch*>(nullptr))) {
    // Given twice ("At Most 1 required but received 2"), or without its value.
    if (what.find("At Most") != std::string::npos)
      return t(MessageId::ui_cli_given_twice, {before_colon()});
    return t(MessageId::ui_cli_needs_value, {before_colon()});
  }
  if (is(static_cast<CLI::ValidationError*>(nullptr))) {
    // Our validators word their own message; CLI11 puts the option's name before it.
    const std::string name = before_colon();
    const std::string message = after_colon();
    return message.empty() ? t(MessageId::ui_cli_invalid, {name}) : name + ": " + message;
  }
  if (is(static_cast<CLI::ConversionError*>(nullptr))) {
    const auto option = what.rfind("--");
    return t(MessageId::ui_cli_invalid,
             {option == std::string::npos ? std::string() : what.substr(option)});
  }
  return t(MessageId::ui_cli_usage);
}

// An option as the command table has it. `path_word` and `file_word` are the value names of
// the options that take YAML paths and other files, in the run's language.
OptionEntry entry_of(const CLI::Option& option, const Texts& t) {
  const std::string path_word = t(MessageId::ui_help_path), file_word = t(MessageId::ui_help_file);
  OptionEntry entry;
  for (const std::string& name : option.get_snames()) entry.names.push_back("-" + name);
  for (const std::string& name : option.get_lnames()) entry.names.push_back("--" + name);
  if (option.get_positional()) entry.names.push_back(option.get_name(true));
  if (option.get_type_size() != 0) entry.value_name = option.get_type_name();
  // CLI11's own word for a value no type name was given for, in the run's language.
  if (entry.value_name == "TEXT") entry.value_name = t(MessageId::ui_help_text);
  // "text|json|sarif": a closed set of values.
  if (entry.value_name.find('|') != std::string::npos &&
      entry.value_name.find(' ') == std::string::npos) {
    std::string_view rest = entry.value_name;
    while (!rest.empty()) {
      const std::size_t bar = std::min(rest.find('|'), rest.size());
      entry.values.emplace_back(rest.substr(0, bar));
      rest.remove_prefix(std::min(bar + 1, rest.size()));
    }
  }
  if (std::find(entry.names.begin(), entry.names.end(), "--fail-on") != entry.names.end()) {
    for (int v = 0; v < eval::kVerdictCount; ++v)
      entry.values.emplace_back(eval::verdict_code(static_cast<eval::Verdict>(v)));
    entry.list = true;
  }
  const std::string positional = option.get_positional() ? option.get_name(true) : "";
  if (entry.value_name.empty()) {
    entry.kind = ValueKind::none;
  } else if (positional == "sides") {
    entry.kind = ValueKind::revision_or_path;
  } else if (positional == "directory" || positional == "from" || positional == "to") {
    entry.kind = ValueKind::folder;
  } else if (entry.value_name == path_word) {
    entry.kind = ValueKind::yaml_paths;
  } else {
    entry.kind = entry.value_name == file_word ? ValueKind::file : ValueKind::text;
  }
  entry.required = option.get_required();
  entry.repeated = option.get_expected_max() > 1;
  entry.description = option.get_description();
  return entry;
}

// The command line as plain data, from the same definitions that parse it and print --help.
CommandTable command_table(const CLI::App& app, const Texts& t) {
  CommandTable table;
  table.lang = t.lang();
  table.description = app.get_description();
  table.exit_codes = t(MessageId::ui_help_exit_codes);
  table.options_word = t(MessageId::ui_help_options_badge);
  table.command_word = t(MessageId::ui_help_command_badge);
  for (const CLI::Option* option : app.get_options()) table.options.push_back(entry_of(*option, t));
  for (const CLI::App* sub : app.get_subcommands({})) {
    CommandEntry command{sub->get_name(), sub->get_description(), {}, {}};
    for (const CLI::Option* option : sub->get_options()) {
      (option->get_positional() ? command.positionals : command.options)
          .push_back(entry_of(*option, t));
    }
    table.commands.push_back(std::move(command));
  }
  return table;
}

}  // namespace

ParsedCommandLine parse_command_line(int argc, const char* const* argv) {
  ParsedCommandLine parsed;
  const Texts t(language_of(argc, argv));
  // Set before parsing: what is said when it stops early (a --help that cannot be written)
  // is in the run's language too.
  parsed.global.lang = t.lang();
  CLI::App app{t(MessageId::ui_help_app), "qobj"};
  app.formatter(formatter_for(t));
  app.option_defaults()->group(t(MessageId::ui_help_options));
  app.set_help_flag("-h,--help", t(MessageId::ui_opt_help));
  app.set_version_flag("--version", version_text(CLI11_VERSION), t(MessageId::ui_opt_version));
  app.footer(t(MessageId::ui_help_exit_codes));
  app.require_subcommand(1);
  app.fallthrough();  // global options may also follow the command name

  std::string lang;
  app.add_option("--lang", lang, t(MessageId::ui_opt_lang))
      ->type_name("vi|en")
      ->check(one_of({"vi", "en"}, t));
  std::string colour = "auto";
  app.add_option("--color,--colour", colour, t(MessageId::ui_opt_colour))
      ->type_name("auto|always|never")
      ->check(one_of({"auto", "always", "never"}, t));
  const auto command = [&](const char* name, MessageId description) {
    CLI::App* sub = app.add_subcommand(name, t(description));
    sub->group(t(MessageId::ui_help_commands));
    sub->set_help_flag("-h,--help", t(MessageId::ui_opt_help));
    return sub;
  };

  CheckCommand check;
  std::string max_size = "256M";
  CLI::App* check_app = command("check", MessageId::ui_cmd_check);
  check_app->add_option("paths", check.paths, t(MessageId::ui_opt_check_paths))
      ->type_name(t(MessageId::ui_help_path))
      ->required();
  std::string check_format = "text";
  check_app->add_option("--format", check_format, t(MessageId::ui_opt_check_format))
      ->type_name("text|json|github|sarif|gitlab")
      ->check(one_of({"text", "json", "github", "sarif", "gitlab"}, t));
  check_app->add_flag("--strict", check.strict, t(MessageId::ui_opt_strict));
  std::string schema_path;
  check_app->add_option("--schema", schema_path, t(MessageId::ui_opt_schema))
      ->type_name(t(MessageId::ui_help_file));
  add_max_file_size(*check_app, max_size, t);
  add_jobs(*check_app, check.jobs, t);
  add_exclude(*check_app, check.excludes, t);
  check_app->add_flag("--no-context", check.no_context, t(MessageId::ui_opt_no_context));
  check_app->add_flag("--context-diagnostics", check.context_diagnostics,
                      t(MessageId::ui_opt_context_diagnostics));
  check_app->add_flag("--only-qobj", check.only_qobj, t(MessageId::ui_opt_only_qobj));
  add_as_of(*check_app, check.as_of, MessageId::ui_opt_as_of_check, t);

  ReportCommand report;
  CLI::App* report_app = command("report", MessageId::ui_cmd_report);
  report_app->add_option("paths", report.paths, t(MessageId::ui_opt_report_paths))
      ->type_name(t(MessageId::ui_help_path))
      ->required();
  add_as_of(*report_app, report.as_of, MessageId::ui_opt_as_of_report, t);
  std::string year;
  add_year(*report_app, year, MessageId::ui_opt_year, t);
  report_app->add_option("--unit", report.unit, t(MessageId::ui_opt_unit))
      ->type_name(t(MessageId::ui_help_id));
  report_app->add_option("--objective", report.objective, t(MessageId::ui_opt_objective))
      ->type_name(t(MessageId::ui_help_id));
  std::string report_max_size = "256M";
  add_max_file_size(*report_app, report_max_size, t);
  add_jobs(*report_app, report.jobs, t);
  add_exclude(*report_app, report.excludes, t);
  report_app->add_option("--format", report.format, t(MessageId::ui_opt_report_format))
      ->type_name("table|json|csv|md|html|xlsx|junit")
      ->check(one_of({"table", "json", "csv", "md", "html", "xlsx", "junit"}, t));
  report_app->add_option("-o,--output", report.outputs, t(MessageId::ui_opt_output))
      ->type_name(t(MessageId::ui_help_file))
      ->allow_extra_args(false);
  report_app->add_option("--number", report.number, t(MessageId::ui_opt_number));
  report_app->add_option("--place", report.place, t(MessageId::ui_opt_place));
  report_app->add_flag("--bom", report.bom, t(MessageId::ui_opt_bom));
  report_app->add_flag("--summary-only", report.summary_only, t(MessageId::ui_opt_summary_only));
  report_app->add_flag("--trend", report.trend, t(MessageId::ui_opt_trend));
  std::string fail_on;
  report_app->add_option("--fail-on", fail_on, t(MessageId::ui_opt_fail_on))
      ->type_name(t(MessageId::ui_help_verdicts))
      ->check(CLI::Validator([t](std::string& text) { return check_verdict_list(text, t); }, ""));

  DocumentCommand document;
  CLI::App* document_app = command("document", MessageId::ui_cmd_document);
  document_app->add_option("kind", document.kind, t(MessageId::ui_opt_document_kind))
      ->type_name("decision|plan|report")
      ->required()
      ->check(one_of({"decision", "plan", "report"}, t));
  document_app->add_option("paths", document.paths, t(MessageId::ui_opt_report_paths))
      ->type_name(t(MessageId::ui_help_path))
      ->required();
  document_app->add_option("-o,--output", document.output, t(MessageId::ui_opt_document_output))
      ->type_name(t(MessageId::ui_help_file))
      ->required();
  std::string document_year;
  add_year(*document_app, document_year, MessageId::ui_opt_year, t);
  add_as_of(*document_app, document.as_of, MessageId::ui_opt_as_of_report, t);
  document_app->add_option("--number", document.number, t(MessageId::ui_opt_document_number));
  document_app->add_option("--place", document.place, t(MessageId::ui_opt_place));
  std::string document_max_size = "256M";
  add_max_file_size(*document_app, document_max_size, t);

  SchemaCommand schema;
  CLI::App* schema_app = command("schema", MessageId::ui_cmd_schema);
  schema_app->add_option("name", schema.name, t(MessageId::ui_opt_schema_name))
      ->type_name("objectives|measurements|import-mapping|report")
      ->required()
      ->check(one_of({"objectives", "measurements", "import-mapping", "report"}, t));

  InitCommand init;
  CLI::App* init_app = command("init", MessageId::ui_cmd_init);
  init_app->add_option("directory", init.directory, t(MessageId::ui_opt_init_dir))
      ->type_name(t(MessageId::ui_help_path));
  init_app->add_option("--agency", init.agency_id, t(MessageId::ui_opt_agency))
      ->type_name(t(MessageId::ui_help_id))
      ->check(CLI::Validator(
          [t](std::string& text) -> std::string {
            if (is_slug(text)) return {};
            const std::string meant = cycle::agency_id_from(text);
            return t(MessageId::ui_cli_bad_agency_id,
                     {text, meant.empty() ? std::string("so-tu-phap") : meant});
          },
          ""));
  init_app->add_option("--name", init.agency_name, t(MessageId::ui_opt_agency_name))
      ->type_name(t(MessageId::ui_help_text));
  std::string init_year;
  add_year(*init_app, init_year, MessageId::ui_opt_init_year, t);

  NewYearCommand new_year;
  CLI::App* new_year_app = command("new-year", MessageId::ui_cmd_new_year);
  new_year_app->add_option("from", new_year.from, t(MessageId::ui_opt_new_year_from))
      ->type_name(t(MessageId::ui_help_path))
      ->required();
  new_year_app->add_option("to", new_year.to, t(MessageId::ui_opt_new_year_to))
      ->type_name(t(MessageId::ui_help_path))
      ->required();
  std::string new_year_year;
  add_year(*new_year_app, new_year_year, MessageId::ui_opt_new_year_year, t);
  add_as_of(*new_year_app, new_year.as_of, MessageId::ui_opt_as_of_report, t);

  DiffCommand diff;
  CLI::App* diff_app = command("diff", MessageId::ui_cmd_diff);
  diff_app->add_option("sides", diff.sides, t(MessageId::ui_opt_diff_old))
      ->type_name(t(MessageId::ui_help_path))
      ->required()
      ->expected(1, 2);
  diff_app->add_option("--format", diff.format, t(MessageId::ui_opt_diff_format))
      ->type_name("text|md|json")
      ->check(one_of({"text", "md", "json"}, t));
  diff_app->add_flag("--report", diff.report, t(MessageId::ui_opt_diff_report));
  add_as_of(*diff_app, diff.as_of, MessageId::ui_opt_as_of_report, t);
  diff_app->add_flag("--textconv", diff.textconv, t(MessageId::ui_opt_diff_textconv));
  ImportCommand import;
  CLI::App* import_app = command("import", MessageId::ui_cmd_import);
  import_app->add_option("layout", import.layout, t(MessageId::ui_opt_import_layout))
      ->type_name("one-stop")
      ->required()
      ->check(one_of({"one-stop"}, t));
  import_app->add_option("files", import.files, t(MessageId::ui_opt_import_files))
      ->type_name(t(MessageId::ui_help_file))
      ->required();
  import_app->add_option("--agency", import.agency, t(MessageId::ui_opt_import_agency))
      ->type_name(t(MessageId::ui_help_id))
      ->required();
  import_app->add_option("--target", import.target, t(MessageId::ui_opt_import_target))
      ->type_name("MT2/dung-han")
      ->required();
  import_app->add_option("--definition", import.definition, t(MessageId::ui_opt_import_definition))
      ->type_name("resolved|resolved-without-returned|due|qd766|online")
      ->check(one_of({"resolved", "resolved-without-returned", "due", "qd766", "online"}, t));
  import_app->add_option("-o,--output", import.output, t(MessageId::ui_opt_import_output))
      ->type_name(t(MessageId::ui_help_file))
      ->required();
  import_app->add_option("--tolerance", import.tolerance, t(MessageId::ui_opt_import_tolerance))
      ->type_name("N")
      ->check(CLI::Validator(
          [t](std::string& text) -> std::string {
            const bool digits =
                !text.empty() && text.size() < 10 &&
                std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
            return digits ? std::string() : t(MessageId::ui_cli_bad_tolerance, {text});
          },
          ""));
  import_app->add_option("--period", import.period, t(MessageId::ui_opt_import_period))
      ->type_name("START..END")
      ->check(CLI::Validator(
          [t](std::string& text) -> std::string {
            const auto date = [](const std::string& d) -> std::optional<Date> {
              if (const auto iso = parse_date(d)) return iso;
              return import::parse_vietnamese_date(d);
            };
            const auto dots = text.find("..");
            const auto start =
                dots == std::string::npos ? std::nullopt : date(text.substr(0, dots));
            const auto end = dots == std::string::npos ? std::nullopt : date(text.substr(dots + 2));
            if (!start || !end) return t(MessageId::ui_cli_bad_period_range, {text});
            if (*end < *start) return t(MessageId::ui_cli_period_reversed, {text});
            return {};
          },
          ""));
  import_app->add_option("--sheet", import.sheet, t(MessageId::ui_opt_import_sheet))
      ->type_name(t(MessageId::ui_help_text));
  import_app->add_option("--mapping", import.mapping, t(MessageId::ui_opt_import_mapping))
      ->type_name(t(MessageId::ui_help_file));
  import_app->add_option("--source", import.source, t(MessageId::ui_opt_import_source))
      ->type_name(t(MessageId::ui_help_text));

  // `qobj diff v1 v2 -- 2024/`: what follows -- limits the revisions, as in git.
  std::vector<std::string> diff_paths;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) != "--") continue;
    const bool for_diff = std::any_of(
        argv + 1, argv + i, [](const char* word) { return std::string_view(word) == "diff"; });
    if (!for_diff) break;
    diff_paths.assign(argv + i + 1, argv + argc);
    argc = i;
    break;
  }

  // For packaging (CMake runs these): the manual pages and the completion scripts, written
  // from the command table. Not in --help: they are not for people.
  for (int i = 1; i + 1 < argc; ++i) {
    const std::string_view word = argv[i];
    if (word != "--man" && word != "--completion") continue;
    const CommandTable table = command_table(app, t);
    const auto text =
        word == "--man" ? man_page(table, argv[i + 1]) : completion_script(table, argv[i + 1]);
    if (!text) {
      std::cerr << t(MessageId::ui_cli_usage) << '\n';
      parsed.exit_code = kExitUsageOrIo;
      return parsed;
    }
    std::cout << *text;
    parsed.exit_code = kExitOk;
    return parsed;
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    parsed.exit_code = kExitOk;
    return parsed;
  } catch (const CLI::CallForVersion& version) {
    std::cout << version.what();
    parsed.exit_code = kExitOk;
    return parsed;
  } catch (const CLI::ParseError& error) {
    // The help of the command the error is about, when there is one.
    std::string command_name;
    for (const CLI::App* sub : {check_app, report_app, schema_app, init_app, new_year_app, diff_app,
                                import_app, document_app}) {
      if (sub->parsed()) command_name = sub->get_name() + " ";
    }
    std::cerr << usage_message(error, app, t) << '\n'
              << t(MessageId::ui_cli_see_help, {command_name}) << '\n';
    parsed.exit_code = kExitUsageOrIo;
    return parsed;
  }

  if (!lang.empty()) parsed.global.lang = parse_lang(lang);
  parsed.global.colour = colour == "always"  ? ColourMode::always
                         : colour == "never" ? ColourMode::never
                                             : ColourMode::automatic;
  if (check_app->parsed()) {
    check.max_file_size = *parse_byte_size(max_size);
    if (!schema_path.empty()) check.schema = schema_path;
    check.format = check_format == "json"     ? DiagnosticFormat::json
                   : check_format == "github" ? DiagnosticFormat::github
                   : check_format == "sarif"  ? DiagnosticFormat::sarif
                   : check_format == "gitlab" ? DiagnosticFormat::gitlab
                                              : DiagnosticFormat::text;
    parsed.command = std::move(check);
  } else if (report_app->parsed()) {
    if (!year.empty()) report.year = std::stoi(year);
    report.fail_on = split_list(fail_on);
    report.max_file_size = *parse_byte_size(report_max_size);
    parsed.command = std::move(report);
  } else if (schema_app->parsed()) {
    parsed.command = std::move(schema);
  } else if (init_app->parsed()) {
    if (!init_year.empty()) init.year = std::stoi(init_year);
    if (!lang.empty()) init.lang = parse_lang(lang).value_or(Lang::vi);
    parsed.command = std::move(init);
  } else if (new_year_app->parsed()) {
    if (!new_year_year.empty()) new_year.year = std::stoi(new_year_year);
    if (!lang.empty()) new_year.lang = parse_lang(lang).value_or(Lang::vi);
    parsed.command = std::move(new_year);
  } else if (diff_app->parsed()) {
    diff.paths = std::move(diff_paths);
    parsed.command = std::move(diff);
  } else if (import_app->parsed()) {
    parsed.command = std::move(import);
  } else if (document_app->parsed()) {
    if (!document_year.empty()) document.year = std::stoi(document_year);
    document.max_file_size = *parse_byte_size(document_max_size);
    if (!lang.empty()) document.lang = parse_lang(lang).value_or(Lang::vi);
    parsed.command = std::move(document);
  }
  return parsed;
}

}  // namespace qobj::cli
