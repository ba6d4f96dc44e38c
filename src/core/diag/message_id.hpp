// Every text qobj shows a person has an id here and its English and Vietnamese wording in
// catalogue.cpp. Diagnostics carry the id and their arguments; the wording is chosen when
// they are rendered, so one run can be reported in either language.
#pragma once

#include <cstdint>

namespace qobj {

enum class MessageId : std::uint16_t {
  // I/O (exit code 3)
  io_not_found,
  io_read_failed,
  io_too_large,
  io_no_yaml_files,
  io_is_directory,
  // Encoding and YAML syntax (exit code 2)
  yaml_invalid_utf8,
  yaml_nul_byte,
  yaml_control_char,
  yaml_utf16_decoded,
  yaml_invalid_utf16,
  yaml_unsupported_encoding,
  yaml_syntax,
  yaml_tab_indent,
  yaml_unterminated_string,
  yaml_unclosed_flow,
  yaml_duplicate_key,
  yaml_duplicate_key_first,
  yaml_merge_key,
  yaml_complex_key,
  yaml_empty_key,
  yaml_multiple_documents,
  yaml_undefined_alias,
  yaml_recursive_alias,
  yaml_alias_budget,
  yaml_too_deep,
  yaml_empty_file,
  yaml_comments_only,
  // JSON Schema validation of a document (exit code 2)
  schema_type,
  schema_enum,
  schema_const,
  schema_minimum,
  schema_exclusive_minimum,
  schema_maximum,
  schema_exclusive_maximum,
  schema_multiple_of,
  schema_number_range,
  schema_min_length,
  schema_max_length,
  schema_pattern,
  schema_regex_limit,
  schema_format,
  schema_min_items,
  schema_max_items,
  schema_unique_items,
  schema_contains,
  schema_min_properties,
  schema_max_properties,
  schema_required,
  schema_unknown_key,
  schema_dependency,
  schema_false,
  schema_not,
  schema_one_of_many,
  schema_too_deep,
  // Problems of a schema itself, found when it is loaded
  schema_invalid_keyword,
  schema_bad_regex,
  schema_unresolved_ref,
  schema_not_a_schema,
  // qobj's own formats
  qobj_missing_format,
  qobj_unknown_format,
  qobj_ambiguous_number,
  // Hints chosen per diagnostic, and phrases used as message arguments
  hint_did_you_mean,
  hint_format_date,
  hint_number_percent,
  hint_number_vietnamese,
  hint_number_quoted,
  hint_format_date_time,
  phrase_null,
  phrase_boolean,
  phrase_integer,
  phrase_number,
  phrase_string,
  phrase_array,
  phrase_object,
  phrase_or,
  // Words and phrases of the text renderer and summaries
  ui_error,
  ui_warning,
  ui_note,
  ui_hint,
  ui_errors_one,
  ui_errors_other,
  ui_warnings_one,
  ui_warnings_other,
  ui_files_one,
  ui_files_other,
  ui_check_summary,
  ui_check_clean,
  count_  // keep last
};

}  // namespace qobj
