#!/usr/bin/env bash
# Runs one golden case of the qobj binary and compares what it printed and its exit code.
#
# A case file (tests/golden/cases/NAME.test) is a header, then the expected output:
#   what: a key written twice is an error at the second, with a note at the first
#   args: check --color never tests/fixtures/yaml/duplicate-key.yaml
#   exit: 2
#   env: QOBJ_LANG=vi            (optional, repeatable)
#   stdin: tests/fixtures/...    (optional: a file fed to standard input)
#   --- stdout
#   …expected standard output…
#   --- stderr                   (optional: compared only when present)
#   …expected standard error…
# Paths are relative to the source root, where the case runs. The environment is emptied
# (but for PATH and the env: lines) so that the user's locale or NO_COLOR cannot leak in.
# QOBJ_UPDATE_GOLDEN=1 rewrites the expected sections from what qobj printed.
set -u
qobj=$1 root=$2 case_file=$3
cd "$root" || exit 1

# Every case says, first, what it shows: a test reads as a sentence of the specification.
if ! head -n1 "$case_file" | grep -q '^what: .'; then
  echo "$case_file: the first line must say what the case shows (what: …)"
  exit 1
fi
args=$(sed -n 's/^args: //p' "$case_file" | head -n1)
want_exit=$(sed -n 's/^exit: //p' "$case_file" | head -n1)
stdin_file=$(sed -n 's/^stdin: //p' "$case_file" | head -n1)
mapfile -t env_lines < <(sed -n '/^--- /q; s/^env: //p' "$case_file")
want_stdout=$(awk '/^--- stdout$/{on=1;next} /^--- stderr$/{on=0} on' "$case_file"; printf x)
has_stderr=$(grep -c '^--- stderr$' "$case_file")
want_stderr=$(awk '/^--- stderr$/{on=1;next} on' "$case_file"; printf x)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
eval "set -- $args"
env -i PATH="$PATH" ${ASAN_OPTIONS:+ASAN_OPTIONS=$ASAN_OPTIONS} ${UBSAN_OPTIONS:+UBSAN_OPTIONS=$UBSAN_OPTIONS} \
  "${env_lines[@]}" "$qobj" "$@" <"${stdin_file:-/dev/null}" >"$tmp/stdout" 2>"$tmp/stderr"
got_exit=$?
got_stdout=$(cat "$tmp/stdout"; printf x)
got_stderr=$(cat "$tmp/stderr"; printf x)

if [ "${QOBJ_UPDATE_GOLDEN:-}" = 1 ]; then
  {
    sed -n '/^--- /q; /^exit: /d; p' "$case_file"
    echo "exit: $got_exit"
    echo "--- stdout"
    printf '%s' "${got_stdout%x}"
    if [ "$has_stderr" -gt 0 ] || [ -s "$tmp/stderr" ]; then
      echo "--- stderr"
      printf '%s' "${got_stderr%x}"
    fi
  } >"$tmp/case" && mv "$tmp/case" "$case_file"
  echo "updated $case_file"
  exit 0
fi

status=0
if [ "$got_exit" != "$want_exit" ]; then
  echo "exit code: expected $want_exit, got $got_exit"
  status=1
fi
if [ "$got_stdout" != "$want_stdout" ]; then
  echo "standard output differs (- expected, + actual):"
  diff <(printf '%s' "${want_stdout%x}") "$tmp/stdout"
  status=1
fi
if [ "$has_stderr" -gt 0 ] && [ "$got_stderr" != "$want_stderr" ]; then
  echo "standard error differs (- expected, + actual):"
  diff <(printf '%s' "${want_stderr%x}") "$tmp/stderr"
  status=1
fi
exit $status
