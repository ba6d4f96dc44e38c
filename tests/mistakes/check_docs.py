#!/usr/bin/python3
"""docs/diagnostics.md lists every code of the message catalogue (issue 11), each in a row of
its own, and names no code the catalogue does not have.

Usage: check_docs.py ROOT"""
import os
import re
import sys


def main():
    root = sys.argv[1]
    with open(os.path.join(root, "src/core/diag/catalogue.cpp"), encoding="utf-8") as f:
        codes = set(re.findall(r'^\s*\{\w+, "([a-z0-9]+\.[a-z0-9.-]+)"', f.read(), re.M))
    with open(os.path.join(root, "docs/diagnostics.md"), encoding="utf-8") as f:
        rows = set(re.findall(r"^\| `([a-z0-9]+\.[a-z0-9.-]+)`", f.read(), re.M))
    missing = sorted(codes - rows)
    unknown = sorted(rows - codes)
    for code in missing:
        print("FAIL: not documented:", code)
    for code in unknown:
        print("FAIL: documented but not in the catalogue:", code)
    print(f"{len(codes)} codes, {len(missing)} undocumented, {len(unknown)} unknown")
    return 1 if missing or unknown else 0


if __name__ == "__main__":
    sys.exit(main())
