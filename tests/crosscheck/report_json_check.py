#!/usr/bin/python3
"""The JSON report of every example, year end and mid-year, validated with python3-jsonschema
against schemas/report.schema.json (what `qobj schema report` prints)."""
import json
import os
import subprocess
import sys

import jsonschema


def main():
    qobj, root = sys.argv[1], sys.argv[2]
    with open(os.path.join(root, "schemas", "report.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft7Validator(schema)
    checked = 0
    for as_of in ("2021-03-31", "2021-06-30", "2021-10-15", "2022-01-31"):
        for target in ("examples", "examples/so-cong-thuong-2021", "examples/ubnd-kon-tum-2021",
                       "tests/fixtures/reports/baseline-years", "tests/fixtures/reports/two-levels",
                       "tests/fixtures/reports/score", "tests/fixtures/reports/growth-rates",
                       "examples/hai-quan-hai-phong-2021", "tests/fixtures/model/every-field"):
            run = subprocess.run([qobj, "report", "--format", "json", "--as-of", as_of, os.path.join(root, target)],
                                 capture_output=True, text=True, check=False)
            if run.returncode != 0:
                print(f"qobj report failed ({run.returncode}) on {target} as of {as_of}: {run.stderr}")
                return 1
            report = json.loads(run.stdout)
            errors = list(validator.iter_errors(report))
            for error in errors:
                print(f"{target} as of {as_of}: {error.json_path}: {error.message}")
            if errors:
                return 1
            assert report["as_of"] == as_of
            checked += 1
    # The roll-up across agencies: with the agencies and alone; the years side by side.
    for summary in ([], ["--summary-only"], ["--trend"]):
        run = subprocess.run([qobj, "report", "--format", "json", "--as-of", "2022-01-31", *summary,
                              os.path.join(root, "examples"), os.path.join(root, "tests/fixtures/province")],
                             capture_output=True, text=True, check=False)
        if run.returncode != 0:
            print(f"qobj report {summary} failed ({run.returncode}) on the province: {run.stderr}")
            return 1
        report = json.loads(run.stdout)
        errors = list(validator.iter_errors(report))
        for error in errors:
            print(f"province {summary}: {error.json_path}: {error.message}")
        if summary == ["--trend"]:
            # Every agency with a year: the one without 2021 too.
            if errors or len(report["trend"]) != 15 or report["agencies"]:
                print("--trend: no valid trend of the 15 agencies")
                return 1
            checked += 1
            continue
        if errors or "summary" not in report or len(report["summary"]["agencies"]) != 14:
            print(f"province {summary}: no valid summary of the 14 agencies")
            return 1
        if summary and report["agencies"]:
            print("--summary-only: the agencies are left out")
            return 1
        checked += 1
    # An agency whose files have errors is set aside, named in the summary; exit 2.
    run = subprocess.run([qobj, "report", "--format", "json", "--as-of", "2022-01-31", "--summary-only",
                          os.path.join(root, "examples"), os.path.join(root, "tests/fixtures/reports/set-aside")],
                         capture_output=True, text=True, check=False)
    report = json.loads(run.stdout) if run.stdout else {}
    errors = list(validator.iter_errors(report))
    for error in errors:
        print(f"set aside: {error.json_path}: {error.message}")
    missing = report.get("summary", {}).get("missing", [])
    if run.returncode != 2 or errors or {"id": "so-noi-vu", "name": "Sở Nội vụ", "files": "errors",
                                         "latest_year": None} not in missing:
        print(f"set aside: exit {run.returncode}, missing {missing}")
        return 1
    checked += 1
    print(f"JSON reports valid against schemas/report.schema.json: {checked} of {checked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
