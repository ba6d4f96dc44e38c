#!/usr/bin/env bash
# qobj's reading benchmark: the throughput of `qobj check` (reading, schema validation, checks
# across files) on a generated 100 MB year of measurements and its objectives, beside
# yaml-cpp's bare event parser on the same files, and qobj's peak memory.
# Usage: bench/run.sh [SIZE_MB] (default 100). Builds a Release tree in build-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-100}
.ci/setup
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j2 --target qobj yaml_bare_parse >/dev/null

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
bench/generate_measurements.sh "$size_mb" "$data"
files=("$data/measurements.yaml" "$data/objectives.yaml")
bytes=$(cat "${files[@]}" | wc -c)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "input: $mb MB in 2 files (measurements and the objectives they refer to), $(cat "${files[@]}" | wc -l) lines"

source bench/measure.sh

read -r bare_s bare_kb < <(measure build-bench/bench/yaml_bare_parse "${files[@]}")
read -r qobj_s qobj_kb < <(measure build-bench/qobj check --color never --max-file-size 2G "${files[@]}")
# qobj check must have found nothing wrong: the figures are for a clean run.
build-bench/qobj check --color never --max-file-size 2G "${files[@]}" | tail -n 1
read -r report_s report_kb < <(measure build-bench/qobj report --format json --as-of 2022-01-31 --max-file-size 2G "${files[@]}")
awk -v mb="$mb" -v qs="$qobj_s" -v rs="$report_s" -v rk="$report_kb" -v bytes="$bytes" 'BEGIN {
  printf "qobj report --format json:  %6.2f s  %6.1f MB/s  peak %7.1f MB\n", rs, mb / rs, rk / 1024
  printf "evaluation adds %.0f%% to qobj check (goal: under 25%%); report peak memory %.2fx the input\n", 100 * (rs - qs) / qs, rk * 1024 / bytes
}'
awk -v mb="$mb" -v bs="$bare_s" -v bk="$bare_kb" -v qs="$qobj_s" -v qk="$qobj_kb" -v bytes="$bytes" 'BEGIN {
  printf "yaml-cpp bare event parser: %6.2f s  %6.1f MB/s  peak %7.1f MB\n", bs, mb / bs, bk / 1024
  printf "qobj check:                 %6.2f s  %6.1f MB/s  peak %7.1f MB\n", qs, mb / qs, qk / 1024
  printf "qobj throughput: %.0f%% of the bare parser (goal: at least 80%%)\n", 100 * bs / qs
  printf "qobj peak memory: %.2fx the file size (goal: under 3x)\n", qk * 1024 / bytes
}'
