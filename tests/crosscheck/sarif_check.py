#!/usr/bin/python3
"""Validates qobj's SARIF output against the official SARIF 2.1.0 schema (python3-jsonschema).

Runs `qobj check --format sarif` over inputs that exercise every part of the output: schema
errors, YAML errors with a related location, a whole-file I/O error, a Vietnamese file name.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema


def main():
    qobj, root, sarif_schema_path = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(sarif_schema_path, encoding="utf-8") as f:
        sarif_schema = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        vietnamese_name = os.path.join(tmp, "mục tiêu.yaml")
        shutil.copy(os.path.join(root, "tests/fixtures/objectives/misspelled-key.yaml"), vietnamese_name)
        inputs = [
            os.path.join(root, "tests/fixtures/objectives"),
            os.path.join(root, "tests/fixtures/measurements"),
            os.path.join(root, "tests/fixtures/yaml/duplicate-key.yaml"),
            os.path.join(root, "tests/fixtures/yaml/invalid-utf8.yaml"),
            os.path.join(root, "examples"),
            vietnamese_name,
            os.path.join(tmp, "missing.yaml"),
        ]
        run = subprocess.run([qobj, "check", "--format", "sarif", *inputs], capture_output=True, text=True,
                             check=False)
    if run.returncode != 3:  # the missing file makes it an I/O failure
        print(f"unexpected exit code {run.returncode}: {run.stderr}")
        return 1
    sarif = json.loads(run.stdout)
    jsonschema.Draft7Validator(sarif_schema).validate(sarif)
    results = sarif["runs"][0]["results"]
    rules = {rule["id"] for rule in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert all(result["ruleId"] in rules for result in results), "a result refers to an undeclared rule"
    assert any("relatedLocations" in result for result in results), "no related location exercised"
    assert any("region" not in result["locations"][0]["physicalLocation"] for result in results), \
        "no whole-file result exercised"
    assert any("m%E1%BB%A5c%20ti%C3%AAu.yaml" in result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
               for result in results), "the Vietnamese file name is not percent-encoded"
    print(f"SARIF output valid against the SARIF 2.1.0 schema: {len(results)} results, {len(rules)} rules")
    return 0


if __name__ == "__main__":
    sys.exit(main())
