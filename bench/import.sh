#!/usr/bin/env bash
# The import rate of `qobj import one-stop` on a generated workbook: one form of ROWS lĩnh vực
# rows and its total (goal for 100 000 rows: at least 50 MB/s of sheet XML), timed from the
# command's start to the measurements file written, its check with the plan included.
# Usage: bench/import.sh [ROWS] (default 100000) [RUNS] (default 5). Builds a Release tree in
# build-bench/ (qobj and the workbook generator).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
runs=${2:-5}
.ci/setup
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j2 --target qobj make_workbooks >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build-bench/tests/make_workbooks --rows "$rows" "$work/bao-cao.xlsx"
mkdir -p "$work/tt-pvhcc-2021"
cp tests/fixtures/import/vinh-phuc/tt-pvhcc-2021/objectives.yaml "$work/tt-pvhcc-2021/"
sheet_bytes=$(python3 -c "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).getinfo('xl/worksheets/sheet1.xml').file_size)" "$work/bao-cao.xlsx")
file_bytes=$(stat -c %s "$work/bao-cao.xlsx")

times=()
for _ in $(seq "$runs"); do
  rm -f "$work/tt-pvhcc-2021/mot-cua.yaml"
  start=$(date +%s%N)
  build-bench/qobj import one-stop "$work/bao-cao.xlsx" --agency tt-pvhcc-vinh-phuc \
    --target MT1/dung-han -o "$work/tt-pvhcc-2021/mot-cua.yaml" \
    >/dev/null 2>&1
  end=$(date +%s%N)
  times+=($(((end - start) / 1000)))
done
median_us=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "workbook: $rows rows, $file_bytes bytes (sheet XML: $sheet_bytes bytes), median of $runs runs"
awk -v us="$median_us" -v bytes="$sheet_bytes" -v rows="$rows" 'BEGIN {
  printf "qobj import one-stop: %.1f ms, %.1f MB/s of sheet XML, %.0f rows/s (goal: at least 50 MB/s)\n",
         us / 1000, bytes / us, rows / (us / 1e6) }'
