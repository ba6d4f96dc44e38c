#!/usr/bin/env bash
# Runs a transcript script in one language and compares what it prints with the expected
# transcript; QOBJ_UPDATE_GOLDEN=1 rewrites the expected transcript.
# usage: check_transcript.sh SCRIPT EXPECTED QOBJ ROOT LANG
set -u
script=$1 expected=$2 qobj=$3 root=$4 lang=$5
got=$(bash "$script" "$qobj" "$root" "$lang"; printf x)
if [ "${QOBJ_UPDATE_GOLDEN:-}" = 1 ]; then
  printf '%s' "${got%x}" > "$expected"
  echo "updated $expected"
  exit 0
fi
if [ "$got" != "$(cat "$expected"; printf x)" ]; then
  echo "the transcript differs (- expected, + actual):"
  diff "$expected" <(printf '%s' "${got%x}")
  exit 1
fi
echo "the transcript is as expected: $expected"
