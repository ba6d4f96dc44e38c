#!/usr/bin/env bash
# A province at once (issue 16): `qobj check` and `qobj report` over a generated province of
# AGENCIES agencies with two years of files each (bench/generate_province.py), with one thread
# (--jobs 1) and with every core, their speed-up and peak memory against the input's size, and
# the time of the roll-up alone (--summary-only). Every figure is the best of three runs.
# Usage: bench/province.sh [AGENCIES] (default 500). Builds a Release tree in build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
agencies=${1:-500}
.ci/setup
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j2 --target qobj >/dev/null

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
/usr/bin/python3 bench/generate_province.py "$data/province" --agencies "$agencies"
files=$(find "$data/province" -name '*.yaml' | wc -l)
bytes=$(find "$data/province" -name '*.yaml' -exec cat {} + | wc -c)
cores=$(nproc)
echo "input: $agencies agencies, $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB; $cores cores"

source bench/measure.sh

qobj=build-bench/qobj
# The province must check clean: the figures are for a run that goes all the way.
$qobj check --color never "$data/province" | tail -n 1
row() {
  local label=$1
  shift
  read -r one_s one_kb < <(measure "$qobj" "$@" --jobs 1)
  read -r all_s all_kb < <(measure "$qobj" "$@" --jobs "$cores")
  awk -v l="$label" -v a="$one_s" -v b="$all_s" -v ak="$one_kb" -v bk="$all_kb" -v bytes="$bytes" -v c="$cores" 'BEGIN {
    printf "%-34s --jobs 1: %6.2f s  --jobs %d: %6.2f s  speed-up %.2fx  peak %.0f MB (%.1fx the input)\n",
      l, a, c, b, (b > 0 ? a / b : 0), bk / 1024, bk * 1024 / bytes
  }'
}
row "qobj check" check --color never "$data/province"
row "qobj report --format json" report --format json --as-of 2022-01-31 "$data/province"
row "qobj report (terminal table)" report --color never --as-of 2022-01-31 "$data/province"
row "qobj report --summary-only" report --summary-only --color never --as-of 2022-01-31 "$data/province"
echo "goal: at least 1.7x faster with every core of 2; memory under 3x the input"
