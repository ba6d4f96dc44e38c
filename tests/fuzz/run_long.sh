#!/usr/bin/env bash
# The long fuzzing run, by hand (issue 10): each target for MINUTES (default 30), two at a time
# on a 2-core machine, with the same per-input limits as CI. Prints each target's last status
# line (executions, coverage, corpus) and whether it found anything; findings are left in
# build-fuzz/findings/TARGET/.
# Usage: [FUZZ_TIMEOUT=SECONDS] tests/fuzz/run_long.sh [MINUTES]  (a longer per-input timeout when
# other work shares the cores: a starved process is not a slow input)
set -uo pipefail
cd "$(dirname "$0")/../.."
minutes=${1:-30}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQOBJ_FUZZ=ON -DQOBJ_TESTS=OFF >/dev/null
cmake --build build-fuzz -j2 --target fuzz_reader fuzz_check fuzz_schema fuzz_report fuzz_simple_yaml >/dev/null || exit 1

run() {
  local target=$1
  shift
  local work=build-fuzz/findings/$target
  rm -rf "$work" && mkdir -p "$work/corpus"
  (cd "$work" && "$OLDPWD/build-fuzz/tests/fuzz/$target" -max_total_time=$((minutes * 60)) -max_len=16384 \
    -timeout="${FUZZ_TIMEOUT:-2}" -rss_limit_mb=512 -print_final_stats=1 -dict="$OLDPWD/tests/fuzz/yaml.dict" corpus \
    "${@/#/$OLDPWD/}" >log 2>&1)
  local status=$?
  local found
  found=$(find "$work" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'timeout-*' -o -maxdepth 1 -name 'oom-*' -o -maxdepth 1 -name 'leak-*' | wc -l)
  echo "$target: exit $status, $found finding(s); $(grep -E '^#[0-9]+' "$work/log" | tail -n 1)"
  grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$work/log" | tr '\n' ' '
  echo
}

run fuzz_reader tests/fixtures/yaml examples &
run fuzz_check tests/fuzz/check_corpus examples/so-cong-thuong-2021 &
wait
run fuzz_schema tests/fuzz/schema_corpus &
run fuzz_report tests/fuzz/check_corpus &
wait
run fuzz_simple_yaml tests/fixtures/yaml tests/fuzz/check_corpus examples/so-cong-thuong-2021
