#!/usr/bin/python3
"""Entirely in the chosen language (issue 11): with --lang vi, what qobj says (diagnostics,
hints, usage errors, --help) holds no English word but codes, paths, option names, values
quoted from the files and the examples of what to write.

Usage: check_vietnamese.py QOBJ ROOT"""
import os
import re
import subprocess
import sys

# Words of English sentences; none is also a Vietnamese word ("in" is "print") or a key of
# qobj's files ("value", "mean").
ENGLISH = {"the", "is", "are", "and", "or", "not", "of", "to", "expected", "found", "missing",
           "error", "warning", "hint", "must", "should", "cannot", "with", "this", "that",
           "write", "file", "files", "key", "required", "unknown", "invalid", "line", "column",
           "did", "you", "run", "more", "information", "usage", "options", "print",
           "help", "exit", "checked", "problems", "when", "from", "there", "no", "has", "have",
           "here", "only", "be", "it", "its", "for", "on", "as", "by"}
FIXTURE_DIRS = ["tests/fixtures/objectives", "tests/fixtures/measurements", "tests/fixtures/checks",
                "tests/fixtures/mistakes", "tests/fixtures/yaml"]
USAGE = [["--help"], ["check", "--help"], ["report", "--help"], ["schema", "--help"], [],
         ["chek", "x"], ["check", "--frobnicate", "x"], ["report", "--as-of", "2023-02-30", "x"],
         ["report", "--as-of", "31/12/2023", "x"], ["report", "--fail-on", "notmet", "x"],
         ["report", "--fail-on", "", "x"], ["report", "--format", "exel", "x"],
         ["report", "--year", "21", "x"], ["report", "x", "--as-of"], ["--color", "sometimes", "check", "x"],
         ["check", "--max-file-size", "lots", "x"], ["schema", "objective"], ["report", "/nonexistent/x"],
         ["report", "-o", "/nonexistent-dir/r.md", "examples/so-cong-thuong-2021"],
         ["report", "--color", "never", "--as-of", "2022-01-31", "examples/so-cong-thuong-2021"],
         ["report", "--color", "never", "--as-of", "2021-08-15", "examples/ubnd-kon-tum-2021"],
         ["report", "--format", "md", "--as-of", "2022-01-31", "examples/so-cong-thuong-2021"]]


def words_of(text):
    """The words of what qobj says in its own voice: not source lines (" 12 | …"), codes in
    [brackets], quoted values, paths, options, or examples after "e.g."/"ví dụ"."""
    out = []
    for line in text.splitlines():
        if re.match(r"^\s*\d*\s*\|", line):
            continue  # a line of the file, and its caret
        line = re.sub(r"\[[^\]]*\]", " ", line)          # [schema.form]
        line = re.sub(r"Notepad:[^)]*", " ", line)         # the menus of an English program
        line = re.sub(r'"[^"]*"', " ", line)               # "quoted values"
        line = re.sub(r"'[^']*'", " ", line)               # ':'
        line = re.sub(r"(ví dụ|e\.g\.).*", " ", line)      # examples of what to write
        line = re.sub(r"\S*[/.:=_{}()<>-]\S*", " ", line)  # paths, options, codes, keys: values
        out += re.findall(r"[A-Za-zÀ-ỹ]+", line)
    return out


def main():
    qobj, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    runs = []
    for directory in FIXTURE_DIRS:
        for name in sorted(os.listdir(os.path.join(root, directory))):
            runs.append(["check", "--color", "never", "--as-of", "2030-12-31", f"{directory}/{name}"])
    runs += USAGE
    failures = []
    for args in runs:
        result = subprocess.run([qobj, "--lang", "vi", *args], cwd=root, capture_output=True, check=False)
        text = (result.stdout + result.stderr).decode("utf-8", "replace")
        english = sorted({w for w in words_of(text) if w.lower() in ENGLISH})
        if english:
            failures.append(f"qobj --lang vi {' '.join(args)}: English words {english}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(runs)} runs, {len(failures)} with English")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
