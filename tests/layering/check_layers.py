#!/usr/bin/env python3
"""The layering of docs/architecture.md, checked: each folder of src/core may include the layers
its row names in backticks (and itself), nothing else of the core; the core never includes the
command line nor writes to standard output or error; only src/cli/options.cpp includes CLI11.

Usage: check_layers.py SOURCE_ROOT"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
failures = []

# The table rows: | layer | `src/core/X/` | does | may include |
allowed = {}
for line in (root / "docs" / "architecture.md").read_text(encoding="utf-8").splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) != 4:
        continue
    folder = re.fullmatch(r"`src/core/([a-z_]+)/`", cells[1])
    if folder:
        allowed[folder.group(1)] = set(re.findall(r"`([a-z_]+)`", cells[3]))

layers = sorted(p.name for p in (root / "src" / "core").iterdir() if p.is_dir())
for layer in layers:
    if layer not in allowed:
        failures.append(f"src/core/{layer}/ has no row in docs/architecture.md")
for layer, names in allowed.items():
    for name in names - set(layers):
        failures.append(f"docs/architecture.md: layer {layer} names `{name}`, which is no folder of src/core")

include = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)
for path in sorted((root / "src").rglob("*")):
    if path.suffix not in (".cpp", ".hpp"):
        continue
    relative = path.relative_to(root).as_posix()
    text = path.read_text(encoding="utf-8")
    parts = path.relative_to(root / "src").parts
    for target in include.findall(text):
        if target.startswith("CLI/") and relative != "src/cli/options.cpp":
            failures.append(f"{relative} includes CLI11 ({target}): only src/cli/options.cpp may")
        if parts[0] != "core":
            continue
        if target.startswith("cli/"):
            failures.append(f"{relative} includes the command line ({target})")
        used = re.match(r"core/([a-z_]+)/", target)
        if used and used.group(1) != parts[1] and used.group(1) not in allowed.get(parts[1], set()):
            failures.append(f"{relative} includes {target}: layer {parts[1]} may include "
                            f"{', '.join(sorted(allowed.get(parts[1], set()))) or 'nothing of the core'}")
    if parts[0] == "core" and re.search(r"std::cout|std::cerr|\bstdout\b|\bstderr\b|\bprintf\s*\(|\bputs\s*\(", text):
        failures.append(f"{relative} writes to standard output or error: the core returns values")

for failure in failures:
    print("FAIL:", failure)
if failures:
    sys.exit(1)
print(f"layering: {len(allowed)} layers of src/core include only what docs/architecture.md allows")
