#!/usr/bin/python3
"""qobj document decision and plan on the examples, checked against the real thing.

For each example, the DOCX is read back with python3-docx (A4, the decree's margins, Times New
Roman, the table's header row repeated, the page number from page 2 on) and its text compared
with the seed document the example transcribes: every word of the seed must be there in order,
and what the DOCX adds may only be layout (the decree's heading). What differs is listed. The
HTML must say exactly what the DOCX says. LibreOffice converts the DOCX to PDF (headless), which
pdftotext must read as the same words, with the national heading at the top of page 1, and page
1 rendered as an image must have that heading drawn there.

The year-end report of every example must give, row for row and cell for cell, the results
table of `qobj report -o .html`, and the same summary; the plan of every example is read back
the same way (A4 landscape, the header row repeated,
the HTML saying what the DOCX says, LibreOffice's PDF the same words), and what it lists as not
yet said must be exactly what `qobj check` warns about (iso.plan-incomplete) for the agency's
objectives file, phrase for phrase.

Usage: check_documents.py QOBJ SOURCE_ROOT SEEDS_DIR"""
import collections
import difflib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import docx  # python3-docx
from docx.enum.section import WD_ORIENT
from docx.shared import Mm

QOBJ, ROOT, SEEDS = sys.argv[1:4]
EXAMPLES = {
    "so-cong-thuong-2021": "000_b39016f581137469.txt",
    "ubnd-kon-tum-2021": "004_d06689f107e652bf.txt",
}
# What the decree's heading adds to a seed that was transcribed without it.
LAYOUT = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: ……/QĐ-……",
          "……, ngày …… tháng …… năm ……"}
failures = []


def fail(message):
    failures.append(message)
    print("FAIL:", message)


def words(text):
    return unicodedata.normalize("NFC", text).split()


def seed_words(path):
    """The seed's words, its Markdown taken away: emphasis, table rules, <br>."""
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if re.fullmatch(r"\|[-| ]+\|", line):
            continue  # a table's rule
        line = line.replace("<br>", " ").replace("**", "").replace("|", " ")
        line = re.sub(r"\*([^*]+)\*", r"\1", line)
        out.extend(words(line))
    return out


def docx_lines(document):
    """Paragraphs and table cells in document order, a merged cell once."""
    body = document.element.body
    lines = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(docx.text.paragraph.Paragraph(child, document).text)
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            for row in table.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    lines.extend(p.text for p in cell.paragraphs)
    return [line for line in lines if line.strip()]


def header_row_words(document):
    """The words of the table rows Word repeats at the top of every page."""
    out = []
    for table in document.tables:
        for row in table.rows:
            if "w:tblHeader" in row._tr.xml:
                out.extend(w for cell in row.cells for w in words(cell.text))
    return out


class HtmlText(html.parser.HTMLParser):
    """The words of a page as a reader sees them: inline tags (<b>, <i>) join their text to what
    is around it, blocks and line breaks separate."""

    INLINE = {"b", "i", "u", "span"}

    def __init__(self):
        super().__init__()
        self.text, self.skip = [], False

    def handle_starttag(self, tag, attrs):
        self.skip = tag in ("style", "title")
        if tag not in self.INLINE:
            self.text.append(" ")

    def handle_endtag(self, tag):
        self.skip = False
        if tag not in self.INLINE:
            self.text.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.text.append(data.replace("\u200b", ""))

    @property
    def words(self):
        return words("".join(self.text))


def compare_with_seed(name, generated, seed):
    """Every seed word in order; what is added, only layout. Lists what differs."""
    matcher = difflib.SequenceMatcher(a=seed, b=generated, autojunk=False)
    added = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op in ("delete", "replace"):
            fail(f"{name}: the seed's {' '.join(seed[a0:a1])!r} is not in the document "
                 f"(it has {' '.join(generated[b0:b1])!r})")
        if op in ("insert", "replace"):
            added.append(" ".join(generated[b0:b1]))
    print(f"{name}: {len(seed)} words of the seed, all in order; added by the layout: {added}")
    leftover = " ".join(added)
    for line in sorted(LAYOUT | {issuer_of(name)}, key=len, reverse=True):
        leftover = leftover.replace(line, " ")
    if leftover.strip():
        fail(f"{name}: the document adds {leftover.strip()!r}, which is not the decree's layout")


def issuer_of(name):
    return {"so-cong-thuong-2021": "SỞ CÔNG THƯƠNG",
            "ubnd-kon-tum-2021": "ỦY BAN NHÂN DÂN TỈNH KON TUM"}[name]


def check_docx_layout(name, path):
    document = docx.Document(path)
    section = document.sections[0]
    for what, value, wanted in [("page width", section.page_width, Mm(210)),
                                ("page height", section.page_height, Mm(297)),
                                ("top margin", section.top_margin, Mm(20)),
                                ("bottom margin", section.bottom_margin, Mm(20)),
                                ("left margin", section.left_margin, Mm(30)),
                                ("right margin", section.right_margin, Mm(15))]:
        if abs(value - wanted) > Mm(0.1):
            fail(f"{name}: {what} is {value.mm:.1f} mm, not {wanted.mm:.0f} mm")
    if document.styles.element.xpath("//w:rFonts/@w:ascii") != ["Times New Roman"]:
        fail(f"{name}: the default font is not Times New Roman")
    if not section.different_first_page_header_footer:
        fail(f"{name}: page 1 must show no number (a first page of its own)")
    # The body in named styles, so that a person restyles it all at once in Word.
    used = {p.style.name for p in document.paragraphs if p.style is not None}
    for style in ("Nội dung", "Tên loại và trích yếu"):
        if style not in used:
            fail(f"{name}: no paragraph of the body is in the style {style!r} (styles used: {sorted(used)})")
    for style in document.styles:
        if style.name in used and style.name != "Normal" and style.font.name not in (None, "Times New Roman"):
            fail(f"{name}: the style {style.name!r} is not in Times New Roman")
    if "PAGE" not in section.header._element.xml:
        fail(f"{name}: the header has no page number")
    tables = document.tables
    ruled = [t for t in tables if "w:tblHeader" in t._tbl.xml]
    if name == "so-cong-thuong-2021" and not ruled:
        fail(f"{name}: the objectives table's header row is not repeated on every page")
    heading = tables[0].rows[0].cells
    if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in heading[1].text:
        fail(f"{name}: the national name is not in the heading's right column")
    if issuer_of(name) not in heading[0].text:
        fail(f"{name}: the issuer is not in the heading's left column")
    return docx_lines(document)


def check_pdf(name, path, expected, tmp, nation="CỘNG", header_words=()):
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            fail("LibreOffice (soffice) is not installed: .ci/setup --tests installs it")
        else:
            print(f"{name}: LibreOffice not installed, the PDF is not checked")
        return
    profile = "file://" + os.path.join(tmp, "lo-profile")
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "pdf", "--outdir", tmp, path], check=True, capture_output=True, timeout=180)
    pdf = os.path.splitext(path)[0] + ".pdf"
    # -layout: the raw mode joins a dash ending a line to the next line, as a hyphenation.
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    # Characters, not words: a narrow cell wraps "2021-2030" where a line ends. Every one of
    # the DOCX's must be there; more only for the header rows repeated on the pages after the
    # first and the page numbers.
    got = collections.Counter(c for c in text if not c.isspace())
    want = collections.Counter(c for w in expected for c in w)
    if want - got:
        fail(f"{name}: the PDF lacks characters of the DOCX: {dict(want - got)}")
    pages = text.count("\f") or 1
    repeated = collections.Counter(c for w in header_words for c in w)
    allowed = collections.Counter({c: n * (pages - 1) for c, n in repeated.items()})
    extra = collections.Counter({c: n for c, n in (got - want).items() if not c.isdigit()})
    if extra - allowed:
        fail(f"{name}: the PDF has characters the DOCX does not: {dict(extra - allowed)}")
    # The heading at the top of page 1: its words' boxes, and ink drawn there.
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-"], check=True,
                          capture_output=True, text=True).stdout
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', bbox)
    nation = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>' + nation + '</word>', bbox)
    if not page or not nation:
        fail(f"{name}: page 1 of the PDF has no national heading")
        return
    width, height = float(page.group(1)), float(page.group(2))
    if float(nation.group(2)) > height * 0.12 or float(nation.group(1)) < width * 0.35:
        fail(f"{name}: the national heading is not at the top right of page 1 "
             f"({nation.group(1)}, {nation.group(2)} of {width} × {height})")
    image = os.path.join(tmp, name)
    subprocess.run(["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", pdf, image],
                   check=True)
    pgm = open(next(os.path.join(tmp, f) for f in os.listdir(tmp)
                    if f.startswith(name) and f.endswith(".pgm")), "rb").read()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", pgm)
    columns, rows = int(header.group(1)), int(header.group(2))
    pixels = pgm[header.end():]
    top = [pixels[r * columns:(r + 1) * columns] for r in range(int(rows * 0.12))]
    left_ink = sum(1 for row in top for x in row[:columns // 2] if x < 128)
    right_ink = sum(1 for row in top for x in row[columns // 2:] if x < 128)
    if left_ink < 20 or right_ink < 20:
        fail(f"{name}: page 1's image has no heading drawn at its top "
             f"(dark pixels: {left_ink} left, {right_ink} right)")


def run_document(kind, folder, out, *extra):
    """qobj document KIND [EXTRA] FOLDER -o OUT (global options may follow the command)."""
    run = subprocess.run([QOBJ, "document", kind, *extra, folder, "-o", out],
                         capture_output=True, text=True)
    if run.returncode != 0:
        fail(f"{folder}: qobj document {kind} -o {out} exited {run.returncode}: {run.stderr}")
        return False
    return True


def html_words(path):
    page = HtmlText()
    page.feed(open(path, encoding="utf-8").read())
    return page.words


def check_plan(name, tmp):
    folder = os.path.join(ROOT, "examples", name)
    out = os.path.join(tmp, f"plan-{name}")
    if not (run_document("plan", folder, out + ".docx", "--lang", "en")
            and run_document("plan", folder, out + ".html", "--lang", "en")):
        return
    document = docx.Document(out + ".docx")
    section = document.sections[0]
    if abs(section.page_width - Mm(297)) > Mm(0.1) or abs(section.page_height - Mm(210)) > Mm(0.1) \
            or section.orientation != WD_ORIENT.LANDSCAPE:
        fail(f"plan {name}: the page is not A4 landscape")
    if not any("w:tblHeader" in t._tbl.xml for t in document.tables):
        fail(f"plan {name}: the table's header row is not repeated")
    lines = docx_lines(document)
    generated = [w for line in lines for w in words(line)]
    if html_words(out + ".html") != generated:
        fail(f"plan {name}: the HTML does not say what the DOCX says")
    # What the plan lists as not yet said, against qobj check's warnings for the same file.
    listed = set()
    gaps = False
    for line in lines:
        if line.startswith("What the plans do not yet say"):
            gaps = True
        elif line == "Recipients:":
            gaps = False
        elif gaps and line.startswith("- "):
            listed.add(line[2:].rstrip(";."))
    report = subprocess.run([QOBJ, "--lang", "en", "check", "--format", "json", folder],
                            capture_output=True, text=True)
    warned = set()
    for d in json.loads(report.stdout)["diagnostics"]:
        if d["code"] == "iso.plan-incomplete":
            objective, phrases = re.fullmatch(
                r"objective (\S+) does not say, as ISO 9001 clause 6\.2\.2 asks: (.*)",
                d["message"]).groups()
            warned.add(f"{objective}: {phrases}")
    if listed != warned:
        fail(f"plan {name}: it lists {sorted(listed)}, qobj check warns {sorted(warned)}")
    print(f"plan {name}: {len(lines)} lines; not yet said, as qobj check warns: {sorted(listed)}")
    check_pdf(f"plan-{name}", out + ".docx", generated, tmp, nation="SOCIALIST",
              header_words=header_row_words(document))


class ResultsTable(html.parser.HTMLParser):
    """The body rows of the first ruled table of the HTML report (its results), as words."""

    def __init__(self):
        super().__init__()
        self.rows, self.inside, self.head, self.cell, self.done = [], False, False, None, False

    def handle_starttag(self, tag, attrs):
        if tag == "table" and ("class", "ruled") in attrs and not self.done:
            self.inside = True
        elif self.inside and tag == "thead":
            self.head = True
        elif self.inside and tag == "tr" and not self.head:
            self.rows.append([])
        elif self.inside and tag == "td" and not self.head:
            self.cell = []

    def handle_endtag(self, tag):
        if tag == "table" and self.inside:
            self.inside, self.done = False, True
        elif tag == "thead":
            self.head = False
        elif self.inside and tag == "td" and self.cell is not None:
            self.rows[-1].append(" ".join(self.cell))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.extend(w for w in words(data.replace("\u200b", "")))


def without_figures(page):
    """An HTML page without its figures: the charts only HTML draws."""
    return re.sub(r'(<p class="figures-heading">[^<]*</p>\n)?<div class="figures">.*?</div>\n', "", page,
                  flags=re.S)


def check_year_report(name, tmp):
    folder = os.path.join(ROOT, "examples", name)
    out = os.path.join(tmp, f"report-{name}")
    as_of = ("--as-of", "2022-01-31")
    if not (run_document("report", folder, out + ".docx", *as_of)
            and run_document("report", folder, out + ".html", *as_of)):
        return
    subprocess.run([QOBJ, "--lang", "vi", "report", *as_of, folder, "-o", out + "-report.html"],
                   check=True, capture_output=True)
    document = docx.Document(out + ".docx")
    ruled = [t for t in document.tables if "w:tblHeader" in t._tbl.xml]
    if len(ruled) != 1:
        fail(f"report {name}: {len(ruled)} tables with a repeated header row, not 1")
        return
    got = []
    for row in ruled[0].rows[1:]:
        got.append([" ".join(w for p in cell.paragraphs for w in words(p.text))
                    for cell in row.cells])
    expected = ResultsTable()
    expected.feed(open(out + "-report.html", encoding="utf-8").read())
    want = [row for row in expected.rows if row]
    if got != want:
        diff = [(g, w) for g, w in zip(got, want) if g != w][:3]
        fail(f"report {name}: the results table differs from qobj report's HTML "
             f"({len(got)} rows, {len(want)} expected): {diff}")
    lines = docx_lines(document)
    summary = [line for line in lines if re.search(r": Đạt \d+/\d+ mục tiêu$", line)]
    html_report = HtmlText()
    html_report.feed(open(out + "-report.html", encoding="utf-8").read())
    said = words(summary[0]) if summary else []
    if not said or not any(html_report.words[i:i + len(said)] == said
                           for i in range(len(html_report.words))):
        fail(f"report {name}: no summary line as the HTML report gives it ({summary})")
    generated = [w for line in lines for w in words(line)]
    if html_words(out + ".html") != generated:
        fail(f"report {name}: the HTML does not say what the DOCX says")
    # One layout, two media: qobj report's HTML is the document with its charts.
    page = open(out + "-report.html", encoding="utf-8").read()
    if page.count("<figure>") < 2:
        fail(f"report {name}: qobj report's HTML has {page.count('<figure>')} charts")
    report_words = HtmlText()
    report_words.feed(without_figures(page))
    if report_words.words != generated:
        diff = [(i, a, b) for i, (a, b) in enumerate(zip(report_words.words, generated)) if a != b][:3]
        fail(f"report {name}: qobj report's HTML, its charts aside, does not say what the "
             f"document says: {diff}")
    print(f"report {name}: {len(got)} result rows as qobj report gives them; {summary[:1]}")
    check_pdf(f"report-{name}", out + ".docx", generated, tmp,
              header_words=header_row_words(document))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for name, seed in EXAMPLES.items():
            folder = os.path.join(ROOT, "examples", name)
            outputs = {}
            for extension in ("docx", "html"):
                out = os.path.join(tmp, f"{name}.{extension}")
                run = subprocess.run([QOBJ, "document", "decision", folder, "-o", out],
                                     capture_output=True, text=True)
                if run.returncode != 0:
                    fail(f"{name}: qobj document decision -o .{extension} exited "
                         f"{run.returncode}: {run.stderr}")
                    return
                outputs[extension] = out
            lines = check_docx_layout(name, outputs["docx"])
            generated = [w for line in lines for w in words(line)]
            compare_with_seed(name, generated, seed_words(os.path.join(SEEDS, seed)))
            page = HtmlText()
            page.feed(open(outputs["html"], encoding="utf-8").read())
            if page.words != generated:
                diff = list(difflib.unified_diff(generated, page.words, lineterm="", n=2))
                fail(f"{name}: the HTML does not say what the DOCX says: {diff[:20]}")
            check_pdf(name, outputs["docx"], generated, tmp)
        for name in sorted(os.listdir(os.path.join(ROOT, "examples"))):
            if os.path.isfile(os.path.join(ROOT, "examples", name, "objectives.yaml")):
                check_plan(name, tmp)
                check_year_report(name, tmp)
    if failures:
        sys.exit(1)
    print("documents: both decisions match their seeds; the plans list what qobj check warns; "
          "DOCX, HTML and PDF agree")


if __name__ == "__main__":
    main()
