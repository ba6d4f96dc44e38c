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
