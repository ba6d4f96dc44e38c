#!/usr/bin/env bash
# Hostile inputs (issue 10, docs/limits.md): time and peak memory of qobj on each attack that
# used to hang or take gigabytes. The goal of the first: a million records of one target
# (every one a duplicate period, so a million errors) checked in under 10 s.
# Usage: bench/hostile.sh [RECORDS] (default 1000000). Builds a Release tree in build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
records=${1:-1000000}
.ci/setup
command -v /usr/bin/time >/dev/null || {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends time >/dev/null
}
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j2 --target qobj >/dev/null
qobj=build-bench/qobj

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

# Prints "label: seconds s, peak MB, exit code" for one run.
measure() {
  local label=$1
  shift
  local code=0
  /usr/bin/time -f '%e %M' -o "$data/time" "$@" >"$data/out" 2>&1 || code=$?
  read -r s kb < <(tail -n 1 "$data/time")
  printf '%-58s %7.2f s  peak %7.1f MB  exit %d\n' "$label" "$s" "$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" "$code"
}

mkdir "$data/agency"
cp examples/so-cong-thuong-2021/objectives.yaml examples/so-cong-thuong-2021/phong-quan-ly-thuong-mai.yaml "$data/agency/"
python3 - "$records" "$data/agency/measurements.yaml" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("format: qobj/measurements\nversion: 1\nagency: so-cong-thuong\nyear: 2021\nrecords:\n")
    line = "  - {target: MT1/khong-sp-khong-phu-hop, period: 2021-Q1, count: 0}\n"
    f.write(line * n)
PY
echo "input: $records records of one target, $(wc -c <"$data/agency/measurements.yaml") bytes"
measure "qobj check: $records records of one target (goal < 10 s)" "$qobj" check --max-file-size 2G "$data/agency"
tail -n 1 "$data/out"
measure "qobj check --format json, the same" "$qobj" check --format json --max-file-size 2G "$data/agency"

python3 - "$data" <<'PY'
import json, sys
d = sys.argv[1]
open(f"{d}/brackets.yaml", "w").write("a: " + "[" * (10 * 1024 * 1024))
open(f"{d}/dupkeys.yaml", "w").write("a:\n" + "  k: 1\n" * 300000)
# The long fuzz run's finding: empty values on one long line (each searched its line for a
# comment, and each diagnostic counted its column from the line's start).
open(f"{d}/commas.yaml", "w").write('a: {"t":' + "," * 1000000 + "}\n")
json.dump({"if": {"$ref": "#"}, "then": {"$ref": "#"}}, open(f"{d}/ref-cycle.json", "w"))
json.dump({"a": [1, 2, {"b": 3}]}, open(f"{d}/small.json", "w"))
json.dump({"oneOf": [{"items": {"$ref": "#"}}, {"items": {"$ref": "#"}, "type": "array"}]},
          open(f"{d}/one-of.json", "w"))
open(f"{d}/deep.json", "w").write("[" * 60 + "]" * 60)
defs = {"d0": {"type": "string"}}
for k in range(1, 41):
    ref = {"$ref": f"#/definitions/d{k - 1}"}
    defs[f"d{k}"] = {"anyOf": [{"allOf": [ref, {"minLength": 1000}]}, {"allOf": [ref, {"maxLength": 0}]}]}
json.dump({"definitions": defs, "$ref": "#/definitions/d40"}, open(f"{d}/any-of.json", "w"))
json.dump('"abc"', open(f"{d}/text.json", "w"))
json.dump({"uniqueItems": True}, open(f"{d}/unique.json", "w"))
json.dump([{"a": i, "b": [i, str(i)]} for i in range(10000)], open(f"{d}/items.json", "w"))
PY
measure "10 MB of '[' (yaml.too-deep)" "$qobj" check "$data/brackets.yaml"
measure "2 MB of duplicate keys, text (300 000 errors)" "$qobj" check "$data/dupkeys.yaml"
measure "2 MB of duplicate keys, --format json" "$qobj" check --format json "$data/dupkeys.yaml"
measure "a million commas on one line (a million errors)" "$qobj" check "$data/commas.yaml"
measure "--schema: if/then with \$ref to # (schema.ref-cycle)" "$qobj" check --schema "$data/ref-cycle.json" "$data/small.json"
measure "--schema: overlapping recursive oneOf, 60 levels" "$qobj" check --schema "$data/one-of.json" "$data/deep.json"
measure "--schema: a chain of 40 nested anyOf" "$qobj" check --schema "$data/any-of.json" "$data/text.json"
measure "--schema: uniqueItems on 10 000 items" "$qobj" check --schema "$data/unique.json" "$data/items.json"
