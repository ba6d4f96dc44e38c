#!/usr/bin/python3
"""What qobj says never depends on how many files it reads at once: `qobj check` (every
diagnostic format) and `qobj report` (every format, with and without --summary-only) over the
examples, a province generated with its mistakes (bench/generate_province.py) and a broken copy
of it, byte for byte the same with --jobs 1, 2 and 7. The XLSX workbooks are compared part by
part (their creation time aside). A province's report written part by part, as the check goes,
is the report made at once.

Usage: same_output.py QOBJ ROOT"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zipfile


def run(qobj, args, jobs, cwd):
    result = subprocess.run([qobj, *args, "--jobs", str(jobs)], capture_output=True, cwd=cwd,
                            env={**os.environ, "NO_COLOR": "1", "QOBJ_LANG": "vi"}, check=False)
    return result.returncode, result.stdout, result.stderr


def workbook_parts(path):
    with zipfile.ZipFile(path) as book:
        return {name: book.read(name) for name in book.namelist() if name != "docProps/core.xml"}


def main():
    qobj, root = os.path.abspath(sys.argv[1]), pathlib.Path(sys.argv[2])
    work = pathlib.Path(tempfile.mkdtemp())
    try:
        subprocess.run(["/usr/bin/python3", str(root / "bench" / "generate_province.py"),
                        str(work / "province"), "--agencies", "30"], check=True,
                       capture_output=True)
        # The same province with mistakes in some agencies' files: diagnostics from many files.
        shutil.copytree(work / "province", work / "broken")
        for index, path in enumerate(sorted((work / "broken").rglob("measurements.yaml"))):
            if index % 7 == 0:
                text = path.read_text(encoding="utf-8")
                path.write_text(text.replace("period: 2021-03", "period: 2021-13")
                                    .replace("numerator:", "numerator: -", 1), encoding="utf-8")
        shutil.copytree(root / "examples", work / "examples")
        runs = []
        for paths in (["province"], ["broken"], ["examples", "province"]):
            for form in ("text", "json", "sarif", "github", "gitlab"):
                runs.append(["check", "--format", form, "--as-of", "2021-10-15", *paths])
            for form in ("table", "json", "csv", "md", "html", "junit"):
                for summary in ([], ["--summary-only"], ["--trend"]):
                    if summary == ["--trend"] and form == "junit":
                        continue
                    runs.append(["report", "--format", form, "--as-of", "2022-01-31", *summary, *paths])
        failures, compared = [], 0
        for args in runs:
            outputs = {jobs: run(qobj, args, jobs, work) for jobs in (1, 2, 7)}
            for jobs in (2, 7):
                compared += 1
                if outputs[jobs] != outputs[1]:
                    failures.append(f"qobj {' '.join(args)}: --jobs {jobs} differs from --jobs 1")
        for paths in (["province"], ["examples", "province"]):
            books = {}
            for jobs in (1, 2, 7):
                out = work / f"report-{jobs}.xlsx"
                code, _, err = run(qobj, ["report", "--as-of", "2022-01-31", "-o", str(out), *paths], jobs, work)
                if code != 0:
                    failures.append(f"qobj report -o xlsx {paths} --jobs {jobs}: exit {code}: {err.decode()}")
                    continue
                books[jobs] = workbook_parts(out)
            for jobs in (2, 7):
                compared += 1
                if books.get(jobs) != books.get(1):
                    failures.append(f"qobj report -o .xlsx {' '.join(paths)}: --jobs {jobs} differs")
        # A report a province can be written as the check goes (part by part) is the report
        # made at once: a Markdown output beside it makes the run keep every file at once.
        for paths in (["province"], ["broken"], ["examples", "province"]):
            for ext in ("txt", "json", "csv"):
                parts, whole = work / f"parts.{ext}", work / f"whole.{ext}"
                args = ["report", "--as-of", "2022-01-31", *paths]
                by_parts = run(qobj, [*args, "-o", str(parts)], 2, work)
                at_once = run(qobj, [*args, "-o", str(whole), "-o", str(work / "whole.md")], 2, work)
                compared += 1
                if by_parts != at_once or parts.read_bytes() != whole.read_bytes():
                    failures.append(f"qobj {' '.join(args)} -o .{ext}: part by part differs from at once")
        for failure in failures:
            print("FAIL:", failure)
        if failures:
            return 1
        print(f"same output with --jobs 1, 2 and 7: {compared} comparisons of {len(runs) + 2} runs")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
