#!/usr/bin/python3
"""Validates `qobj check --format gitlab` against GitLab's published Code Quality schema
(tests/ci/gitlab-codequality.schema.json, each issue of the array, as GitLab validates them)
and against what GitLab's documentation adds: a check_name, a severity among info, minor,
major, critical, blocker, a path relative to the repository (no "./"), a line of 1 or more,
fingerprints unique in the report, no byte order mark. A clean run gives "[]".

usage: gitlab_check.py QOBJ ROOT
"""
import json
import os
import subprocess
import sys

import jsonschema


def main():
    qobj, root = sys.argv[1], sys.argv[2]
    with open(os.path.join(root, "tests/ci/gitlab-codequality.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    failures = []
    inputs = ["./tests/fixtures/objectives", "tests/fixtures/measurements",
              "tests/fixtures/yaml/duplicate-key.yaml", "examples"]
    run = subprocess.run([qobj, "check", "--no-context", "--format", "gitlab", *inputs], cwd=root,
                         capture_output=True, check=False)
    if run.returncode != 2:
        failures.append(f"exit code {run.returncode}, expected 2: {run.stderr!r}")
    if run.stdout.startswith(b"\xef\xbb\xbf"):
        failures.append("the report starts with a byte order mark")
    issues = json.loads(run.stdout.decode("utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    for issue in issues:
        for error in validator.iter_errors(issue):
            failures.append(f"{issue.get('check_name')}: {error.message}")
        if not issue.get("check_name"):
            failures.append(f"an issue without check_name: {issue}")
        if issue.get("severity") not in ("info", "minor", "major", "critical", "blocker"):
            failures.append(f"severity {issue.get('severity')!r} is not GitLab's")
        path = issue["location"].get("path", "")
        if not path or path.startswith("./") or path.startswith("/"):
            failures.append(f"path {path!r} is not relative to the repository")
        if not isinstance(issue["location"]["lines"]["begin"], int) or issue["location"]["lines"]["begin"] < 1:
            failures.append(f"line {issue['location']['lines']['begin']!r} is not 1 or more")
    fingerprints = [issue["fingerprint"] for issue in issues]
    if len(set(fingerprints)) != len(fingerprints):
        failures.append("fingerprints are not unique")
    severities = {issue["severity"] for issue in issues}
    if not {"major", "minor"} <= severities:
        failures.append(f"errors and warnings not both exercised: {severities}")
    again = subprocess.run([qobj, "check", "--no-context", "--format", "gitlab", *inputs], cwd=root,
                           capture_output=True, check=False)
    if [i["fingerprint"] for i in json.loads(again.stdout)] != fingerprints:
        failures.append("fingerprints differ from one run to the next")
    clean = subprocess.run([qobj, "check", "--format", "gitlab", "--as-of", "2022-01-15",
                            "tests/fixtures/context/so-cong-thuong-2021"],
                           cwd=root, capture_output=True, check=False)
    if clean.returncode != 0 or json.loads(clean.stdout) != []:
        failures.append(f"a clean run is not []: {clean.stdout!r}")
    for failure in failures:
        print("FAIL:", failure)
    print(f"GitLab Code Quality: {len(issues)} issues checked, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
