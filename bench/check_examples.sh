#!/usr/bin/env bash
# Wall time of `qobj check examples/` (start-up included; goal: under 10 ms) and of
# `qobj --version` (the start-up alone; goal: under 4 ms), beside a bare static C++ binary
# that does nothing (the floor of a process start on this machine) and the same schema
# validation done in Python with python3-jsonschema (start-up included too).
# Usage: bench/check_examples.sh [RUNS] (default 21). Builds a Release tree in build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
.ci/setup
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j2 --target qobj >/dev/null

# Median wall time in milliseconds of RUNS runs of a command.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] / 1000 }'
}

files=$(find examples -name '*.yaml' | wc -l)
bytes=$(find examples -name '*.yaml' -exec cat {} + | wc -c)
echo "input: examples/ ($files files, $bytes bytes), median of $runs runs"
qobj_ms=$(median_ms build-bench/qobj check examples/)
version_ms=$(median_ms build-bench/qobj --version)
bare=$(mktemp)
printf 'int main() { return 0; }\n' | g++ -x c++ -O2 -static -o "$bare" -
bare_ms=$(median_ms "$bare")
rm -f "$bare"
libraries=$(ldd build-bench/qobj | grep -c '=>' || true)
script=$(mktemp --suffix=.py)
trap 'rm -f "$script"' EXIT
cat >"$script" <<'PY'
import glob, json, sys, jsonschema, yaml
sys.path.insert(0, "tests/crosscheck")
from crosscheck import CoreSchemaLoader  # YAML 1.2 typing, as qobj reads it
schemas = {n: json.load(open(f"schemas/{n}.schema.json")) for n in ("objectives", "measurements")}
for path in sorted(glob.glob("examples/**/*.yaml", recursive=True)):
    data = yaml.load(open(path, encoding="utf-8"), Loader=CoreSchemaLoader)
    kind = "measurements" if data.get("format") == "qobj/measurements" else "objectives"
    assert jsonschema.Draft7Validator(schemas[kind], format_checker=jsonschema.FormatChecker()).is_valid(data)
PY
python_ms=$(median_ms /usr/bin/python3 "$script")
echo "qobj check examples/ (schemas, cross-file checks):  ${qobj_ms} ms   (goal: under 10 ms)"
echo "qobj --version (start-up alone):                     ${version_ms} ms   (goal: under 4 ms)"
echo "a bare static C++ binary (a process start):          ${bare_ms} ms"
echo "shared libraries qobj loads:                         ${libraries}"
echo "python3 + jsonschema + PyYAML (schemas only):       ${python_ms} ms"
