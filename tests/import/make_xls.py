#!/usr/bin/env python3
"""Writes an Excel 97-2003 (.xls) one-stop report for the import tests: Vinh Phuc's quarter III of
2021 (the province's published 14 064 / 14 101 by "due"), as older systems still send it.

usage: make_xls.py FILE.xls"""
import sys

import xlwt

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("Quý 3.2021")
bold = xlwt.easyxf("font: bold on")
sheet.write_merge(0, 0, 0, 4, "UBND TỈNH VĨNH PHÚC", bold)
sheet.write_merge(3, 3, 0, 12, "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC", bold)
sheet.write_merge(4, 4, 0, 12, "Kỳ báo cáo: Quý III năm 2021")
sheet.write_merge(5, 5, 0, 12, "(Từ ngày 15/06/2021 đến ngày 14/09/2021)")
for column in range(13):
    sheet.write(7, column, column + 1, bold)  # the column numbers as numbers
rows = [
    ("1", "Lĩnh vực Hộ tịch", 3648, 2528, 600, 4260, 1365, 10, 736, 4),
    ("2", "Lĩnh vực Đất đai", 2736, 1896, 450, 3195, 1024, 7, 552, 3),
    ("3", "Lĩnh vực Đầu tư", 1824, 1264, 300, 2130, 682, 5, 368, 2),
    ("4", "Lĩnh vực Giao thông vận tải", 912, 633, 150, 1065, 343, 3, 184, 3),
]
def figures(online, in_person, carried, early, on_time, late, pending_in_time, pending_late):
    return [online + in_person + carried, online, in_person, carried, early + on_time + late,
            early, on_time, late, pending_in_time + pending_late, pending_in_time, pending_late]
totals = [0] * 8
for r, (number, label, *values) in enumerate(rows):
    sheet.write(8 + r, 0, number)
    sheet.write(8 + r, 1, label)
    for c, value in enumerate(figures(*values)):
        sheet.write(8 + r, 2 + c, float(value))  # stored as doubles, as Excel does
    totals = [t + v for t, v in zip(totals, values)]
sheet.write(12, 1, "Tổng số", bold)
for c, value in enumerate(figures(*totals)):
    sheet.write(12, 2 + c, float(value))
sheet.write(14, 1, "Người lập biểu")
sheet.write(14, 9, "GIÁM ĐỐC")
book.save(sys.argv[1])
