#include "core/model/one_stop_checks.hpp"

#include <cstdlib>
#include <string>

#include "core/num/exact_number.hpp"
#include "core/time/coverage.hpp"
#include "core/yaml/document.hpp"

namespace qobj::model {

namespace {

std::string code(OneStopDefinition definition) {
  return std::string(code_of(definition));
}

bool differs(const std::optional<ExactNumber>& written, const mpq_class& computed) {
  return written && written->is_finite() && written->value != computed;
}

}  // namespace

std::vector<Finding> check_one_stop_record(const Repository& repository,
                                           const MeasurementsFile& file, const Record& record,
                                           const std::string& reference, const Target& target,
                                           const std::string& objectives_file) {
  std::vector<Finding> out;
  if (!record.has_definition && !record.has_one_stop) return out;
  const yaml::Document& document = *repository.documents[file.document];
  const auto at = [&](std::uint32_t node) { return Origin{file.document, node}; };
  const std::uint32_t definition_node = record.definition_node(document);
  const std::uint32_t one_stop_node = record.one_stop_node(document);
  const RecordData data = read_record_data(repository, file, record);
  if (!target.definition) {
    // The form's data says which ratio it follows only once the target does.
    const OneStopDefinition meant = data.definition.value_or(OneStopDefinition::resolved);
    out.push_back({MessageId::check_definition_unstated,
                   {reference, code(meant), objectives_file, std::string(formula_of(meant))},
                   at(definition_node ? definition_node : one_stop_node)});
    return out;
  }
  const OneStopDefinition definition = *target.definition;
  if (data.definition && *data.definition != definition) {
    out.push_back(
        {MessageId::check_definition_mismatch,
         {reference, code(*data.definition), code(definition), std::string(formula_of(definition))},
         at(definition_node)});
    return out;
  }
  if (!data.one_stop) return out;
  // The columns add up as the form's do, within the tolerance stated at import.
  const int tolerance = data.imported_from ? data.imported_from->tolerance.value_or(0) : 0;
  for (const IdentityGap& gap : identity_gaps(*data.one_stop, definition)) {
    if (gap.difference() <= tolerance) continue;
    std::string parts;
    for (const OneStopColumn c : gap.parts)
      parts += (parts.empty() ? "" : " + ") + std::string(form_column_label(c));
    out.push_back({MessageId::check_one_stop_identity,
                   {reference, std::string(form_column_label(gap.total)),
                    to_decimal_string(gap.total_value), parts, to_decimal_string(gap.parts_sum)},
                   at(one_stop_node)});
    return out;
  }
  // The ratio comes from the columns: a percentage written beside them is not used.
  if (record.has_value) {
    out.push_back({MessageId::check_field_unused,
                   {"value", reference, "percentage", "one_stop, definition"},
                   at(record.value_node(document))});
    return out;
  }
  const DefinitionResult result = apply_definition(definition, *data.one_stop);
  if (!result.terms) {
    std::string labels;
    for (const OneStopColumn column : result.missing)
      labels += (labels.empty() ? "" : ", ") + std::string(form_column_label(column));
    out.push_back({MessageId::check_one_stop_columns_missing,
                   {reference, code(definition), std::string(formula_of(definition)), labels,
                    std::string(code_of(result.missing.front()))},
                   at(one_stop_node)});
    return out;
  }
  if (result.terms->numerator > result.terms->denominator) {
    out.push_back(
        {MessageId::check_numerator_exceeds,
         {to_decimal_string(result.terms->numerator), to_decimal_string(result.terms->denominator)},
         at(one_stop_node)});
    return out;
  }
  if (differs(data.numerator, result.terms->numerator) ||
      differs(data.denominator, result.terms->denominator)) {
    const auto written = [](const std::optional<ExactNumber>& n) {
      return n ? to_decimal_string(*n) : std::string("—");
    };
    out.push_back({MessageId::check_one_stop_terms,
                   {reference, written(data.numerator), written(data.denominator), code(definition),
                    std::string(formula_of(definition)), to_decimal_string(result.terms->numerator),
                    to_decimal_string(result.terms->denominator)},
                   at(record.has_numerator ? record.numerator_node(document)
                                           : record.denominator_node(document))});
  }
  return out;
}

std::vector<Finding> check_one_stop_target(const Target& target, const std::string& reference,
                                           const std::vector<RecordRef>& records) {
  std::vector<Finding> out;
  // The form's ratio over a year is the ratio of its columns over the year: a mean, the best or
  // the worst quarter, or the last one would judge it on something else.
  if (target.definition && target.aggregate && *target.aggregate != Aggregate::ratio_of_sums) {
    out.push_back({MessageId::check_definition_aggregate,
                   {reference, code(*target.definition), std::string(code_of(*target.aggregate))},
                   target.origin});
  }
  if (records.empty()) return out;
  // Pending dossiers are counted at a moment: several periods add up only from their columns.
  if (target.definition && uses_stocks(*target.definition) && records.size() > 1) {
    for (const RecordRef& r : records) {
      if (r.record->has_one_stop || r.record->has_events) continue;
      out.push_back(
          {MessageId::check_stock_needs_columns,
           {reference, code(*target.definition), std::string(formula_of(*target.definition))},
           Origin{r.file->document, r.record->node}});
      break;
    }
  }
  const auto& first = records.front().file->reporting_year;
  for (const RecordRef& r : records) {
    if (r.file->reporting_year == first) continue;
    const Period plan_year = year_period(r.file->year);
    out.push_back({MessageId::check_mixed_reporting_years,
                   {reference, MessageArg(first.value_or(plan_year)),
                    MessageArg(r.file->reporting_year.value_or(plan_year))},
                   Origin{r.file->document, r.record->period_node}});
    break;
  }
  return out;
}

std::vector<Finding> check_reporting_year(const Plan& plan, const MeasurementsFile& file) {
  std::vector<Finding> out;
  if (!file.reporting_year) return out;
  const Period& year = *file.reporting_year;
  const long shift = std::labs(day_number(year.start) - day_number(plan.period().start));
  if (year.end != end_of_months(year.start, 12) || shift > 92) {
    out.push_back({MessageId::check_reporting_year_shape,
                   {MessageArg(year), MessageArg(plan.period()), std::to_string(plan.year - 1),
                    std::to_string(plan.year)},
                   file.reporting_year_origin});
  }
  return out;
}

}  // namespace qobj::model
