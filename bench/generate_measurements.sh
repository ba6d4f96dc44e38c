#!/usr/bin/env bash
# Writes a year of measurements of about SIZE_MB megabytes to DIR/measurements.yaml (monthly
# percentage records, Vietnamese notes included), and DIR/objectives.yaml with the objectives
# and targets they refer to, so that every cross-file check runs on them.
set -euo pipefail
size_mb=${1:?usage: generate_measurements.sh SIZE_MB DIR}
dir=${2:?usage: generate_measurements.sh SIZE_MB DIR}
mkdir -p "$dir"
awk -v target=$((size_mb * 1000 * 1000)) -v objectives="$dir/objectives.yaml" 'BEGIN {
  print "# yaml-language-server: $schema=../schemas/measurements.schema.json"
  print "format: qobj/measurements"
  print "version: 1"
  print "agency: so-cong-thuong"
  print "year: 2021"
  print "records:"
  bytes = 0
  # Record i: objective MT<i/84>, target chi-tieu-<(i/12)%7+1>, month <i%12+1>: no period twice.
  for (i = 0; bytes < target || i % 12 != 0; i++) {  # whole years: no month missing
    month = i % 12 + 1
    received = 1000 + (i * 37) % 500
    late = (i * 7) % 5
    rec = sprintf("  - target: MT%d/chi-tieu-%d\n    period: 2021-%02d\n    denominator: %d\n    numerator: %d\n" \
                  "    source: \"Hệ thống thông tin giải quyết TTHC tỉnh\"\n" \
                  "    note: Số liệu tháng %d, %02d hồ sơ trễ hạn do bổ sung giấy tờ\n",
                  int(i / 84), int(i / 12) % 7 + 1, month, received, received - late, month, late)
    printf "%s", rec
    bytes += length(rec)
  }
  count = int((i - 1) / 84) + 1
  print "format: qobj/objectives\nversion: 1\nagency: {id: so-cong-thuong, name: Sở Công Thương}\nyear: 2021\nobjectives:" > objectives
  for (o = 0; o < count; o++) {
    printf "  - id: MT%d\n    title: Giải quyết thủ tục hành chính nhóm %d trước, đúng hạn\n", o, o > objectives
    printf "    plan: {actions: [Theo dõi hằng tuần], resources: [Hệ thống một cửa], responsible: Văn phòng, due: 2021-12-31, evaluation: Báo cáo tháng}\n" > objectives
    printf "    targets:\n" > objectives
    for (t = 1; t <= 7; t++) printf "      - {id: chi-tieu-%d, kind: percentage, comparison: greater-than, value: 95}\n", t > objectives
  }
}' > "$dir/measurements.yaml"
