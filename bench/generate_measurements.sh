#!/usr/bin/env bash
# Writes a YAML file of about SIZE_MB megabytes shaped like a year of measurement records of a
# province's agencies (Vietnamese notes included), to OUTPUT.
set -euo pipefail
size_mb=${1:?usage: generate_measurements.sh SIZE_MB OUTPUT}
output=${2:?usage: generate_measurements.sh SIZE_MB OUTPUT}
awk -v target=$((size_mb * 1000 * 1000)) 'BEGIN {
  print "# yaml-language-server: $schema=../schemas/measurements.schema.json"
  print "format: qobj/measurements"
  print "version: 1"
  print "records:"
  bytes = 0
  for (i = 0; bytes < target; i++) {
    month = i % 12 + 1
    received = 1000 + (i * 37) % 500
    late = (i * 7) % 5
    rec = sprintf("  - objective: so-%04d/MT%d\n    period: 2021-%02d\n    received: %d\n    on_time: %d\n" \
                  "    source: \"Hệ thống thông tin giải quyết TTHC tỉnh\"\n" \
                  "    note: Số liệu tháng %d, %02d hồ sơ trễ hạn do bổ sung giấy tờ\n",
                  i % 4000, i % 7 + 1, month, received, received - late, month, late)
    printf "%s", rec
    bytes += length(rec)
  }
}' > "$output"
