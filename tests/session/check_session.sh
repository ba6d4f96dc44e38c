#!/usr/bin/env bash
# Runs the yearly-cycle session in one language and compares its transcript with
# tests/session/yearly-cycle.LANG.txt; QOBJ_UPDATE_GOLDEN=1 rewrites the transcript.
# usage: check_session.sh QOBJ ROOT LANG
set -u
qobj=$1 root=$2 lang=$3
expected="$root/tests/session/yearly-cycle.$lang.txt"
# The session runs git and the pre-commit hook of this source tree, which must be a git clone.
if ! command -v git >/dev/null || ! command -v pre-commit >/dev/null || [ ! -d "$root/.git" ]; then
  echo "skipped: needs git, pre-commit (Debian: pre-commit) and the source tree as a git clone"
  exit 77
fi
exec bash "$root/tests/check_transcript.sh" "$root/tests/session/yearly_cycle.sh" "$expected" \
  "$qobj" "$root" "$lang"
