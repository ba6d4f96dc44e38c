#!/usr/bin/env python3
"""Check the CI files qobj ships and their copies in docs/ci.md.

Usage: python3 tests/ci/check_ci_files.py ROOT   (ROOT: the repository, e.g. /work/main)

(a) .pre-commit-hooks.yaml, docs/ci/github-workflow.yml and docs/ci/gitlab-ci.yml parse as
    YAML (a key given twice is an error, as GitHub and GitLab have it) and have the structure
    their reader needs: pre-commit hooks with id, name, entry and language; a GitHub workflow
    with `on` and `jobs`, each job with `runs-on` and `steps`; GitLab jobs with `script`.
(b) Every fenced yaml block of docs/ci.md marked `<!-- file: PATH -->` on the line before it
    is that file, byte for byte; both workflow files are included; every yaml block parses.
(c) Both workflows are valid against the published schemas of their formats
    (tests/ci/github-workflow.schema.json, tests/ci/gitlab-ci.schema.json).
(d) Exits with 1 and a message per problem when anything is wrong, 2 on a usage error.

Needs python3-yaml (Debian's package of that name).
"""
import difflib
import re
import sys
from pathlib import Path

try:
    import yaml
except ImportError:
    sys.exit("check_ci_files: needs PyYAML (Debian: apt-get install python3-yaml)")

HOOKS = ".pre-commit-hooks.yaml"
GITHUB = "docs/ci/github-workflow.yml"
GITLAB = "docs/ci/gitlab-ci.yml"
DOC = "docs/ci.md"
# The files docs/ci.md must include verbatim.
INCLUDED = (GITHUB, GITLAB)
EXPECTED_HOOKS = ("qobj-check", "qobj-report")
# Top-level keys of .gitlab-ci.yml that are not jobs.
GITLAB_GLOBAL_KEYS = {
    "default", "include", "stages", "variables", "workflow", "image", "services", "cache",
    "before_script", "after_script", "spec",
}

failures = []
passed = 0


def fail(where, message):
    failures.append(f"{where}: {message}")


def ok():
    global passed
    passed += 1


class UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice in one mapping."""


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first at line {seen[key] + 1})",
                key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                _construct_mapping)


def parse_yaml(where, text):
    """The parsed document, or None after recording why it does not parse."""
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)
    except yaml.YAMLError as error:
        fail(where, f"not valid YAML: {error}")
        return None


def read(root, relative):
    path = root / relative
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        fail(relative, f"cannot be read: {error}")
        return None


def is_text(value):
    return isinstance(value, str) and value.strip() != ""


def check_hooks(text):
    hooks = parse_yaml(HOOKS, text)
    if hooks is None:
        return
    if not isinstance(hooks, list) or not hooks:
        fail(HOOKS, "must be a non-empty list of hooks")
        return
    ids = []
    for index, hook in enumerate(hooks):
        where = f"{HOOKS}: hook {index + 1}"
        if not isinstance(hook, dict):
            fail(where, "is not a mapping")
            continue
        where = f"{HOOKS}: hook {hook.get('id', index + 1)}"
        for key in ("id", "name", "entry", "language"):
            if not is_text(hook.get(key)):
                fail(where, f"needs `{key}` (a non-empty string)")
        for key in ("files", "exclude"):
            if key in hook:
                try:
                    re.compile(hook[key])
                except (re.error, TypeError) as error:
                    fail(where, f"`{key}` is not a regular expression: {error}")
        for key in ("pass_filenames", "require_serial", "always_run"):
            if key in hook and not isinstance(hook[key], bool):
                fail(where, f"`{key}` must be true or false")
        if is_text(hook.get("entry")) and not hook["entry"].startswith("qobj "):
            fail(where, "`entry` must run qobj")
        ids.append(hook.get("id"))
    for hook_id in EXPECTED_HOOKS:
        if hook_id not in ids:
            fail(HOOKS, f"has no hook `{hook_id}`")
    for hook_id in set(ids):
        if ids.count(hook_id) > 1:
            fail(HOOKS, f"hook id `{hook_id}` is given twice")
    ok()


def check_github(text):
    workflow = parse_yaml(GITHUB, text)
    if workflow is None:
        return
    if not isinstance(workflow, dict):
        fail(GITHUB, "must be a mapping")
        return
    # YAML 1.1 (PyYAML) reads the key `on` as the boolean true; GitHub reads it as "on".
    if "on" not in workflow and True not in workflow:
        fail(GITHUB, "needs `on` (the events that run it)")
    jobs = workflow.get("jobs")
    if not isinstance(jobs, dict) or not jobs:
        fail(GITHUB, "needs `jobs` (a non-empty mapping)")
        return
    for name, job in jobs.items():
        where = f"{GITHUB}: job {name}"
        if not isinstance(job, dict):
            fail(where, "is not a mapping")
            continue
        if "uses" in job:  # a reusable workflow's job has neither runs-on nor steps
            continue
        if not job.get("runs-on"):
            fail(where, "needs `runs-on`")
        steps = job.get("steps")
        if not isinstance(steps, list) or not steps:
            fail(where, "needs `steps` (a non-empty list)")
            continue
        for number, step in enumerate(steps, 1):
            if not isinstance(step, dict) or ("run" in step) == ("uses" in step):
                fail(where, f"step {number} needs exactly one of `run` and `uses`")
    ok()


def check_gitlab(text):
    config = parse_yaml(GITLAB, text)
    if config is None:
        return
    if not isinstance(config, dict):
        fail(GITLAB, "must be a mapping")
        return
    jobs = {name: job for name, job in config.items()
            if name not in GITLAB_GLOBAL_KEYS and not str(name).startswith(".")}
    if not jobs:
        fail(GITLAB, "has no job")
    for name, job in jobs.items():
        where = f"{GITLAB}: job {name}"
        if not isinstance(job, dict):
            fail(where, "is not a mapping")
            continue
        script = job.get("script")
        if not (is_text(script) or (isinstance(script, list) and script
                                    and all(is_text(line) for line in script))):
            fail(where, "needs `script` (a command or a non-empty list of commands)")
    ok()


MARKER = re.compile(r"^<!--\s*file:\s*(\S+)\s*-->\s*$")
FENCE_OPEN = re.compile(r"^(`{3,})\s*(\w*)\s*$")


def yaml_blocks(lines):
    """Every fenced code block: (line of its opening fence, language, text, marked file)."""
    blocks = []
    marked = None
    index = 0
    while index < len(lines):
        line = lines[index]
        marker = MARKER.match(line)
        if marker:
            marked = (marker.group(1), index + 1)
            index += 1
            continue
        fence = FENCE_OPEN.match(line)
        if fence:
            ticks, language = fence.group(1), fence.group(2)
            end = index + 1
            while end < len(lines) and lines[end].rstrip() != ticks:
                end += 1
            body = "".join(line + "\n" for line in lines[index + 1:end])
            blocks.append((index + 1, language, body, marked, end < len(lines)))
            marked = None
            index = end + 1
            continue
        if line.strip() and marked:
            fail(f"{DOC}:{marked[1]}", f"the marker for {marked[0]} is not followed by a code block")
            marked = None
        index += 1
    if marked:
        fail(f"{DOC}:{marked[1]}", f"the marker for {marked[0]} is not followed by a code block")
    return blocks


def check_doc(text, files):
    included = set()
    for line, language, body, marked, closed in yaml_blocks(text.splitlines()):
        where = f"{DOC}:{line}"
        if not closed:
            fail(where, "code block is never closed")
            continue
        if language == "yaml":
            parse_yaml(where, body)
        if marked is None:
            continue
        name = marked[0]
        if name not in files:
            fail(where, f"marked as {name}, which is not one of {', '.join(files)}")
            continue
        if language != "yaml":
            fail(where, f"the copy of {name} must be a ```yaml block")
        included.add(name)
        expected = files[name]
        if expected is None:
            continue  # unreadable: already reported
        if body != expected:
            diff = difflib.unified_diff(expected.splitlines(), body.splitlines(),
                                        fromfile=name, tofile=f"{DOC} (line {line})",
                                        lineterm="", n=1)
            shown = list(diff)[:40]
            fail(where, f"the copy of {name} differs from the file:\n  " + "\n  ".join(shown))
        else:
            ok()
    for name in INCLUDED:
        if name not in included:
            fail(DOC, f"does not include {name} (a ```yaml block after <!-- file: {name} -->)")


def check_against_schemas(root, files):
    """The workflows against the published schemas of their formats (tests/ci/README.md)."""
    try:
        import json
        import jsonschema
    except ImportError:
        fail("schemas", "needs python3-jsonschema")
        return
    for name, schema_file in ((GITHUB, "github-workflow.schema.json"),
                              (GITLAB, "gitlab-ci.schema.json")):
        if files[name] is None:
            continue
        schema = json.loads((root / "tests/ci" / schema_file).read_text(encoding="utf-8"))
        document = yaml.safe_load(files[name])
        # YAML 1.1 reads the key `on` as true; GitHub reads it as "on".
        if isinstance(document, dict) and True in document:
            document["on"] = document.pop(True)
        errors = list(jsonschema.Draft7Validator(schema).iter_errors(document))
        for error in errors:
            path = "/".join(str(part) for part in error.absolute_path)
            fail(name, f"not valid against {schema_file} at /{path}: {error.message[:200]}")
        if not errors:
            ok()


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    root = Path(argv[1])
    if not root.is_dir():
        print(f"check_ci_files: {root} is not a directory", file=sys.stderr)
        return 2
    files = {name: read(root, name) for name in (HOOKS, GITHUB, GITLAB)}
    for name, check in ((HOOKS, check_hooks), (GITHUB, check_github), (GITLAB, check_gitlab)):
        if files[name] is not None:
            check(files[name])
    check_against_schemas(root, files)
    doc = read(root, DOC)
    if doc is not None:
        check_doc(doc, files)
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"check_ci_files: {passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
