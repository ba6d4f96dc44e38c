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
    {report_no_such_year, "report.no-such-year", "no objectives for {0} among the files read",
     "không có mục tiêu năm {0} trong các tệp đã đọc", "the files hold objectives for {1}",
     "các tệp hiện có mục tiêu năm {1}"},
    {report_nothing_selected, "report.nothing-selected", "{0} {1} matches no objective",
     "{0} {1} không khớp mục tiêu nào", "known: {2}", "hiện có: {2}"},

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

    {schema_type, "schema.type", "expected {0}, found {1}", "cần {0}, nhưng gặp {1}", "", ""},
    {schema_enum, "schema.enum", "{0} is not one of the allowed values: {1}",
     "{0} không thuộc các giá trị cho phép: {1}", "write one of: {1}", "hãy viết một trong: {1}"},
    {schema_const, "schema.const", "expected {1}, found {0}", "cần {1}, nhưng gặp {0}", "", ""},
    {schema_minimum, "schema.minimum", "{0} is less than the minimum {1}",
     "{0} nhỏ hơn giá trị tối thiểu {1}", "", ""},
    {schema_exclusive_minimum, "schema.exclusive-minimum", "{0} must be greater than {1}",
     "{0} phải lớn hơn {1}", "", ""},
    {schema_maximum, "schema.maximum", "{0} is greater than the maximum {1}",
     "{0} lớn hơn giá trị tối đa {1}", "", ""},
    {schema_exclusive_maximum, "schema.exclusive-maximum", "{0} must be less than {1}",
     "{0} phải nhỏ hơn {1}", "", ""},
    {schema_multiple_of, "schema.multiple-of", "{0} is not a multiple of {1}",
     "{0} không phải là bội số của {1}", "", ""},
    {schema_number_range, "schema.number-range", "{0} cannot be compared exactly",
     "không so sánh chính xác được {0}", "write the number without such a large exponent",
     "hãy viết số mà không dùng số mũ lớn như vậy"},
    {schema_min_length, "schema.min-length", "text of {0} characters is shorter than {1}",
     "chuỗi dài {0} ký tự, ngắn hơn {1}", "", ""},
    {schema_max_length, "schema.max-length", "text of {0} characters is longer than {1}",
     "chuỗi dài {0} ký tự, dài hơn {1}", "", ""},
    {schema_pattern, "schema.pattern", "{0} does not match the pattern {1}",
     "{0} không khớp mẫu {1}", "", ""},
    {schema_regex_limit, "schema.regex-limit",
     "matching {0} against the pattern {1} took too many steps",
     "khớp {0} với mẫu {1} tốn quá nhiều bước", "simplify the pattern in the schema",
     "hãy đơn giản hoá mẫu trong lược đồ"},
    {schema_format, "schema.format", "{0} is not a valid {1}", "{0} không phải là {1} hợp lệ", "",
     ""},
    {schema_min_items, "schema.min-items", "the list has {0} items, fewer than {1}",
     "danh sách có {0} phần tử, ít hơn {1}", "", ""},
    {schema_max_items, "schema.max-items", "the list has {0} items, more than {1}",
     "danh sách có {0} phần tử, nhiều hơn {1}", "", ""},
    {schema_unique_items, "schema.unique-items", "items {0} and {1} of the list are equal",
     "phần tử {0} và {1} của danh sách trùng nhau", "each item may appear once",
     "mỗi phần tử chỉ được xuất hiện một lần"},
    {schema_contains, "schema.contains", "no item of the list is valid against {0}",
     "không phần tử nào của danh sách hợp lệ với {0}", "", ""},
    {schema_min_properties, "schema.min-properties", "the mapping has {0} keys, fewer than {1}",
     "ánh xạ có {0} khoá, ít hơn {1}", "", ""},
    {schema_max_properties, "schema.max-properties", "the mapping has {0} keys, more than {1}",
     "ánh xạ có {0} khoá, nhiều hơn {1}", "", ""},
    {schema_required, "schema.required", "missing required key \"{0}\"",
     "thiếu khoá bắt buộc \"{0}\"", "add it to this mapping, e.g. {0}: …",
     "hãy thêm khoá này vào ánh xạ, ví dụ {0}: …"},
    {schema_unknown_key, "schema.unknown-key", "unknown key \"{0}\"", "khoá lạ \"{0}\"",
     "the keys allowed here are: {1}", "các khoá được phép ở đây: {1}"},
    {schema_dependency, "schema.dependency", "\"{0}\" requires \"{1}\" in the same mapping",
     "\"{0}\" cần có \"{1}\" trong cùng ánh xạ", "", ""},
    {schema_false, "schema.false", "no value is allowed here", "không được có giá trị ở đây",
     "remove this value", "hãy xoá giá trị này"},
    {schema_not, "schema.not", "this value matches a form that is not allowed here",
     "giá trị này có dạng không được phép ở đây", "", ""},
    {schema_one_of_many, "schema.one-of",
     "the value matches {0} alternatives ({1}) but must match exactly one",
     "giá trị khớp {0} phương án ({1}) nhưng chỉ được khớp đúng một", "", ""},
    {schema_too_deep, "schema.too-deep", "the schema refers to itself more than {0} times here",
     "lược đồ tự tham chiếu quá {0} lần tại đây", "", ""},
    {schema_invalid_keyword, "schema.invalid-keyword", "the value of \"{0}\" must be {1}",
     "giá trị của \"{0}\" phải là {1}", "", ""},
    {schema_bad_regex, "schema.bad-regex", "invalid regular expression {0}: {1}",
     "biểu thức chính quy {0} không hợp lệ: {1}", "patterns follow ECMA-262 (JavaScript) syntax",
     "mẫu viết theo cú pháp ECMA-262 (JavaScript)"},
    {schema_unresolved_ref, "schema.unresolved-ref", "cannot resolve $ref \"{0}\"",
     "không tìm thấy đích của $ref \"{0}\"",
     "qobj resolves references inside the schema and to the draft-07 meta-schema; write e.g. "
     "#/definitions/name",
     "qobj chỉ tìm tham chiếu trong chính lược đồ và tới lược đồ gốc draft-07; hãy viết ví dụ "
     "#/definitions/name"},
    {schema_not_a_schema, "schema.not-a-schema", "a schema must be a mapping or true/false",
     "lược đồ phải là một ánh xạ hoặc true/false", "", ""},

    {qobj_missing_format, "qobj.missing-format",
     "this file does not say which qobj format it is in",
     "tệp không cho biết nó theo định dạng qobj nào",
     "start it with the format and its version, e.g.\n      format: qobj/objectives\n      "
     "version: 1\n"
     "    (or format: qobj/measurements for measurements); to check another kind of file, "
     "give its schema with --schema",
     "hãy mở đầu tệp bằng định dạng và phiên bản, ví dụ\n      format: qobj/objectives\n      "
     "version: 1\n"
     "    (hoặc format: qobj/measurements cho số liệu); để kiểm tra loại tệp khác, hãy chỉ ra "
     "lược đồ bằng --schema"},
    {qobj_unknown_format, "qobj.unknown-format", "unknown format {0}",
     "định dạng {0} không xác định", "write format: qobj/objectives or format: qobj/measurements",
     "hãy viết format: qobj/objectives hoặc format: qobj/measurements"},
    {qobj_ambiguous_number, "qobj.ambiguous-number",
     "{0} is ambiguous: YAML reads it as {1}, but in Vietnamese it means {2}",
     "{0} không rõ nghĩa: YAML đọc là {1}, nhưng theo cách viết tiếng Việt là {2}",
     "write {2} if you mean {2} (no thousands separator), or {1} if you mean {1}",
     "hãy viết {2} nếu ý là {2} (không phân cách hàng nghìn), hoặc {1} nếu ý là {1}"},
    {check_duplicate_unit, "check.duplicate-unit",
     "unit id \"{0}\" is declared twice in agency {1}",
     "mã phòng \"{0}\" được khai báo hai lần trong cơ quan {1}", "give each unit its own id",
     "mỗi phòng cần một mã riêng"},
    {check_duplicate_objective, "check.duplicate-objective",
     "objective id \"{0}\" is already used in agency {1}",
     "mã mục tiêu \"{0}\" đã được dùng trong cơ quan {1}",
     "ids are unique within an agency across all its files; a unit's objectives can be named "
     "like KH-MT1",
     "mã là duy nhất trong một cơ quan, trên mọi tệp của cơ quan; mục tiêu của phòng có thể đặt "
     "mã như KH-MT1"},
    {check_duplicate_target, "check.duplicate-target",
     "target id \"{0}\" is used twice in objective {1}",
     "mã chỉ tiêu \"{0}\" được dùng hai lần trong mục tiêu {1}", "", ""},
    {check_year_mismatch, "check.year-mismatch",
     "this file is for {0}, but agency {1} has objectives for {2} in another file",
     "tệp này cho năm {0}, nhưng cơ quan {1} có mục tiêu năm {2} ở tệp khác",
     "correct the year, or give that year's objectives too",
     "hãy sửa lại năm, hoặc đưa thêm tệp mục tiêu của năm đó"},
    {check_unknown_unit, "check.unknown-unit", "unit \"{0}\" is not declared in agency {1}",
     "phòng \"{0}\" chưa được khai báo trong cơ quan {1}",
     "declare it under units: in the agency's objectives, e.g. - {{id: {0}, name: …}}",
     "hãy khai báo trong units: của tệp mục tiêu cơ quan, ví dụ - {{id: {0}, name: …}}"},
    {check_outside_period, "check.outside-period", "{0} lies outside the evaluation period {1}",
     "{0} nằm ngoài kỳ đánh giá {1}",
     "check the year; records of another year belong in that year's files",
     "hãy kiểm tra lại năm; số liệu năm khác thuộc về tệp của năm đó"},
    {check_unknown_parent, "check.unknown-parent",
     "parent objective \"{0}\" does not exist in agency {1}",
     "mục tiêu cấp trên \"{0}\" không có trong cơ quan {1}",
     "a unit objective refines an objective of its agency: check the agency's objectives are "
     "checked in the same run",
     "mục tiêu của phòng cụ thể hóa một mục tiêu của cơ quan: hãy kiểm tra cùng lúc với tệp "
     "mục tiêu của cơ quan"},
    {check_parent_cycle, "check.parent-cycle", "objective {0} refines itself: {1}",
     "mục tiêu {0} tự cụ thể hóa chính nó: {1}", "remove one of the parent: links",
     "hãy bỏ một liên kết parent:"},
    {check_unknown_objective, "check.unknown-objective",
     "there is no objective \"{0}\" in agency {1}", "không có mục tiêu \"{0}\" trong cơ quan {1}",
     "use the id of an objective of the agency, e.g. MT2",
     "hãy dùng mã một mục tiêu của cơ quan, ví dụ MT2"},
    {check_group_record, "check.group-record",
     "{0} is a group heading, which is not measured itself",
     "{0} là tiêu đề nhóm, không tự có số liệu",
     "record the data of the objectives listed under it",
     "hãy ghi số liệu cho các mục tiêu thuộc nhóm"},
    {check_target_needed, "check.target-needed", "objective {0} has {1} targets: say which one",
     "mục tiêu {0} có {1} chỉ tiêu: hãy nói rõ chỉ tiêu nào",
     "write the target after a slash, e.g. target: {0}/{2}",
     "hãy ghi chỉ tiêu sau dấu gạch chéo, ví dụ target: {0}/{2}"},
    {check_unknown_target, "check.unknown-target", "objective {0} has no target \"{1}\"",
     "mục tiêu {0} không có chỉ tiêu \"{1}\"", "its targets are: {2}",
     "các chỉ tiêu của mục tiêu này: {2}"},
    {check_no_objectives, "check.no-objectives",
     "no objectives of agency \"{0}\" among the files checked: records are not checked against "
     "them",
     "không có tệp mục tiêu của cơ quan \"{0}\" trong các tệp được kiểm tra: số liệu chưa được "
     "đối chiếu",
     "check the objectives and the measurements together, e.g. qobj check "
     "examples/so-cong-thuong-2021/",
     "hãy kiểm tra tệp mục tiêu cùng tệp số liệu, ví dụ qobj check examples/so-cong-thuong-2021/"},
    {check_numerator_exceeds, "check.numerator-exceeds",
     "numerator {0} is greater than denominator {1}", "tử số {0} lớn hơn mẫu số {1}",
     "the numerator counts part of the denominator (e.g. on-time dossiers out of all resolved)",
     "tử số là một phần của mẫu số (ví dụ số hồ sơ đúng hạn trên tổng số hồ sơ đã giải quyết)"},
    {check_data_mismatch, "check.data-mismatch", "this record's data does not fit {0} (kind: {1})",
     "số liệu này không hợp với {0} (loại {1})", "record it with: {2}", "hãy ghi bằng: {2}"},
    {check_duplicate_period, "check.duplicate-period",
     "{0} already has a record for {1}, which overlaps {2}",
     "{0} đã có số liệu cho {1}, trùng với kỳ {2}",
     "record each period once: for example Q1, or January to March, not both",
     "mỗi kỳ chỉ ghi một lần: ví dụ quý I, hoặc tháng 1 đến tháng 3, không ghi cả hai"},
    {check_baseline_not_growth, "check.baseline-not-growth", "{0} is not a growth target",
     "{0} không phải là chỉ tiêu tăng trưởng", "baselines are for growth targets",
     "năm gốc chỉ dùng cho chỉ tiêu tăng trưởng"},
    {check_baseline_year, "check.baseline-year", "baseline year {0} differs from the target's {1}",
     "năm gốc {0} khác năm gốc của chỉ tiêu {1}", "", ""},
    {check_missing_baseline, "check.missing-baseline",
     "growth target {0} has data but no baseline for {1}",
     "chỉ tiêu tăng trưởng {0} có số liệu nhưng chưa có số liệu năm gốc {1}",
     "add it to the measurements, e.g.\n      baselines:\n        - {{target: {0}, year: {1}, "
     "value: …}}\n    or give {1}'s objectives and measurements in the same run",
     "hãy thêm vào tệp số liệu, ví dụ\n      baselines:\n        - {{target: {0}, year: {1}, "
     "value: …}}\n    hoặc đưa tệp mục tiêu và số liệu năm {1} vào cùng lần chạy"},
    {check_baseline_not_quantity, "check.baseline-not-quantity",
     "baseline_from names {0}, a {1} target, which measures no amount",
     "baseline_from trỏ tới {0}, chỉ tiêu loại {1}, không đo một giá trị",
     "name the amount or growth target that measured the same quantity that year",
     "hãy chỉ tới chỉ tiêu giá trị hoặc tăng trưởng đo cùng đại lượng trong năm đó"},
    {check_unit_mismatch, "check.unit-mismatch", "unit \"{0}\" differs from the unit of {1}, {2}",
     "đơn vị \"{0}\" khác đơn vị của {1} là {2}",
     "convert the value to {2} (e.g. 1 tỷ = 1000 triệu) and write unit: {2}",
     "hãy quy đổi giá trị sang {2} (ví dụ 1 tỷ = 1000 triệu) và ghi unit: {2}"},
    {iso_plan_incomplete, "iso.plan-incomplete",
     "objective {0} does not say, as ISO 9001 clause 6.2.2 asks: {1}",
     "mục tiêu {0} chưa nêu rõ, theo điều 6.2.2 của ISO 9001: {1}",
     "add a plan: with actions, resources, responsible, due and evaluation (docs/format.md)",
     "hãy thêm plan: gồm actions, resources, responsible, due và evaluation (docs/format.md)"},
    {note_first_defined, "", "first defined here", "khai báo lần đầu tại đây", "", ""},
    {note_other_record, "", "the other record", "số liệu kia", "", ""},
    {hint_did_you_mean_target, "", "did you mean \"{3}\"?", "có phải ý bạn là \"{3}\"?", "", ""},
    {phrase_plan_actions, "", "what will be done", "làm gì", "", ""},
    {phrase_plan_resources, "", "with what resources", "nguồn lực nào", "", ""},
    {phrase_plan_responsible, "", "who is responsible", "ai chịu trách nhiệm", "", ""},
    {phrase_plan_due, "", "when it will be completed", "khi nào hoàn thành", "", ""},
    {phrase_plan_evaluation, "", "how results will be evaluated", "đánh giá kết quả thế nào", "",
     ""},
    {phrase_list_separator, "", ", ", ", ", "", ""},
    {hint_did_you_mean, "", "did you mean \"{2}\"?", "có phải ý bạn là \"{2}\"?", "", ""},
    {hint_format_date, "", "write a date as YYYY-MM-DD, e.g. 2021-12-31",
     "hãy viết ngày dạng YYYY-MM-DD, ví dụ 2021-12-31", "", ""},
    {hint_number_percent, "", "write the number without the % sign: {2} (this field is in percent)",
     "hãy viết số không kèm dấu %: {2} (trường này tính theo phần trăm)", "", ""},
    {hint_number_vietnamese, "",
     "write {2}: qobj files use a decimal point and no thousands separator",
     "hãy viết {2}: tệp qobj dùng dấu chấm thập phân và không phân cách hàng nghìn", "", ""},
    {hint_number_quoted, "", "write {2} without quotes, so that it is a number",
     "hãy viết {2} không có dấu nháy để đó là một số", "", ""},
    {hint_format_date_time, "", "write a date and time as YYYY-MM-DDThh:mm:ss+07:00",
     "hãy viết ngày giờ dạng YYYY-MM-DDThh:mm:ss+07:00", "", ""},
    {phrase_null, "", "an empty value (null)", "giá trị rỗng (null)", "", ""},
    {phrase_boolean, "", "true or false", "true hoặc false", "", ""},
    {phrase_integer, "", "a whole number", "một số nguyên", "", ""},
    {phrase_number, "", "a number", "một số", "", ""},
    {phrase_string, "", "text", "văn bản", "", ""},
    {phrase_array, "", "a list", "một danh sách", "", ""},
    {phrase_object, "", "a mapping (key: value)", "một ánh xạ (khoá: giá trị)", "", ""},
    {phrase_or, "", " or ", " hoặc ", "", ""},

    {verdict_met, "", "met", "Đạt", "", ""},
    {verdict_exceeded, "", "exceeded", "Vượt", "", ""},
    {verdict_not_met, "", "not met", "Không đạt", "", ""},
    {verdict_at_risk, "", "at risk", "Có nguy cơ không đạt", "", ""},
    {verdict_no_data, "", "no data", "Chưa có số liệu", "", ""},
    {verdict_not_yet_due, "", "not yet due", "Chưa đến hạn", "", ""},
    {verdict_withdrawn, "", "withdrawn", "Không đánh giá", "", ""},
    {report_title, "", "{0}: quality objectives {1}, as of {2}",
     "{0}: mục tiêu chất lượng năm {1}, tính đến ngày {2}", "", ""},
    {report_col_id, "", "ID", "Mã", "", ""},
    {report_col_objective, "", "Objective", "Mục tiêu", "", ""},
    {report_col_target, "", "Target", "Chỉ tiêu", "", ""},
    {report_col_result, "", "Result", "Kết quả", "", ""},
    {report_col_verdict, "", "Evaluation", "Đánh giá", "", ""},
    {report_col_gap, "", "Gap", "Chênh lệch", "", ""},
    {report_not_met_heading, "", "Objectives not met", "Các mục tiêu không đạt", "", ""},
    {report_cause, "", "cause", "nguyên nhân", "", ""},
    {report_action, "", "corrective action", "biện pháp khắc phục", "", ""},
    {report_responsible, "", "responsible", "trách nhiệm", "", ""},
    {report_due, "", "due", "thời hạn", "", ""},
    {report_summary, "", "{0}: {1} of {2} objectives met", "{0}: Đạt {1}/{2} mục tiêu", "", ""},
    {report_unit_summary, "", "  {0}: {1} of {2} met", "  {0}: Đạt {1}/{2}", "", ""},
    {report_missing_items, "", "not done: {0}", "chưa thực hiện: {0}", "", ""},
    {report_estimate, "", "(estimate)", "(ước tính)", "", ""},
    {report_per_year, "", "a year", "năm", "", ""},
    {report_per_half_year, "", "every half year", "6 tháng", "", ""},
    {report_per_quarter, "", "a quarter", "quý", "", ""},
    {report_per_month, "", "a month", "tháng", "", ""},
    {report_no_follow_up, "", "no cause or corrective action recorded yet",
     "chưa ghi nguyên nhân và biện pháp khắc phục", "", ""},
    {report_baselines_heading, "", "Growth baselines", "Giá trị năm gốc của chỉ tiêu tăng trưởng",
     "", ""},
    {report_baseline_recorded, "", "{0}: {1} = {2}, recorded in {3}",
     "{0}: năm {1} = {2}, ghi tại {3}", "", ""},
    {report_baseline_computed, "", "{0}: {1} = {2}, computed from the {1} files ({3})",
     "{0}: năm {1} = {2}, tính từ tệp năm {1} ({3})", "", ""},
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

std::string format_with(std::string_view pattern, Lang lang, const std::vector<MessageArg>& args) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& arg : args) {
    if (arg.phrases.empty()) {
      store.push_back(arg.text);
      continue;
    }
    std::string joined;
    for (std::size_t i = 0; i < arg.phrases.size(); ++i) {
      if (i > 0) joined += format_message(arg.joiner, lang);
      joined += format_message(arg.phrases[i], lang);
    }
    store.push_back(joined);
  }
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

std::string format_message(MessageId id, Lang lang, const std::vector<MessageArg>& args) {
  const auto& entry = catalogue_entry(id);
  return format_with(lang == Lang::vi ? entry.vi : entry.en, lang, args);
}

std::string format_hint(MessageId id, Lang lang, const std::vector<MessageArg>& args) {
  const auto& entry = catalogue_entry(id);
  const auto pattern = lang == Lang::vi ? entry.hint_vi : entry.hint_en;
  return pattern.empty() ? std::string() : format_with(pattern, lang, args);
}

}  // namespace qobj
