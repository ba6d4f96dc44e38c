#!/usr/bin/python3
"""The report files of both seed examples, written in one run of
`qobj report … -o a.html -o a.md -o a.csv -o a.xlsx -o a.xml -o a.json`, checked against the
real thing: the JUnit file with xmllint against junit-10.xsd, the workbook read back from its
sheet XML, the CSV with Python's RFC 4180 reader, the HTML printed to PDF by headless Chromium
and read back with pdftotext.

Usage: check_report_files.py CHECK QOBJ ROOT [JUNIT_XSD]
CHECK is one of: all-formats, junit, xlsx, csv, html-pdf, two-levels (a fixture's stretch levels
and revision, in every format)."""
import csv
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

EXAMPLES = {
    "so-cong-thuong-2021": {"met": 4, "evaluated": 7, "not_met": ["MT2"], "actual_MT2": "99.961255",
                            "signer": "GIÁM ĐỐC"},
    "ubnd-kon-tum-2021": {"met": 4, "evaluated": 6, "not_met": ["MT2"], "actual_MT2": "75",
                          "signer": "PHÓ CHỦ TỊCH"},
}
AS_OF = "2022-01-31"
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL:", message)


def expect(condition, message):
    if not condition:
        fail(message)


def write_all(qobj, root, example, out_dir, lang="vi", extra=(), folder="examples"):
    paths = {ext: os.path.join(out_dir, f"a.{ext}") for ext in ("html", "md", "csv", "xlsx", "xml", "json", "txt")}
    # Colour forced on: it must still never reach a file.
    args = [qobj, "--lang", lang, "--color", "always", "report", "--as-of", AS_OF, os.path.join(root, folder, example), *extra]
    for path in paths.values():
        args += ["-o", path]
    run = subprocess.run(args, capture_output=True, text=True, check=False)
    expect(run.returncode == 0, f"{example}: qobj report exited {run.returncode}: {run.stderr}")
    expect(run.stdout == "", f"{example}: with -o nothing goes to standard output")
    for ext, path in paths.items():
        expect(os.path.isfile(path) and os.path.getsize(path) > 0, f"{example}: a.{ext} was written")
    leftovers = [name for name in os.listdir(out_dir) if ".qobj-" in name]
    expect(not leftovers, f"{example}: no temporary file is left behind: {leftovers}")
    for ext in ("html", "md", "csv", "xml", "json", "txt"):
        with open(paths[ext], "rb") as f:
            expect(b"\x1b[" not in f.read(), f"{example}: no ANSI colour code in a.{ext}")
    return paths


def check_all_formats(qobj, root, _):
    for example, expected in EXAMPLES.items():
        with tempfile.TemporaryDirectory() as out:
            paths = write_all(qobj, root, example, out)
            with open(paths["json"], encoding="utf-8") as f:
                report = json.load(f)
            summary = report["agencies"][0]["summary"]
            expect(summary["met"] == expected["met"] and summary["evaluated"] == expected["evaluated"],
                   f"{example}: JSON summary {summary}")
            with open(paths["md"], encoding="utf-8") as f:
                md = f.read()
            expect(f"Đạt {expected['met']}/{expected['evaluated']} mục tiêu" in md, f"{example}: Markdown summary")
            expect("| Mã | Mục tiêu |" in md and "❌ Không đạt" in md, f"{example}: Markdown table")


def check_two_levels(qobj, root, _):
    """Every format says the two levels, the share of the target and the revision in force."""
    with tempfile.TemporaryDirectory() as out:
        paths = write_all(qobj, root, "two-levels", out, folder="tests/fixtures/reports")
        texts = {}
        for ext in ("html", "md", "txt"):  # JUnit words only what fails
            with open(paths[ext], encoding="utf-8") as f:
                texts[ext] = f.read()
        with zipfile.ZipFile(paths["xlsx"]) as book:
            texts["xlsx"] = book.read("xl/sharedStrings.xml").decode("utf-8")
        for ext, text in texts.items():
            expect("≥ 42.000 tỷ đồng, phấn đấu 56.865" in text, f"two-levels: a.{ext} gives both levels in force")
            expect("109,97% chỉ tiêu; 81,22% mức phấn đấu" in text, f"two-levels: a.{ext} gives the share of target and stretch")
            expect("từ ngày 01/10/2021 theo Quyết định số 2352/QĐ-BTC" in text and
                   "(ban đầu: ≥ 42.000 tỷ đồng, phấn đấu 45.000)" in text,
                   f"two-levels: a.{ext} names the revision in force and the target first set")
        with open(paths["csv"], encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        first = rows[0]
        expect((first["target_value"], first["target_stretch"], first["plan_percent"], first["revised_on"],
                first["original_target_stretch"]) == ("42000", "56865", "109.969048", "2021-10-01", "45000"),
               f"two-levels: CSV levels and revision {first}")
        with open(paths["json"], encoding="utf-8") as f:
            target = json.load(f)["agencies"][0]["objectives"][0]["targets"][0]
        expect(target["verdict"] == "met" and target["revision"]["document"] == "Quyết định số 2352/QĐ-BTC",
               f"two-levels: JSON verdict and revision {target['verdict']} {target['revision']}")


def check_junit(qobj, root, xsd):
    for example, expected in EXAMPLES.items():
        for lang in ("vi", "en"):
            with tempfile.TemporaryDirectory() as out:
                paths = write_all(qobj, root, example, out, lang)
                run = subprocess.run(["xmllint", "--noout", "--schema", xsd, paths["xml"]],
                                     capture_output=True, text=True, check=False)
                expect(run.returncode == 0, f"{example} ({lang}): JUnit invalid against the XSD: {run.stderr}")
                suites = ET.parse(paths["xml"]).getroot()
                failed = [case.get("name").split(" ")[0] for case in suites.iter("testcase")
                          if case.find("failure") is not None]
                expect(failed == expected["not_met"], f"{example}: failures {failed}")
                for case in suites.iter("testcase"):
                    failure = case.find("failure")
                    if failure is not None:
                        message = failure.get("message")
                        expect("%" in message and ("kết quả" in message or "result" in message),
                               f"{example}: failure message says target and result: {message}")
    # The province's roll-up: with the agencies' suites and alone (--summary-only).
    for summary in ([], ["--summary-only"]):
        with tempfile.TemporaryDirectory() as out:
            path = os.path.join(out, "province.xml")
            run = subprocess.run([qobj, "report", "--as-of", "2022-01-31", *summary, "-o", path,
                                  os.path.join(root, "tests/fixtures/province")],
                                 capture_output=True, text=True, check=False)
            expect(run.returncode == 0, f"province {summary}: exit {run.returncode}: {run.stderr}")
            run = subprocess.run(["xmllint", "--noout", "--schema", xsd, path],
                                 capture_output=True, text=True, check=False)
            expect(run.returncode == 0, f"province {summary}: JUnit invalid against the XSD: {run.stderr}")
            missing = [case.get("name") for case in ET.parse(path).getroot().iter("testcase")
                       if case.find("failure") is not None and case.find("failure").get("type") == "missing-files"]
            expect(len(missing) == 2, f"province {summary}: the two agencies missing files: {missing}")
    print("JUnit files valid against junit-10.xsd")


def number_formats(book):
    """The format code of each cell style (the s attribute of a cell), by index."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    styles = ET.fromstring(book.read("xl/styles.xml"))
    codes = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter(f"{{{ns['m']}}}numFmt")}
    xfs = styles.find("m:cellXfs", ns)
    return [codes.get(int(xf.get("numFmtId", "0")), "General") for xf in xfs.findall("m:xf", ns)]


def cell_style(book, sheet_path, ref):
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    for c in ET.fromstring(book.read(sheet_path)).iter(f"{{{ns['m']}}}c"):
        if c.get("r") == ref:
            return int(c.get("s", "0"))
    return 0


def sheet_cells(book, sheet_path):
    """{cell ref: (type, text)} of one worksheet, shared strings resolved."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    strings = []
    if "xl/sharedStrings.xml" in book.namelist():
        for si in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", ns):
            strings.append("".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t")))
    cells = {}
    for c in ET.fromstring(book.read(sheet_path)).iter(f"{{{ns['m']}}}c"):
        v = c.find("m:v", ns)
        kind = c.get("t", "n")
        if v is None:
            continue
        cells[c.get("r")] = ("s", strings[int(v.text)]) if kind == "s" else (kind, v.text)
    return cells


def check_xlsx(qobj, root, _):
    for example, expected in EXAMPLES.items():
        with tempfile.TemporaryDirectory() as out:
            paths = write_all(qobj, root, example, out)
            with zipfile.ZipFile(paths["xlsx"]) as book:
                expect(book.testzip() is None, f"{example}: the workbook is a sound zip")
                workbook = book.read("xl/workbook.xml").decode("utf-8")
                expect('name="Báo cáo"' in workbook and 'name="Số liệu"' in workbook,
                       f"{example}: sheets Báo cáo and Số liệu")
                report = sheet_cells(book, "xl/worksheets/sheet1.xml")
                data = sheet_cells(book, "xl/worksheets/sheet2.xml")
                formats = number_formats(book)
                texts_now = {ref: text for ref, (kind, text) in report.items() if kind == "s"}
                mt2_row = next((re.sub(r"[A-Z]+", "", ref) for ref, text in texts_now.items()
                                if ref.startswith("B") and text == "MT2"), "0")
                result_format = formats[cell_style(book, "xl/worksheets/sheet1.xml", "F" + mt2_row)]
            texts = {ref: text for ref, (kind, text) in report.items() if kind == "s"}
            # The MT2 row: its result is a number, not text, and its verdict says Không đạt.
            row = next((re.sub(r"[A-Z]+", "", ref) for ref, text in texts.items()
                        if ref.startswith("B") and text == "MT2"), None)
            expect(row is not None, f"{example}: MT2 has a row")
            if row is None:
                continue
            kind, value = report.get("F" + row, ("missing", ""))
            expect(kind == "n", f"{example}: MT2's result is stored as a number (got {kind})")
            expect(abs(float(value) - float(expected["actual_MT2"])) < 1e-6,
                   f"{example}: MT2's result {value}")
            expect(texts.get("H" + row) == "Không đạt", f"{example}: MT2's status cell {texts.get('H' + row)}")
            if example == "so-cong-thuong-2021":  # 99.96%: never shown as the 100 it is not
                expect(result_format == "#,##0.00", f"{example}: MT2's result format {result_format}")
            # The data sheet speaks the report's language, and has a row for each period's
            # value, each event, each checklist item and each rating behind a result.
            expect(data.get("J1") == ("s", "Tử số") and data.get("K1") == ("s", "Mẫu số"),
                   f"{example}: the data sheet has the ratios' counts, headed in Vietnamese")
            counts = [ref for ref, (kind, _) in data.items() if ref[0] in "JK" and kind == "n"]
            expect(len(counts) >= 8, f"{example}: numerators and denominators are numbers ({len(counts)})")
            row_kinds = [text for ref, (kind, text) in data.items()
                         if re.fullmatch(r"E[0-9]+", ref) and kind == "s" and ref != "E1"]
            expect(row_kinds.count("hạng mục") == 4, f"{example}: a row per checklist item {row_kinds}")
            if example == "ubnd-kon-tum-2021":
                expect(row_kinds.count("sự việc") == 4, f"{example}: a row per event {row_kinds}")
            numbers = [v for (kind, v) in data.values() if kind == "n"]
            expect(len(numbers) > 10, f"{example}: the data sheet holds numbers ({len(numbers)})")
    # To a pipe, the workbook goes to standard output whole.
    run = subprocess.run([qobj, "report", "--format", "xlsx", "--as-of", AS_OF,
                          os.path.join(root, "examples", "ubnd-kon-tum-2021")], capture_output=True, check=False)
    expect(run.returncode == 0, f"--format xlsx to a pipe exits 0: {run.stderr}")
    with zipfile.ZipFile(io.BytesIO(run.stdout)) as book:
        expect("xl/worksheets/sheet1.xml" in book.namelist(), "--format xlsx to a pipe writes a workbook")
    print("XLSX workbooks read back: numbers are numbers")


def check_csv(qobj, root, _):
    for example, expected in EXAMPLES.items():
        with tempfile.TemporaryDirectory() as out:
            paths = write_all(qobj, root, example, out, "vi", ["--bom"])
            with open(paths["csv"], "rb") as f:
                raw = f.read()
            expect(raw.startswith(b"\xef\xbb\xbf"), f"{example}: --bom starts the CSV with a BOM")
            expect(b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), f"{example}: CRLF line ends")
            rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
            mt2 = [r for r in rows if r["objective"] == "MT2"]
            expect(len(mt2) == 1 and mt2[0]["verdict"] == "not-met" and mt2[0]["verdict_label"] == "Không đạt",
                   f"{example}: MT2 row {mt2}")
            expect(mt2 and mt2[0]["actual"] == expected["actual_MT2"], f"{example}: machine number {mt2}")
            for r in rows:
                for column in ("target_value", "actual", "gap"):
                    expect(re.fullmatch(r"-?[0-9]+(\.[0-9]+)?|", r[column]) is not None,
                           f"{example}: {column} is a machine number: {r[column]!r}")
    print("CSV files read back with an RFC 4180 reader")


def check_html_pdf(qobj, root, _):
    for example, expected in EXAMPLES.items():
        for lang, title, verdict in (("vi", "BÁO CÁO Kết quả thực hiện Mục tiêu chất lượng năm 2021", "Không đạt"),
                                     ("en", "REPORT Results of the quality objectives, 2021", "not met")):
            with tempfile.TemporaryDirectory() as out:
                paths = write_all(qobj, root, example, out, lang)
                with open(paths["html"], encoding="utf-8") as f:
                    html = f.read()
                # Standalone: nothing to fetch (the SVG namespace is a name, not a request).
                expect(not re.search(r'(src|href)\s*=|<script|<link|@import|url\(', html),
                       f"{example}: the HTML fetches nothing")
                expect(html.count("<svg") >= 2, f"{example}: inline SVG charts")
                pdf = os.path.join(out, "a.pdf")
                profile = os.path.join(out, "profile")
                os.mkdir(profile)
                run = subprocess.run(
                    ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}",
                     "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + paths["html"]],
                    capture_output=True, text=True, check=False, timeout=180)
                expect(run.returncode == 0 and os.path.isfile(pdf), f"{example}: Chromium printed the PDF: {run.stderr[-500:]}")
                if not os.path.isfile(pdf):
                    continue
                info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=False).stdout
                pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
                expect(1 <= pages <= 6, f"{example} ({lang}): {pages} pages")
                # A4 landscape: 842 x 595 points.
                expect(size and abs(float(size.group(1)) - 842) < 2 and abs(float(size.group(2)) - 595) < 2,
                       f"{example}: A4 landscape pages, got {size and size.group(0)}")
                text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=False).stdout
                text = re.sub(r"\s+", " ", text)
                for wanted in (title, verdict, "MT2"):
                    expect(wanted in text, f"{example} ({lang}): the PDF shows {wanted!r}")
                if lang == "vi":
                    for wanted in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                   f"Đạt {expected['met']}/{expected['evaluated']} mục tiêu", expected["signer"]):
                        expect(wanted in text, f"{example}: the PDF shows {wanted!r}")
    print("HTML reports printed to PDF by Chromium and read back")


def check_rollup(qobj, root, _):
    """The roll-up of the examples and the province in the files for people: first in HTML (with
    its chart) and Markdown, a summary sheet first in XLSX; alone with --summary-only."""
    paths = [os.path.join(root, "examples"), os.path.join(root, "tests/fixtures/province")]
    for summary in ([], ["--summary-only"]):
        with tempfile.TemporaryDirectory() as out:
            files = {ext: os.path.join(out, "r." + ext) for ext in ("html", "md", "xlsx")}
            args = [qobj, "--lang", "vi", "report", "--as-of", "2022-01-31", *summary, *paths]
            for path in files.values():
                args += ["-o", path]
            run = subprocess.run(args, capture_output=True, text=True, check=False)
            expect(run.returncode == 0, f"roll-up {summary}: exit {run.returncode}: {run.stderr}")
            html = open(files["html"], encoding="utf-8").read()
            title = "Tổng hợp 14 cơ quan"
            expect(title in html and "<svg class=\"chart rollup\"" in html and html.endswith("</html>\n"),
                   f"roll-up {summary}: the HTML has the roll-up, its chart, and ends")
            # The roll-up's table: an agency's row is neither a unit's (in italics) nor the total (bold).
            table = html[html.index("<table class=\"ruled\""):]
            table = table[table.index("<tbody>"):table.index("</table>")]
            rows = re.findall(r"<tr><td>(<p[^>]*>)(<[bi]>)?", table)
            expect(sum(1 for _, mark in rows if not mark) == 14, f"roll-up {summary}: 14 agency rows in HTML")
            expect(("Kết quả thực hiện Mục tiêu chất lượng" in html) == (not summary),
                   f"roll-up {summary}: agencies' reports only without --summary-only")
            md = open(files["md"], encoding="utf-8").read()
            expect(md.startswith("## " + title), f"roll-up {summary}: Markdown starts with the roll-up")
            with zipfile.ZipFile(files["xlsx"]) as book:
                sheets = re.findall(r'<sheet name="([^"]+)"', book.read("xl/workbook.xml").decode())
            expect(sheets == (["Tổng hợp"] if summary else ["Tổng hợp", "Báo cáo", "Số liệu"]),
                   f"roll-up {summary}: workbook sheets {sheets}")
    print("roll-up: first in HTML, Markdown and XLSX, alone with --summary-only")


def main():
    check, qobj, root = sys.argv[1], sys.argv[2], sys.argv[3]
    extra = sys.argv[4] if len(sys.argv) > 4 else None
    {"all-formats": check_all_formats, "junit": check_junit, "xlsx": check_xlsx, "csv": check_csv,
     "html-pdf": check_html_pdf, "two-levels": check_two_levels,
     "rollup": check_rollup}[check](qobj, root, extra)
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
