#!/usr/bin/python3
"""Independent cross-check of qobj's schema validation with python3-jsonschema.

For every example and every objectives/measurements fixture, validates the file against the
schema of its format with python3-jsonschema (Debian's package, Draft 7, formats checked),
runs `qobj check --schema` on the same file, and fails where the two verdicts differ.

YAML is loaded with the YAML 1.2 core schema, as qobj reads it: "yes" and "2021-12-31"
stay strings, "010" is ten (PyYAML alone follows YAML 1.1).
"""
import glob
import json
import os
import re
import subprocess
import sys

import jsonschema
import yaml


class CoreSchemaLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema resolution of plain scalars."""


CoreSchemaLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
]:
    CoreSchemaLoader.add_implicit_resolver(tag, re.compile(pattern), first)


def construct_int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


CoreSchemaLoader.add_constructor("tag:yaml.org,2002:int", construct_int)


def main():
    qobj, root = sys.argv[1], sys.argv[2]
    schemas = {}
    for name in ("objectives", "measurements", "import-mapping"):
        with open(os.path.join(root, "schemas", f"{name}.schema.json"), encoding="utf-8") as f:
            schemas[name] = json.load(f)
    files = sorted(glob.glob(os.path.join(root, "examples", "**", "*.yaml"), recursive=True))
    files += sorted(glob.glob(os.path.join(root, "tests", "fixtures", "objectives", "*.yaml")))
    files += sorted(glob.glob(os.path.join(root, "tests", "fixtures", "measurements", "*.yaml")))
    # The fixtures of the checks, the report cases and the model's every field: each pair of
    # files is valid or not alike for both validators.
    for folder in ("checks", "reports", "model"):
        files += sorted(glob.glob(os.path.join(root, "tests", "fixtures", folder, "**", "*.yaml"),
                                  recursive=True))
    # The one intended difference: a .NaN compares with nothing, so python3-jsonschema lets it
    # pass `minimum: 0`; qobj refuses it (schema.number-range), as a verdict cannot rest on it.
    files = [f for f in files if "checks/number-range/" not in f]
    files += sorted(glob.glob(os.path.join(root, "tests", "fixtures", "import", "layouts", "mappings", "*.yaml")))
    disagreements = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if "format: qobj/import-mapping" in text:
            kind = "import-mapping"
        elif "measurements" in path or "format: qobj/measurements" in text:
            kind = "measurements"
        else:
            kind = "objectives"
        schema = schemas[kind]
        data = yaml.load(text, Loader=CoreSchemaLoader)
        validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
        python_valid = validator.is_valid(data)
        schema_path = os.path.join(root, "schemas", f"{kind}.schema.json")
        run = subprocess.run([qobj, "check", "--color", "never", "--schema", schema_path, path],
                             capture_output=True, text=True, check=False)
        if run.returncode not in (0, 2):
            print(f"qobj failed on {path} with exit code {run.returncode}:\n{run.stdout}{run.stderr}")
            disagreements += 1
            continue
        qobj_valid = run.returncode == 0
        if qobj_valid != python_valid:
            disagreements += 1
            print(f"DISAGREE {os.path.relpath(path, root)}: python3-jsonschema says "
                  f"{'valid' if python_valid else 'invalid'}, qobj says {'valid' if qobj_valid else 'invalid'}")
            for error in validator.iter_errors(data):
                print(f"  python: {error.json_path}: {error.message}")
            print("  qobj:", run.stdout.strip().replace("\n", "\n  "))
    print(f"cross-check with python3-jsonschema: {len(files) - disagreements} of {len(files)} files agree")
    return 1 if disagreements or not files else 0


if __name__ == "__main__":
    sys.exit(main())
