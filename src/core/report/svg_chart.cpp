#include "core/report/svg_chart.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/diag/catalogue.hpp"
#include "core/report/number_format.hpp"
#include "core/report/rollup_wording.hpp"
#include "core/report/wording.hpp"
#include "core/text/markup.hpp"
#include "core/text/unicode.hpp"
#include "core/time/date.hpp"

namespace qobj::report {

namespace {

using eval::Verdict;
using model::TargetKind;

double to_double(const ExactNumber& n) {
  return nearest_double(n);
}

// The verdict colours of the whole report (the HTML table uses the same).
std::string_view fill_of(Verdict v) {
  switch (v) {
    case Verdict::met:
      return "#2e7d32";
    case Verdict::exceeded:
      return "#1b5e20";
    case Verdict::not_met:
      return "#c62828";
    case Verdict::at_risk:
      return "#ef6c00";
    default:
      return "#9e9e9e";
  }
}

// A verdict's part of an agency's bar: the report's colours, the verdicts without data paler.
std::string_view stack_fill_of(Verdict v) {
  switch (v) {
    case Verdict::incomplete:
      return "#8e24aa";
    case Verdict::no_data:
      return "#bdbdbd";
    case Verdict::not_yet_due:
      return "#e0e0e0";
    default:
      return fill_of(v);
  }
}

// A bar's target: the threshold, or a range's two ends.
struct Mark {
  double from = 0, to = 0;
  bool range = false;
};

std::optional<Mark> mark_of(const model::Target& t) {
  if (t.range) return Mark{to_double(t.range->from), to_double(t.range->to), true};
  if (t.value) return Mark{to_double(*t.value), to_double(*t.value), false};
  if (t.kind == TargetKind::zero_count) return Mark{0, 0, false};
  return std::nullopt;
}

// "T3", "Q2", "H1" (vi: "Quý 2" is long for a column); else the start date.
std::string period_label(const Period& p, Lang lang) {
  const int months = (p.end.year - p.start.year) * 12 + (int{p.end.month} - int{p.start.month}) + 1;
  if (p.start.day == 1 && months == 1)
    return fmt::format("{}{}", lang == Lang::vi ? "T" : "M", int{p.start.month});
  if (p.start.day == 1 && months == 3) return fmt::format("Q{}", (int{p.start.month} - 1) / 3 + 1);
  if (p.start.day == 1 && months == 6) return fmt::format("H{}", (int{p.start.month} - 1) / 6 + 1);
  if (p.start.day == 1 && months == 12) return std::to_string(p.start.year);
  // Whole months of one year, as running totals are ("lũy kế 9 tháng"): "T1–9".
  if (p.start.day == 1 && p.start.year == p.end.year &&
      p.end == last_day_of_month(p.end.year, p.end.month))
    return fmt::format("{}{}–{}", lang == Lang::vi ? "T" : "M", int{p.start.month},
                       int{p.end.month});
  return date_wording(p.start, lang);
}

// A coordinate; never "nan" or "inf" in the SVG, whatever the values.
std::string num(double x) {
  return fmt::format("{:.1f}", std::isfinite(x) ? x : 0.0);
}

}  // namespace

std::string results_chart(const eval::AgencyEvaluation& agency, Lang lang) {
  struct Bar {
    std::string label, shown;
    double actual;
    Mark mark;
    Verdict verdict;
  };
  std::vector<Bar> bars;
  for (const auto& o : agency.objectives) {
    for (const auto& t : o.targets) {
      const auto mark = mark_of(*t.target);
      if (!t.result.actual || !t.result.actual->is_finite() || !mark) continue;
      std::string label = o.objective->id;
      if (o.targets.size() > 1) label += "/" + t.target->id;
      bars.push_back({label, result_value_wording(*t.target, t.result, lang),
                      to_double(*t.result.actual), *mark, t.result.verdict});
    }
  }
  if (bars.empty()) return "";
  constexpr double kLabel = 230, kWidth = 480, kValue = 210, kRow = 26, kTop = 8;
  const double height = kTop * 2 + kRow * static_cast<double>(bars.size());
  std::string svg = fmt::format(
      "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" "
      "width=\"{}\" height=\"{}\" role=\"img\">\n",
      num(kLabel + kWidth + kValue), num(height), num(kLabel + kWidth + kValue), num(height));
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    // Each bar on its own scale: 0 (or its lowest value) to a little past the largest.
    const double low = std::min({0.0, b.actual, b.mark.from});
    const double high = std::max({b.actual, b.mark.to, 1e-9}) * 1.1;
    const auto x = [&](double v) { return kLabel + (v - low) / (high - low) * kWidth; };
    const double y = kTop + kRow * static_cast<double>(i);
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(kLabel - 8),
                       num(y + 16), text::escape_markup(b.label));
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"#eeeeee\"/>\n",
                       num(kLabel), num(y + 4), num(kWidth));
    const double zero = x(0), end = x(b.actual);
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"{}\"/>\n",
                       num(std::min(zero, end)), num(y + 4), num(std::abs(end - zero)),
                       fill_of(b.verdict));
    if (b.mark.range) {
      svg += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"22\" fill=\"none\" stroke=\"#000\" "
          "stroke-dasharray=\"3 2\"/>\n",
          num(x(b.mark.from)), num(y + 1), num(std::max(1.0, x(b.mark.to) - x(b.mark.from))));
    } else {
      svg += fmt::format(
          "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#000\" stroke-width=\"2\">"
          "<title>{3}</title></line>\n",
          num(x(b.mark.from)), num(y + 1), num(y + 23),
          text::escape_markup(format_message(MessageId::report_chart_target, lang)));
    }
    svg += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", num(kLabel + kWidth + 8), num(y + 16),
                       text::escape_markup(b.shown));
  }
  return svg + "</svg>\n";
}

std::string rollup_chart(const eval::Evaluation& evaluation, Lang lang) {
  if (!evaluation.rollup || evaluation.rollup->agencies.empty()) return "";
  const eval::Rollup& rollup = *evaluation.rollup;
  constexpr double kLabel = 300, kWidth = 420, kValue = 90, kRow = 18, kLegend = 24;
  const double width = kLabel + kWidth + kValue;
  const double height = kLegend + kRow * static_cast<double>(rollup.agencies.size()) + 4;
  std::string svg = fmt::format(
      "<svg class=\"chart rollup\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\">\n",
      num(width), num(height));
  // The legend: a square and the label of each verdict, in the columns' order.
  double x = 0;
  for (const Verdict v : kRollupVerdicts) {
    const std::string label = verdict_label(v, lang);
    svg += fmt::format(
        "<rect x=\"{}\" y=\"4\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{}\" "
        "y=\"13\">{}</text>\n",
        num(x), stack_fill_of(v), num(x + 14), text::escape_markup(label));
    x += 14 + 6.5 * static_cast<double>(text::display_width(label)) + 16;
  }
  for (std::size_t i = 0; i < rollup.agencies.size(); ++i) {
    const eval::RollupAgency& agency = rollup.agencies[i];
    const eval::VerdictCount& count = agency.summary;
    const double y = kLegend + kRow * static_cast<double>(i);
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n", num(kLabel - 8),
                       num(y + 12), text::escape_markup(text::fit_width(agency.name, 46)));
    svg += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" fill=\"#f5f5f5\"/>\n",
                       num(kLabel), num(y + 1), num(kWidth));
    double at = kLabel;
    for (const Verdict v : kRollupVerdicts) {
      const int n = count.per_verdict[static_cast<int>(v)];
      if (n == 0 || count.evaluated == 0) continue;
      const double part = kWidth * n / count.evaluated;
      svg += fmt::format(
          "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\" fill=\"{}\"><title>{}: {}</title>"
          "</rect>\n",
          num(at), num(y + 1), num(part), stack_fill_of(v),
          text::escape_markup(verdict_label(v, lang)), n);
      at += part;
    }
    svg += fmt::format("<text x=\"{}\" y=\"{}\">{}/{}</text>\n", num(kLabel + kWidth + 8),
                       num(y + 12), count.met, count.evaluated);
  }
  return svg + "</svg>\n";
}

std::string trend_chart(const eval::AgencyTrend& agency, const eval::TrendRow& row, Lang lang) {
  struct Point {
    double x = 0;
    std::optional<double> actual, target;
    std::string shown;
    Verdict verdict = Verdict::no_data;
  };
  std::vector<Point> points;
  int numbers = 0;
  for (std::size_t y = 0; y < agency.years.size(); ++y) {
    Point p;
    p.x = static_cast<double>(y);
    if (const eval::TargetEvaluation* t = row.targets[y]) {
      // A target that changed kind (an amount then, a growth now) has no line to draw.
      if (t->target->kind != row.target->kind) return "";
      p.verdict = t->result.verdict;
      if (t->result.actual && t->result.actual->is_finite()) {
        p.actual = to_double(*t->result.actual);
        p.shown = result_value_wording(*t->target, t->result, lang);
        ++numbers;
      }
      if (const auto value = t->target->effective_value(); value && value->is_finite())
        p.target = to_double(*value);
    }
    points.push_back(std::move(p));
  }
  if (numbers < 2) return "";
  double low = 0, high = 0;
  bool first = true;
  for (const Point& p : points) {
    for (const auto& v : {p.actual, p.target}) {
      if (!v) continue;
      low = first ? *v : std::min(low, *v);
      high = first ? *v : std::max(high, *v);
      first = false;
    }
  }
  // A little room above and below, so that a flat line is not drawn on the frame.
  const double span = high - low > 1e-9 ? high - low : std::max(1.0, std::abs(high));
  low -= span * 0.15;
  high += span * 0.15;
  constexpr double kWidth = 360, kHeight = 130, kLeft = 50, kRight = 50, kTop = 16, kBottom = 20;
  const double step =
      points.size() > 1 ? (kWidth - kLeft - kRight) / static_cast<double>(points.size() - 1) : 0;
  const auto px = [&](double x) { return kLeft + x * step; };
  const auto py = [&](double v) {
    return kTop + (high - v) / (high - low) * (kHeight - kTop - kBottom);
  };
  std::string svg = fmt::format(
      "<svg class=\"series trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\">\n",
      num(kWidth), num(kHeight));
  // The target each year, dashed; the results, joined where consecutive years have them.
  const auto polyline = [&](auto value, std::string_view style) {
    std::string path;
    for (const Point& p : points) {
      const auto v = value(p);
      if (!v) {
        if (!path.empty()) svg += fmt::format("<polyline points=\"{}\" {}/>\n", path, style);
        path.clear();
        continue;
      }
      path += (path.empty() ? "" : " ") + num(px(p.x)) + "," + num(py(*v));
    }
    if (!path.empty()) svg += fmt::format("<polyline points=\"{}\" {}/>\n", path, style);
  };
  polyline([](const Point& p) { return p.target; },
           "fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"");
  polyline([](const Point& p) { return p.actual; },
           "fill=\"none\" stroke=\"#5c6bc0\" stroke-width=\"2\"");
  for (std::size_t i = 0; i < points.size(); ++i) {
    const Point& p = points[i];
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", num(px(p.x)),
                       num(kHeight - 4), agency.years[i]);
    if (!p.actual) continue;
    svg += fmt::format(
        "<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\"><title>{}: {}</title></circle>\n",
        num(px(p.x)), num(py(*p.actual)), fill_of(p.verdict), agency.years[i],
        text::escape_markup(p.shown));
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" class=\"value\">{}</text>\n",
                       num(px(p.x)), num(py(*p.actual) - 7), text::escape_markup(p.shown));
  }
  return svg + "</svg>\n";
}

std::string series_chart(const model::Target& target, const eval::TargetResult& result, Lang lang) {
  struct Point {
    std::string label, shown;
    double value;
  };
  std::vector<Point> points;
  for (const auto& point : result.series) {
    const auto value = point.value();
    if (!value || !value->is_finite()) continue;
    points.push_back(
        {period_label(point.period, lang), format_number(*value, lang, 2), to_double(*value)});
  }
  // Fewer than two points, or nothing but zeros (no events at all), say nothing a chart adds.
  const bool all_zero =
      std::all_of(points.begin(), points.end(), [](const Point& p) { return p.value == 0; });
  if (points.size() < 2 || all_zero) return "";
  // A threshold line where each point is comparable with the target (ratios, ratings), not
  // for sums, whose target is for the whole year.
  std::optional<double> line;
  const bool per_point =
      target.kind == TargetKind::percentage || target.kind == TargetKind::survey ||
      (target.kind == TargetKind::amount && target.effective_aggregate() != model::Aggregate::sum);
  if (per_point && target.value) line = to_double(*target.value);
  double low = 0, high = line.value_or(0);
  for (const Point& p : points) {
    low = std::min(low, p.value);
    high = std::max(high, p.value);
  }
  if (high <= low) high = low + 1;
  constexpr double kWidth = 360, kHeight = 120, kBottom = 18, kLeft = 4, kTopLabel = 14;
  const double step = kWidth / static_cast<double>(points.size());
  const auto y = [&](double v) {
    return kHeight - (v - low) / (high - low) * (kHeight - kTopLabel - 4);
  };
  std::string svg = fmt::format(
      "<svg class=\"series\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" role=\"img\">\n",
      num(kLeft + kWidth), num(kHeight + kBottom));
  for (std::size_t i = 0; i < points.size(); ++i) {
    const Point& p = points[i];
    const double x = kLeft + step * static_cast<double>(i);
    const double top = y(std::max(p.value, 0.0)), base = y(std::min(p.value, 0.0));
    svg += fmt::format(
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#5c6bc0\"><title>{}: {}</title>"
        "</rect>\n",
        num(x + step * 0.15), num(top), num(step * 0.7), num(std::max(0.5, base - top)),
        text::escape_markup(p.label), text::escape_markup(p.shown));
    svg += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                       num(x + step / 2), num(kHeight + 14), text::escape_markup(p.label));
    // Values above the columns while they fit (a year of months still does).
    if (points.size() <= 12) {
      svg +=
          fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" class=\"value\">{}</text>\n",
                      num(x + step / 2), num(top - 3), text::escape_markup(p.shown));
    }
  }
  if (line) {
    svg += fmt::format(
        "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#000\" stroke-width=\"1.5\" "
        "stroke-dasharray=\"4 3\"/>\n",
        num(kLeft), num(kLeft + kWidth), num(y(*line)));
  }
  return svg + "</svg>\n";
}

}  // namespace qobj::report
