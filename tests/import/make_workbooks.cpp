// Writes the workbooks the import tests and the benchmark read: the one-stop shop's quarterly
// form as a system exports it (libxlsxwriter: merged headings, numbers as numbers, one sheet per
// quarter), and hostile ones written part by part with minizip (merged cells over a count, a
// formula whose result was never saved, a sheet of a million rows, a zip bomb).
//
// usage: make_workbooks DIR            the test workbooks
//        make_workbooks --rows N FILE  one form of N rows, for the benchmark
#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Quarter {
  const char* sheet;
  const char* label;
  const char* period;
  long online, in_person, carried, early, on_time, late, pending_in_time, pending_late;
};

// Vĩnh Phúc, 2021: the figures of tests/fixtures/import/vinh-phuc/*.csv.
const Quarter kQuarters[] = {
    {"Quý 1.2021", "Kỳ báo cáo: Quý I năm 2021", "(Từ ngày 15/12/2020 đến ngày 14/03/2021)", 7500,
     6000, 1300, 9800, 3100, 40, 1480, 20},
    {"Quý 2.2021", "Kỳ báo cáo: Quý II năm 2021", "(Từ ngày 15/03/2021 đến ngày 14/06/2021)", 8600,
     6200, 1500, 10900, 3200, 30, 1490, 10},
    {"Quý 3.2021", "Kỳ báo cáo: Quý III năm 2021", "(Từ ngày 15/06/2021 đến ngày 14/09/2021)", 9120,
     6321, 1500, 10650, 3414, 25, 1840, 12},
    {"Quý 4.2021", "Kỳ báo cáo: Quý IV năm 2021", "(Từ ngày 15/09/2021 đến ngày 14/12/2021)", 9400,
     5900, 1852, 11200, 3500, 20, 1600, 8},
};

const char* kFields[] = {"Lĩnh vực Hộ tịch", "Lĩnh vực Đất đai", "Lĩnh vực Đầu tư",
                         "Lĩnh vực Giao thông vận tải"};

// The 13 columns of one row from its 8 independent figures.
std::vector<long> columns(long online, long in_person, long carried, long early, long on_time,
                          long late, long pending_in_time, long pending_late) {
  return {online + in_person + carried,   online,          in_person,   carried,
          early + on_time + late,         early,           on_time,     late,
          pending_in_time + pending_late, pending_in_time, pending_late};
}

// The heading rows of the form, with its merged cells, and the column-number row; returns the
// first data row.
lxw_row_t write_heading(lxw_worksheet* ws, lxw_format* bold, const char* label,
                        const char* period) {
  worksheet_merge_range(ws, 0, 0, 0, 4, "UBND TỈNH VĨNH PHÚC", bold);
  worksheet_merge_range(ws, 1, 0, 1, 4, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", bold);
  worksheet_merge_range(ws, 2, 0, 2, 12, "Biểu số II.06a/VPCP/KSTT", nullptr);
  worksheet_merge_range(ws, 3, 0, 3, 12,
                        "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI "
                        "QUYẾT TTHC",
                        bold);
  worksheet_merge_range(ws, 4, 0, 4, 12, label, nullptr);
  worksheet_merge_range(ws, 5, 0, 5, 12, period, nullptr);
  worksheet_write_string(ws, 6, 0, "Đơn vị tính: Số hồ sơ TTHC", nullptr);
  worksheet_merge_range(ws, 7, 0, 9, 0, "STT", bold);
  worksheet_merge_range(ws, 7, 1, 9, 1, "Lĩnh vực, công việc giải quyết theo cấp", bold);
  worksheet_merge_range(ws, 7, 2, 7, 5, "Số hồ sơ nhận giải quyết", bold);
  worksheet_merge_range(ws, 7, 6, 7, 12, "Kết quả giải quyết", bold);
  worksheet_merge_range(ws, 8, 2, 9, 2, "Tổng số", bold);
  worksheet_merge_range(ws, 8, 3, 8, 5, "Trong đó", bold);
  worksheet_merge_range(ws, 8, 6, 8, 9, "Số hồ sơ đã giải quyết", bold);
  worksheet_merge_range(ws, 8, 10, 8, 12, "Số hồ sơ đang giải quyết", bold);
  const char* sub[] = {"Trực tuyến",   "Trực tiếp, dịch vụ bưu chính",
                       "Từ kỳ trước",  "Tổng số",
                       "Trước hạn",    "Đúng hạn",
                       "Quá hạn",      "Tổng số",
                       "Chưa đến hạn", "Quá hạn"};
  for (int i = 0; i < 10; ++i)
    worksheet_write_string(ws, 9, static_cast<lxw_col_t>(3 + i), sub[i], bold);
  for (int c = 0; c < 13; ++c) {
    const std::string number = "(" + std::to_string(c + 1) + ")";
    worksheet_write_string(ws, 10, static_cast<lxw_col_t>(c), number.c_str(), bold);
  }
  return 11;
}

void write_row(lxw_worksheet* ws, lxw_row_t row, const char* number, const char* label,
               const std::vector<long>& figures) {
  if (number[0] != '\0') worksheet_write_string(ws, row, 0, number, nullptr);
  worksheet_write_string(ws, row, 1, label, nullptr);
  for (std::size_t i = 0; i < figures.size(); ++i)
    worksheet_write_number(ws, row, static_cast<lxw_col_t>(2 + i), static_cast<double>(figures[i]),
                           nullptr);
}

bool quarterly(const std::string& path) {
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  for (const Quarter& q : kQuarters) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, q.sheet);
    lxw_row_t row = write_heading(ws, bold, q.label, q.period);
    // The lĩnh vực rows: 40, 30, 20 and the rest of every figure (as the CSV fixtures).
    const long totals[8] = {q.online,  q.in_person, q.carried,         q.early,
                            q.on_time, q.late,      q.pending_in_time, q.pending_late};
    long left[8];
    std::memcpy(left, totals, sizeof left);
    const int shares[] = {40, 30, 20};
    for (int f = 0; f < 4; ++f) {
      long part[8];
      for (int i = 0; i < 8; ++i) {
        part[i] = f < 3 ? totals[i] * shares[f] / 100 : left[i];
        left[i] -= f < 3 ? part[i] : 0;
      }
      const std::string number = std::to_string(f + 1);
      write_row(ws, row++, number.c_str(), kFields[f],
                columns(part[0], part[1], part[2], part[3], part[4], part[5], part[6], part[7]));
    }
    write_row(ws, row++, "", "Tổng số",
              columns(q.online, q.in_person, q.carried, q.early, q.on_time, q.late,
                      q.pending_in_time, q.pending_late));
    worksheet_write_string(ws, row + 1, 1, "Người lập biểu", nullptr);
    worksheet_write_string(ws, row + 1, 9, "GIÁM ĐỐC", nullptr);
  }
  return workbook_close(wb) == LXW_NO_ERROR;
}

// A count merged over two columns: (8) and (9) of a lĩnh vực row in one cell.
bool merged_counts(const std::string& path) {
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Quý 4.2021");
  const Quarter& q = kQuarters[3];
  lxw_row_t row = write_heading(ws, nullptr, q.label, q.period);
  write_row(ws, row, "1", "Lĩnh vực Hộ tịch", columns(9400, 5900, 1852, 11200, 3500, 20, 1600, 8));
  worksheet_merge_range(ws, row, 7, row, 8, "", nullptr);
  worksheet_write_number(ws, row, 7, 14700, nullptr);
  ++row;
  write_row(ws, row, "", "Tổng số", columns(9400, 5900, 1852, 11200, 3500, 20, 1600, 8));
  return workbook_close(wb) == LXW_NO_ERROR;
}

// ---- parts written by hand, for what no spreadsheet program writes ----------------------

const char* kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
const char* kWorkbook =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
    "<sheets><sheet name=\"Quý 4.2021\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char* kRelations =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

// A row of inline strings and numbers ("s:" marks a string).
std::string xml_row(long number, const std::vector<std::string>& cells) {
  std::string out = "<row r=\"" + std::to_string(number) + "\">";
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string ref = std::string(1, static_cast<char>('A' + i)) + std::to_string(number);
    const std::string& c = cells[i];
    if (c.empty()) continue;
    if (c.rfind("s:", 0) == 0) {
      out += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + c.substr(2) + "</t></is></c>";
    } else if (c.rfind("f:", 0) == 0) {
      out += "<c r=\"" + ref + "\"><f>" + c.substr(2) + "</f></c>";
    } else {
      out += "<c r=\"" + ref + "\"><v>" + c + "</v></c>";
    }
  }
  return out + "</row>";
}

std::string form_top() {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
  out += xml_row(1, {"s:(Từ ngày 15/09/2021 đến ngày 14/12/2021)"});
  std::vector<std::string> numbers;
  for (int c = 1; c <= 13; ++c) numbers.push_back("s:(" + std::to_string(c) + ")");
  out += xml_row(2, numbers);
  return out;
}

std::vector<std::string> figures(const char* number, const char* label, long scale) {
  const std::vector<long> c = columns(94 * scale, 59 * scale, 18 * scale, 112 * scale, 35 * scale,
                                      scale, 16 * scale, scale);
  std::vector<std::string> out = {number[0] ? std::string("s:") + number : "",
                                  std::string("s:") + label};
  for (const long v : c) out.push_back(std::to_string(v));
  return out;
}

// Writes the parts of a workbook; the sheet through `sheet`, which may write it in pieces.
template <typename WriteSheet>
bool write_parts(const std::string& path, WriteSheet sheet) {
  zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  if (zip == nullptr) return false;
  const auto part = [&](const char* name, const std::string& text) {
    zip_fileinfo info{};
    if (zipOpenNewFileInZip64(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6,
                              1) != ZIP_OK)
      return false;
    const bool ok =
        zipWriteInFileInZip(zip, text.data(), static_cast<unsigned>(text.size())) == ZIP_OK;
    return zipCloseFileInZip(zip) == ZIP_OK && ok;
  };
  bool ok = part("[Content_Types].xml", kContentTypes) && part("xl/workbook.xml", kWorkbook) &&
            part("xl/_rels/workbook.xml.rels", kRelations);
  zip_fileinfo info{};
  ok = ok && zipOpenNewFileInZip64(zip, "xl/worksheets/sheet1.xml", &info, nullptr, 0, nullptr, 0,
                                   nullptr, Z_DEFLATED, 6, 1) == ZIP_OK;
  const auto write = [&](const std::string& text) {
    return zipWriteInFileInZip(zip, text.data(), static_cast<unsigned>(text.size())) == ZIP_OK;
  };
  ok = ok && sheet(write) && zipCloseFileInZip(zip) == ZIP_OK;
  return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// The total row as formulas whose results were never computed (a file written by a program
// that leaves that to Excel).
bool formula_without_value(const std::string& path) {
  return write_parts(path, [](const auto& write) {
    std::string xml = form_top() + xml_row(3, figures("1", "Lĩnh vực Hộ tịch", 1));
    std::vector<std::string> total = {"", "s:Tổng số"};
    for (char c = 'C'; c <= 'M'; ++c) total.push_back(std::string("f:SUM(") + c + "3:" + c + "3)");
    xml += xml_row(4, total) + "</sheetData></worksheet>";
    return write(xml);
  });
}

// `rows` lĩnh vực rows and their total: the benchmark's workbook, and, past the limit, a sheet
// no report is.
bool many_rows(const std::string& path, long rows) {
  return write_parts(path, [rows](const auto& write) {
    std::string xml = form_top();
    for (long r = 0; r < rows; ++r) {
      xml += xml_row(3 + r, figures(std::to_string(r + 1).c_str(), "Lĩnh vực Hộ tịch", 1));
      if (xml.size() > (1 << 20)) {
        if (!write(xml)) return false;
        xml.clear();
      }
    }
    xml += xml_row(3 + rows, figures("", "Tổng số", rows)) + "</sheetData></worksheet>";
    return write(xml);
  });
}

// A sheet of 256 MiB of spaces, which deflates to a few hundred kilobytes: between its rows (a
// zip bomb), or inside one cell (a cell longer than any Excel holds).
bool zip_bomb(const std::string& path, bool inside_cell) {
  return write_parts(path, [inside_cell](const auto& write) {
    const std::string open = inside_cell ? "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>" : "";
    const std::string close = inside_cell ? "</t></is></c></row>" : "";
    if (!write(form_top() + open)) return false;
    const std::string spaces(1 << 20, ' ');
    for (int i = 0; i < 256; ++i) {
      if (!write(spaces)) return false;
    }
    return write(close + "</sheetData></worksheet>");
  });
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::strcmp(argv[1], "--rows") == 0)
    return many_rows(argv[3], std::atol(argv[2])) ? 0 : 1;
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_workbooks DIR | make_workbooks --rows N FILE\n");
    return 2;
  }
  const std::string dir = argv[1];
  const bool ok =
      quarterly(dir + "/bao-cao-2021.xlsx") && merged_counts(dir + "/merged-counts.xlsx") &&
      formula_without_value(dir + "/formula-without-value.xlsx") &&
      many_rows(dir + "/million-rows.xlsx", 1000000) && zip_bomb(dir + "/zip-bomb.xlsx", false) &&
      zip_bomb(dir + "/long-cell.xlsx", true);
  if (!ok) std::fprintf(stderr, "make_workbooks: could not write the workbooks in %s\n", argv[1]);
  return ok ? 0 : 1;
}
