#!/usr/bin/python3
"""Each example's README states the verdicts it expects ("Expected verdicts at year end
(`qobj report --as-of DATE examples/NAME`…)" and a table with an objective and a verdict
column, "Đạt (met)"): qobj's JSON report must give exactly those, objective by objective."""
import json
import os
import re
import subprocess
import sys

CODES = {"met": "met", "exceeded": "exceeded", "not met": "not-met", "at risk": "at-risk",
         "incomplete": "incomplete", "no data": "no-data", "not yet due": "not-yet-due",
         "withdrawn": "withdrawn"}


def expected_verdicts(readme):
    """(as-of date, {objective id: verdict code}) from the README's first expected table."""
    text = open(readme, encoding="utf-8").read()
    intro = re.search(r"Expected verdicts[^`]*`qobj report --as-of (\d{4}-\d{2}-\d{2}) examples/", text)
    if not intro:
        return None, {}
    rows = {}
    header = None
    for line in text[intro.end():].splitlines():
        if not line.startswith("|"):
            if header is not None and rows:
                break
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if set(cells[0]) <= set("-: "):
            continue
        objective = cells[0].replace("*", "").split()[0]
        verdict_cell = cells[header.index("verdict")]
        english = re.search(r"\(([a-z ]+)\)", verdict_cell)
        if not english or english.group(1) not in CODES:
            raise SystemExit(f"{readme}: {objective}: no verdict in English in '{verdict_cell}'")
        rows[objective] = CODES[english.group(1)]
    return intro.group(1), rows


def main():
    qobj, root = sys.argv[1], sys.argv[2]
    examples = sorted(d for d in os.listdir(os.path.join(root, "examples"))
                      if os.path.isdir(os.path.join(root, "examples", d)))
    failures = 0
    for name in examples:
        as_of, expected = expected_verdicts(os.path.join(root, "examples", name, "README.md"))
        if not expected:
            print(f"examples/{name}/README.md: no table of expected verdicts")
            failures += 1
            continue
        run = subprocess.run([qobj, "report", "--format", "json", "--as-of", as_of,
                              os.path.join(root, "examples", name)],
                             capture_output=True, text=True, check=False)
        report = json.loads(run.stdout)
        actual = {o["id"]: o["verdict"] for agency in report["agencies"] for o in agency["objectives"]}
        for objective, verdict in expected.items():
            if actual.get(objective) != verdict:
                print(f"examples/{name}: {objective}: README expects {verdict}, qobj says {actual.get(objective)}")
                failures += 1
        for objective in sorted(set(actual) - set(expected)):
            print(f"examples/{name}: {objective} ({actual[objective]}) is not in the README's table")
            failures += 1
        print(f"examples/{name} as of {as_of}: {len(expected)} verdicts checked")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
