#!/usr/bin/python3
"""One mistake, one message (issue 11): every fixture of a mistake gives exactly the errors it
should (one, unless expected.txt says otherwise and why), and no fixture anywhere gives the
same diagnostic twice.

Usage: check_counts.py QOBJ ROOT"""
import json
import os
import subprocess
import sys

FIXTURE_DIRS = ["tests/fixtures/objectives", "tests/fixtures/measurements", "tests/fixtures/checks",
                "tests/fixtures/mistakes"]
# Fixtures of the YAML layer have no format: line (that is a second error of each); they are
# checked for duplicates only.
DUPLICATES_ONLY = ["tests/fixtures/yaml", "tests/fixtures/reports"]


def expected_counts(root):
    counts = {}
    with open(os.path.join(root, "tests/mistakes/expected.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                path, errors = line.split()
                counts[path] = int(errors)
    return counts


def diagnostics(qobj, root, path):
    result = subprocess.run([qobj, "check", "--format", "json", "--as-of", "2030-12-31", path],
                            cwd=root, capture_output=True, check=False)
    return json.loads(result.stdout.decode("utf-8"))


def main():
    qobj, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    expected = expected_counts(root)
    failures = []
    seen = set()
    for directory, counted in [(d, True) for d in FIXTURE_DIRS] + [(d, False) for d in DUPLICATES_ONLY]:
        for name in sorted(os.listdir(os.path.join(root, directory))):
            path = f"{directory}/{name}"
            seen.add(path)
            document = diagnostics(qobj, root, path)
            keys = [json.dumps(d, sort_keys=True) for d in document["diagnostics"]]
            if len(set(keys)) != len(keys):
                failures.append(f"{path}: the same diagnostic is given twice")
            if counted and document["errors"] != expected.get(path, 1):
                codes = [d["code"] for d in document["diagnostics"] if d["severity"] == "error"]
                failures.append(f"{path}: {document['errors']} errors, expected {expected.get(path, 1)}: {codes}")
    for path in expected:
        if path not in seen:
            failures.append(f"expected.txt names {path}, which is not a fixture")
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(seen)} fixtures, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
