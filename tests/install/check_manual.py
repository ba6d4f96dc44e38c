#!/usr/bin/python3
"""The manual pages say what --help says: for every command and both languages, every option
--help lists is in the command's page (generated at build time by `qobj --man`), and every
page renders with man (groff) without a warning.

usage: check_manual.py QOBJ BUILD_DIR
"""
import os
import re
import shutil
import subprocess
import sys


def run(*args, env=None):
    return subprocess.run(args, capture_output=True, text=True, env=env)


def options_in_help(qobj, lang, command):
    """The option names a --help lists (lines that start with spaces, then - or --)."""
    args = [qobj, "--lang", lang] + ([command] if command else []) + ["--help"]
    names = set()
    for line in run(*args).stdout.splitlines():
        match = re.match(r"^\s+(-[^\s]+)", line)
        if match:
            for name in match.group(1).split(","):
                names.add(name.strip())
    return names


def main():
    qobj, build = sys.argv[1], sys.argv[2]
    failures = []
    commands = [""] + re.findall(r"^  ([a-z][a-z-]*)\s{2,}", run(qobj, "--help").stdout, re.M)
    if len(commands) < 7:
        failures.append(f"qobj --help lists {len(commands) - 1} commands: {commands}")
    checked = 0
    for lang in ("en", "vi"):
        for command in commands:
            page = "qobj" + (f"-{command}" if command else "")
            path = os.path.join(build, "man", lang, "man1", page + ".1")
            if not os.path.exists(path):
                failures.append(f"{path}: missing")
                continue
            text = open(path, encoding="utf-8").read().replace("\\-", "-")
            for name in options_in_help(qobj, lang, command):
                checked += 1
                if name not in text:
                    failures.append(f"{lang} {page}: {name} is in --help but not in the page")
            if shutil.which("man"):
                env = dict(os.environ, MANWIDTH="100", LANG="C.UTF-8")
                rendered = run("man", "--warnings", "-l", "-P", "cat", path, env=env)
                if rendered.returncode != 0 or rendered.stderr.strip():
                    failures.append(f"{lang} {page}: man says: {rendered.stderr.strip()[:300]}")
                elif page.upper().replace("-", "") not in rendered.stdout.upper().replace("-", "").replace("\u2010", ""):
                    failures.append(f"{lang} {page}: the rendered page has no heading")
    for failure in failures:
        print("FAIL:", failure)
    print(f"manual pages: {checked} options of --help found, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
