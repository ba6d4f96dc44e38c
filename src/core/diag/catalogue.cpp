#include "core/diag/catalogue.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <stdexcept>

namespace qobj {

namespace {

using enum MessageId;

// Arguments are positional ({0}, {1}…) so that the two languages may order them differently.
const std::vector<CatalogueEntry> kEntries = {
    {io_not_found, "io.not-found", "cannot read {0}: no such file or directory",
     "không đọc được {0}: không có tệp hoặc thư mục này",
     "check the path; directories are searched for *.yaml and *.yml files",
     "kiểm tra lại đường dẫn; thư mục sẽ được tìm các tệp *.yaml và *.yml"},
    {io_read_failed, "io.read-failed", "cannot read {0}: {1}", "không đọc được {0}: {1}", "", ""},
    {io_too_large, "io.too-large", "{0} is {1} bytes, more than the limit of {2} bytes",
     "{0} có {1} byte, vượt giới hạn {2} byte",
     "raise the limit if the file is meant to be this large, e.g. --max-file-size 512M",
     "nếu tệp thực sự lớn như vậy, hãy nâng giới hạn, ví dụ --max-file-size 512M"},
    {io_no_yaml_files, "io.no-yaml-files", "no *.yaml or *.yml file under {0}",
     "không có tệp *.yaml hoặc *.yml nào trong {0}", "", ""},
    {io_is_directory, "io.is-directory", "cannot read {0}: it is not a regular file",
     "không đọc được {0}: đây không phải là tệp thông thường", "", ""},

    {yaml_invalid_utf8, "yaml.invalid-utf8",
     "invalid UTF-8: byte 0x{0} cannot start or continue a character here",
     "mã UTF-8 không hợp lệ: byte 0x{0} không thể bắt đầu hay tiếp nối một ký tự tại đây",
     "save the file as UTF-8; text pasted from old documents in TCVN3 (ABC) or VNI must be "
     "converted to Unicode first (for example with UniKey's converter)",
     "hãy lưu tệp ở dạng UTF-8; văn bản sao chép từ tài liệu cũ dùng bảng mã TCVN3 (ABC) hoặc "
     "VNI phải được chuyển sang Unicode trước (ví dụ bằng công cụ chuyển mã của UniKey)"},
    {yaml_nul_byte, "yaml.nul-byte", "NUL byte (0x00) in the file", "tệp chứa byte NUL (0x00)",
     "this is not a text file, or it was saved in another encoding; save it as UTF-8 text",
     "đây không phải tệp văn bản, hoặc tệp được lưu bằng bảng mã khác; hãy lưu ở dạng văn bản "
     "UTF-8"},
    {yaml_control_char, "yaml.control-char", "control character U+{0} is not allowed in YAML",
     "YAML không cho phép ký tự điều khiển U+{0}",
     "delete it; such characters usually arrive with text copied from another program",
     "hãy xoá ký tự này; nó thường lẫn vào khi sao chép văn bản từ chương trình khác"},
    {yaml_utf16_decoded, "yaml.utf16-decoded",
     "the file is encoded as {0}; qobj read it, and columns count characters of the text",
     "tệp được mã hoá {0}; qobj vẫn đọc được, cột được tính theo ký tự của văn bản",
     "save it as UTF-8 so that git and other tools show readable differences",
     "hãy lưu lại ở dạng UTF-8 để git và các công cụ khác hiển thị được thay đổi"},
    {yaml_invalid_utf16, "yaml.invalid-utf16", "invalid {0}: unpaired surrogate",
     "mã {0} không hợp lệ: nửa cặp thay thế (surrogate) đứng một mình", "save the file as UTF-8",
     "hãy lưu tệp ở dạng UTF-8"},
    {yaml_unsupported_encoding, "yaml.unsupported-encoding",
     "the file looks encoded as {0}, which qobj does not read",
     "tệp có vẻ được mã hoá {0}, qobj không đọc bảng mã này",
     "save the file as UTF-8 (in Notepad: File > Save as > Encoding: UTF-8)",
     "hãy lưu tệp ở dạng UTF-8 (trong Notepad: File > Save as > Encoding: UTF-8)"},
    {yaml_syntax, "yaml.syntax", "YAML syntax error: {0}", "lỗi cú pháp YAML: {0}",
     "check the indentation and the ':' after each key on this line and the line above",
     "kiểm tra thụt lề và dấu ':' sau mỗi khoá ở dòng này và dòng trên"},
    {yaml_tab_indent, "yaml.tab-indent", "a tab character is used for indentation",
     "dùng ký tự tab để thụt lề",
     "YAML indents with spaces only: replace the tab with spaces, and set the editor to insert "
     "spaces when Tab is pressed",
     "YAML chỉ thụt lề bằng dấu cách: hãy thay tab bằng dấu cách, và đặt trình soạn thảo chèn "
     "dấu cách khi nhấn phím Tab"},
    {yaml_unterminated_string, "yaml.unterminated-string",
     "this quoted text is never closed: the {0} opened here has no closing {0}",
     "chuỗi trong dấu nháy không được đóng: dấu {0} mở tại đây không có dấu {0} đóng",
     "add the closing quote at the end of the value, e.g. title: {0}Sở Công Thương{0}",
     "thêm dấu nháy đóng ở cuối giá trị, ví dụ title: {0}Sở Công Thương{0}"},
    {yaml_unclosed_flow, "yaml.unclosed-flow", "the '{0}' opened here is never closed",
     "dấu '{0}' mở tại đây không được đóng", "add the matching '{1}', e.g. [a, b]",
     "thêm dấu '{1}' tương ứng, ví dụ [a, b]"},
    {yaml_duplicate_key, "yaml.duplicate-key", "duplicate key \"{0}\" in this mapping",
     "khoá \"{0}\" bị lặp trong cùng một ánh xạ",
     "each key may appear once in a mapping: remove one of them or merge their values",
     "mỗi khoá chỉ được xuất hiện một lần trong một ánh xạ: hãy xoá bớt hoặc gộp giá trị"},
    {yaml_duplicate_key_first, "", "\"{0}\" is first defined here",
     "\"{0}\" được khai báo lần đầu tại đây", "", ""},
    {yaml_merge_key, "yaml.merge-key", "the merge key '<<' is not supported",
     "qobj không hỗ trợ khoá gộp '<<'",
     "write the keys out in full in this mapping, so that every value has one visible place",
     "hãy viết đầy đủ các khoá trong ánh xạ này để mỗi giá trị có một chỗ rõ ràng"},
    {yaml_complex_key, "yaml.complex-key",
     "a mapping key must be a single value, not a list or a mapping",
     "khoá của ánh xạ phải là một giá trị đơn, không phải danh sách hay ánh xạ",
     "write the key as text, e.g. name: value", "hãy viết khoá dạng văn bản, ví dụ name: value"},
    {yaml_empty_key, "yaml.empty-key", "this mapping key is empty", "khoá của ánh xạ bị bỏ trống",
     "write the key before the ':', e.g. name: value",
     "hãy viết khoá trước dấu ':', ví dụ name: value"},
    {yaml_multiple_documents, "yaml.multiple-documents",
     "a second YAML document starts here; a qobj file holds one document",
     "tài liệu YAML thứ hai bắt đầu tại đây; mỗi tệp qobj chỉ chứa một tài liệu",
     "put each document in a file of its own, or remove this '---' line",
     "hãy tách mỗi tài liệu ra một tệp riêng, hoặc xoá dòng '---' này"},
    {yaml_undefined_alias, "yaml.undefined-alias", "alias *{0} refers to an anchor not defined",
     "bí danh *{0} tham chiếu tới một neo chưa được định nghĩa",
     "define the anchor before it is used, e.g. unit: &{0} phong-kt ... then *{0}, or write the "
     "value out",
     "hãy định nghĩa neo trước khi dùng, ví dụ unit: &{0} phong-kt ... rồi *{0}, hoặc viết "
     "thẳng giá trị"},
    {yaml_recursive_alias, "yaml.recursive-alias", "alias *{0} is used inside its own anchor",
     "bí danh *{0} được dùng bên trong chính neo của nó",
     "an anchored value cannot contain itself; write the value out",
     "một giá trị có neo không thể chứa chính nó; hãy viết thẳng giá trị"},
    {yaml_alias_budget, "yaml.alias-budget", "aliases expand this document past {0} values",
     "các bí danh làm tài liệu này phình ra quá {0} giá trị",
     "this looks like an alias bomb (\"billion laughs\"); write the values out instead",
     "đây có vẻ là một \"quả bom bí danh\" (billion laughs); hãy viết thẳng các giá trị"},
    {yaml_too_deep, "yaml.too-deep", "values are nested deeper than {0} levels",
     "các giá trị lồng nhau sâu quá {0} cấp",
     "qobj files need only a few levels; check the indentation and the brackets",
     "tệp qobj chỉ cần vài cấp lồng nhau; hãy kiểm tra thụt lề và các dấu ngoặc"},
    {yaml_empty_file, "yaml.empty-file", "the file is empty", "tệp rỗng",
     "write the document's content, or remove the file",
     "hãy viết nội dung tài liệu, hoặc xoá tệp này"},
    {yaml_comments_only, "yaml.comments-only", "the file holds only comments, no data",
     "tệp chỉ có chú thích, không có dữ liệu",
     "a line starting with # is a comment; remove the # from the lines that hold data",
     "dòng bắt đầu bằng # là chú thích; hãy bỏ dấu # ở những dòng chứa dữ liệu"},

    {ui_error, "", "error", "lỗi", "", ""},
    {ui_warning, "", "warning", "cảnh báo", "", ""},
    {ui_note, "", "note", "ghi chú", "", ""},
    {ui_hint, "", "hint", "gợi ý", "", ""},
    {ui_errors_one, "", "{0} error", "{0} lỗi", "", ""},
    {ui_errors_other, "", "{0} errors", "{0} lỗi", "", ""},
    {ui_warnings_one, "", "{0} warning", "{0} cảnh báo", "", ""},
    {ui_warnings_other, "", "{0} warnings", "{0} cảnh báo", "", ""},
    {ui_files_one, "", "{0} file", "{0} tệp", "", ""},
    {ui_files_other, "", "{0} files", "{0} tệp", "", ""},
    {ui_check_summary, "", "{0} checked: {1}, {2}", "đã kiểm tra {0}: {1}, {2}", "", ""},
    {ui_check_clean, "", "{0} checked: no problems found",
     "đã kiểm tra {0}: không phát hiện vấn đề nào", "", ""},
};

std::string format_with(std::string_view pattern, const std::vector<std::string>& args) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& arg : args) store.push_back(arg);
  return fmt::vformat(pattern, store);
}

}  // namespace

const std::vector<CatalogueEntry>& catalogue() {
  return kEntries;
}

const CatalogueEntry& catalogue_entry(MessageId id) {
  const auto index = static_cast<std::size_t>(id);
  // The table is ordered like the enum; a unit test keeps it so.
  if (index >= kEntries.size() || kEntries[index].id != id) {
    throw std::logic_error("message catalogue out of order");
  }
  return kEntries[index];
}

std::string_view message_code(MessageId id) {
  return catalogue_entry(id).code;
}

std::string format_message(MessageId id, Lang lang, const std::vector<std::string>& args) {
  const auto& entry = catalogue_entry(id);
  return format_with(lang == Lang::vi ? entry.vi : entry.en, args);
}

std::string format_hint(MessageId id, Lang lang, const std::vector<std::string>& args) {
  const auto& entry = catalogue_entry(id);
  const auto pattern = lang == Lang::vi ? entry.hint_vi : entry.hint_en;
  return pattern.empty() ? std::string() : format_with(pattern, args);
}

}  // namespace qobj
