#include "core/report/render.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "core/report/csv_report.hpp"
#include "core/report/html_report.hpp"
#include "core/report/json_report.hpp"
#include "core/report/junit_report.hpp"
#include "core/report/markdown_report.hpp"
#include "core/report/text_report.hpp"

namespace qobj::report {

namespace {

struct FormatName {
  ReportFormat format;
  std::string_view name;
};
constexpr FormatName kNames[] = {
    {ReportFormat::table, "table"}, {ReportFormat::json, "json"}, {ReportFormat::csv, "csv"},
    {ReportFormat::markdown, "md"}, {ReportFormat::html, "html"}, {ReportFormat::xlsx, "xlsx"},
    {ReportFormat::junit, "junit"},
};

struct Extension {
  std::string_view extension;
  ReportFormat format;
};
constexpr Extension kExtensions[] = {
    {".txt", ReportFormat::table},   {".json", ReportFormat::json}, {".csv", ReportFormat::csv},
    {".md", ReportFormat::markdown}, {".html", ReportFormat::html}, {".htm", ReportFormat::html},
    {".xlsx", ReportFormat::xlsx},   {".xml", ReportFormat::junit},
};

}  // namespace

std::optional<ReportFormat> format_from_name(std::string_view name) {
  for (const auto& entry : kNames) {
    if (entry.name == name) return entry.format;
  }
  return std::nullopt;
}

std::string_view format_name(ReportFormat format) {
  for (const auto& entry : kNames) {
    if (entry.format == format) return entry.name;
  }
  return "";
}

std::optional<ReportFormat> format_from_extension(std::string_view path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const auto& entry : kExtensions) {
    if (entry.extension == extension) return entry.format;
  }
  return std::nullopt;
}

void render_report(ReportFormat format, const eval::Evaluation& evaluation,
                   const RenderOptions& options, const Sink& sink) {
  switch (format) {
    case ReportFormat::table:
      write_text_report(evaluation,
                        {options.lang, options.colour, options.summary_only, options.jobs}, sink);
      return;
    case ReportFormat::json:
      write_json_report(evaluation, sink, options.summary_only, options.jobs);
      return;
    case ReportFormat::csv:
      if (options.summary_only) {
        write_csv_rollup(evaluation, options.lang, options.bom, sink);
      } else {
        write_csv_report(evaluation, options.lang, options.bom, sink);
      }
      return;
    case ReportFormat::markdown:
      write_markdown_report(evaluation, options.lang, sink, options.summary_only);
      return;
    case ReportFormat::html:
      write_html_report(evaluation, options.lang, options.issue, sink, options.summary_only);
      return;
    case ReportFormat::junit:
      write_junit_report(evaluation, options.lang, sink, options.summary_only);
      return;
    case ReportFormat::xlsx:
      return;  // binary: write_xlsx_report
  }
}

namespace {

// Only the roll-up: nothing until the end, where it is all the report says.
class RollupOnly final : public PartWriter {
 public:
  RollupOnly(ReportFormat format, const RenderOptions& options, Sink sink)
      : m_format(format), m_options(options), m_sink(std::move(sink)) {}
  void agencies(const eval::Evaluation&) override {}
  void finish(const eval::Evaluation& rest) override {
    render_report(m_format, rest, m_options, m_sink);
  }

 private:
  ReportFormat m_format;
  RenderOptions m_options;
  Sink m_sink;
};

}  // namespace

bool writes_in_parts(ReportFormat format, bool summary_only) {
  if (format == ReportFormat::xlsx) return false;
  return summary_only || format == ReportFormat::table || format == ReportFormat::json ||
         format == ReportFormat::csv;
}

std::unique_ptr<PartWriter> part_writer(ReportFormat format, const RenderOptions& options,
                                        Sink sink) {
  if (!writes_in_parts(format, options.summary_only)) return nullptr;
  if (options.summary_only) return std::make_unique<RollupOnly>(format, options, std::move(sink));
  switch (format) {
    case ReportFormat::table:
      return text_part_writer({options.lang, options.colour, false, options.jobs}, std::move(sink));
    case ReportFormat::json:
      return json_part_writer(std::move(sink), false, options.jobs);
    case ReportFormat::csv:
      return csv_part_writer(options.lang, options.bom, std::move(sink));
    default:
      return nullptr;
  }
}

bool has_trend_format(ReportFormat format) {
  return format != ReportFormat::xlsx && format != ReportFormat::junit;
}

void render_trend(ReportFormat format, const eval::Trend& trend, const RenderOptions& options,
                  const Sink& sink) {
  switch (format) {
    case ReportFormat::table:
      sink(render_text_trend(trend, {options.lang, options.colour}));
      return;
    case ReportFormat::json:
      write_json_trend(trend, sink);
      return;
    case ReportFormat::csv:
      write_csv_trend(trend, options.lang, options.bom, sink);
      return;
    case ReportFormat::markdown:
      write_markdown_trend(trend, options.lang, sink);
      return;
    case ReportFormat::html:
      write_html_trend(trend, options.lang, sink);
      return;
    case ReportFormat::xlsx:
    case ReportFormat::junit:
      return;  // refused by the command line
  }
}

}  // namespace qobj::report
