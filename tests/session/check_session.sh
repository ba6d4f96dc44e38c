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
got=$(bash "$root/tests/session/yearly_cycle.sh" "$qobj" "$root" "$lang"; printf x)
if [ "${QOBJ_UPDATE_GOLDEN:-}" = 1 ]; then
  printf '%s' "${got%x}" > "$expected"
  echo "updated $expected"
  exit 0
fi
if [ "$got" != "$(cat "$expected"; printf x)" ]; then
  echo "the session's transcript differs (- expected, + actual):"
  diff "$expected" <(printf '%s' "${got%x}")
  exit 1
fi
echo "the session's transcript is as expected ($lang)"
