#include "core/diag/text_renderer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/diag/catalogue.hpp"
#include "core/text/safe_text.hpp"
#include "core/text/unicode.hpp"
#include "core/text/utf8.hpp"

namespace qobj {

namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kRed = "\x1b[1;31m";
constexpr std::string_view kYellow = "\x1b[1;33m";
constexpr std::string_view kCyan = "\x1b[1;36m";
constexpr std::string_view kGreen = "\x1b[1;32m";
constexpr std::string_view kBlue = "\x1b[1;34m";

// Lines longer than this many characters are shown as a window around the column.
constexpr std::size_t kMaxShownChars = 120;

struct Painter {
  bool enabled;
  std::string operator()(std::string_view colour, std::string_view text) const {
    if (!enabled) return std::string(text);
    return fmt::format("{}{}{}", colour, text, kReset);
  }
};

std::string location_prefix(const Location& location) {
  const std::string file = text::show_in_line(location.file);
  if (location.line == 0)
    return location.cell.empty() ? file : file + ":" + text::show_in_line(location.cell);
  return fmt::format("{}:{}:{}", file, location.line, location.column);
}

// Cuts a long line to a window of code points around `column`, adjusting the column.
std::pair<std::string, std::uint32_t> visible_window(std::string_view line, std::uint32_t column) {
  const std::size_t chars = text::count_code_points(line);
  if (chars <= kMaxShownChars) return {std::string(line), column};
  const std::size_t first = column > kMaxShownChars / 2 ? column - kMaxShownChars / 2 : 0;
  std::string window = first > 0 ? "…" : "";
  std::uint32_t shifted = first > 0 ? static_cast<std::uint32_t>(column - first + 1) : column;
  std::size_t pos = 0;
  std::size_t index = 0;
  while (pos < line.size() && index < first + kMaxShownChars) {
    const std::size_t start = pos;
    text::decode_code_point(line, pos);
    if (index >= first) window.append(line.substr(start, pos - start));
    ++index;
  }
  if (pos < line.size()) window += "…";
  return {window, shifted};
}

void append_excerpt(std::string& out, const Location& location, const SourceFile* source,
                    std::string_view caret_colour, const Painter& paint) {
  if (source == nullptr || location.line == 0 || location.line > source->line_count()) return;
  auto [line, column] = visible_window(source->line_text(location.line), location.column);
  // A carriage return inside a line would send the cursor back over it: shown as one
  // character, ␍, so that the caret stays under its column.
  for (std::size_t at = line.find('\r'); at != std::string::npos; at = line.find('\r', at))
    line.replace(at, 1, "\u240D");
  const std::string number = std::to_string(location.line);
  const std::string gutter(number.size(), ' ');
  out += fmt::format(" {} {} {}\n", paint(kBlue, number), paint(kBlue, "|"), line);
  out += fmt::format(" {} {} {}{}\n", gutter, paint(kBlue, "|"), caret_padding(line, column),
                     paint(caret_colour, "^"));
}

std::string count_phrase(std::size_t n, MessageId one, MessageId other, Lang lang) {
  return format_message(n == 1 ? one : other, lang, {std::to_string(n)});
}

}  // namespace

std::string caret_padding(std::string_view line, std::uint32_t column) {
  std::string padding;
  std::size_t pos = 0;
  for (std::uint32_t i = 1; i < column && pos < line.size(); ++i) {
    const std::size_t start = pos;
    text::decode_code_point(line, pos);
    const std::string_view character = line.substr(start, pos - start);
    if (character == "\t") {
      padding += '\t';
    } else {
      padding.append(text::display_width(character), ' ');
    }
  }
  return padding;
}

std::string render_diagnostic(const Diagnostic& d, const SourceLookup& sources,
                              const TextRenderOptions& options) {
  const Painter paint{options.colour};
  const Lang lang = options.lang;
  std::string_view colour = kRed;
  MessageId label = MessageId::ui_error;
  if (d.severity == Severity::warning) {
    colour = kYellow;
    label = MessageId::ui_warning;
  } else if (d.severity == Severity::note) {
    colour = kCyan;
    label = MessageId::ui_note;
  }
  const std::string_view code = message_code(d.message);
  const std::string heading = code.empty()
                                  ? format_message(label, lang)
                                  : fmt::format("{}[{}]", format_message(label, lang), code);

  // Arguments echo the input: what a terminal would act on, and line breaks that would start a
  // line of their own, are shown, not sent.
  std::vector<MessageArg> args = d.args;
  for (MessageArg& arg : args) arg.text = text::show_in_line(arg.text);
  std::string out =
      fmt::format("{}: {}: {}\n", paint(kBold, location_prefix(d.location)), paint(colour, heading),
                  paint(kBold, text::show_unsafe(format_message(d.message, lang, args))));
  if (options.brief) return out;
  append_excerpt(out, d.location, sources ? sources(d.location.file) : nullptr, colour, paint);
  const std::string hint = text::show_unsafe(d.hint ? format_message(*d.hint, lang, args)
                                                    : format_hint(d.message, lang, args));
  if (!hint.empty()) {
    out +=
        fmt::format("  = {}: {}\n", paint(kGreen, format_message(MessageId::ui_hint, lang)), hint);
  }
  if (d.related) {
    out += fmt::format("{}: {}: {}\n", paint(kBold, location_prefix(d.related->location)),
                       paint(kCyan, format_message(MessageId::ui_note, lang)),
                       text::show_unsafe(format_message(d.related->note, lang, args)));
    append_excerpt(out, d.related->location, sources ? sources(d.related->location.file) : nullptr,
                   kCyan, paint);
  }
  return out;
}

std::string render_check_summary(std::size_t files, const std::vector<Diagnostic>& diagnostics,
                                 const TextRenderOptions& options, const Omitted& omitted) {
  SeverityCounts counts = count_severities(diagnostics);
  counts += omitted.total();
  const Lang lang = options.lang;
  const std::string checked =
      count_phrase(files, MessageId::ui_files_one, MessageId::ui_files_other, lang);
  if (counts.errors == 0 && counts.warnings == 0)
    return format_message(MessageId::ui_check_clean, lang, {checked}) + "\n";
  return format_message(MessageId::ui_check_summary, lang,
                        {checked,
                         count_phrase(counts.errors, MessageId::ui_errors_one,
                                      MessageId::ui_errors_other, lang),
                         count_phrase(counts.warnings, MessageId::ui_warnings_one,
                                      MessageId::ui_warnings_other, lang)}) +
         "\n";
}

namespace {

// "a.yaml, b.yaml, …": the first few names of a list of files.
std::string some_names(const std::vector<std::string>& names) {
  constexpr std::size_t kNamesShown = 5;
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < kNamesShown; ++i) {
    if (i > 0) out += ", ";
    out += text::show_in_line(names[i]);
  }
  if (names.size() > kNamesShown) out += ", …";
  return out;
}

}  // namespace

std::string render_check_notes(const std::vector<std::string>& skipped,
                               const std::vector<std::string>& context, bool context_shown,
                               const TextRenderOptions& options) {
  const Lang lang = options.lang;
  std::string out;
  const auto files = [&](std::size_t count) {
    return count_phrase(count, MessageId::ui_files_one, MessageId::ui_files_other, lang);
  };
  if (!skipped.empty()) {
    out += format_message(MessageId::ui_skipped_not_qobj, lang,
                          {files(skipped.size()), some_names(skipped)}) +
           "\n";
  }
  if (!context.empty()) {
    out += format_message(
               context_shown ? MessageId::ui_context_read_shown : MessageId::ui_context_read, lang,
               {files(context.size()), some_names(context)}) +
           "\n";
  }
  return out;
}

std::string render_omitted(const Omitted& omitted, const TextRenderOptions& options) {
  const auto line = [&](MessageId id, std::vector<MessageArg> args) {
    args.push_back(std::to_string(kMaxDiagnosticsPerFile));
    args.push_back(std::to_string(kMaxDiagnosticsPerRun));
    return format_message(id, options.lang, std::move(args)) + "\n";
  };
  // Past a few files, one line for all of them: the list would be a flood of its own.
  constexpr std::size_t kFilesListed = 10;
  if (omitted.by_file.size() > kFilesListed) {
    const SeverityCounts total = omitted.total();
    return line(MessageId::ui_omitted_total,
                {std::to_string(omitted.by_file.size()), std::to_string(total.errors),
                 std::to_string(total.warnings)});
  }
  std::string out;
  for (const auto& [file, counts] : omitted.by_file) {
    out += line(MessageId::ui_omitted, {text::show_in_line(file), std::to_string(counts.errors),
                                        std::to_string(counts.warnings)});
  }
  return out;
}

}  // namespace qobj
