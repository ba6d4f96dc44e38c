#include "core/diag/catalogue.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <stdexcept>

#include "core/diag/period_wording.hpp"

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
    {io_unreadable_directory, "io.unreadable-directory", "cannot read the directory {0}: {1}",
     "không đọc được thư mục {0}: {1}",
     "let qobj read it (e.g. chmod a+rx {2}), or leave it out: --exclude {3}",
     "hãy cho phép đọc thư mục (ví dụ chmod a+rx {2}), hoặc bỏ nó ra: --exclude {3}"},
    {report_no_such_year, "report.no-such-year", "no objectives for {0} among the files read",
     "không có mục tiêu năm {0} trong các tệp đã đọc", "the files hold objectives for {1}",
     "các tệp hiện có mục tiêu năm {1}"},
    {report_nothing_selected, "report.nothing-selected", "{0} {1} matches no objective",
     "{0} {1} không khớp mục tiêu nào", "known: {2}", "hiện có: {2}"},
    {report_file_changed, "report.file-changed",
     "{0} changed while the report was being written: no report was written",
     "tệp {0} đã thay đổi trong lúc lập báo cáo: chưa ghi báo cáo nào",
     "run qobj report again once the files are saved",
     "chạy lại qobj report khi các tệp đã được lưu xong"},
    {output_unknown_extension, "output.unknown-extension",
     "cannot tell the report format of {0} from its extension",
     "không xác định được định dạng báo cáo của {0} từ phần mở rộng",
     "end it with .txt, .json, .csv, .md, .html, .xlsx or .xml (JUnit), or give --format",
     "hãy dùng đuôi .txt, .json, .csv, .md, .html, .xlsx hoặc .xml (JUnit), hoặc chỉ rõ --format"},
    {output_is_input, "output.is-input",
     "{0} is one of the input files: the report would replace it",
     "{0} là một tệp đầu vào: báo cáo sẽ ghi đè lên nó", "write the report to another file",
     "hãy ghi báo cáo ra tệp khác"},
    {output_twice, "output.twice", "{0} is given twice with -o", "{0} được chỉ ra hai lần với -o",
     "give each output file once", "mỗi tệp đầu ra chỉ ghi một lần"},
    {output_write_failed, "output.write-failed", "cannot write {0}: {1}", "không ghi được {0}: {1}",
     "check that its directory exists and can be written to; no report file was written or "
     "replaced",
     "hãy kiểm tra thư mục có tồn tại và ghi được không; chưa tệp báo cáo nào được ghi hay thay "
     "thế"},
    {output_binary_to_terminal, "output.binary-to-terminal",
     "an XLSX workbook is not written to a terminal", "không ghi tệp XLSX ra màn hình",
     "give a file: -o report.xlsx", "hãy chỉ ra tệp: -o bao-cao.xlsx"},
    {output_not_regular, "output.not-regular", "{0} is {1}, not a regular file",
     "{0} là {1}, không phải tệp thông thường",
     "qobj writes reports only to regular files and does not follow links: give the file "
     "itself, e.g. -o bao-cao.html, or -o - for standard output",
     "qobj chỉ ghi báo cáo ra tệp thông thường và không đi theo liên kết: hãy chỉ ra chính tệp, "
     "ví dụ -o bao-cao.html, hoặc -o - để ghi ra đầu ra chuẩn"},
    {output_standard_output, "output.standard-output", "cannot write to standard output: {0}",
     "không ghi được ra đầu ra chuẩn: {0}",
     "check where the output is redirected to: the disk may be full",
     "hãy kiểm tra nơi đầu ra được chuyển tới: có thể đĩa đã đầy"},
    {output_exists, "output.exists", "{0} already exists: qobj {1} never replaces a file",
     "{0} đã có: qobj {1} không bao giờ ghi đè tệp",
     "give a folder without it, or move it away first; no file was written",
     "hãy chọn thư mục chưa có tệp này, hoặc chuyển tệp đi chỗ khác trước; chưa tệp nào được ghi"},
    {output_create_failed, "output.create-failed", "cannot create {0}: {1}",
     "không tạo được {0}: {1}", "check that the folder can be written to; no file was written",
     "hãy kiểm tra thư mục có ghi được không; chưa tệp nào được ghi"},
    {newyear_several_years, "newyear.several-years",
     "{0} holds the objectives of several years: {1}", "{0} có mục tiêu của nhiều năm: {1}",
     "give the folder of one year, e.g. qobj new-year so-tu-phap-2023 so-tu-phap-2024",
     "hãy chỉ thư mục của một năm, ví dụ qobj new-year so-tu-phap-2023 so-tu-phap-2024"},
    {newyear_no_files, "newyear.no-files", "{0} holds no objectives or measurements file",
     "{0} không có tệp mục tiêu hay tệp số liệu nào",
     "give the folder of this year's files, e.g. qobj new-year so-tu-phap-2023 so-tu-phap-2024",
     "hãy chỉ thư mục chứa các tệp của năm nay, ví dụ qobj new-year so-tu-phap-2023 "
     "so-tu-phap-2024"},
    {newyear_invalid_input, "newyear.invalid-input",
     "this year's files have errors: next year's are not written from them",
     "các tệp năm nay còn lỗi: chưa tạo tệp năm sau từ chúng",
     "fix the errors above (qobj check {0}), then run qobj new-year again",
     "hãy sửa các lỗi trên (qobj check {0}), rồi chạy lại qobj new-year"},
    {newyear_not_a_folder, "newyear.not-a-folder", "{0} is not a folder",
     "{0} không phải là thư mục",
     "give the folder of this year's files, e.g. qobj new-year so-tu-phap-2023 so-tu-phap-2024",
     "hãy chỉ thư mục chứa các tệp của năm nay, ví dụ qobj new-year so-tu-phap-2023 "
     "so-tu-phap-2024"},
    {newyear_to_inside_from, "newyear.to-inside-from", "{1} is {0} or inside it",
     "{1} là {0} hoặc nằm trong {0}",
     "write next year's files in a folder of their own beside this year's, e.g. qobj new-year "
     "so-tu-phap-2025 so-tu-phap-2026",
     "hãy ghi các tệp năm sau vào một thư mục riêng bên cạnh thư mục năm nay, ví dụ qobj "
     "new-year so-tu-phap-2025 so-tu-phap-2026"},
    {newyear_year_not_after, "newyear.year-not-after",
     "--year {0} is not after {1}, the year of {2}", "--year {0} không sau năm {1} của {2}",
     "give a later year, e.g. --year {3} (or leave --year out)",
     "hãy chọn một năm sau đó, ví dụ --year {3} (hoặc bỏ --year)"},
    {diff_not_found, "diff.not-found", "{0} is neither a file or folder nor a git revision",
     "{0} không phải là tệp, thư mục hay phiên bản git nào",
     "name two folders or files (qobj diff 2023/ 2024/), or revisions of the git repository "
     "qobj is run in (qobj diff HEAD~1, qobj diff v1 v2 -- 2024/)",
     "hãy nêu hai thư mục hoặc tệp (qobj diff 2023/ 2024/), hoặc phiên bản của kho git nơi chạy "
     "qobj (qobj diff HEAD~1, qobj diff v1 v2 -- 2024/)"},
    {diff_git_failed, "diff.git-failed", "cannot read {0} from git: {1}",
     "không đọc được {0} từ git: {1}",
     "check that git is installed and that qobj runs inside the repository",
     "hãy kiểm tra git đã được cài và qobj được chạy trong thư mục của kho git"},
    {diff_invalid_input, "diff.invalid-input",
     "the files of {0} have errors: they are not compared",
     "các tệp của {0} còn lỗi: chưa so sánh được",
     "fix the errors above (qobj check), then compare again",
     "hãy sửa các lỗi trên (qobj check), rồi so sánh lại"},
    {diff_needs_two, "diff.needs-two", "{0} is a folder or file: compared with what?",
     "{0} là thư mục hoặc tệp: so sánh với gì?",
     "name both sides (qobj diff so-tu-phap-2023 so-tu-phap-2024); only a git revision is "
     "compared with the working tree on its own (qobj diff HEAD~1)",
     "hãy nêu cả hai phía (qobj diff so-tu-phap-2023 so-tu-phap-2024); chỉ một phiên bản git mới "
     "tự so với thư mục làm việc (qobj diff HEAD~1)"},
    {diff_no_repository, "diff.no-repository",
     "{0} is not a file or folder, and qobj runs outside a git repository, where it could be a "
     "revision",
     "{0} không phải là tệp hay thư mục, và qobj đang chạy ngoài kho git nên đó cũng không thể là "
     "phiên bản git",
     "run qobj inside the repository (cd to its folder first), or name two folders or files",
     "hãy chạy qobj trong thư mục của kho git (cd vào đó trước), hoặc nêu hai thư mục hay hai tệp"},
    {diff_no_files, "diff.no-files", "{0} has no YAML file under {1}",
     "{0} không có tệp YAML nào trong {1}",
     "check the paths after --: they are relative to the current folder, as in git (git ls-tree "
     "{0} lists what the revision holds)",
     "hãy kiểm tra các đường dẫn sau --: chúng tính từ thư mục hiện tại, như trong git (git "
     "ls-tree {0} liệt kê những gì phiên bản đó có)"},
    {import_csv_unclosed_quote, "import.csv-unclosed-quote",
     "a quoted field opened here is never closed", "ô trong ngoặc kép mở ở đây không được đóng",
     "the file is cut short, or a quote inside the text is not doubled: export the report again "
     "from the system",
     "tệp bị cắt ngang, hoặc dấu ngoặc kép trong chữ chưa được gấp đôi: hãy xuất lại báo cáo từ hệ "
     "thống"},
    {import_csv_text_after_quote, "import.csv-text-after-quote",
     "text after the closing quote of a field", "có chữ sau dấu ngoặc kép đóng của một ô",
     "a quote inside a quoted field is written twice (\"\"); export the report again from the "
     "system",
     "dấu ngoặc kép trong ô phải viết hai lần (\"\"); hãy xuất lại báo cáo từ hệ thống"},
    {import_encoding, "import.encoding", "byte {0} is neither UTF-8 nor Windows-1258",
     "byte {0} không phải UTF-8 cũng không phải Windows-1258",
     "save the report as CSV UTF-8 (Excel: File › Save As › CSV UTF-8), or send the .xlsx file as "
     "received",
     "hãy lưu báo cáo dạng CSV UTF-8 (Excel: Tệp › Lưu thành › CSV UTF-8), hoặc dùng nguyên tệp "
     ".xlsx nhận được"},
    {import_too_many_rows, "import.too-many-rows",
     "more than {0} rows: no one-stop report is that long",
     "hơn {0} dòng: không có báo cáo một cửa nào dài như vậy",
     "check that this is the quarterly report (Biểu 06/VPCP/KSTT) and not a list of dossiers; name "
     "its sheet with --sheet",
     "hãy kiểm tra đây đúng là báo cáo quý (Biểu 06/VPCP/KSTT) chứ không phải danh sách hồ sơ; nêu "
     "trang tính bằng --sheet"},
    {import_period_reversed, "import.period-reversed", "the period ends before it starts: {0}",
     "kỳ báo cáo kết thúc trước khi bắt đầu: {0}",
     "ask the one-stop centre for the corrected report, or give the period: --period "
     "2025-12-15..2026-03-14",
     "hãy đề nghị bộ phận một cửa gửi lại báo cáo đúng, hoặc nêu kỳ: --period "
     "2025-12-15..2026-03-14"},
    {import_formula_without_value, "import.formula-without-value",
     "cell {0} is a formula whose result was never saved",
     "ô {0} là công thức chưa được lưu kết quả",
     "open the workbook in Excel or LibreOffice and save it again (the results are then stored), "
     "or export it as CSV",
     "hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại (kết quả sẽ được lưu), hoặc xuất ra CSV"},
    {import_not_a_count, "import.not-a-count",
     "cell {1}, column {2}: \"{0}\" is not a count of dossiers",
     "ô {1}, cột {2}: \"{0}\" không phải là số hồ sơ",
     "a count is a whole number (1250 or 1.250); check the cell in the report as received",
     "số hồ sơ là số nguyên (1250 hoặc 1.250); hãy kiểm tra ô đó trong báo cáo nhận được"},
    {import_merged_cell, "import.merged-cell",
     "cell {0}, column {1}, is inside the merged cells {2}: its count cannot be read",
     "ô {0}, cột {1}, nằm trong vùng ô gộp {2}: không đọc được số liệu",
     "unmerge the cells so that each column of the form has its own figure, or ask for the report "
     "as the system exports it",
     "hãy bỏ gộp ô để mỗi cột của biểu có số riêng, hoặc đề nghị gửi báo cáo nguyên bản hệ thống "
     "xuất ra"},
    {import_total_mismatch, "import.total-mismatch",
     "cell {0}: the total row says {2} in column {1}, but its {4} rows add up to {3} (off by {5})",
     "ô {0}: dòng tổng cộng ghi {2} ở cột {1}, nhưng {4} dòng của nó cộng lại được {3} (lệch {5})",
     "ask the one-stop centre which figure is right; if the published total is known to be off, "
     "accept it with --tolerance {5}",
     "hãy hỏi bộ phận một cửa số nào đúng; nếu số tổng đã công bố vốn lệch như vậy, chấp nhận bằng "
     "--tolerance {5}"},
    {import_identity, "import.identity", "cell {0}: column {1} is {2}, but {3} = {4} (off by {5})",
     "ô {0}: cột {1} là {2}, nhưng {3} = {4} (lệch {5})",
     "the form's columns add up: (3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13); ask "
     "which figure is right, or accept a published difference with --tolerance {5}",
     "các cột của biểu phải khớp: (3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13); hãy hỏi "
     "lại số nào đúng, hoặc chấp nhận mức lệch đã công bố bằng --tolerance {5}"},
    {import_received_short, "import.received-short",
     "cell {0}: column {3} is {1}, less than {4} = {2}: more dossiers resolved and pending than "
     "received",
     "ô {0}: cột {3} là {1}, ít hơn {4} = {2}: số hồ sơ đã và đang giải quyết nhiều hơn số tiếp "
     "nhận",
     "a figure is mistyped or the report is incomplete: ask the one-stop centre for the corrected "
     "report",
     "có số bị gõ nhầm hoặc báo cáo chưa đủ: hãy đề nghị bộ phận một cửa gửi lại báo cáo đúng"},
    {import_xls, "import.xls",
     "{0} is an Office 97–2003 file that cannot be read as an .xls workbook",
     "{0} là tệp Office 97–2003 nhưng không đọc được như một tệp .xls",
     "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook), then import that",
     "hãy mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx (Excel Workbook), rồi nhập tệp đó"},
    {import_no_plan, "import.no-plan", "no objectives of agency {0} beside {1}{2}",
     "không có mục tiêu của cơ quan {0} cạnh {1}{2}",
     "give the agency's id as its objectives.yaml writes it (--agency {3}), and write the "
     "measurements beside that file",
     "hãy ghi mã cơ quan như trong objectives.yaml (--agency {3}), và ghi số liệu cạnh tệp đó"},
    {import_no_plan_year, "import.no-plan-year",
     "the reports are for {1}, but the objectives of {0} beside {2} are for {3}",
     "các báo cáo là của năm {1}, nhưng mục tiêu của {0} cạnh {2} là năm {3}",
     "write the measurements beside the objectives.yaml of {1} (its folder, e.g. {0}-{1}/)",
     "hãy ghi số liệu cạnh tệp objectives.yaml của năm {1} (thư mục của năm đó, ví dụ {0}-{1}/)"},
    {import_unknown_target, "import.unknown-target",
     "{0} is not a target of {1}'s objectives that this import can fill; those it can: {2}",
     "{0} không phải chỉ tiêu trong mục tiêu của {1} mà lần nhập này ghi được; các chỉ tiêu ghi "
     "được: {2}",
     "write the objective's id, a slash and the target's id as objectives.yaml has them: --target "
     "{3}",
     "hãy ghi mã mục tiêu, dấu gạch chéo rồi mã chỉ tiêu như trong objectives.yaml: --target {3}"},
    {import_too_many_cells, "import.too-many-cells",
     "{0} holds more than {1} cells, or 256 MiB of text in its cells: no one-stop report is "
     "that large",
     "{0} có hơn {1} ô, hoặc hơn 256 MiB chữ trong các ô: không có báo cáo một cửa nào lớn như "
     "vậy",
     "check that this is the quarterly report (Biểu 06/VPCP/KSTT); a workbook with other sheets: "
     "name the report's with --sheet",
     "hãy kiểm tra đây đúng là báo cáo quý (Biểu 06/VPCP/KSTT); tệp có nhiều trang tính: nêu "
     "trang của báo cáo bằng --sheet"},
    {import_no_rows, "import.no-rows", "the form has no rows of figures below its column numbers",
     "biểu không có dòng số liệu nào dưới dòng số thứ tự cột",
     "check that the report is filled in; an empty quarter is reported with its zeros",
     "hãy kiểm tra báo cáo đã có số liệu; quý không có hồ sơ vẫn ghi số 0"},
    {import_no_total_row, "import.no-total-row",
     "the form has no total row (Tổng số): its {0} rows are added up",
     "biểu không có dòng Tổng số: cộng {0} dòng của biểu",
     "check the sum against the report; a total row lets qobj check the rows against it",
     "hãy đối chiếu số cộng với báo cáo; có dòng tổng thì qobj kiểm tra được các dòng"},
    {import_no_period, "import.no-period",
     "{0} does not say its period: no line \"(Từ ngày … đến ngày …)\" above the table",
     "{0} không ghi kỳ báo cáo: không có dòng \"(Từ ngày … đến ngày …)\" phía trên bảng",
     "give the period: --period 2025-12-15..2026-03-14 (the days the report covers, both included)",
     "hãy nêu kỳ: --period 2025-12-15..2026-03-14 (các ngày báo cáo tính, kể cả hai đầu)"},
    {import_period_conflict, "import.period-conflict",
     "the report says its period is {0}, but --period says {1}",
     "báo cáo ghi kỳ {0}, nhưng --period là {1}",
     "leave --period out when the report says its period, or check which report this is",
     "hãy bỏ --period khi báo cáo đã ghi kỳ, hoặc kiểm tra lại đây là báo cáo nào"},
    {import_no_form, "import.no-form",
     "no one-stop form in {0}: no row numbers its columns 1 to 13 (or 1 to 11, the older "
     "layout){1}",
     "không thấy biểu một cửa trong {0}: không có dòng đánh số cột từ 1 đến 13 (hoặc 1 đến 11, "
     "mẫu cũ){1}",
     "the form (Biểu 06/VPCP/KSTT) numbers its columns under the headings: (1) (2) … (13); a "
     "report in another layout is read with a mapping file: --mapping FILE (docs/import.md)",
     "biểu (Biểu 06/VPCP/KSTT) có dòng đánh số cột dưới tiêu đề: (1) (2) … (13); báo cáo theo "
     "mẫu khác được đọc nhờ tệp mô tả mẫu: --mapping TỆP (docs/import.md)"},
    {import_mixed_conventions, "import.mixed-conventions",
     "{0} does not fall in the reporting year {2} that {1} starts: the reports follow different "
     "period conventions",
     "{0} không thuộc năm báo cáo {2} mà kỳ {1} mở đầu: các báo cáo tính kỳ theo cách khác nhau",
     "import reports of one system together (its quarters run 15th to 14th, or by the calendar), "
     "one year at a time",
     "hãy nhập cùng lúc các báo cáo của một hệ thống (quý từ ngày 15 đến 14, hoặc theo lịch), từng "
     "năm một"},
    {import_overlap, "import.overlap", "{0} overlaps {1} of {2}: a period is counted once",
     "kỳ {0} trùng với kỳ {1} của {2}: mỗi kỳ chỉ tính một lần",
     "import each quarter's report once; a 6-month or year report repeats its quarters",
     "hãy nhập báo cáo mỗi quý một lần; báo cáo 6 tháng hay cả năm đã gồm các quý"},
    {import_gap, "import.gap", "no report covers {0}", "không có báo cáo nào cho {0}",
     "import that period's report too; a missing period is missing, not zero",
     "hãy nhập cả báo cáo của kỳ đó; kỳ thiếu là thiếu số liệu, không phải bằng 0"},
    {import_not_a_workbook, "import.not-a-workbook", "{0} is not a readable XLSX workbook",
     "{0} không phải tệp XLSX đọc được",
     "open it in Excel or LibreOffice and save it as .xlsx, or export it as CSV; an .xls file is "
     "saved as .xlsx first",
     "hãy mở bằng Excel hoặc LibreOffice rồi lưu dạng .xlsx, hoặc xuất ra CSV; tệp .xls cần lưu "
     "lại dạng .xlsx"},
    {import_zip_bomb, "import.zip-bomb", "{0} inflates far beyond any real report: reading stopped",
     "{0} giải nén ra lớn bất thường so với báo cáo thật: đã dừng đọc",
     "this is not a report as the system sends it; ask for the file again",
     "đây không phải báo cáo do hệ thống gửi; hãy đề nghị gửi lại tệp"},
    {import_cell_too_long, "import.cell-too-long",
     "a cell of {0} holds more than {1} characters, beyond Excel's own limit: reading stopped",
     "một ô trong {0} dài hơn {1} ký tự, quá giới hạn của Excel: đã dừng đọc",
     "this is not a report as the system sends it; ask for the file again",
     "đây không phải báo cáo do hệ thống gửi; hãy đề nghị gửi lại tệp"},
    {import_bad_xml, "import.bad-xml", "{0} is not well-formed XML ({1})",
     "{0} không phải XML hợp lệ ({1})",
     "open the workbook in Excel or LibreOffice and save it again, or export it as CSV",
     "hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại, hoặc xuất ra CSV"},
    {import_no_such_sheet, "import.no-such-sheet",
     "the workbook has no sheet \"{0}\"; its sheets: {1}",
     "tệp không có trang tính \"{0}\"; các trang: {1}",
     "write the sheet's name as the workbook shows it, in quotes: --sheet \"Quý 1.2026\"",
     "hãy ghi tên trang tính đúng như trong tệp, trong ngoặc kép: --sheet \"Quý 1.2026\""},
    {import_not_measurements, "import.not-measurements",
     "{0} is not a measurements file: the records cannot be added to it",
     "{0} không phải tệp số liệu: không thêm số liệu vào được",
     "name a measurements file (format: qobj/measurements) with -o, or a new file",
     "hãy nêu tệp số liệu (format: qobj/measurements) sau -o, hoặc một tệp mới"},
    {import_other_file, "import.other-file",
     "{0} holds the measurements of {1} for {2}, but these reports are {3}'s for {4}",
     "{0} là số liệu của {1} năm {2}, nhưng các báo cáo này là của {3} năm {4}",
     "write them to that agency and year's file, e.g. -o measurements-one-stop-{4}.yaml beside its "
     "objectives",
     "hãy ghi vào tệp của cơ quan và năm đó, ví dụ -o measurements-one-stop-{4}.yaml cạnh tệp mục "
     "tiêu"},
    {import_reporting_year_differs, "import.reporting-year-differs",
     "{0} is reported over {1}, but these reports' periods follow the year {2}",
     "{0} tính theo năm báo cáo {1}, nhưng kỳ của các báo cáo này theo năm {2}",
     "import them into a file of their own (-o measurements-one-stop.yaml): one file, one period "
     "convention",
     "hãy nhập vào một tệp riêng (-o measurements-one-stop.yaml): mỗi tệp một cách tính kỳ"},
    {import_records_not_block, "import.records-not-block",
     "{0}: records: is not written as a list of items, so records cannot be added at its end",
     "{0}: records: không viết dạng danh sách từng dòng, nên không thêm số liệu vào cuối được",
     "write it as a block list (records: then one \"- target: …\" per record), or import into a "
     "new file",
     "hãy viết dạng danh sách (records: rồi mỗi số liệu một dòng \"- target: …\"), hoặc nhập vào "
     "tệp mới"},
    {import_definition_needed, "import.definition-needed",
     "{0} does not say which ratio of the one-stop form it means",
     "{0} chưa nêu tính theo tỷ lệ nào của biểu một cửa",
     "say it on the target in {1}, e.g. definition: resolved = (8+9) / (7); the others are "
     "resolved-without-returned, due, qd766 and online (docs/import.md says which is which)",
     "hãy ghi ở chỉ tiêu trong {1}, ví dụ definition: resolved = (8+9) / (7); các cách khác là "
     "resolved-without-returned, due, qd766 và online (docs/import.md giải thích từng cách)"},
    {import_not_written, "import.not-written",
     "nothing written: {0} would not pass qobj check with these records",
     "chưa ghi gì: {0} sẽ không qua được qobj check với các số liệu này",
     "fix what is said above (the lines are those of the file as it would be written), then import "
     "again",
     "hãy sửa các lỗi nêu trên (số dòng là của tệp như sẽ được ghi), rồi nhập lại"},

    {import_output_folder, "import.output-folder",
     "{0} is a folder: -o names the measurements file to write",
     "{0} là thư mục: sau -o cần nêu tệp số liệu để ghi",
     "name the file in it, e.g. -o {0}/mot-cua.yaml (a new file, or one whose records the reports "
     "add to)",
     "hãy nêu tệp trong thư mục đó, ví dụ -o {0}/mot-cua.yaml (tệp mới, hoặc tệp có sẵn để thêm số "
     "liệu)"},
    {import_write_failed, "import.write-failed", "cannot write {0}: {1}", "không ghi được {0}: {1}",
     "check that its folder exists and can be written to; nothing was written or replaced",
     "hãy kiểm tra thư mục của tệp có tồn tại và ghi được không; chưa ghi hay thay thế gì"},
    {import_layout_lacks, "import.layout-lacks",
     "{0} has no column for {1}, which the definition {2} = {3} needs",
     "{0} không có cột {1} mà cách tính {2} = {3} cần",
     "this report cannot give that ratio: import it for a target whose definition: its columns "
     "give; a report that has those columns is read with a mapping that names them (--mapping, "
     "docs/import.md)",
     "báo cáo này không tính được tỷ lệ đó: hãy nhập cho chỉ tiêu có definition: mà các cột của "
     "báo cáo tính được; báo cáo có các cột đó thì đọc bằng tệp mô tả nêu rõ chúng (--mapping, "
     "docs/import.md)"},
    {import_no_mapped_table, "import.no-mapped-table",
     "no table of the layout {2} in {0}{1}: no row holds {3}",
     "không thấy bảng theo mẫu {2} trong {0}{1}: không có dòng nào có {3}",
     "check that {4} describes this report: its columns: are listed left to right, as the report "
     "has them (docs/import.md)",
     "hãy kiểm tra {4} mô tả đúng báo cáo này: columns: liệt kê các cột từ trái sang phải, đúng "
     "như báo cáo (docs/import.md)"},
    {import_unknown_row, "import.unknown-row", "cell {0}: \"{1}\" is not among the rows: of {3}",
     "ô {0}: \"{1}\" không có trong rows: của {3}",
     "if the report has a new lĩnh vực or unit, add it to rows: in {3}; if its name is misspelt, "
     "ask the one-stop centre for the corrected report",
     "nếu báo cáo có lĩnh vực hay đơn vị mới, thêm tên đó vào rows: trong {3}; nếu tên bị viết "
     "sai, hãy đề nghị bộ phận một cửa gửi lại báo cáo đúng"},
    {import_row_not_found, "import.row-not-found",
     "no row \"{0}\" in the report: the take_row: of {1} names none of its rows",
     "không có dòng \"{0}\" trong báo cáo: take_row: trong {1} không khớp dòng nào",
     "write take_row: as the report names the agency's row (case, accents and spaces aside)",
     "hãy ghi take_row: đúng tên dòng của cơ quan trong báo cáo (không phân biệt hoa thường, "
     "dấu, khoảng trắng)"},
    {import_row_twice, "import.row-twice",
     "rows {0} and {1} are both \"{2}\": which is the agency's cannot be told",
     "dòng {0} và dòng {1} cùng là \"{2}\": không biết dòng nào là của cơ quan",
     "ask the one-stop centre for the corrected report",
     "hãy đề nghị bộ phận một cửa gửi lại báo cáo đúng"},
    {import_not_a_mapping, "import.not-a-mapping",
     "{0} is not a report mapping (format: qobj/import-mapping)",
     "{0} không phải tệp mô tả mẫu báo cáo (format: qobj/import-mapping)",
     "--mapping names a file that begins with format: qobj/import-mapping; docs/import.md has "
     "one per layout",
     "--mapping nêu tệp mở đầu bằng format: qobj/import-mapping; docs/import.md có tệp mẫu cho "
     "từng mẫu báo cáo"},
    {import_mapping_column_twice, "import.mapping-column-twice",
     "column ({2}) is {0} again: column {1} already is", "cột ({2}) lại là {0}: cột {1} đã là {0}",
     "each figure has one column, read once; a column to read past is written: ignore",
     "mỗi số liệu chỉ có một cột; cột cần bỏ qua thì ghi: ignore"},
    {import_mapping_no_label, "import.mapping-no-label", "no column holds the rows' names (label)",
     "không có cột nào là tên dòng (label)",
     "name the column of the lĩnh vực or unit: label, as in columns: [number, label, received, …]",
     "hãy ghi cột lĩnh vực hoặc đơn vị là label, ví dụ columns: [number, label, received, …]"},
    {import_mapping_heading_needed, "import.mapping-heading-needed",
     "column ({0}), {1}, has no heading: with find_by: headings the table is found by its "
     "columns' headings",
     "cột ({0}), {1}, không có tiêu đề: với find_by: headings, bảng được tìm theo tiêu đề các cột",
     "write it with the heading the report prints above that column: {{role: {1}, heading: …}}",
     "hãy ghi kèm tiêu đề báo cáo in phía trên cột đó: {{role: {1}, heading: …}}"},
    {import_mapping_empty_name, "import.mapping-empty-name",
     "\"{0}\" has no letter or digit: it cannot name a column or a row",
     "\"{0}\" không có chữ hay số nào: không dùng để gọi tên cột hay dòng được",
     "write the name as the report prints it, with its words (Tổng cộng, Sở Tư pháp)",
     "hãy ghi tên đúng như báo cáo in, có chữ (Tổng cộng, Sở Tư pháp)"},
    {import_mapping_percent_definition, "import.mapping-percent-definition",
     "column {0} is a percentage, but the mapping does not say of which ratio",
     "cột {0} là tỷ lệ phần trăm, nhưng tệp mô tả không nói là tỷ lệ nào",
     "write it {{role: percent, definition: due}} with the ratio the report's heading names "
     "(resolved, resolved-without-returned, due, qd766 or online; docs/import.md): a share "
     "online taken for an on-time rate would judge the wrong objective",
     "hãy ghi {{role: percent, definition: due}} với tỷ lệ mà tiêu đề cột của báo cáo nói "
     "(resolved, resolved-without-returned, due, qd766 hoặc online; docs/import.md): lấy tỷ lệ "
     "trực tuyến thay cho tỷ lệ đúng hạn là đánh giá nhầm mục tiêu"},
    {import_mapping_table_or_json, "import.mapping-table-or-json",
     "a mapping reads either a report's table (columns:) or a score in a JSON file (json:): "
     "{0}: does not go with what it has",
     "tệp mô tả đọc hoặc bảng của báo cáo (columns:) hoặc điểm trong tệp JSON (json:): {0}: "
     "không hợp với phần đã có",
     "for a table, list its columns: columns: [number, label, received, …]; for the national "
     "index's JSON, json: {{score: /tienDoGiaiQuyet, out_of: 20, start: /tuNgay, end: "
     "/denNgay}} without columns:, find_by:, rows: or total_rows:",
     "với bảng, hãy liệt kê các cột: columns: [number, label, received, …]; với tệp JSON của Bộ "
     "chỉ số, ghi json: {{score: /tienDoGiaiQuyet, out_of: 20, start: /tuNgay, end: /denNgay}} "
     "và không ghi columns:, find_by:, rows:, total_rows:"},
    {import_mapping_json_row, "import.mapping-json-row",
     "json: rows: lists several bodies: name: and take_row: must both say which is the agency's",
     "json: rows: liệt kê nhiều đơn vị: cần cả name: và take_row: để biết đơn vị nào là của cơ "
     "quan",
     "e.g. json: {{rows: /data, name: /tenDonVi, …}} and take_row: Sở Tư pháp; without rows:, "
     "the whole file is the agency's and take_row: is not written",
     "ví dụ json: {{rows: /data, name: /tenDonVi, …}} và take_row: Sở Tư pháp; không có rows: "
     "thì cả tệp là của cơ quan và không ghi take_row:"},
    {import_mapping_nothing_read, "import.mapping-nothing-read",
     "the mapping says neither the report's columns (columns:) nor a score in a JSON file (json:)",
     "tệp mô tả không nói các cột của báo cáo (columns:) cũng không nói điểm trong tệp JSON "
     "(json:)",
     "list the table's columns left to right, e.g. columns: [number, label, received, resolved], "
     "or write json: {{score: …, out_of: …, start: …, end: …}}",
     "hãy liệt kê các cột của bảng từ trái sang phải, ví dụ columns: [number, label, received, "
     "resolved], hoặc ghi json: {{score: …, out_of: …, start: …, end: …}}"},
    {import_mapping_definition_unused, "import.mapping-definition-unused",
     "column {0} is not a percentage: a definition: says nothing here",
     "cột {0} không phải tỷ lệ phần trăm: definition: ở đây không có nghĩa gì",
     "remove definition:, or make the column {{role: percent, definition: …}} if it is the "
     "report's percentage",
     "hãy bỏ definition:, hoặc ghi cột là {{role: percent, definition: …}} nếu đó là tỷ lệ "
     "báo cáo in"},
    {import_mapping_column_count, "import.mapping-column-count",
     "the report numbers {0} columns (row {1}), but {2} lists {3}",
     "báo cáo đánh số {0} cột (dòng {1}), nhưng {2} liệt kê {3} cột",
     "list every column of the report in columns:, left to right, those to read past as ignore: "
     "a column left out would shift every figure after it",
     "hãy liệt kê mọi cột của báo cáo trong columns:, từ trái sang phải, cột bỏ qua ghi ignore: "
     "thiếu một cột thì mọi số liệu sau nó bị lệch"},
    {import_heading_unlisted, "import.heading-unlisted",
     "cell {0}: the heading \"{1}\" is not among the columns: of {2}",
     "ô {0}: tiêu đề \"{1}\" không có trong columns: của {2}",
     "list every column of the report, those to read past as {{role: ignore, heading: {1}}}: a "
     "heading printed twice is otherwise matched to the wrong column",
     "hãy liệt kê mọi cột của báo cáo, cột bỏ qua ghi {{role: ignore, heading: {1}}}: nếu không, "
     "tiêu đề in hai lần có thể khớp nhầm cột"},
    {import_unnamed_total, "import.unnamed-total",
     "row {0} (\"{1}\") adds up the {2} rows above it: it looks like the total row, and would be "
     "counted twice",
     "dòng {0} (\"{1}\") bằng tổng {2} dòng phía trên: có vẻ là dòng tổng cộng, sẽ bị tính hai "
     "lần",
     "name it in total_rows: of a mapping (--mapping, docs/import.md), as the report writes it",
     "hãy ghi tên dòng đó vào total_rows: của tệp mô tả (--mapping, docs/import.md), đúng như báo "
     "cáo ghi"},
    {import_rows_after_end, "import.rows-after-end",
     "row {0} (\"{1}\") comes after row {2}, where the table was taken to end: a row with text "
     "where its figures go",
     "dòng {0} (\"{1}\") nằm sau dòng {2}, nơi bảng được coi là đã hết: dòng đó có chữ ở chỗ ghi "
     "số liệu",
     "check row {2} in the report as received: its figures must be numbers (an empty cell or - is "
     "0, \"Không phát sinh\" too)",
     "hãy kiểm tra dòng {2} trong báo cáo nhận được: số liệu phải là số (ô trống hoặc - là 0, "
     "\"Không phát sinh\" cũng vậy)"},
    {import_not_a_percent, "import.not-a-percent",
     "cell {1}: \"{0}\" is not a percentage between 0 and 100",
     "ô {1}: \"{0}\" không phải tỷ lệ phần trăm từ 0 đến 100",
     "a percentage is written 99,19 or 99.19% in the report; check the cell as received",
     "tỷ lệ phần trăm viết 99,19 hoặc 99.19%; hãy kiểm tra ô đó trong báo cáo nhận được"},
    {import_percent_ambiguous, "import.percent-ambiguous",
     "cell {1} stores the number {0}: a share shown as a percentage (times 100), or {0}%? It "
     "cannot be told",
     "ô {1} lưu số {0}: là phần của 1 hiển thị dạng phần trăm (nhân 100), hay {0}%? Không xác "
     "định được",
     "export the report as CSV (the percentage as shown is kept), or ask for it with its counts",
     "hãy xuất báo cáo ra CSV (giữ tỷ lệ như hiển thị), hoặc đề nghị gửi báo cáo kèm số hồ sơ"},
    {import_percent_missing, "import.percent-missing",
     "the row taken gives no percentage, and {0} has no column for {1}",
     "dòng được lấy không ghi tỷ lệ, và {0} không có cột {1}",
     "the figures are taken from the total row (or the mapping's take_row:): check that it gives "
     "the percentage",
     "số liệu lấy ở dòng tổng (hoặc dòng take_row: của tệp mô tả): hãy kiểm tra dòng đó có ghi tỷ "
     "lệ"},
    {import_percent_differs, "import.percent-differs",
     "the report prints {0}, but its columns give {3} by {1} = {2}",
     "báo cáo ghi {0}, nhưng các cột của nó cho {3} theo cách tính {1} = {2}",
     "the system computes this percentage another way than the mapping's definition: says: "
     "check which ratio the column's heading means (docs/import.md lists them); the record "
     "takes the columns, by the target's definition",
     "hệ thống tính tỷ lệ này khác với definition: của tệp mô tả: hãy xem tiêu đề cột nói tỷ lệ "
     "nào (docs/import.md liệt kê các cách); số liệu ghi theo các cột, tính theo definition: "
     "của chỉ tiêu"},
    {import_json_missing, "import.json-missing", "{0} has nothing at {1} ({2} of {3})",
     "{0} không có gì tại {1} ({2} trong {3})",
     "open the saved file and write the mapping's pointer as the file names the place: "
     "/data/0/tienDoGiaiQuyet is the first body's tienDoGiaiQuyet (RFC 6901)",
     "hãy mở tệp đã lưu và ghi con trỏ trong tệp mô tả đúng như tệp gọi chỗ đó: "
     "/data/0/tienDoGiaiQuyet là tienDoGiaiQuyet của đơn vị đầu tiên (RFC 6901)"},
    {import_json_not_a_score, "import.json-not-a-score", "{0} is not a score of 0 to {1}",
     "{0} không phải điểm từ 0 đến {1}",
     "check that the mapping's score: points at the score, and its out_of: is the maximum the "
     "index gives it (20 for tiến độ giải quyết)",
     "hãy kiểm tra score: trong tệp mô tả trỏ đúng vào điểm, và out_of: là điểm tối đa bộ chỉ "
     "số cho (20 với tiến độ giải quyết)"},
    {import_json_not_a_date, "import.json-not-a-date", "\"{0}\" at {1} is not a date",
     "\"{0}\" tại {1} không phải ngày",
     "point start: and end: at the period's dates, written 31/12/2025 or 2025-12-31",
     "hãy trỏ start: và end: vào ngày đầu và cuối kỳ, dạng 31/12/2025 hoặc 2025-12-31"},
    {import_score_out_of, "import.score-out-of", "{0} reads a score out of {1}, but {2} is {3}",
     "{0} đọc điểm trên thang {1}, nhưng {2} là {3}",
     "import into a target written {{kind: amount, out_of: {1}, unit: điểm, …}}: a score "
     "counts only against the maximum it is given on",
     "hãy nhập vào chỉ tiêu ghi {{kind: amount, out_of: {1}, unit: điểm, …}}: điểm chỉ so được "
     "với đúng thang điểm của nó"},
    {import_definition_for_score, "import.definition-for-score",
     "--definition {0} says how dossiers are counted, but {1} reads a score",
     "--definition {0} nói cách đếm hồ sơ, nhưng {1} đọc điểm số",
     "leave out --definition: a score is taken as the index gives it",
     "hãy bỏ --definition: điểm được lấy đúng như bộ chỉ số công bố"},
    {import_percent_other_definition, "import.percent-other-definition",
     "{0} prints only the {1} ratio ({2}), and the target is measured by {3} ({4}): one cannot "
     "stand for the other",
     "{0} chỉ in tỷ lệ {1} ({2}), còn chỉ tiêu đo theo {3} ({4}): không lấy tỷ lệ này thay cho "
     "tỷ lệ kia được",
     "import into the target whose definition: is {1}, or ask the one-stop shop for the report "
     "with its columns, from which qobj computes {3}",
     "hãy nhập vào chỉ tiêu có definition: {1}, hoặc xin bộ phận một cửa báo cáo có đủ các cột, "
     "từ đó qobj tính {3}"},
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
    {yaml_control_char, "yaml.control-char",
     "U+{0} is a control character or a noncharacter, not allowed in a qobj file",
     "U+{0} là ký tự điều khiển hoặc mã không dùng cho văn bản, không được có trong tệp qobj",
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
    {yaml_escaped_char, "yaml.escaped-char",
     "an escape in this quoted text stands for U+{0}, a control character or a noncharacter",
     "chuỗi thoát (escape) trong văn bản đặt trong nháy kép này cho ra U+{0}, là ký tự điều "
     "khiển hoặc mã không dùng cho văn bản",
     "remove the escape (\\e, \\x00, \\uFFFF…); write the text itself, e.g. \"Phòng Hành chính\"",
     "hãy bỏ chuỗi thoát (\\e, \\x00, \\uFFFF…) và viết chính văn bản, ví dụ \"Phòng Hành chính\""},
    {yaml_unsupported_tag, "yaml.unsupported-tag", "the tag '{0}' is not supported",
     "qobj không hỗ trợ thẻ (tag) '{0}'",
     "remove the tag and write the value itself; qobj reads text, numbers, dates, lists and "
     "mappings only",
     "hãy bỏ thẻ và viết chính giá trị; qobj chỉ đọc văn bản, số, ngày, danh sách và ánh xạ"},
    {yaml_tag_mismatch, "yaml.tag-mismatch", "the tag '{0}' does not fit the value '{1}'",
     "thẻ (tag) '{0}' không hợp với giá trị '{1}'",
     "remove the tag: qobj reads each value as it is written, e.g. count: 5",
     "hãy bỏ thẻ: qobj đọc mỗi giá trị đúng như được viết, ví dụ count: 5"},
    {yaml_flow_decimal_comma, "yaml.flow-decimal-comma",
     "{0},{1} inside {{ }} is read as the value {0} and a key \"{1}\"",
     "{0},{1} trong {{ }} bị đọc thành giá trị {0} và một khoá \"{1}\"",
     "write {2}: qobj files use a decimal point, e.g. {3}: {2}",
     "hãy viết {2}: tệp qobj dùng dấu chấm thập phân, ví dụ {3}: {2}"},
    {yaml_flow_comma, "yaml.flow-comma",
     "the comma before \"{0}\" ends the value of {1} inside {{ }}, so \"{0}\" is read as a key "
     "of its own",
     "dấu phẩy trước \"{0}\" kết thúc giá trị của {1} trong {{ }}, nên \"{0}\" bị đọc thành "
     "một khoá riêng",
     "put text that contains a comma in quotes: {2}",
     "hãy đặt văn bản có dấu phẩy trong dấu nháy kép: {2}"},
    {yaml_flow_key_alone, "yaml.flow-key-alone", "\"{0}\" inside {{ }} has no ':' and no value",
     "\"{0}\" trong {{ }} không có dấu ':' cũng không có giá trị", "write key: value, e.g. {0}: …",
     "hãy viết dạng khoá: giá trị, ví dụ {0}: …"},
    {yaml_colon_in_text, "yaml.colon-in-text",
     "the text after \"{0}:\" contains ': ', which YAML reads as the start of another key",
     "văn bản sau \"{0}:\" có ': ', YAML hiểu đó là bắt đầu một khoá khác",
     "put the text in quotes: {1}", "hãy đặt văn bản trong dấu nháy kép: {1}"},
    {yaml_items_after_empty_list, "yaml.items-after-empty-list",
     "\"{0}: []\" says the list is empty, and items follow it",
     "\"{0}: []\" nghĩa là danh sách rỗng, nhưng bên dưới lại có các mục",
     "write \"{0}:\" alone on its line, with the items under it",
     "hãy chỉ viết \"{0}:\" trên dòng "
     "đó, rồi ghi các mục bên dưới"},

    {schema_type, "schema.type", "expected {0}, found {1}", "cần {0}, nhưng ở đây là {1}", "", ""},
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
     "không so sánh chính xác được {0}",
     "write an ordinary number: not .inf or .nan, nor with an exponent that large",
     "hãy viết một số thông thường: không dùng .inf, .nan hay số mũ lớn như vậy"},
    {schema_min_length, "schema.min-length", "text of {0} characters is shorter than {1}",
     "chuỗi dài {0} ký tự, ngắn hơn {1}", "", ""},
    {schema_max_length, "schema.max-length", "text of {0} characters is longer than {1}",
     "chuỗi dài {0} ký tự, dài hơn {1}", "", ""},
    {schema_pattern, "schema.pattern", "{0} does not match the pattern {1}",
     "{0} không khớp mẫu {1}", "", ""},
    {schema_form, "schema.form", "{0} is not written as expected: {1}",
     "{0} chưa đúng cách viết: {1}", "", ""},
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
     "thiếu khoá bắt buộc \"{0}\"", "add it here, e.g. {0}: …", "hãy thêm {0}: … vào đây"},
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
    {schema_required_one_of, "schema.required-one-of", "{0} or {1} is required here",
     "cần có {0} hoặc {1} ở đây", "add one of them, e.g. {2}: …",
     "hãy thêm một trong hai, ví dụ {2}: …"},
    {schema_keys_exclusive, "schema.keys-exclusive", "{0} and {1} cannot be given together",
     "không được dùng đồng thời {0} và {1}", "keep only one of them",
     "hãy chỉ giữ một trong số đó"},
    {schema_too_deep, "schema.too-deep", "the schema refers to itself more than {0} times here",
     "lược đồ tự tham chiếu quá {0} lần tại đây", "", ""},
    {schema_ref_cycle, "schema.ref-cycle",
     "the schema refers back to itself here without moving into the value, which would never end",
     "lược đồ tự tham chiếu lại chính nó tại đây mà không đi vào giá trị, sẽ lặp vô tận",
     "a $ref that leads back to the same subschema must sit under properties or items",
     "$ref dẫn về chính lược đồ con đó phải nằm trong properties hoặc items"},
    {schema_budget, "schema.budget",
     "validation stopped here: the schema takes too many steps for this value",
     "việc kiểm tra dừng tại đây: lược đồ cần quá nhiều bước với giá trị này",
     "simplify the schema: nested anyOf/oneOf that overlap are tried again and again",
     "hãy đơn giản hoá lược đồ: các anyOf/oneOf lồng nhau và chồng lấn bị thử đi thử lại"},
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
    {qobj_not_qobj_file, "qobj.not-a-qobj-file",
     "this is not a qobj file: it has no format: qobj/… and none of qobj's keys at the top",
     "đây không phải là tệp qobj: không có format: qobj/… và không có khoá nào của tệp qobj ở đầu",
     "name only the objectives and measurements files; a folder's other YAML files are left out "
     "by themselves (qobj check .), and --only-qobj leaves them out of a hook's list; to check "
     "this file against another schema, give it with --schema",
     "chỉ nêu tên các tệp mục tiêu và số liệu; các tệp YAML khác trong thư mục tự được bỏ qua "
     "(qobj check .), còn --only-qobj bỏ chúng khỏi danh sách của hook; muốn kiểm tra tệp này theo "
     "lược đồ khác, hãy dùng --schema"},
    {qobj_unknown_format, "qobj.unknown-format", "unknown format {0}",
     "định dạng {0} không xác định", "write format: qobj/objectives or format: qobj/measurements",
     "hãy viết format: qobj/objectives hoặc format: qobj/measurements"},
    {qobj_ambiguous_number, "qobj.ambiguous-number",
     "{0} is ambiguous: YAML reads it as {1}, but in Vietnamese it means {2}",
     "{0} không rõ nghĩa: YAML đọc là {1}, nhưng theo cách viết tiếng Việt là {2}",
     "write {2} if you mean {2} (no thousands separator), or {3} if you mean {1}",
     "hãy viết {2} nếu ý là {2} (không phân cách hàng nghìn), hoặc {3} nếu ý là {1}"},
    {qobj_number_range, "qobj.number-range", "{0} cannot be used as a number: {1}",
     "{0} không dùng được làm số: {1}",
     "numbers in qobj files are finite, smaller than 10^18, with at most 20 decimal places; "
     "write the value itself, e.g. 95.5",
     "số trong tệp qobj phải hữu hạn, nhỏ hơn 10^18 và có tối đa 20 chữ số thập phân; hãy viết "
     "chính giá trị, ví dụ 95.5"},
    {qobj_thousands_separator, "qobj.thousands-separator",
     "{0} is written with a thousands separator, and a whole number is wanted here",
     "{0} được viết có dấu phân cách hàng nghìn, mà ở đây cần một số nguyên",
     "write {1}: qobj files use no thousands separator",
     "hãy viết {1}: tệp qobj không dùng dấu phân cách hàng nghìn"},
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
    {check_period_across, "check.period-across",
     "{0} runs across the edge of the evaluation period {1}: part of it lies outside",
     "{0} vượt qua giới hạn của kỳ đánh giá {1}: một phần nằm ngoài kỳ",
     "record the part within the period, e.g. period: {{start: {2}, end: {3}}}, and the rest in "
     "the files of the period it belongs to",
     "hãy ghi phần nằm trong kỳ, ví dụ period: {{start: {2}, end: {3}}}, phần còn lại ghi vào "
     "tệp của kỳ tương ứng"},
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
     "the agency's objectives are: {3}", "các mục tiêu của cơ quan: {3}"},
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
    {check_not_year_to_date, "check.not-year-to-date",
     "{0} is judged by its last record (aggregate: last, for year-to-date figures), but its "
     "counts fall from {1} to {2} ({3}, then {4}): they are each period's own, and the last "
     "would hide the others",
     "{0} được đánh giá theo bản ghi cuối cùng (aggregate: last, cho số liệu lũy kế), nhưng số "
     "liệu giảm từ {1} sang {2} ({3}, rồi {4}): đó là số liệu riêng của từng kỳ, lấy kỳ cuối sẽ "
     "che mất các kỳ khác",
     "remove aggregate: last so that the periods are added up, or record year-to-date figures",
     "hãy bỏ aggregate: last để cộng dồn các kỳ, hoặc ghi số liệu lũy kế từ đầu năm"},
    {check_year_to_date_start, "check.year-to-date-start",
     "{0} is recorded as running totals (aggregate: year-to-date), but the record for {1} does "
     "not start on {2}, the first day it is judged over: a total from another day cannot be "
     "compared with the target's share",
     "{0} được ghi theo số lũy kế (aggregate: year-to-date), nhưng bản ghi cho {1} không bắt đầu "
     "từ ngày {2}, ngày đầu của kỳ đánh giá: số cộng dồn từ ngày khác không so được với phần chỉ "
     "tiêu tương ứng",
     "write the total from {2}, e.g. period: {{start: {3}, end: {4}}}; or, if the figures are "
     "each period's own, remove aggregate: year-to-date so that they are added up",
     "hãy ghi số cộng dồn từ ngày {2}, ví dụ period: {{start: {3}, end: {4}}}; nếu đó là số "
     "liệu riêng của từng kỳ, hãy bỏ aggregate: year-to-date để cộng các kỳ lại"},
    {check_rate_start, "check.rate-start",
     "{0} is recorded as published growth rates, but the rate for {1} does not start on {2}, "
     "the first day it is judged over: a rate against the same period is the growth from the "
     "year's start (6 months, 9 months), and one period's own rate cannot give the year's",
     "{0} được ghi theo tốc độ tăng đã công bố, nhưng tốc độ của {1} không tính từ ngày {2}, "
     "ngày đầu của kỳ đánh giá: tốc độ so với cùng kỳ là tốc độ từ đầu năm (6 tháng, 9 tháng), "
     "tốc độ riêng của một kỳ không cho biết tốc độ cả năm",
     "give the rate from {2}, e.g. period: {{start: {3}, end: {4}}}; or, if the target is about "
     "each period's own rate, say how they combine: aggregate: mean, min or max",
     "hãy ghi tốc độ tính từ ngày {2}, ví dụ period: {{start: {3}, end: {4}}}; nếu chỉ tiêu "
     "tính theo tốc độ riêng của từng kỳ, hãy ghi cách gộp: aggregate: mean, min hoặc max"},
    {check_forecast_kind, "check.forecast-kind",
     "{0} (kind: {1}) cannot be forecast by a {2}: a forecast gives the year's total of an "
     "amount added up or kept as running totals (value), or a growth's value or rate",
     "{0} (kind: {1}) không ước tính được bằng {2}: số ước tính cả năm là tổng cả năm của chỉ "
     "tiêu số lượng cộng dồn hoặc lũy kế (value), hoặc giá trị hay tốc độ của chỉ tiêu tăng "
     "trưởng",
     "give the estimated year's total as value for an amount; value or rate for a growth; or "
     "remove the forecast",
     "hãy ghi tổng cả năm ước tính vào value với chỉ tiêu số lượng; value hoặc rate với chỉ tiêu "
     "tăng trưởng; hoặc bỏ số ước tính này"},
    {check_duplicate_forecast, "check.duplicate-forecast",
     "{0} has two forecasts made on {1}: which one the body meant cannot be told",
     "{0} có hai số ước tính cùng ngày {1}: không biết đơn vị dùng số nào",
     "keep the one the body reported, or date the later one by its own report",
     "hãy giữ số đơn vị đã báo cáo, hoặc ghi ngày của báo cáo sau cho số sau"},
    {check_baseline_period, "check.baseline-period",
     "the baseline of {0} is for {1}, not for a part of its baseline year {2}: this year has no "
     "same period to compare it with",
     "số liệu năm gốc của {0} ghi cho {1}, không thuộc năm gốc {2}: năm nay không có cùng kỳ để "
     "so sánh",
     "write the part of {2} the figure is for, e.g. period: {2}-H1 for its first half",
     "hãy ghi phần của năm {2} mà số liệu thuộc về, ví dụ period: {2}-H1 cho 6 tháng đầu năm"},
    {check_same_period_unused, "check.same-period-unused",
     "the baseline of {0} for {1} is not used: {0} is not measured as totals from the year's "
     "start ({2}), so this year has no total for the same period to compare with it",
     "số liệu năm gốc của {0} cho {1} không được dùng: {0} không đo bằng tổng từ đầu năm ({2}), "
     "nên năm nay không có tổng cùng kỳ để so sánh",
     "record the values as totals (aggregate: sum for each period's own, year-to-date for "
     "running totals) on the target that records them; a published rate needs no baseline: "
     "remove this one",
     "hãy ghi số liệu dạng tổng (aggregate: sum nếu là số riêng từng kỳ, year-to-date nếu là "
     "số lũy kế) ở chỉ tiêu có số liệu; tốc độ đã công bố không cần số liệu năm gốc: hãy bỏ "
     "dòng này"},
    {check_growth_rate_mixed, "check.growth-rate-mixed",
     "{0} has records giving a value and records (or this one) giving a rate: a value is "
     "compared with the baseline year's, a rate already is, and one target's result cannot be "
     "taken from both",
     "{0} có bản ghi ghi giá trị (value) và bản ghi ghi tốc độ tăng (rate): giá trị được so với "
     "năm gốc, còn tốc độ đã là kết quả so sánh, một chỉ tiêu không lấy kết quả từ cả hai",
     "keep one: the rates as published (rate: 13.0 for \"tăng 13,0%\"), or the values with "
     "the baseline year's under baselines:",
     "hãy giữ một loại: tốc độ tăng như được công bố (rate: 13.0 cho \"tăng 13,0%\"), hoặc "
     "giá trị kèm số liệu năm gốc trong baselines:"},
    {check_rate_aggregate, "check.rate-aggregate",
     "{0} is recorded as growth rates, which are percentages against the same period of the "
     "baseline year and do not add up, but its aggregate is {1}",
     "{0} được ghi theo tốc độ tăng, là tỷ lệ so với cùng kỳ năm gốc và không cộng dồn được, "
     "nhưng cách tổng hợp là {1}",
     "remove the aggregate: the latest rate (for the longest part of the year) is the result; "
     "or write the values and the baseline under baselines:",
     "hãy bỏ aggregate: tốc độ mới nhất (cho khoảng thời gian dài nhất) là kết quả; hoặc ghi "
     "giá trị và số liệu năm gốc trong baselines:"},
    {check_unknown_agency, "check.unknown-agency",
     "no objectives of agency \"{0}\" among the files checked, but there are of \"{2}\": these "
     "records would be left out",
     "không có tệp mục tiêu của cơ quan \"{0}\" trong các tệp được kiểm tra, nhưng có của \"{2}\": "
     "số liệu này sẽ bị bỏ qua",
     "write the agency's id as its objectives do: agency: {2}",
     "hãy ghi mã cơ quan giống như trong tệp mục tiêu: agency: {2}"},
    {check_numerator_exceeds, "check.numerator-exceeds",
     "numerator {0} is greater than denominator {1}", "tử số {0} lớn hơn mẫu số {1}",
     "the numerator counts part of the denominator (e.g. on-time dossiers out of all resolved)",
     "tử số là một phần của mẫu số (ví dụ số hồ sơ đúng hạn trên tổng số hồ sơ đã giải quyết)"},
    {check_data_mismatch, "check.data-mismatch", "this record's data does not fit {0} (kind: {1})",
     "số liệu này không phù hợp với {0} (loại {1})", "record it with: {2}", "hãy ghi bằng: {2}"},
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
    {check_duplicate_baseline, "check.duplicate-baseline", "a baseline for {0} is already given",
     "năm gốc của {0} đã được ghi", "give it once: the recorded figure is the official one",
     "chỉ ghi một lần: con số đã ghi là số liệu chính thức"},
    {check_duplicate_evaluation, "check.duplicate-evaluation",
     "the evaluation of objective {0} is already given", "đánh giá của mục tiêu {0} đã được ghi",
     "write each objective's evaluation once, with its cause and corrective action together",
     "mỗi mục tiêu chỉ ghi đánh giá một lần, gộp nguyên nhân và biện pháp khắc phục vào đó"},
    {check_unit_conflict, "check.unit-conflict",
     "objective {0} names unit \"{1}\", but this file is unit {2}'s",
     "mục tiêu {0} ghi phòng \"{1}\", nhưng tệp này là của phòng {2}",
     "remove the objective's unit: (the file's unit applies), or move the objective to {1}'s file",
     "hãy bỏ unit: của mục tiêu (mục tiêu thuộc phòng của tệp), hoặc chuyển mục tiêu sang tệp của "
     "phòng {1}"},
    {check_unknown_item, "check.unknown-item", "{0} declares no item \"{1}\"",
     "{0} không có hạng mục \"{1}\" trong danh sách đã khai báo",
     "the declared items are: {2}; an item not in the list is not counted",
     "các hạng mục đã khai báo: {2}; hạng mục ngoài danh sách không được tính"},
    {check_outside_scale, "check.outside-scale", "{0} {1} lies outside the scale {2}–{3}",
     "{0} {1} nằm ngoài thang điểm {2}–{3}",
     "a survey's ratings lie within its scale: correct the value, or the target's scale:",
     "điểm khảo sát phải nằm trong thang điểm: hãy sửa giá trị, hoặc sửa scale: của chỉ tiêu"},
    {check_scale_reversed, "check.scale-reversed",
     "the scale's lowest rating {0} is not below its highest {1}",
     "thang điểm có mức thấp nhất {0} không nhỏ hơn mức cao nhất {1}",
     "write the scale from low to high, e.g. scale: {{min: 1, max: 5}}",
     "hãy ghi thang điểm từ thấp đến cao, ví dụ scale: {{min: 1, max: 5}}"},
    {check_range_reversed, "check.range-reversed",
     "the range of {0} goes from {1} down to {2}: no value can lie in it",
     "khoảng của {0} đi từ {1} xuống {2}: không giá trị nào nằm trong đó",
     "write the lower bound first: range: {{from: {2}, to: {1}}}",
     "hãy ghi cận dưới trước: range: {{from: {2}, to: {1}}}"},
    {check_level_missing, "check.level-missing",
     "survey target {0} measures a share of ratings but names no level",
     "chỉ tiêu khảo sát {0} tính tỷ lệ phiếu nhưng chưa nêu mức tính từ (level)",
     "add the lowest rating that counts, e.g. level: 4 for \"satisfied\" on a 1–5 scale",
     "hãy thêm mức thấp nhất được tính, ví dụ level: 4 cho \"hài lòng\" trên thang 1–5"},
    {check_level_unused, "check.level-unused",
     "survey target {0} measures the mean rating: level: is not used",
     "chỉ tiêu khảo sát {0} tính điểm trung bình: level: không được dùng",
     "remove level:, or write measure: share-at-least to count the share of ratings from that "
     "level up",
     "hãy bỏ level:, hoặc ghi measure: share-at-least để tính tỷ lệ phiếu từ mức đó trở lên"},
    {check_growth_threshold, "check.growth-threshold",
     "growth target {0} needs either a range or a value, not both and not neither",
     "chỉ tiêu tăng trưởng {0} cần một khoảng (range) hoặc một giá trị (value), chỉ một trong hai",
     "e.g. range: {{from: 7, to: 7.5}} for \"tăng 7% đến 7,5%\", or comparison: at-least, value: "
     "9.4 for \"tăng 9,4%\"",
     "ví dụ range: {{from: 7, to: 7.5}} cho \"tăng 7% đến 7,5%\", hoặc comparison: at-least, "
     "value: "
     "9.4 cho \"tăng 9,4%\""},
    {check_ratio_needs_counts, "check.ratio-needs-counts",
     "{0} adds up its periods' counts (a ratio of sums), but this record gives only a "
     "percentage: the year lies between its periods' lowest and highest percentages, and is "
     "judged only when both are on the same side of the target",
     "{0} được tính bằng tổng tử số / tổng mẫu số các kỳ, nhưng số liệu này chỉ ghi tỷ lệ phần "
     "trăm: tỷ lệ cả năm nằm giữa tỷ lệ thấp nhất và cao nhất của các kỳ, và chỉ được đánh giá khi "
     "cả hai cùng một phía của chỉ tiêu",
     "give numerator: and denominator: where the counts are known (qobj import one-stop "
     "writes them from the report's columns), or, on a target without definition: whose "
     "figures are year-to-date, aggregate: last",
     "hãy ghi numerator: và denominator: khi biết số đếm (qobj import one-stop ghi chúng từ "
     "các cột của báo cáo), hoặc, với chỉ tiêu không có definition: mà số liệu là lũy kế, ghi "
     "aggregate: last"},
    {check_definition_unstated, "check.definition-unstated",
     "{0}: this record follows the one-stop form (definition {1}), but the target does not say "
     "which ratio of the form it means",
     "{0}: số liệu này lấy theo biểu một cửa (cách tính {1}), nhưng chỉ tiêu chưa nêu tính theo "
     "tỷ lệ nào của biểu",
     "say it on the target in {2}, e.g. definition: {1} ({3}); the definitions are resolved, "
     "resolved-without-returned, due, qd766, online (docs/import.md)",
     "hãy ghi ở chỉ tiêu trong {2}, ví dụ definition: {1} ({3}); các cách tính: resolved, "
     "resolved-without-returned, due, qd766, online (docs/import.md)"},
    {check_definition_mismatch, "check.definition-mismatch",
     "{0} is measured as {2} ({3}), but this record was taken as {1}",
     "{0} được tính theo {2} ({3}), nhưng số liệu này được lấy theo {1}",
     "import the report again with --definition {2}, or, if the objective means {1}, change the "
     "target's definition",
     "hãy nhập lại báo cáo với --definition {2}, hoặc nếu mục tiêu hiểu theo {1} thì sửa "
     "definition của chỉ tiêu"},
    {check_definition_aggregate, "check.definition-aggregate",
     "{0} is measured as {1} on the one-stop form, whose year is the ratio of the year's columns, "
     "but it says aggregate: {2}",
     "{0} được tính theo {1} trên biểu một cửa, tỷ lệ cả năm là tỷ lệ của các cột cả năm, nhưng "
     "lại ghi aggregate: {2}",
     "remove aggregate: from the target (the ratio of the year's columns is the default and the "
     "only one for the form)",
     "hãy bỏ aggregate: ở chỉ tiêu (tỷ lệ của các cột cả năm là mặc định và là cách duy nhất cho "
     "biểu)"},
    {check_one_stop_columns_missing, "check.one-stop-columns-missing",
     "{0} is measured as {1} = {2}, but one_stop lacks column {3}",
     "{0} được tính theo {1} = {2}, nhưng one_stop thiếu cột {3}",
     "copy those columns from the report's row (one_stop: {{{4}: …}}), or import the report "
     "with qobj import one-stop",
     "hãy chép các cột đó từ dòng của báo cáo (one_stop: {{{4}: …}}), hoặc nhập báo cáo bằng "
     "qobj import one-stop"},
    {check_one_stop_terms, "check.one-stop-terms",
     "{0}: numerator {1} and denominator {2} do not follow from one_stop: by {3} = {4} its "
     "columns give {5} / {6}",
     "{0}: tử số {1} và mẫu số {2} không khớp với one_stop: theo {3} = {4} các cột cho {5} / {6}",
     "correct the figure that was mistyped, or leave numerator and denominator out: qobj takes "
     "them from the columns",
     "hãy sửa số bị gõ nhầm, hoặc bỏ numerator và denominator: qobj tính chúng từ các cột"},
    {check_one_stop_identity, "check.one-stop-identity",
     "{0}: the columns of one_stop do not add up: {1} is {2}, but {3} = {4}",
     "{0}: các cột của one_stop không khớp: {1} là {2}, nhưng {3} = {4}",
     "correct the mistyped figure from the report, or import the report again (qobj import "
     "one-stop); a difference the published report has is stated with imported_from's tolerance",
     "hãy sửa số gõ nhầm theo báo cáo, hoặc nhập lại báo cáo (qobj import one-stop); mức lệch vốn "
     "có trong báo cáo đã công bố ghi bằng tolerance của imported_from"},
    {check_stock_needs_columns, "check.stock-needs-columns",
     "{0} is measured as {1} = {2}, which counts pending dossiers: a stock that cannot be added "
     "across periods, and this record gives its ratio, not the form's columns",
     "{0} được tính theo {1} = {2}, có tính hồ sơ đang giải quyết: số tồn không cộng được qua các "
     "kỳ, mà số liệu này chỉ ghi tỷ lệ, không ghi các cột của biểu",
     "give the form's columns for each period (one_stop: {{resolved: …, resolved_early: …, …}}, "
     "as qobj import one-stop writes them), or one record for the whole year",
     "hãy ghi các cột của biểu cho từng kỳ (one_stop: {{resolved: …, resolved_early: …, …}}, như "
     "qobj import one-stop ghi), hoặc một bản ghi cho cả năm"},
    {check_reporting_year_shape, "check.reporting-year-shape",
     "reporting_year {0} is not one year within 3 months of the plan's year {1}",
     "reporting_year {0} không phải một năm lệch năm kế hoạch {1} không quá 3 tháng",
     "write the one-stop shop's year, from the day after the previous year's end, e.g. "
     "reporting_year: {{start: {2}-12-15, end: {3}-12-14}}",
     "hãy ghi năm của hệ thống một cửa, liền sau năm trước, ví dụ reporting_year: {{start: "
     "{2}-12-15, end: {3}-12-14}}"},
    {check_mixed_reporting_years, "check.mixed-reporting-years",
     "{0}: records reported over {1} and over {2}: the periods of one target follow one "
     "convention",
     "{0}: có số liệu theo năm báo cáo {1} và theo {2}: các kỳ của một chỉ tiêu phải theo một "
     "cách tính kỳ",
     "keep the target's records in files of one reporting_year: import the other periods from "
     "the same system",
     "hãy để số liệu của chỉ tiêu trong các tệp cùng một reporting_year: nhập các kỳ còn lại từ "
     "cùng một hệ thống"},
    {check_field_unused, "check.field-unused", "{0}: is not used by {1} (kind: {2})",
     "{0}: không được dùng cho {1} (loại {2})",
     "the records of {1} give: {3}; or check that the record names the right target",
     "số liệu của {1} chỉ gồm: {3}; hoặc kiểm tra lại số liệu có đúng chỉ tiêu không"},
    {check_percent_range, "check.percent-range",
     "{0} is a percentage: {1} is not between 0 and 100",
     "{0} là tỷ lệ phần trăm: {1} không nằm trong khoảng 0 đến 100",
     "write the percentage itself (98.5 for 98,5%), or the counts: numerator and denominator",
     "hãy ghi chính tỷ lệ (98.5 cho 98,5%), hoặc ghi tử số và mẫu số (numerator, denominator)"},
    {check_score_range, "check.score-range",
     "{0} is a score out of {2}: {1} is not between 0 and {2}",
     "{0} là điểm trên thang {2}: {1} không nằm trong khoảng 0 đến {2}",
     "write the score as the index gives it, e.g. value: 17.35 for 17,35/20 điểm",
     "hãy ghi điểm đúng như bộ chỉ số công bố, ví dụ value: 17.35 cho 17,35/20 điểm"},
    {check_score_above_max, "check.score-above-max",
     "{0} asks for {1}, beyond its maximum of {2}: it could never be met",
     "{0} đặt chỉ tiêu {1}, vượt điểm tối đa {2}: không bao giờ đạt được",
     "check the target and the maximum against the document, e.g. value: 18, out_of: 20 for "
     "\"đạt từ 18/20 điểm\"",
     "hãy đối chiếu chỉ tiêu và điểm tối đa với văn bản, ví dụ value: 18, out_of: 20 cho \"đạt "
     "từ 18/20 điểm\""},
    {check_score_aggregate, "check.score-aggregate",
     "{0} is a score: its periods' scores do not combine by {1}; the year's score is the "
     "index's figure for the year",
     "{0} là điểm: điểm các kỳ không gộp theo {1} được; điểm cả năm là điểm bộ chỉ số công bố "
     "cho cả năm",
     "remove aggregate: (a score takes its latest figure), and record the year's score for the "
     "year",
     "hãy bỏ aggregate: (điểm lấy theo số liệu mới nhất), và ghi điểm cả năm cho kỳ cả năm"},
    {check_stretch_needs_threshold, "check.stretch-needs-threshold",
     "{0} is compared by {1}: a stretch level has no threshold to go beyond",
     "{0} được so sánh theo {1}: mức phấn đấu (stretch) không có ngưỡng nào để vượt",
     "a stretch goes with a target to reach or a limit (comparison: at-least, greater-than, "
     "at-most or less-than, with value:), e.g. value: 50000, stretch: 55000; otherwise remove "
     "stretch:",
     "mức phấn đấu đi cùng một chỉ tiêu cần đạt hoặc một giới hạn (comparison: at-least, "
     "greater-than, at-most hoặc less-than, kèm value:), ví dụ value: 50000, stretch: 55000; nếu "
     "không, hãy bỏ stretch:"},
    {check_stretch_not_beyond, "check.stretch-not-beyond",
     "{0}: the stretch level {1} is not beyond the assigned target {2} ({3})",
     "{0}: mức phấn đấu {1} không vượt chỉ tiêu được giao {2} ({3})",
     "the stretch is the harder level: higher for a target to reach, lower for a limit (at-most, "
     "less-than); check both against the document, e.g. value: 50000, stretch: 55000",
     "mức phấn đấu là mức khó hơn: cao hơn với chỉ tiêu cần đạt, thấp hơn với giới hạn (at-most, "
     "less-than); hãy đối chiếu cả hai với văn bản, ví dụ value: 50000, stretch: 55000"},
    {check_stretch_not_beyond_revised, "check.stretch-revised-not-beyond",
     "{0}: after the revision of {4}, the stretch level {1} is not beyond the assigned target {2} "
     "({3})",
     "{0}: sau lần điều chỉnh ngày {4}, mức phấn đấu {1} không vượt chỉ tiêu được giao {2} ({3})",
     "a revision that moves the target past the stretch gives its own new stretch, e.g. - "
     "{{date: …, document: …, value: {2}, stretch: …}}; check both against the document",
     "lần điều chỉnh đưa chỉ tiêu vượt mức phấn đấu cần ghi cả mức phấn đấu mới, ví dụ - {{date: "
     "…, document: …, value: {2}, stretch: …}}; hãy đối chiếu cả hai với văn bản"},
    {check_revision_empty, "check.revision-empty", "{0}: the revision of {1} changes nothing",
     "{0}: lần điều chỉnh ngày {1} không thay đổi gì",
     "give the new target as value:, the new stretch level as stretch:, or both, e.g. - {{date: "
     "2021-10-01, document: Quyết định số 2352/QĐ-BTC, stretch: 66865}}",
     "hãy ghi chỉ tiêu mới ở value:, mức phấn đấu mới ở stretch:, hoặc cả hai, ví dụ - {{date: "
     "2021-10-01, document: Quyết định số 2352/QĐ-BTC, stretch: 66865}}"},
    {check_revision_order, "check.revision-order",
     "{0}: the revision of {2} is listed after that of {1}: revisions go oldest first, one per "
     "date",
     "{0}: lần điều chỉnh ngày {2} được ghi sau lần ngày {1}: các lần điều chỉnh ghi theo thứ tự "
     "ngày, mỗi ngày một lần",
     "move it above the other, or merge two revisions of the same day into one",
     "hãy chuyển nó lên trước lần kia, hoặc gộp hai lần điều chỉnh cùng ngày làm một"},
    {check_revision_of_range, "check.revision-of-range",
     "{0} is judged against the range {1}–{2}%: a revision's value: has no single level to "
     "replace",
     "{0} được đánh giá theo khoảng {1}–{2}%: value: của lần điều chỉnh không có mức nào để thay",
     "a range cannot be revised: write the target as one level (comparison: at-least, value: "
     "{1}, without range:) to revise it, or, if the document sets a new range, write that range "
     "as the target and say the first one in its note:",
     "khoảng không điều chỉnh được: hãy ghi chỉ tiêu thành một mức (comparison: at-least, value: "
     "{1}, bỏ range:) để điều chỉnh, hoặc nếu văn bản giao khoảng mới thì ghi khoảng đó làm chỉ "
     "tiêu và ghi khoảng ban đầu vào note:"},
    {check_revision_outside_year, "check.revision-outside-year",
     "{0}: the revision of {1} takes effect outside the days the target is evaluated over, {2}",
     "{0}: lần điều chỉnh ngày {1} có hiệu lực ngoài thời gian đánh giá chỉ tiêu {2}",
     "date: is the day the new target applies, within those days (a decision issued before them "
     "still applies from one of them; one after them cannot change a verdict already due), e.g. "
     "date: {3}-10-01",
     "date: là ngày chỉ tiêu mới được áp dụng, trong thời gian đó (quyết định ban hành trước vẫn "
     "áp dụng từ một ngày trong đó; quyết định ban hành sau không thay đổi được kết quả đã đến "
     "hạn), ví dụ date: {3}-10-01"},
    {check_count_too_coarse, "check.count-too-coarse",
     "{0} is counted per {2}: a count for {1} cannot say which {2} its events were in",
     "{0} được đếm theo từng {2}: số đếm cho {1} không cho biết sự việc thuộc {2} nào",
     "record a count per {2}, or the events with their dates (events: - {{date: …, description: "
     "…}})",
     "hãy ghi số đếm cho từng {2}, hoặc ghi từng sự việc kèm ngày (events: - {{date: …, "
     "description: …}})"},
    {check_unit_file_ignored, "check.unit-file-ignored",
     "{0}: in a unit's own file is not used: the agency's file {1} speaks for the plan",
     "{0}: trong tệp mục tiêu của phòng không được dùng: tệp của cơ quan {1} mới là căn cứ",
     "remove it from the unit's file, or write it as the agency's file does",
     "hãy bỏ đi trong tệp của phòng, hoặc ghi giống tệp của cơ quan"},
    {check_reversed_dates, "check.reversed-dates", "{0} ends before it begins: {2} is before {1}",
     "{0} kết thúc trước khi bắt đầu: {2} trước {1}", "check the two dates: the start comes first",
     "hãy kiểm tra hai ngày: ngày bắt đầu phải trước ngày kết thúc"},
    {check_amount_target, "check.amount-target",
     "amount_target: {0} is not an amount target of {1}",
     "amount_target: {0} không phải chỉ tiêu giá trị (amount) của mục tiêu {1}",
     "its amount targets are: {2}", "các chỉ tiêu giá trị của mục tiêu này: {2}"},
    {check_growth_amount_ambiguous, "check.growth-amount-ambiguous",
     "{0} has no records of its own, and objective {1} has several amount targets ({2}): which one "
     "does it measure the growth of?",
     "{0} không có số liệu riêng, mà mục tiêu {1} có nhiều chỉ tiêu giá trị ({2}): chỉ tiêu này đo "
     "mức tăng của chỉ tiêu nào?",
     "name it, e.g. amount_target: {3}", "hãy ghi rõ, ví dụ amount_target: {3}"},
    {check_baseline_not_positive, "check.baseline-not-positive",
     "the baseline of {0} is {1}: a growth in percent needs a baseline above 0",
     "giá trị năm gốc của {0} là {1}: tỷ lệ tăng trưởng cần năm gốc lớn hơn 0",
     "check the figure; a change from a negative or zero base is judged as an amount (kind: "
     "amount) "
     "instead",
     "hãy kiểm tra lại số liệu; thay đổi so với năm gốc âm hoặc bằng 0 nên đánh giá bằng chỉ tiêu "
     "giá trị (kind: amount)"},
    {check_duplicate_rating, "check.duplicate-rating",
     "rating level {0} is given twice (\"{1}\" and \"{2}\")",
     "mức điểm {0} được ghi hai lần (\"{1}\" và \"{2}\")",
     "write each level once, without leading zeros",
     "mỗi mức chỉ ghi một lần, không có số 0 ở đầu"},
    {check_responses_mismatch, "check.responses-mismatch",
     "responses: {0} differs from the {1} responses the ratings add up to",
     "responses: {0} khác tổng số phiếu theo ratings là {1}",
     "correct the count, or leave responses: out (the ratings give it)",
     "hãy sửa lại số phiếu, hoặc bỏ responses: (ratings đã cho biết số phiếu)"},
    {check_survey_needs_ratings, "check.survey-needs-ratings",
     "{0} is the share of ratings from {1} up: a mean cannot give it",
     "{0} là tỷ lệ phiếu từ mức {1} trở lên: điểm trung bình không tính ra được tỷ lệ này",
     "record the responses at each level, e.g. ratings: {{\"1\": 0, \"2\": 3, \"3\": 20, "
     "\"4\": 150, \"5\": 139}}",
     "hãy ghi số phiếu theo từng mức, ví dụ ratings: {{\"1\": 0, \"2\": 3, \"3\": 20, \"4\": "
     "150, \"5\": 139}}"},
    {check_mean_without_responses, "check.mean-without-responses",
     "{0} has several records: a result without its number of responses cannot be combined with "
     "the others",
     "{0} có nhiều kỳ số liệu: kết quả không kèm số phiếu thì không gộp được với các kỳ khác",
     "add the number of responses, e.g. responses: 312: the means are weighted by it",
     "hãy thêm số phiếu, ví dụ responses: 312: điểm trung bình các kỳ được gộp theo số phiếu"},
    {check_verdict_not_yes_no, "check.verdict-not-yes-no",
     "objective {0} has no yes-no target: its verdict comes from its data, not from verdict:",
     "mục tiêu {0} không có chỉ tiêu loại yes-no: kết quả được tính từ số liệu, không ghi bằng "
     "verdict:",
     "remove verdict: (the cause, corrective action and evidence stay)",
     "hãy bỏ verdict: (giữ nguyên nguyên nhân, biện pháp khắc phục và minh chứng)"},
    {check_outside_objective, "check.outside-objective",
     "the record of {0} for {1} is not within objective {2}'s own dates ({3}): it is not counted",
     "số liệu của {0} cho {1} không nằm trọn trong thời gian thực hiện mục tiêu {2} ({3}): không "
     "được tính",
     "record the data for the objective's dates, or check its start: and due:",
     "hãy ghi số liệu cho đúng thời gian của mục tiêu, hoặc kiểm tra start: và due: của mục tiêu"},
    {check_missing_data, "check.missing-data", "{0} has no data for {1}", "{0} thiếu số liệu {1}",
     "add the missing records to {2}, e.g.\n      - {3}\n    until then the target is not "
     "evaluated as met",
     "hãy bổ sung số liệu còn thiếu vào {2}, ví dụ\n      - {3}\n    khi còn thiếu, chỉ tiêu "
     "không được đánh giá là Đạt"},
    {check_context_unsound, "check.context-unsound",
     "{0}, read as context, has errors of its own: what the files checked say about it is not "
     "checked",
     "{0}, được đọc làm ngữ cảnh, có lỗi riêng: những gì các tệp được kiểm tra nói về nó chưa "
     "được kiểm tra",
     "check it and fix it: qobj check {1}", "hãy kiểm tra và sửa tệp đó: qobj check {1}"},
    {iso_plan_incomplete, "iso.plan-incomplete",
     "objective {0} does not say, as ISO 9001 clause 6.2.2 asks: {1}",
     "mục tiêu {0} chưa nêu rõ, theo điều 6.2.2 của ISO 9001: {1}",
     "add a plan: with actions, resources, responsible, due and evaluation (docs/format.md)",
     "hãy thêm plan: gồm actions, resources, responsible, due và evaluation (docs/format.md)"},
    {note_first_defined, "", "first defined here", "khai báo lần đầu tại đây", "", ""},
    {note_value_starts, "", "the value of {1} starts here", "giá trị của {1} bắt đầu ở đây", "",
     ""},
    {note_other_record, "", "the other record", "số liệu kia", "", ""},
    {hint_did_you_mean_target, "", "did you mean \"{3}\"?", "có phải ý bạn là \"{3}\"?", "", ""},
    {hint_missing_data_dated, "",
     "a record for a single day (date:) covers that day only: record periods instead, e.g.\n      "
     "- {3}\n    in {2}",
     "số liệu ghi cho một ngày (date:) chỉ tính cho ngày đó: hãy ghi theo kỳ, ví dụ\n      - "
     "{3}\n    vào {2}",
     "", ""},
    {hint_import_mistyped, "",
     "a difference this large is no rounding: a figure looks mistyped; ask the one-stop centre "
     "which one, and for the corrected report",
     "lệch nhiều như vậy không phải do làm tròn: có số bị gõ nhầm; hãy hỏi bộ phận một cửa số "
     "nào sai và đề nghị gửi lại báo cáo đúng",
     "", ""},
    {hint_import_missing, "",
     "import those periods' reports too: qobj import one-stop FILE… -o {2}; until then the "
     "target is not evaluated as met",
     "hãy nhập cả báo cáo của các kỳ đó: qobj import one-stop TỆP… -o {2}; khi còn thiếu, chỉ "
     "tiêu không được đánh giá là Đạt",
     "", ""},
    {hint_import_csv_rows, "",
     "check that this is the quarterly report (Biểu 06/VPCP/KSTT) and not a list of dossiers",
     "hãy kiểm tra đây đúng là báo cáo quý (Biểu 06/VPCP/KSTT) chứ không phải danh sách hồ sơ", "",
     ""},
    {phrase_plan_actions, "", "what will be done", "làm gì", "", ""},
    {phrase_plan_resources, "", "with what resources", "nguồn lực nào", "", ""},
    {phrase_plan_responsible, "", "who is responsible", "ai chịu trách nhiệm", "", ""},
    {phrase_plan_due, "", "when it will be completed", "khi nào hoàn thành", "", ""},
    {phrase_plan_evaluation, "", "how results will be evaluated", "đánh giá kết quả thế nào", "",
     ""},
    {phrase_list_separator, "", ", ", ", ", "", ""},
    {phrase_survey_level, "", "the level", "mức tính từ (level)", "", ""},
    {phrase_survey_target, "", "the target value", "chỉ tiêu", "", ""},
    {phrase_survey_mean, "", "the mean", "điểm trung bình", "", ""},
    {phrase_rating_level, "", "rating level", "mức điểm", "", ""},
    {phrase_per_month, "", "month", "tháng", "", ""},
    {phrase_per_quarter, "", "quarter", "quý", "", ""},
    {phrase_per_half_year, "", "half year", "6 tháng", "", ""},
    {phrase_per_year, "", "year", "năm", "", ""},
    {hint_did_you_mean, "", "did you mean \"{2}\"?", "có phải ý bạn là \"{2}\"?", "", ""},
    {hint_format_date, "", "write a date as YYYY-MM-DD, e.g. 2021-12-31",
     "hãy viết ngày dạng YYYY-MM-DD, ví dụ 2021-12-31", "", ""},
    {hint_number_percent, "",
     "write the number without the % sign: {2} (a percentage is written in percent)",
     "hãy viết số không kèm dấu %: {2} (tỷ lệ phần trăm được ghi bằng số phần trăm)", "", ""},
    {hint_number_vietnamese, "",
     "write {2}: qobj files use a decimal point and no thousands separator",
     "hãy viết {2}: tệp qobj dùng dấu chấm thập phân và không phân cách hàng nghìn", "", ""},
    {hint_number_quoted, "", "write {2} without quotes, so that it is a number",
     "hãy viết {2} không có dấu nháy để đó là một số", "", ""},
    {hint_number_comma_ambiguous, "",
     "write {2} if you mean {2} (a thousands comma), or {3} if you mean {3} (a decimal comma): "
     "qobj files use a decimal point and no thousands separator",
     "hãy viết {2} nếu ý là {2} (dấu phẩy phân cách hàng nghìn), hoặc {3} nếu ý là {3} (dấu phẩy "
     "thập phân): tệp qobj dùng dấu chấm thập phân và không phân cách hàng nghìn",
     "", ""},
    {hint_flow_comma_ambiguous, "",
     "write {3}: {4} if you mean {4} (a thousands comma), or {3}: {5} if you mean {2} (a decimal "
     "comma)",
     "hãy viết {3}: {4} nếu ý là {4} (dấu phẩy phân cách hàng nghìn), hoặc {3}: {5} nếu ý là {2} "
     "(dấu phẩy thập phân)",
     "", ""},
    {hint_format_date_time, "", "write a date and time as YYYY-MM-DDThh:mm:ss+07:00",
     "hãy viết ngày giờ dạng YYYY-MM-DDThh:mm:ss+07:00", "", ""},
    {hint_required_one_of, "", "add {0}: with one of: {1}; e.g. {0}: {2}",
     "hãy thêm {0}: với một trong các giá trị: {1}; ví dụ {0}: {2}", "", ""},
    {hint_write_instead, "", "write {2}", "hãy viết {2}", "", ""},
    {hint_stdout_pipe, "",
     "the program reading qobj's output stopped before its end: to keep all of it, write it to a "
     "file (-o FILE, or > FILE) and read that",
     "chương trình đọc kết quả của qobj đã dừng trước khi hết: để giữ toàn bộ, hãy ghi ra tệp (-o "
     "TỆP, hoặc > TỆP) rồi đọc tệp đó",
     "", ""},
    {hint_date_converted, "", "write {2}: dates are written year-month-day (YYYY-MM-DD)",
     "hãy viết {2}: ngày được viết theo thứ tự năm-tháng-ngày (YYYY-MM-DD)", "", ""},
    {phrase_null, "", "an empty value (null)", "giá trị rỗng (null)", "", ""},
    {phrase_boolean, "", "true or false", "true hoặc false", "", ""},
    {phrase_integer, "", "a whole number", "một số nguyên", "", ""},
    {phrase_number, "", "a number", "một số", "", ""},
    {phrase_string, "", "text", "văn bản", "", ""},
    {phrase_array, "", "a list", "một danh sách", "", ""},
    {phrase_object, "", "a mapping (key: value)", "một ánh xạ (khoá: giá trị)", "", ""},
    {phrase_or, "", " or ", " hoặc ", "", ""},
    {phrase_symlink, "", "a symbolic link", "một liên kết tượng trưng (symlink)", "", ""},
    {phrase_directory, "", "a directory", "một thư mục", "", ""},
    {phrase_device, "", "a device", "một thiết bị", "", ""},
    {phrase_fifo, "", "a named pipe", "một ống dẫn có tên (FIFO)", "", ""},
    {phrase_socket, "", "a socket", "một socket", "", ""},
    {phrase_number_nan, "", "it is not a number (NaN)", "đây không phải là số (NaN)", "", ""},
    {phrase_number_infinite, "", "it is infinite", "đây là vô cực", "", ""},
    {phrase_number_too_large, "", "it is 10^18 or more in size", "độ lớn từ 10^18 trở lên", "", ""},
    {phrase_number_too_precise, "", "it has more than 20 decimal places",
     "có hơn 20 chữ số thập phân", "", ""},
    {phrase_number_unreadable, "", "it is too large or too long to be read exactly",
     "quá lớn hoặc quá dài để đọc chính xác", "", ""},
    {phrase_format_date, "", "date", "ngày", "", ""},
    {phrase_format_date_time, "", "date and time", "ngày giờ", "", ""},
    {phrase_format_regex, "", "regular expression", "biểu thức chính quy", "", ""},
    {phrase_yaml_directive, "", "a %YAML or %TAG directive is not valid",
     "chỉ thị %YAML hoặc %TAG không hợp lệ", "", ""},
    {phrase_yaml_tag, "", "a tag (!…) is not written correctly", "thẻ (!…) viết không đúng", "",
     ""},
    {phrase_yaml_unclosed, "", "a mapping or a list does not end where it should",
     "một ánh xạ hoặc danh sách không kết thúc đúng chỗ", "", ""},
    {phrase_yaml_properties, "", "a value has more than one tag, anchor (&) or alias (*)",
     "một giá trị có nhiều hơn một thẻ, neo (&) hoặc bí danh (*)", "", ""},
    {phrase_yaml_escape, "", "an escape (\\…) in quoted text is not valid",
     "một chuỗi thoát (\\…) trong văn bản có dấu nháy không hợp lệ", "", ""},
    {phrase_yaml_document_marker, "", "'---' or '...' inside text would end the document",
     "'---' hoặc '...' trong văn bản sẽ kết thúc tài liệu", "", ""},
    {phrase_yaml_flow_end, "", "a ']' or '}}' closes nothing", "dấu ']' hoặc '}}' không đóng gì cả",
     "", ""},
    {phrase_yaml_block_entry, "", "a list item ('- ') where none can be",
     "mục danh sách ('- ') ở chỗ không thể có", "", ""},
    {phrase_yaml_map_key, "", "a key where none can be", "khoá ở chỗ không thể có", "", ""},
    {phrase_yaml_map_value, "", "a ':' where no value can start",
     "dấu ':' ở chỗ không thể bắt đầu giá trị", "", ""},
    {phrase_yaml_anchor_name, "", "an anchor (&) or alias (*) without a valid name",
     "neo (&) hoặc bí danh (*) không có tên hợp lệ", "", ""},
    {phrase_yaml_block_header, "", "the header of a block of text ('|' or '>') is not valid",
     "đầu khối văn bản ('|' hoặc '>') không hợp lệ", "", ""},
    {phrase_yaml_unreadable, "", "this cannot be read as YAML", "không đọc được theo cú pháp YAML",
     "", ""},
    {phrase_errno_not_found, "", "no such file or directory", "không có tệp hoặc thư mục này", "",
     ""},
    {phrase_errno_permission, "", "permission denied", "không có quyền truy cập", "", ""},
    {phrase_errno_no_space, "", "no space left on the disk", "ổ đĩa đã hết chỗ trống", "", ""},
    {phrase_errno_too_big, "", "the file is too large for the system",
     "tệp quá lớn đối với hệ thống", "", ""},
    {phrase_errno_read_only, "", "the disk is read-only", "ổ đĩa chỉ cho phép đọc", "", ""},
    {phrase_errno_is_directory, "", "it is a directory", "đây là một thư mục", "", ""},
    {phrase_errno_not_directory, "", "a part of the path is not a directory",
     "một phần của đường dẫn không phải là thư mục", "", ""},
    {phrase_errno_pipe, "", "the reading end of the pipe was closed",
     "đầu đọc của ống dẫn (pipe) đã đóng", "", ""},
    {phrase_errno_io, "", "an input/output error of the device", "lỗi vào/ra của thiết bị", "", ""},
    {phrase_errno_name_too_long, "", "the name is too long", "tên quá dài", "", ""},
    {phrase_errno_loop, "", "too many symbolic links", "quá nhiều liên kết tượng trưng (symlink)",
     "", ""},
    {phrase_errno_too_many_files, "", "too many files are open", "có quá nhiều tệp đang mở", "",
     ""},
    {phrase_errno_no_memory, "", "not enough memory", "không đủ bộ nhớ", "", ""},
    {phrase_errno_busy, "", "the file is in use", "tệp đang được sử dụng", "", ""},
    {phrase_errno_cross_device, "", "the file would move to another disk",
     "tệp sẽ bị chuyển sang ổ đĩa khác", "", ""},

    {verdict_met, "", "met", "Đạt", "", ""},
    {verdict_exceeded, "", "exceeded", "Vượt", "", ""},
    {verdict_not_met, "", "not met", "Không đạt", "", ""},
    {verdict_at_risk, "", "at risk", "Có nguy cơ không đạt", "", ""},
    {verdict_incomplete, "", "incomplete data", "Chưa đủ số liệu", "", ""},
    {verdict_no_data, "", "no data", "Chưa có số liệu", "", ""},
    {verdict_not_yet_due, "", "not yet due", "Chưa đến hạn", "", ""},
    {verdict_withdrawn, "", "withdrawn", "Không đánh giá", "", ""},
    {report_title, "", "{0}: quality objectives {1}, as of {2}",
     "{0}: mục tiêu chất lượng {1}, tính đến ngày {2}", "", ""},
    {report_plan_year, "", "{0}", "năm {0}", "", ""},
    {report_count_due, "", "{0} by {1}", "{0} đến ngày {1}", "", ""},
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
    {report_baseline_period, "", "{0}: {1} = {2}, recorded in {3}", "{0}: {1} = {2}, ghi tại {3}",
     "", ""},
    {report_baseline_differs, "", "(the {0} files give {1})", "(tệp năm {0} cho kết quả {1})", "",
     ""},
    {report_revisions_heading, "", "Targets revised during the year",
     "Chỉ tiêu được điều chỉnh trong năm", "", ""},
    {report_revision_in_force, "", "{0}: {1} from {2} by {3} (first set: {4})",
     "{0}: {1} từ ngày {2} theo {3} (ban đầu: {4})", "", ""},
    {report_revision_ahead, "", "{0}: {1} from {2} by {3} (not yet in force)",
     "{0}: {1} từ ngày {2} theo {3} (chưa có hiệu lực)", "", ""},
    {report_stretch_level, "", "stretch {0}", "phấn đấu {0}", "", ""},
    {report_plan_percent, "", "{0}% of target", "{0}% chỉ tiêu", "", ""},
    {report_stretch_percent, "", "{0}% of stretch", "{0}% mức phấn đấu", "", ""},
    {report_target_and_result, "", "target {0}, result {1}", "chỉ tiêu {0}, kết quả {1}", "", ""},
    {report_national_name, "", "SOCIALIST REPUBLIC OF VIETNAM",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", ""},
    {report_national_motto, "", "Independence - Freedom - Happiness", "Độc lập - Tự do - Hạnh phúc",
     "", ""},
    {report_document_title, "", "REPORT ON THE QUALITY OBJECTIVES OF {0}",
     "BÁO CÁO KẾT QUẢ THỰC HIỆN MỤC TIÊU CHẤT LƯỢNG {0}", "", ""},
    {report_number_line, "", "No.: {0}", "Số: {0}", "", ""},
    {report_col_no, "", "No.", "STT", "", ""},
    {report_col_cause, "", "Cause", "Nguyên nhân", "", ""},
    {report_col_action, "", "Corrective action", "Biện pháp khắc phục", "", ""},
    {report_col_responsible, "", "Responsible", "Trách nhiệm", "", ""},
    {report_col_due, "", "Due", "Thời hạn", "", ""},
    {report_summary_heading, "", "Summary", "Tổng hợp", "", ""},
    {report_charts_heading, "", "Results against targets", "Kết quả so với chỉ tiêu", "", ""},
    {report_signature_title, "", "HEAD OF THE AGENCY", "THỦ TRƯỞNG CƠ QUAN", "", ""},
    {report_signature_hint, "", "(signature, full name and seal)",
     "(Ký, ghi rõ họ tên và đóng dấu)", "", ""},
    {report_chart_target, "", "target", "chỉ tiêu", "", ""},
    {report_date_line, "", "{3}, {2}-{1}-{0}", "{3}, ngày {0} tháng {1} năm {2}", "", ""},
    {report_doc_decides, "", "DECIDES:", "QUYẾT ĐỊNH:", "", ""},
    {report_doc_recipients, "", "Recipients:", "Nơi nhận:", "", ""},
    {report_doc_year_line, "", "Year: {0}", "Năm: {0}", "", ""},
    {report_doc_lead_in, "", "{0}, {1} sets its quality objectives for {2} as follows:",
     "{0}, {1} đề ra mục tiêu chất lượng {2}, cụ thể như sau:", "", ""},
    {report_doc_col_objective, "", "Quality objective", "Mục tiêu chất lượng", "", ""},
    {report_doc_col_measure, "", "Measure", "Đo lường", "", ""},
    {report_doc_col_start, "", "Start", "Thời gian bắt đầu", "", ""},
    {report_doc_col_due, "", "Completion", "Thời gian hoàn thành", "", ""},
    {report_doc_plan_kind, "", "PLAN", "KẾ HOẠCH", "", ""},
    {report_doc_plan_title, "", "Achieving the quality objectives for {0}",
     "Thực hiện Mục tiêu chất lượng {0}", "", ""},
    {report_doc_plan_lead_in, "",
     "To achieve its quality objectives for {0}{2}, {1} sets out the following plan:",
     "Để thực hiện Mục tiêu chất lượng {0}{2}, {1} xây dựng Kế hoạch như sau:", "", ""},
    {report_doc_plan_issued_by, "", " issued by {0} No. {1}", " ban hành kèm theo {0} số {1}", "",
     ""},
    {report_doc_col_actions, "", "Actions", "Hoạt động thực hiện", "", ""},
    {report_doc_col_resources, "", "Resources", "Nguồn lực", "", ""},
    {report_doc_col_evaluation, "", "How results are evaluated", "Cách đánh giá kết quả", "", ""},
    {report_doc_plan_missing, "", "What the plans do not yet say, as ISO 9001 clause 6.2.2 asks:",
     "Những nội dung kế hoạch còn chưa nêu rõ, theo điều 6.2.2 của ISO 9001:", "", ""},
    {report_doc_report_kind, "", "REPORT", "BÁO CÁO", "", ""},
    {report_doc_report_title, "", "Results of the quality objectives, {0}",
     "Kết quả thực hiện Mục tiêu chất lượng {0}", "", ""},
    {report_doc_archive, "", "File: office records", "Lưu: VT", "", ""},
    {report_doc_style_title, "", "Document kind and summary", "Tên loại và trích yếu", "", ""},
    {report_doc_style_body, "", "Document body", "Nội dung", "", ""},
    {report_doc_style_basis, "", "Legal basis", "Căn cứ", "", ""},
    {report_doc_style_centred, "", "Centred line", "Dòng giữa", "", ""},
    {report_doc_style_recipients_label, "", "Recipients heading", "Nơi nhận", "", ""},
    {report_doc_style_recipients, "", "Recipients", "Nơi nhận - danh sách", "", ""},
    {ui_cli_document_as_of, "",
     "--as-of is for qobj document report: a decision and a plan judge no data; leave it out",
     "--as-of chỉ dùng cho qobj document report: quyết định và kế hoạch không đánh giá số liệu; "
     "hãy bỏ tuỳ chọn này",
     "", ""},
    {ui_cli_document_number_twice, "",
     "--number {0}: {1} already says number: {2}; keep one of them (the file's is what was "
     "issued)",
     "--number {0}: {1} đã ghi number: {2}; hãy giữ một trong hai (số trong tệp là số đã ban "
     "hành)",
     "", ""},
    {ui_cli_document_no_document, "",
     "{0} has no document: to lay out the decision from; add one with its kind and title, e.g. "
     "document: {{kind: QUYẾT ĐỊNH, title: Phê duyệt Mục tiêu chất lượng năm 2026}}, and its "
     "legal_bases, articles, signer and distribution (docs/format.md)",
     "{0} chưa có document: để lập quyết định; hãy thêm, với loại và trích yếu, ví dụ document: "
     "{{kind: QUYẾT ĐỊNH, title: Phê duyệt Mục tiêu chất lượng năm 2026}}, cùng legal_bases, "
     "articles, signer và distribution (docs/format.md)",
     "", ""},
    {report_as_of_line, "", "(data as of {0})", "(số liệu tính đến ngày {0})", "", ""},
    {report_rollup_title, "", "Summary of the agencies ({0}): quality objectives {1}, as of {2}",
     "Tổng hợp {0} cơ quan: mục tiêu chất lượng năm {1}, tính đến ngày {2}", "", ""},
    {report_rollup_col_agency, "", "Agency", "Cơ quan", "", ""},
    {report_rollup_col_objectives, "", "Objectives", "Mục tiêu", "", ""},
    {report_rollup_total, "", "Total", "Cộng", "", ""},
    {report_rollup_not_met_heading, "", "Targets most often not met",
     "Chỉ tiêu không đạt ở nhiều cơ quan nhất", "", ""},
    {report_rollup_not_met_line, "", "not met in {0}/{1} agencies: {2}",
     "không đạt ở {0}/{1} cơ quan: {2}", "", ""},
    {report_rollup_missing_heading, "", "Agencies missing files for {0}",
     "Cơ quan còn thiếu tệp năm {0}", "", ""},
    {report_rollup_missing_objectives, "", "{0}: no objectives file for {1}",
     "{0}: chưa có tệp mục tiêu năm {1}", "", ""},
    {report_rollup_missing_objectives_latest, "", "{0}: no objectives file for {1} (latest: {2})",
     "{0}: chưa có tệp mục tiêu năm {1} (gần nhất: năm {2})", "", ""},
    {report_rollup_missing_measurements, "", "{0}: objectives for {1}, but no measurements file",
     "{0}: có mục tiêu năm {1} nhưng chưa có tệp số liệu", "", ""},
    {report_rollup_set_aside, "",
     "{0}: its files for {1} have errors, so it is not evaluated; qobj check shows them",
     "{0}: tệp năm {1} có lỗi nên chưa đánh giá; chạy qobj check để xem", "", ""},
    {report_rollup_chart_heading, "", "Objectives by evaluation, per agency",
     "Kết quả đánh giá mục tiêu của từng cơ quan", "", ""},
    {report_rollup_none_not_met, "", "No target is not met in any agency.",
     "Không cơ quan nào có chỉ tiêu không đạt.", "", ""},
    {report_trend_title, "", "{0}: quality objectives year by year, {1}, as of {2}",
     "{0}: kết quả mục tiêu chất lượng qua các năm {1}, tính đến ngày {2}", "", ""},
    {report_trend_then, "", "then {0}", "khi đó là {0}", "", ""},
    {report_trend_chart_heading, "", "Results year by year", "Kết quả qua các năm", "", ""},
    {report_trend_none, "", "No agency has objectives to show.",
     "Không có cơ quan nào có mục tiêu để hiển thị.", "", ""},
    {report_so_far, "", "{0} so far", "{0} (đến nay)", "", ""},
    {report_cadence_months, "", "months", "tháng", "", ""},
    {report_cadence_quarters, "", "quarters", "quý", "", ""},
    {report_cadence_halves, "", "half years", "6 tháng", "", ""},
    {report_cadence_years, "", "years", "năm", "", ""},
    {report_elapsed_basis, "", "(against {0} for the time elapsed)",
     "(so với {0} theo thời gian đã qua)", "", ""},
    {report_elapsed_parts, "", "(against {0} for {1} of {2} {3})", "(so với {0} cho {1}/{2} {3})",
     "", ""},
    {report_annualised_parts, "", "(estimated for the whole period from {0} of {1} {2})",
     "(ước tính cả kỳ từ số liệu {0}/{1} {2})", "", ""},
    {report_annualised_share, "", "(estimated for the whole period from {0}% of it)",
     "(ước tính cả kỳ từ số liệu {0}% thời gian)", "", ""},
    {report_bounded, "", "(as far as its printed percentages tell)",
     "(trong khoảng các tỷ lệ đã in cho phép)", "", ""},
    {report_same_period, "", "(against the same period: {0} = {1})", "(so với cùng kỳ: {0} = {1})",
     "", ""},
    {report_stated_rate, "", "(as published, against the same period of {0})",
     "(tốc độ công bố, so với cùng kỳ năm {0})", "", ""},
    {report_forecast, "", "(the body's own estimate of the year on {0}: {1})",
     "(ước tính cả năm của đơn vị ngày {0}: {1})", "", ""},
    {report_forecast_rate, "", "(the body's own estimate of the year on {0})",
     "(ước tính cả năm của đơn vị ngày {0})", "", ""},
    {report_reported, "", "(as reported, unverified)", "(theo báo cáo, chưa kiểm chứng)", "", ""},
    {report_reduction, "", "down {0}", "giảm {0}", "", ""},
    {report_increase, "", "up {0}", "tăng {0}", "", ""},
    {report_survey_level, "", "rated {0}/{1} or more", "từ mức {0}/{1}", "", ""},
    {report_excludes, "", "excluding {0}", "trừ {0}", "", ""},
    {report_completed, "", "completed {0}", "hoàn thành {0}", "", ""},
    {report_on_due_date, "", "on the due date", "đúng ngày hạn", "", ""},
    {report_days_early, "", "{0} days early", "sớm {0} ngày", "", ""},
    {report_days_late, "", "{0} days late", "trễ {0} ngày", "", ""},
    {report_percentage_points, "", "{0} pp", "{0} điểm phần trăm", "", ""},
    {report_missing_data, "", "no data for {0}", "thiếu số liệu {0}", "", ""},
    {report_short_periods, "", "too few in {0}", "chưa đủ số lần: {0}", "", ""},
    {report_withdrawn_since, "", "withdrawn from {1}: {0}", "không đánh giá từ {1}: {0}", "", ""},
    {report_withdrawn_because, "", "withdrawn: {0}", "không đánh giá: {0}", "", ""},
    {report_effectiveness, "", "effectiveness", "hiệu quả", "", ""},
    {report_evidence, "", "evidence", "minh chứng", "", ""},
    {report_incomplete_heading, "", "Data missing", "Các chỉ tiêu thiếu số liệu", "", ""},
    {report_withdrawn_heading, "", "Objectives withdrawn", "Các mục tiêu không đánh giá", "", ""},
    {report_col_unit, "", "Unit", "Đơn vị tính", "", ""},
    {report_col_notes, "", "Notes", "Ghi chú", "", ""},
    {data_col_agency, "", "Agency", "Cơ quan", "", ""},
    {data_col_year, "", "Year", "Năm", "", ""},
    {data_col_objective, "", "Objective", "Mục tiêu", "", ""},
    {data_col_target, "", "Target", "Chỉ tiêu", "", ""},
    {data_col_row, "", "Row", "Loại dòng", "", ""},
    {data_col_from, "", "From", "Từ ngày", "", ""},
    {data_col_to, "", "To", "Đến ngày", "", ""},
    {data_col_value, "", "Value", "Giá trị", "", ""},
    {data_col_unit, "", "Unit", "Đơn vị tính", "", ""},
    {data_col_numerator, "", "Numerator", "Tử số", "", ""},
    {data_col_denominator, "", "Denominator", "Mẫu số", "", ""},
    {data_col_excluded, "", "Excluded", "Loại trừ", "", ""},
    {data_col_detail, "", "Detail", "Nội dung", "", ""},
    {data_col_done, "", "Done", "Hoàn thành", "", ""},
    {data_col_responses, "", "Responses", "Số phiếu", "", ""},
    {data_col_evidence, "", "Evidence", "Minh chứng", "", ""},
    {data_col_counted, "", "Counted", "Được tính", "", ""},
    {data_col_source, "", "Source", "Nguồn", "", ""},
    {data_col_note, "", "Note", "Ghi chú", "", ""},
    {data_row_period, "", "period", "kỳ số liệu", "", ""},
    {data_row_event, "", "event", "sự việc", "", ""},
    {data_row_item, "", "item", "hạng mục", "", ""},
    {data_row_rating, "", "rating", "mức điểm", "", ""},
    {ui_yes, "", "yes", "có", "", ""},
    {ui_no, "", "no", "không", "", ""},
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
    {ui_skipped_not_qobj, "", "{0} left out: not qobj files (no `format: qobj/…` at the top): {1}",
     "bỏ qua {0} không phải tệp qobj (không có `format: qobj/…` ở đầu tệp): {1}", "", ""},
    {ui_context_read, "",
     "{0} of the same agency read as context for the checks across files, their own problems "
     "not shown: {1}",
     "đã đọc thêm {0} của cùng cơ quan làm ngữ cảnh cho các kiểm tra chéo, không hiện lỗi riêng "
     "của chúng: {1}",
     "", ""},
    {ui_context_read_shown, "",
     "{0} of the same agency read as context for the checks across files, their own problems "
     "shown too: {1}",
     "đã đọc thêm {0} của cùng cơ quan làm ngữ cảnh cho các kiểm tra chéo, có hiện cả lỗi riêng "
     "của chúng: {1}",
     "", ""},
    {ui_omitted, "",
     "{0}: {1} more errors and {2} more warnings not shown (qobj shows the first {3} of a file "
     "and {4} of a run; fix these and check again)",
     "{0}: còn {1} lỗi và {2} cảnh báo nữa chưa hiện (qobj chỉ hiện {3} thông báo đầu tiên của "
     "một tệp và {4} của một lần chạy; hãy sửa các lỗi trên rồi kiểm tra lại)",
     "", ""},
    {ui_omitted_total, "",
     "{0} files have {1} more errors and {2} more warnings not shown (qobj shows the first {3} "
     "of a file and {4} of a run; fix these and check again)",
     "{0} tệp còn {1} lỗi và {2} cảnh báo nữa chưa hiện (qobj chỉ hiện {3} thông báo đầu tiên "
     "của một tệp và {4} của một lần chạy; hãy sửa các lỗi trên rồi kiểm tra lại)",
     "", ""},
    {ui_report_warnings, "", "{0} in the files: qobj check shows each with how to fix it",
     "các tệp có {0}: chạy qobj check để xem chi tiết và cách sửa", "", ""},
    {ui_help_app, "",
     "qobj: check and evaluate ISO 9001:2015 quality objectives (Mục tiêu chất lượng) kept as YAML "
     "files.",
     "qobj: kiểm tra và đánh giá Mục tiêu chất lượng theo TCVN ISO 9001:2015, lưu dưới dạng tệp "
     "YAML.",
     "", ""},
    {ui_help_usage, "", "Usage", "Cách dùng", "", ""},
    {ui_help_options_badge, "", "OPTIONS", "TUỲ CHỌN", "", ""},
    {ui_help_command_badge, "", "COMMAND", "LỆNH", "", ""},
    {ui_help_required, "", "REQUIRED", "BẮT BUỘC", "", ""},
    {ui_help_positionals, "", "Arguments", "Tham số", "", ""},
    {ui_help_options, "", "Options", "Tuỳ chọn", "", ""},
    {ui_help_commands, "", "Commands", "Các lệnh", "", ""},
    {ui_help_text, "", "TEXT", "CHUỖI", "", ""},
    {ui_help_path, "", "PATH", "ĐƯỜNG-DẪN", "", ""},
    {ui_help_date, "", "YYYY-MM-DD", "YYYY-MM-DD", "", ""},
    {ui_help_year, "", "YEAR", "NĂM", "", ""},
    {ui_help_size, "", "SIZE", "KÍCH-THƯỚC", "", ""},
    {ui_help_count, "", "N", "SỐ", "", ""},
    {ui_help_id, "", "ID", "MÃ", "", ""},
    {ui_help_pattern, "", "PATTERN", "MẪU", "", ""},
    {ui_help_file, "", "FILE", "TỆP", "", ""},
    {ui_help_name, "", "NAME", "TÊN", "", ""},
    {ui_help_verdicts, "", "VERDICTS", "KẾT-QUẢ", "", ""},
    {ui_opt_help, "", "Print this help and exit", "In hướng dẫn này rồi thoát", "", ""},
    {ui_opt_version, "", "Print the version of qobj and exit", "In phiên bản của qobj rồi thoát",
     "", ""},
    {ui_opt_lang, "",
     "Language of messages: vi or en (default: QOBJ_LANG, then LC_ALL, LC_MESSAGES, LANG; a locale "
     "starting with vi means Vietnamese; else en)",
     "Ngôn ngữ của thông báo: vi hoặc en (mặc định: theo QOBJ_LANG, rồi LC_ALL, LC_MESSAGES, LANG; "
     "locale bắt đầu bằng vi là tiếng Việt; còn lại là tiếng Anh)",
     "", ""},
    {ui_opt_colour, "",
     "Colour: auto (only on a terminal and when NO_COLOR is unset), always, never",
     "Màu: auto (chỉ khi in ra màn hình và NO_COLOR không được đặt), always (luôn có), never "
     "(không bao giờ)",
     "", ""},
    {ui_cmd_check, "",
     "Read YAML files and directories (every *.yaml, *.yml) and report every problem",
     "Đọc các tệp và thư mục YAML (mọi tệp *.yaml, *.yml) và báo mọi lỗi", "", ""},
    {ui_opt_check_paths, "", "Files or directories; - reads standard input",
     "Tệp hoặc thư mục; - để đọc từ đầu vào chuẩn", "", ""},
    {ui_opt_check_format, "",
     "Output: text (for people), json, github (GitHub Actions annotations), sarif (SARIF 2.1.0 for "
     "code scanning), gitlab (GitLab Code Quality report)",
     "Định dạng kết quả: text (cho người đọc), json, github (chú thích GitHub Actions), sarif "
     "(SARIF 2.1.0 cho công cụ quét mã), gitlab (báo cáo Code Quality của GitLab)",
     "", ""},
    {ui_opt_strict, "", "Treat warnings (such as ISO 9001 6.2.2 completeness) as errors",
     "Coi cảnh báo (như thiếu nội dung theo điều 6.2.2 ISO 9001) là lỗi", "", ""},
    {ui_opt_schema, "",
     "Validate every file against this JSON Schema (draft-07, YAML or JSON); directories then give "
     "their *.json files too",
     "Kiểm tra mọi tệp theo lược đồ JSON Schema này (draft-07, YAML hoặc JSON); khi đó đọc cả các "
     "tệp *.json trong thư mục",
     "", ""},
    {ui_opt_max_file_size, "",
     "Refuse files larger than this (bytes, or with K, M, G; at most 2G; default 256M)",
     "Từ chối tệp lớn hơn mức này (byte, hoặc kèm K, M, G; tối đa 2G; mặc định 256M)", "", ""},
    {ui_opt_jobs, "",
     "Read, parse and validate this many files at once, and evaluate this many agencies at once "
     "(default: one per core); the output is the same whatever the number",
     "Đọc, phân tích và kiểm tra cùng lúc chừng này tệp, đánh giá cùng lúc chừng này cơ quan "
     "(mặc định: bằng số nhân CPU); kết quả không phụ thuộc vào con số này",
     "", ""},
    {ui_opt_summary_only, "",
     "Print only the summary across agencies (a row per agency, the targets most often not met, "
     "the agencies missing files); in CSV, its own table",
     "Chỉ in bảng tổng hợp các cơ quan (mỗi cơ quan một dòng, chỉ tiêu không đạt ở nhiều cơ quan "
     "nhất, cơ quan còn thiếu tệp); với CSV là một bảng riêng",
     "", ""},
    {ui_opt_trend, "",
     "Each objective's results year by year, over every year the files have (objectives matched "
     "by id, or by baseline_from where renumbered); as a table, md, csv, json or html",
     "Kết quả từng mục tiêu qua các năm có trong tệp (khớp mục tiêu theo mã, hoặc theo "
     "baseline_from khi đánh số lại); dạng bảng, md, csv, json hoặc html",
     "", ""},
    {ui_opt_exclude, "",
     "Leave out the files and directories whose path or name matches this shell pattern, e.g. "
     "--exclude nhap --exclude '*.draft.yaml'; repeat for several",
     "Bỏ qua các tệp và thư mục có đường dẫn hoặc tên khớp mẫu này, ví dụ --exclude nhap --exclude "
     "'*.draft.yaml'; lặp lại cho nhiều mẫu",
     "", ""},
    {ui_opt_no_context, "",
     "Check a file named alone by itself: do not read the files beside it (and the baseline "
     "year's folder) for the checks across files",
     "Kiểm tra riêng tệp được nêu tên: không đọc các tệp cùng thư mục (và thư mục năm gốc) cho "
     "các kiểm tra chéo",
     "", ""},
    {ui_opt_context_diagnostics, "", "Also report the problems of the files read as context",
     "Báo cả lỗi của các tệp được đọc làm ngữ cảnh", "", ""},
    {ui_opt_only_qobj, "",
     "Leave out the files named that are not qobj files (no format: qobj/…), as a folder's are: "
     "for hooks that pass every changed YAML file",
     "Bỏ qua các tệp được nêu tên nhưng không phải tệp qobj (không có format: qobj/…), như với "
     "tệp trong thư mục: cho hook truyền mọi tệp YAML thay đổi",
     "", ""},
    {ui_opt_as_of_check, "", "Warn about data missing up to this day (default: today, local time)",
     "Cảnh báo số liệu còn thiếu tính đến ngày này (mặc định: hôm nay, theo giờ máy)", "", ""},
    {ui_cmd_report, "", "Check, then evaluate every objective and print the compliance report",
     "Kiểm tra, rồi đánh giá từng mục tiêu và in báo cáo kết quả thực hiện", "", ""},
    {ui_opt_report_paths, "", "Objectives and measurements: files or directories",
     "Tệp mục tiêu và số liệu: tệp hoặc thư mục", "", ""},
    {ui_opt_as_of_report, "",
     "Evaluate the data as it stood on this day (default: today, local time)",
     "Đánh giá số liệu tính đến ngày này (mặc định: hôm nay, theo giờ máy)", "", ""},
    {ui_opt_year, "",
     "Evaluate the objectives of this year (default: each agency's latest; earlier years' files "
     "give growth baselines)",
     "Đánh giá mục tiêu của năm này (mặc định: năm mới nhất của mỗi cơ quan; tệp các năm trước cho "
     "số liệu gốc để tính tăng trưởng)",
     "", ""},
    {ui_opt_unit, "", "Only the objectives of this unit (phòng), by id",
     "Chỉ các mục tiêu của phòng (đơn vị) này, theo mã", "", ""},
    {ui_opt_objective, "",
     "Only this objective, with a group's objectives and the unit objectives refining it",
     "Chỉ mục tiêu này, cùng các mục tiêu con của nhóm và mục tiêu của các phòng cụ thể hoá nó", "",
     ""},
    {ui_opt_report_format, "",
     "table (the terminal; default), json (scripts), csv, md (Markdown), html (printable, with "
     "charts), xlsx, junit (CI); with -o it overrides the extensions",
     "table (màn hình; mặc định), json (cho chương trình), csv, md (Markdown), html (để in, có "
     "biểu đồ), xlsx, junit (CI); khi có -o, định dạng này thay cho phần mở rộng của tệp",
     "", ""},
    {ui_opt_output, "",
     "Write the report to FILE instead of the terminal, in the format of its extension (.txt .json "
     ".csv .md .html .xlsx .xml), - for standard output; repeat for several",
     "Ghi báo cáo vào TỆP thay vì màn hình, theo định dạng của phần mở rộng (.txt .json .csv .md "
     ".html .xlsx .xml), - là đầu ra chuẩn; lặp lại cho nhiều tệp",
     "", ""},
    {ui_opt_number, "", "HTML: the report's number, e.g. 15/BC-SCT (default: a dotted line)",
     "HTML: số hiệu báo cáo, ví dụ 15/BC-SCT (mặc định: dòng chấm chấm)", "", ""},
    {ui_opt_place, "",
     "HTML and documents: where it is issued, for the date line, e.g. \"Ninh Bình\" (default: a "
     "dotted line)",
     "HTML và văn bản: địa danh ở dòng ngày tháng, ví dụ \"Ninh Bình\" (mặc định: dòng chấm "
     "chấm)",
     "", ""},
    {ui_cmd_document, "",
     "Write an official document from the files: the decision that issues the objectives, the "
     "plan to achieve them or the year-end report, as Word (.docx) or HTML, laid out as Decree "
     "30/2020/ND-CP sets",
     "Lập văn bản hành chính từ các tệp: quyết định ban hành mục tiêu chất lượng, kế hoạch thực "
     "hiện hoặc báo cáo cuối năm, dạng Word (.docx) hoặc HTML, trình bày theo Nghị định "
     "30/2020/NĐ-CP",
     "", ""},
    {ui_opt_document_kind, "",
     "Which document: decision (the decision issuing the objectives), plan (the plan to achieve "
     "them, ISO 9001 6.2.2), report (the year-end report on the results)",
     "Văn bản nào: decision (quyết định ban hành mục tiêu chất lượng), plan (kế hoạch thực hiện, "
     "ISO 9001 điều 6.2.2), report (báo cáo kết quả thực hiện cuối năm)",
     "", ""},
    {ui_opt_document_output, "", "The file to write: .docx (Word) or .html",
     "Tệp cần ghi: .docx (Word) hoặc .html", "", ""},
    {ui_opt_document_number, "",
     "The document's number and symbol, e.g. 05/KH-SXD (a decision's is its file's document: "
     "number; default: a dotted line)",
     "Số, ký hiệu văn bản, ví dụ 05/KH-SXD (số của quyết định là number trong document: của tệp; "
     "mặc định: dòng chấm chấm)",
     "", ""},
    {ui_cli_document_extension, "",
     "{0}: qobj document writes a Word file (.docx) or a web page (.html); name the output e.g. "
     "\"van-ban.docx\" or \"van-ban.html\"",
     "{0}: qobj document ghi tệp Word (.docx) hoặc trang web (.html); hãy đặt tên tệp ra, ví dụ "
     "\"van-ban.docx\" hoặc \"van-ban.html\"",
     "", ""},
    {ui_cli_document_agencies, "",
     "a document is one agency's, and the files are of {0} agencies ({1}); name one agency's "
     "folder, e.g. qobj document decision examples/so-cong-thuong-2021 -o qd.docx",
     "mỗi văn bản là của một cơ quan, nhưng các tệp thuộc {0} cơ quan ({1}); hãy chỉ thư mục của "
     "một cơ quan, ví dụ qobj document decision examples/so-cong-thuong-2021 -o qd.docx",
     "", ""},
    {ui_cli_document_no_plan, "",
     "no objectives file among {0} (year: {1}): name the folder that holds the agency's "
     "objectives.yaml",
     "không có tệp mục tiêu trong {0} (năm: {1}): hãy chỉ thư mục có tệp objectives.yaml của cơ "
     "quan",
     "", ""},
    {ui_opt_bom, "", "CSV: begin with a UTF-8 byte order mark, so Excel reads Vietnamese text",
     "CSV: thêm dấu BOM UTF-8 ở đầu tệp để Excel đọc đúng tiếng Việt", "", ""},
    {ui_opt_fail_on, "",
     "Exit with 1 when an objective has one of these verdicts, e.g. "
     "not-met,at-risk,incomplete,no-data (met, exceeded, not-met, at-risk, incomplete, no-data, "
     "not-yet-due, withdrawn)",
     "Thoát với mã 1 khi có mục tiêu mang một trong các kết quả này, ví dụ "
     "not-met,at-risk,incomplete,no-data (met: đạt, exceeded: vượt, not-met: không đạt, at-risk: "
     "có nguy cơ, incomplete: chưa đủ số liệu, no-data: chưa có số liệu, not-yet-due: chưa đến "
     "hạn, withdrawn: không đánh giá)",
     "", ""},
    {ui_cmd_schema, "",
     "Print the JSON Schema of a qobj file format, for editors and other validators",
     "In lược đồ JSON Schema của một loại tệp qobj, cho trình soạn thảo và công cụ kiểm tra khác",
     "", ""},
    {ui_opt_schema_name, "", "objectives, measurements or report",
     "objectives (mục tiêu), measurements (số liệu) hoặc report (báo cáo)", "", ""},
    {ui_cmd_init, "",
     "Start an agency's folder for a year: an objectives file with an example of every kind of "
     "target, and a measurements file, to fill in (in Vietnamese; --lang en: English)",
     "Tạo thư mục của một cơ quan cho một năm: tệp mục tiêu có mẫu của mọi loại chỉ tiêu và tệp "
     "số liệu, để điền tiếp (tiếng Việt; --lang en: tiếng Anh)",
     "", ""},
    {ui_opt_init_dir, "",
     "The folder to write objectives.yaml and measurements.yaml in (default: the current "
     "folder); created when missing",
     "Thư mục ghi objectives.yaml và measurements.yaml (mặc định: thư mục hiện tại); tự tạo nếu "
     "chưa có",
     "", ""},
    {ui_opt_agency, "",
     "The agency's id: lowercase letters without accents, digits and dashes, e.g. so-tu-phap "
     "(default: from the folder's name)",
     "Mã cơ quan: chữ thường không dấu, chữ số và gạch ngang, ví dụ so-tu-phap (mặc định: theo "
     "tên thư mục)",
     "", ""},
    {ui_opt_agency_name, "", "The agency's name, e.g. \"Sở Tư pháp\"",
     "Tên cơ quan, ví dụ \"Sở Tư pháp\"", "", ""},
    {ui_opt_init_year, "", "The year of the objectives (default: this year)",
     "Năm của mục tiêu (mặc định: năm nay)", "", ""},
    {ui_init_created, "", "created {0}", "đã tạo {0}", "", ""},
    {ui_init_name_guessed, "",
     "the agency's name is written as \"{0}\": correct it in {1} if need be",
     "tên cơ quan đang ghi là \"{0}\": hãy sửa trong {1} nếu cần", "", ""},
    {ui_init_next, "",
     "next: write the objectives of the decision in {0} (MT1 is an example; uncomment the "
     "kinds of target you need), then check them: qobj check {1}",
     "tiếp theo: ghi các mục tiêu của quyết định vào {0} (MT1 là ví dụ; bỏ dấu # ở các mẫu "
     "chỉ tiêu cần dùng), rồi kiểm tra: qobj check {1}",
     "", ""},
    {ui_cmd_new_year, "",
     "Write next year's files from this year's: the same objectives, every date moved to the new "
     "year, the measurements empty; then say what is left to decide",
     "Tạo các tệp năm sau từ các tệp năm nay: giữ nguyên mục tiêu, chuyển mọi ngày sang năm mới, "
     "để trống số liệu; rồi nêu những gì còn phải quyết định",
     "", ""},
    {ui_opt_new_year_from, "", "This year's folder", "Thư mục của năm nay", "", ""},
    {ui_opt_new_year_to, "",
     "The folder to write next year's files in (created; no file in it is replaced)",
     "Thư mục ghi các tệp năm sau (tự tạo; không ghi đè tệp nào)", "", ""},
    {ui_opt_new_year_year, "", "The new year (default: the year after this year's files)",
     "Năm mới (mặc định: năm sau năm của các tệp)", "", ""},
    {ui_newyear_objectives_file, "",
     "wrote {0}: the year {1} → {2} (dates moved: {3}; baseline years: {4}; texts naming the "
     "year: {5})",
     "đã tạo {0}: năm {1} → {2} (ngày tháng đã chuyển: {3}; năm gốc: {4}; nội dung có ghi năm: "
     "{5})",
     "", ""},
    {ui_newyear_measurements_file, "",
     "wrote {0}: the header kept, the year {1} → {2}, no records yet ({3} of {1} left behind)",
     "đã tạo {0}: giữ phần đầu, năm {1} → {2}, chưa có số liệu (không chép {3} bản ghi của năm "
     "{1})",
     "", ""},
    {ui_newyear_reworded, "", "Texts that named {0} name {1} now (read them again):",
     "Nội dung có ghi năm {0} nay ghi năm {1} (hãy đọc lại):", "", ""},
    {ui_newyear_decide, "",
     "Left for you to decide for {0}:", "Còn phải quyết định cho năm {0}:", "", ""},
    {ui_newyear_nothing_to_decide, "",
     "Nothing left to decide: check the new files with qobj check.",
     "Không còn gì phải quyết định: hãy kiểm tra các tệp mới bằng qobj check.", "", ""},
    {ui_newyear_result, "", "result {0} against {1}", "kết quả {0} so với chỉ tiêu {1}", "", ""},
    {ui_newyear_document, "",
     "{0}: the number and date of the decision issuing the objectives of {1} (the old ones: {2})",
     "{0}: số và ngày của quyết định ban hành mục tiêu năm {1} (số, ngày cũ: {2})", "", ""},
    {ui_newyear_leap_day, "", "{0}: 29 February does not exist that year: {1}",
     "{0}: năm mới không có ngày 29 tháng 2: {1}", "", ""},
    {ui_newyear_span, "", "{0}: \"{1}\" names a span of years: is it still right for {2}?",
     "{0}: \"{1}\" ghi một giai đoạn nhiều năm: còn đúng cho năm {2} không?", "", ""},
    {ui_newyear_exceeded, "", "{0}: exceeded in {1} ({2}): keep the target, or raise it?",
     "{0}: năm {1} vượt chỉ tiêu ({2}): giữ hay nâng chỉ tiêu?", "", ""},
    {ui_newyear_not_met, "",
     "{0}: not met in {1} ({2}): keep the target, change it, or change the plan to reach it?",
     "{0}: năm {1} không đạt ({2}): giữ chỉ tiêu, điều chỉnh, hay đổi kế hoạch thực hiện?", "", ""},
    {ui_newyear_no_data, "", "{0}: no data in {1}: how will it be measured in {2}, and by whom?",
     "{0}: năm {1} chưa có số liệu: năm {2} đo bằng gì, ai ghi?", "", ""},
    {ui_newyear_withdrawn, "",
     "{0}: withdrawn in {1} ({2}): its `withdrawn:` is commented out, so it is evaluated again "
     "in {3}: remove the objective, or uncomment it if it stays withdrawn",
     "{0}: năm {1} rút khỏi đánh giá ({2}): phần `withdrawn:` đã được đánh dấu chú thích nên năm "
     "{3} mục tiêu được đánh giá lại: bỏ mục tiêu, hoặc bỏ dấu # nếu vẫn rút",
     "", ""},
    {ui_newyear_corrective_action, "",
     "{0}: the corrective action decided in {1} is due {2} (\"{3}\"): write it into the plan of "
     "{4}",
     "{0}: hành động khắc phục quyết định năm {1} có hạn {2} (\"{3}\"): hãy đưa vào kế hoạch năm "
     "{4}",
     "", ""},
    {ui_newyear_incomplete, "",
     "{0}: data incomplete in {1} ({2}): record the missing periods, then evaluate the year",
     "{0}: năm {1} chưa đủ số liệu ({2}): hãy bổ sung các kỳ còn thiếu rồi mới đánh giá năm", "",
     ""},
    {ui_newyear_no_cause, "",
     "{0}: not met in {1}, and no cause or corrective action is recorded: write them under "
     "evaluations: in {1}'s measurements (ISO 9001 clause 10.2)",
     "{0}: năm {1} không đạt mà chưa ghi nguyên nhân và hành động khắc phục: hãy ghi vào "
     "evaluations: trong tệp số liệu năm {1} (ISO 9001 điều 10.2)",
     "", ""},
    {ui_newyear_next, "", "next: check the new files (qobj check {0}), then commit them",
     "tiếp theo: kiểm tra các tệp mới (qobj check {0}) rồi commit", "", ""},
    {ui_cmd_diff, "",
     "Say what changed in the objectives and measurements between two folders, two files or two "
     "git revisions: objectives and targets added, removed, renumbered and changed, records, and "
     "with --report the verdicts",
     "Cho biết mục tiêu và số liệu đã thay đổi những gì giữa hai thư mục, hai tệp hoặc hai phiên "
     "bản git: mục tiêu, chỉ tiêu thêm, bỏ, đánh số lại, sửa; số liệu; và với --report, kết quả "
     "đánh giá",
     "", ""},
    {ui_opt_diff_old, "",
     "Before and after: two folders, two files or two git revisions (HEAD~1, v1, a commit); one "
     "revision alone is compared with the working tree; paths after -- limit the revisions to them",
     "Trước và sau: hai thư mục, hai tệp hoặc hai phiên bản git (HEAD~1, v1, một commit); một "
     "phiên bản git nêu riêng được so với thư mục làm việc; các đường dẫn sau -- giới hạn phần "
     "được "
     "so sánh",
     "", ""},
    {ui_opt_diff_format, "",
     "text (the terminal; default), md (Markdown, for a pull request), json",
     "text (màn hình; mặc định), md (Markdown, cho pull request), json", "", ""},
    {ui_opt_diff_report, "", "Also evaluate both sides and list the verdicts that changed",
     "Đánh giá cả hai phía và liệt kê các kết quả đã thay đổi", "", ""},
    {ui_opt_diff_textconv, "",
     "Print one file's facts a line each, for git diff (a textconv driver: docs/ci.md)",
     "In các nội dung của một tệp, mỗi dòng một ý, cho git diff (trình textconv: docs/ci.md)", "",
     ""},
    {ui_cmd_import, "",
     "Read the one-stop shop's quarterly reports (XLSX or CSV, Biểu 06/VPCP/KSTT) into measurement "
     "records of a target, checked at every cell; nothing is written while anything is wrong",
     "Nhập báo cáo quý của bộ phận một cửa (XLSX hoặc CSV, Biểu 06/VPCP/KSTT) thành số liệu của "
     "một chỉ tiêu, kiểm tra từng ô; không ghi gì khi còn lỗi",
     "", ""},
    {ui_opt_import_layout, "", "The report's layout: one-stop (the 13-column form)",
     "Mẫu báo cáo: one-stop (biểu 13 cột)", "", ""},
    {ui_opt_import_files, "",
     "The reports as received: .xlsx or .csv (UTF-8, or Windows-1258 as Excel writes it)",
     "Các báo cáo như đã nhận: .xlsx hoặc .csv (UTF-8, hoặc Windows-1258 như Excel ghi)", "", ""},
    {ui_opt_import_agency, "", "The agency the figures are for (its id, as in objectives.yaml)",
     "Cơ quan của số liệu (mã như trong objectives.yaml)", "", ""},
    {ui_opt_import_target, "", "The target they measure, e.g. MT2/dung-han",
     "Chỉ tiêu được đo, ví dụ MT2/dung-han", "", ""},
    {ui_opt_import_definition, "",
     "Which ratio of the form: resolved, resolved-without-returned, due, qd766 or online (default: "
     "the target's definition)",
     "Tính theo tỷ lệ nào của biểu: resolved, resolved-without-returned, due, qd766 hoặc online "
     "(mặc định: definition của chỉ tiêu)",
     "", ""},
    {ui_opt_import_output, "",
     "The measurements file to write (new), or to add the records to (existing: its comments are "
     "kept)",
     "Tệp số liệu để ghi (tệp mới), hoặc để thêm số liệu vào (tệp có sẵn: giữ nguyên chú thích)",
     "", ""},
    {ui_opt_import_tolerance, "",
     "Dossiers a printed total may be off from its parts: said as a warning, not an error (default "
     "0)",
     "Số hồ sơ mà dòng tổng được phép lệch so với các phần: chỉ cảnh báo, không báo lỗi (mặc định "
     "0)",
     "", ""},
    {ui_opt_import_period, "",
     "The period of a report that does not say it: START..END, e.g. 2025-12-15..2026-03-14",
     "Kỳ của báo cáo không ghi kỳ: BẮT-ĐẦU..KẾT-THÚC, ví dụ 2025-12-15..2026-03-14", "", ""},
    {ui_opt_import_sheet, "", "Read only this sheet of the workbooks",
     "Chỉ đọc trang tính này của tệp", "", ""},
    {ui_opt_import_mapping, "",
     "A mapping file (format: qobj/import-mapping) for a report in another layout",
     "Tệp mô tả mẫu (format: qobj/import-mapping) cho báo cáo theo mẫu khác", "", ""},
    {ui_opt_import_source, "",
     "The records' source, e.g. \"Hệ thống thông tin giải quyết TTHC tỉnh\" (a new file's)",
     "Nguồn số liệu, ví dụ \"Hệ thống thông tin giải quyết TTHC tỉnh\" (của tệp mới)", "", ""},
    {ui_import_period, "", "{0}: {1}, {2} = {3} / {4} = {5}", "{0}: {1}, {2} = {3} / {4} = {5}", "",
     ""},
    {ui_import_reported, "", "{0}: {1}, {2} = {3} as reported, without its counts (unverified)",
     "{0}: {1}, {2} = {3} theo báo cáo, không kèm số hồ sơ (chưa kiểm chứng)", "", ""},
    {ui_import_score, "", "{0}: {1}, score {2}/{3} (at {4})", "{0}: {1}, điểm {2}/{3} (tại {4})",
     "", ""},
    {ui_import_written, "", "wrote {0}: {2} ({3}), periods: {1}",
     "đã ghi {0}: {2} ({3}), số kỳ: {1}", "", ""},
    {ui_import_added, "", "added to {0}: {2} ({3}), periods: {1}",
     "đã thêm vào {0}: {2} ({3}), số kỳ: {1}", "", ""},
    {ui_import_next, "", "next: qobj report {0}", "tiếp theo: qobj report {0}", "", ""},
    {ui_cli_bad_period_range, "",
     "\"{0}\" is not a period: write START..END with dates as YYYY-MM-DD or DD/MM/YYYY, e.g. "
     "2025-12-15..2026-03-14",
     "\"{0}\" không phải là kỳ: hãy viết BẮT-ĐẦU..KẾT-THÚC, ngày dạng YYYY-MM-DD hoặc "
     "DD/MM/YYYY, ví dụ 15/12/2025..14/03/2026",
     "", ""},
    {ui_cli_period_reversed, "",
     "\"{0}\" ends before it starts: write the first day, two dots, then the last day",
     "\"{0}\" kết thúc trước khi bắt đầu: hãy viết ngày đầu, hai dấu chấm, rồi ngày cuối", "", ""},
    {ui_cli_bad_tolerance, "", "\"{0}\" is not a number of dossiers: write a whole number, e.g. 2",
     "\"{0}\" không phải là số hồ sơ: hãy viết số nguyên, ví dụ 2", "", ""},
    {ui_diff_working_tree, "", "the working tree", "thư mục làm việc", "", ""},
    {ui_diff_heading, "", "Changes from {0} to {1}", "Thay đổi từ {0} đến {1}", "", ""},
    {ui_diff_files, "", "Files", "Tệp", "", ""},
    {ui_diff_units, "", "Units", "Đơn vị", "", ""},
    {ui_diff_plan, "", "Objectives and targets", "Mục tiêu và chỉ tiêu", "", ""},
    {ui_diff_records, "", "Measurements", "Số liệu", "", ""},
    {ui_diff_baselines, "", "Baselines", "Số liệu năm gốc", "", ""},
    {ui_diff_evaluations, "", "Year-end evaluations", "Đánh giá cuối năm", "", ""},
    {ui_diff_verdicts, "", "Verdicts that changed", "Kết quả đánh giá đã thay đổi", "", ""},
    {ui_diff_unwritten, "", "(none)", "(không có)", "", ""},
    {ui_diff_not_evaluated, "", "(not evaluated)", "(không đánh giá)", "", ""},
    {ui_diff_records_added, "", "{0} records added", "thêm {0} bản ghi", "", ""},
    {ui_diff_records_removed, "", "{0} records removed", "bỏ {0} bản ghi", "", ""},
    {ui_diff_no_changes, "", "no change in the objectives or the measurements",
     "mục tiêu và số liệu không thay đổi", "", ""},
    {ui_diff_no_verdict_changes, "", "no verdict changed", "không có kết quả nào thay đổi", "", ""},
    {ui_diff_col_id, "", "Id", "Mã", "", ""},
    {ui_diff_col_change, "", "Change", "Thay đổi", "", ""},
    {ui_diff_no_agency_in_common, "",
     "the two sides hold no agency in common: everything shows as added or removed",
     "hai phía không có cơ quan nào chung: mọi thứ đều hiện là thêm hoặc bỏ", "", ""},
    {ui_diff_moved_with_year, "", "{0} dates and texts only moved on with the year (not listed)",
     "{0} ngày và nội dung chỉ chuyển theo năm mới (không liệt kê)", "", ""},
    {ui_cli_bad_agency_id, "",
     "\"{0}\" is not an agency id: write lowercase letters without accents, digits and dashes, "
     "e.g. {1}",
     "\"{0}\" không phải là mã cơ quan: hãy viết chữ thường không dấu, chữ số và gạch ngang, "
     "ví dụ {1}",
     "", ""},
    {ui_help_exit_codes, "",
     "Exit codes:\n  0  success\n  1  evaluation found objectives that fail the --fail-on policy\n "
     " 2  invalid input (at least one error diagnostic)\n  3  usage or I/O error (unknown option, "
     "missing file, unwritable output)\n  4  internal error (a bug: please report it)",
     "Mã thoát:\n  0  thành công\n  1  có mục tiêu mang kết quả nêu trong --fail-on\n  2  dữ liệu "
     "đầu vào có lỗi (ít nhất một lỗi)\n  3  lỗi cách dùng hoặc vào/ra (tuỳ chọn lạ, thiếu tệp, "
     "không ghi được tệp kết quả)\n  4  lỗi nội bộ (lỗi của qobj: xin hãy báo lại)",
     "", ""},
    {ui_cli_see_help, "", "Run qobj {0}--help for more information.",
     "Chạy qobj {0}--help để xem hướng dẫn.", "", ""},
    {ui_cli_unexpected, "", "unexpected argument: {0}", "tham số không hợp lệ: {0}", "", ""},
    {ui_cli_unexpected_near, "", "unexpected argument: {0}; did you mean {1}?",
     "tham số không hợp lệ: {0}; có phải ý bạn là {1}?", "", ""},
    {ui_cli_command_required, "",
     "give a command: check, report, schema, init, new-year, diff or import",
     "hãy nêu một lệnh: check, report, schema, init, new-year, diff hoặc import", "", ""},
    {ui_cli_unknown_command, "",
     "\"{0}\" is not a command: the commands are check, report, schema, init, new-year, diff "
     "and import",
     "\"{0}\" không phải là lệnh: các lệnh là check, report, schema, init, new-year, diff và "
     "import",
     "", ""},
    {ui_cli_unknown_command_near, "", "\"{0}\" is not a command: did you mean {1}?",
     "\"{0}\" không phải là lệnh: có phải ý bạn là {1}?", "", ""},
    {ui_cli_required, "", "{0} is required", "thiếu {0}", "", ""},
    {ui_cli_paths_required, "", "give the files or directories to read, e.g. qobj check examples/",
     "hãy nêu các tệp hoặc thư mục cần đọc, ví dụ qobj check examples/", "", ""},
    {ui_cli_schema_name_required, "", "give the schema's name: objectives, measurements or report",
     "hãy nêu tên lược đồ: objectives, measurements hoặc report", "", ""},
    {ui_cli_given_twice, "", "{0} is given more than once: give it once",
     "{0} được nêu nhiều lần: hãy chỉ nêu một lần", "", ""},
    {ui_cli_option_before_command, "",
     "{0} is an option of qobj {1}: write it after the command, e.g. qobj {1} {0} …",
     "{0} là tuỳ chọn của lệnh qobj {1}: hãy viết sau tên lệnh, ví dụ qobj {1} {0} …", "", ""},
    {ui_cli_needs_value, "", "{0} needs a value", "{0} cần một giá trị", "", ""},
    {ui_cli_not_one_of, "", "\"{0}\" is not one of: {1}", "\"{0}\" không thuộc: {1}", "", ""},
    {ui_cli_not_one_of_near, "", "\"{0}\" is not one of: {1}; did you mean \"{2}\"?",
     "\"{0}\" không thuộc: {1}; có phải ý bạn là \"{2}\"?", "", ""},
    {ui_cli_bad_year, "", "\"{0}\" is not a year between 1900 and 2200",
     "\"{0}\" không phải là năm trong khoảng 1900 đến 2200", "", ""},
    {ui_cli_bad_size, "", "\"{0}\" is not a size between 1 and 2G, such as 64M",
     "\"{0}\" không phải là kích thước từ 1 đến 2G, ví dụ 64M", "", ""},
    {ui_cli_bad_jobs, "", "\"{0}\" is not a number of files at once between 1 and 256, such as 4",
     "\"{0}\" không phải là số tệp đọc cùng lúc từ 1 đến 256, ví dụ 4", "", ""},
    {ui_cli_trend_format, "",
     "--trend is written as a table, md, csv, json or html, not {0}: e.g. -o xu-huong.html",
     "--trend chỉ xuất dạng bảng, md, csv, json hoặc html, không xuất {0}: ví dụ -o xu-huong.html",
     "", ""},
    {ui_cli_trend_with, "", "--trend shows every year side by side: leave out {0}",
     "--trend hiển thị kết quả của mọi năm: hãy bỏ {0}", "", ""},
    {ui_cli_summary_only_with, "",
     "--summary-only writes the roll-up across agencies, which has no number or place of its "
     "own: leave out {0}",
     "--summary-only chỉ ghi bảng tổng hợp các cơ quan, không có số và nơi ban hành riêng: hãy "
     "bỏ {0}",
     "", ""},
    {ui_cli_invalid, "", "{0}: the value is not valid", "{0}: giá trị không hợp lệ", "", ""},
    {ui_cli_usage, "", "the command line cannot be read", "không đọc được dòng lệnh", "", ""},
    {ui_cli_not_a_date, "", "\"{0}\" is not a date: write it as YYYY-MM-DD, e.g. 2021-06-30",
     "\"{0}\" không phải là ngày: hãy viết dạng YYYY-MM-DD, ví dụ 2021-06-30", "", ""},
    {ui_cli_no_such_day, "", "{0} is not a day of the calendar: that month has fewer days",
     "{0} không phải là một ngày có thật: tháng đó không có ngày này", "", ""},
    {ui_cli_date_day_first, "", "\"{0}\" is written day first: write {1} (YYYY-MM-DD)",
     "\"{0}\" được viết theo thứ tự ngày trước: hãy viết {1} (YYYY-MM-DD)", "", ""},
    {ui_cli_fail_on_empty, "",
     "give at least one verdict, e.g. --fail-on not-met,at-risk (the "
     "verdicts: {0})",
     "hãy nêu ít nhất một kết quả, ví dụ --fail-on not-met,at-risk (các kết quả: {0})", "", ""},
    {ui_cli_unknown_verdict, "", "\"{0}\" is not a verdict; the verdicts are: {1}",
     "\"{0}\" không phải là một kết quả đánh giá; các kết quả là: {1}", "", ""},
    {ui_cli_unknown_verdict_near, "",
     "\"{0}\" is not a verdict: did you mean \"{2}\"? (the "
     "verdicts: {1})",
     "\"{0}\" không phải là một kết quả đánh giá: có phải ý bạn là \"{2}\"? (các kết quả: {1})", "",
     ""},
};

std::string format_with(std::string_view pattern, Lang lang, const std::vector<MessageArg>& args) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& arg : args) {
    if (!arg.periods.empty()) {
      store.push_back(periods_wording(arg.periods, lang));
      continue;
    }
    if (arg.phrases.empty()) {
      store.push_back(lang == Lang::vi && !arg.text_vi.empty() ? arg.text_vi : arg.text);
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
