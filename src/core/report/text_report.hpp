// The terminal report: a table aligned by display width (id, objective, target, result,
// evaluation, gap), then the objectives not met with their cause and corrective action, then
// the summary per agency and per unit; after every agency, the roll-up across them when the run
// has several.
#pragma once

#include <memory>
#include <string>

#include "core/diag/language.hpp"
#include "core/eval/evaluate.hpp"
#include "core/eval/trend.hpp"
#include "core/report/part_writer.hpp"
#include "core/report/sink.hpp"

namespace qobj::report {

struct TextReportOptions {
  Lang lang = Lang::en;
  bool colour = false;
  bool summary_only = false;  // only the roll-up across agencies
  unsigned jobs = 1;          // agencies written at once (0: one per core); the text is the same
};

std::string render_text_report(const eval::Evaluation& evaluation,
                               const TextReportOptions& options);
// The same, agency by agency to `sink`.
void write_text_report(const eval::Evaluation& evaluation, const TextReportOptions& options,
                       const Sink& sink);
// The same, part by part.
std::unique_ptr<PartWriter> text_part_writer(const TextReportOptions& options, Sink sink);

// qobj report --trend: per agency, a row per target and a column per year.
std::string render_text_trend(const eval::Trend& trend, const TextReportOptions& options);

}  // namespace qobj::report
