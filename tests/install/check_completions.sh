#!/usr/bin/env bash
# The shell completions, generated at build time by `qobj --completion SHELL`: the bash one is
# run as bash runs it (COMP_WORDS, COMP_CWORD, the function it registers) and must offer the
# commands, the options, the values of --format, --fail-on (a comma-separated list) and --lang,
# and the YAML files and folders; the zsh and fish ones are syntax-checked where those shells
# are installed.
# usage: check_completions.sh BUILD_DIR ROOT
set -u
build=$1 root=$2
failures=0
cd "$root" || exit 1

# What bash completion offers for the words of a command line (the last one being typed).
offered() {
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    compopt() { :; }  # only meaningful inside a real completion
    _qobj
    printf "%s\n" "${COMPREPLY[@]}"
  ' _ "$build/completions/bash/qobj" "$@"
}

expect() {
  local want=$1
  shift
  if ! offered "$@" | grep -qx -- "$want"; then
    echo "FAIL: completing '$*' does not offer '$want' (offered: $(offered "$@" | tr '\n' ' '))"
    failures=$((failures + 1))
  fi
}
refuse() {
  local unwanted=$1
  shift
  if offered "$@" | grep -qx -- "$unwanted"; then
    echo "FAIL: completing '$*' offers '$unwanted'"
    failures=$((failures + 1))
  fi
}

expect check qobj ""
expect new-year qobj ne
expect --format qobj check --fo
expect gitlab qobj check --format ""
expect md qobj report --format ""
expect not-met,at-risk qobj report --fail-on not-met,at
expect vi qobj --lang ""
expect --output qobj report --ou
expect examples qobj check exa
expect examples/so-cong-thuong-2021/objectives.yaml qobj check examples/so-cong-thuong-2021/obj
refuse README.md qobj check READ
expect measurements qobj schema ""

# fish, as fish completes (the first column of `complete -C`).
fish_offers() {
  fish -c "source $build/completions/fish/qobj.fish; complete -C '$1'" | cut -f1
}
if command -v fish >/dev/null; then
  for case in "qobj ch|check" "qobj --lang vi rep|report" "qobj check --format |gitlab" \
      "qobj report --fail-on not-met,|not-met,at-risk" \
      "qobj check examples/so-cong-thuong-2021/|examples/so-cong-thuong-2021/objectives.yaml"; do
    line=${case%%|*} want=${case#*|}
    if ! fish_offers "$line" | grep -qx -- "$want"; then
      echo "FAIL: fish completing '$line' does not offer '$want'"
      failures=$((failures + 1))
    fi
  done
  if fish_offers "qobj check READ" | grep -qx README.md; then
    echo "FAIL: fish offers README.md as a qobj file"
    failures=$((failures + 1))
  fi
fi

for shell in zsh fish; do
  if command -v "$shell" >/dev/null; then
    if ! "$shell" -n "$build/completions/$shell/"*; then
      echo "FAIL: the $shell completion does not parse"
      failures=$((failures + 1))
    fi
  fi
done
echo "completions: $failures failure(s)"
[ "$failures" -eq 0 ]
