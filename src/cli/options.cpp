#include "cli/options.hpp"

#include <CLI/CLI.hpp>
#include <charconv>
#include <iostream>

#include "cli/exit_codes.hpp"
#include "cli/terminal.hpp"
#include "core/diag/catalogue.hpp"
#include "core/eval/verdict.hpp"
#include "core/formats/respell.hpp"
#include "core/schema/json_value.hpp"
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

// --as-of, the same for every command that judges data by a day.
void add_as_of(CLI::App& command, std::string& value, const std::string& description, Lang lang) {
  command.add_option("--as-of", value, description)
      ->check([lang](const std::string& text) -> std::string {
        if (parse_date(text)) return {};
        // 31/12/2023, the Vietnamese order: said as it should be written.
        if (const std::string iso = formats::date_from_day_first(text); parse_date(iso))
          return format_message(MessageId::ui_cli_date_day_first, lang, {text, iso});
        // 2023-02-30 has the shape of a date but is no day of the calendar.
        const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
        return format_message(shaped ? MessageId::ui_cli_no_such_day : MessageId::ui_cli_not_a_date,
                              lang, {text});
      });
}

// --fail-on: verdict codes, a comma between them; a misspelt one gets the nearest.
std::string check_verdict_list(const std::string& text, Lang lang) {
  std::vector<std::string> codes;
  std::string all;
  for (int v = 0; v < eval::kVerdictCount; ++v) {
    codes.emplace_back(eval::verdict_code(static_cast<eval::Verdict>(v)));
    all += (all.empty() ? "" : ", ") + codes.back();
  }
  const auto listed = split_list(text);
  if (listed.empty()) return format_message(MessageId::ui_cli_fail_on_empty, lang, {all});
  for (const auto& code : listed) {
    if (verdict_from_code(code)) continue;
    const auto nearest = schema::closest_match(code, codes);
    return format_message(
        nearest ? MessageId::ui_cli_unknown_verdict_near : MessageId::ui_cli_unknown_verdict, lang,
        {code, all, nearest.value_or("")});
  }
  return {};
}

void add_exclude(CLI::App& command, std::vector<std::string>& patterns) {
  command
      .add_option("--exclude", patterns,
                  "Leave out the files and directories whose path or name matches this shell "
                  "pattern, e.g. --exclude nhap --exclude '*.draft.yaml'; repeat for several")
      ->allow_extra_args(false);
}

void add_max_file_size(CLI::App& command, std::string& value) {
  command
      .add_option("--max-file-size", value,
                  "Refuse files larger than this (bytes, or with K, M, G; at most 2G)")
      ->capture_default_str()
      ->check([](const std::string& text) -> std::string {
        const auto size = parse_byte_size(text);
        if (!size || *size == 0 || *size > kMaxFileSizeCeiling) {
          return "expected a size between 1 and 2G, such as 64M";
        }
        return {};
      });
}

}  // namespace

ParsedCommandLine parse_command_line(int argc, const char* const* argv) {
  ParsedCommandLine parsed;
  const Lang lang_of_run = language_of(argc, argv);
  CLI::App app{
      "qobj: check and evaluate ISO 9001:2015 quality objectives (Mục tiêu chất lượng) "
      "kept as YAML files.",
      "qobj"};
  app.set_version_flag("--version", std::string("qobj ") + kQobjVersion);
  app.footer(kExitCodeHelp);
  app.require_subcommand(1);
  app.fallthrough();  // global options may also follow the command name

  std::string lang;
  app.add_option("--lang", lang,
                 "Language of messages: vi or en (default: QOBJ_LANG, then LC_ALL, LC_MESSAGES, "
                 "LANG; a locale starting with vi means Vietnamese; else en)")
      ->check(CLI::IsMember({"vi", "en"}));
  std::string colour = "auto";
  app.add_option("--color,--colour", colour,
                 "Colour: auto (only on a terminal and when NO_COLOR is unset), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  CheckCommand check;
  std::string max_size = "256M";
  CLI::App* check_app = app.add_subcommand(
      "check", "Read YAML files and directories (every *.yaml, *.yml) and report every problem");
  check_app->add_option("paths", check.paths, "Files or directories; - reads standard input")
      ->required();
  std::string check_format = "text";
  check_app
      ->add_option("--format", check_format,
                   "Output: text (for people), json, github (GitHub Actions annotations), sarif "
                   "(SARIF 2.1.0 for code scanning)")
      ->check(CLI::IsMember({"text", "json", "github", "sarif"}));
  check_app->add_flag("--strict", check.strict,
                      "Treat warnings (such as ISO 9001 6.2.2 completeness) as errors");
  std::string schema_path;
  check_app->add_option("--schema", schema_path,
                        "Validate every file against this JSON Schema (draft-07, YAML or JSON); "
                        "directories then give their *.json files too");
  add_max_file_size(*check_app, max_size);
  add_exclude(*check_app, check.excludes);
  add_as_of(*check_app, check.as_of,
            "Warn about data missing up to this day, YYYY-MM-DD (default: today, local time)",
            lang_of_run);

  ReportCommand report;
  CLI::App* report_app = app.add_subcommand(
      "report", "Check, then evaluate every objective and print the compliance report");
  report_app->add_option("paths", report.paths, "Objectives and measurements: files or directories")
      ->required();
  add_as_of(*report_app, report.as_of,
            "Evaluate the data as it stood on this day, YYYY-MM-DD (default: today, local time)",
            lang_of_run);
  report_app
      ->add_option("--year", report.year,
                   "Evaluate the objectives of this year (default: each agency's latest; "
                   "earlier years' files give growth baselines)")
      ->check(CLI::Range(1900, 2200));
  report_app->add_option("--unit", report.unit, "Only the objectives of this unit (phòng), by id");
  report_app->add_option("--objective", report.objective,
                         "Only this objective, with a group's objectives and the unit objectives "
                         "refining it");
  std::string report_max_size = "256M";
  add_max_file_size(*report_app, report_max_size);
  add_exclude(*report_app, report.excludes);
  report_app
      ->add_option("--format", report.format,
                   "table (the terminal; default), json (scripts), csv, md (Markdown), html "
                   "(printable, with charts), xlsx, junit (CI); with -o it overrides the "
                   "extensions")
      ->check(CLI::IsMember({"table", "json", "csv", "md", "html", "xlsx", "junit"}));
  report_app
      ->add_option("-o,--output", report.outputs,
                   "Write the report to FILE instead of the terminal, in the format of its "
                   "extension (.txt .json .csv .md .html .xlsx .xml), - for standard output; "
                   "repeat for several")
      ->allow_extra_args(false);
  report_app->add_option("--number", report.number,
                         "HTML: the report's number, e.g. 15/BC-SCT (default: a dotted line)");
  report_app->add_option("--place", report.place,
                         "HTML: where it is issued, for the date line, e.g. \"Ninh Bình\"");
  report_app->add_flag("--bom", report.bom,
                       "CSV: begin with a UTF-8 byte order mark, so Excel reads Vietnamese text");
  std::string fail_on;
  report_app
      ->add_option(
          "--fail-on", fail_on,
          "Exit with 1 when an objective has one of these verdicts, e.g. "
          "not-met,at-risk,incomplete,no-data (met, exceeded, not-met, at-risk, incomplete, "
          "no-data, not-yet-due, withdrawn)")
      ->check(
          [lang_of_run](const std::string& text) { return check_verdict_list(text, lang_of_run); });

  SchemaCommand schema;
  CLI::App* schema_app = app.add_subcommand(
      "schema", "Print the JSON Schema of a qobj file format, for editors and other validators");
  schema_app->add_option("name", schema.name, "objectives, measurements or report")
      ->required()
      ->check(CLI::IsMember({"objectives", "measurements", "report"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error, std::cout, std::cerr);
    parsed.exit_code = code == 0 ? kExitOk : kExitUsageOrIo;
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
                                              : DiagnosticFormat::text;
    parsed.command = std::move(check);
  } else if (report_app->parsed()) {
    report.fail_on = split_list(fail_on);
    report.max_file_size = *parse_byte_size(report_max_size);
    parsed.command = std::move(report);
  } else if (schema_app->parsed()) {
    parsed.command = std::move(schema);
  }
  return parsed;
}

}  // namespace qobj::cli
