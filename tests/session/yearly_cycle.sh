#!/usr/bin/env bash
# The secretary's year in git, as one session on a temporary repository: init, commit, edit,
# diff (qobj's and git's own, through the textconv driver), the pre-commit hook on one changed
# file (with a mistake, then without), new-year, and a check of the whole repository. Prints
# the transcript: each command, what it printed, its exit code.
#
# usage: yearly_cycle.sh QOBJ ROOT LANG
set -u
qobj=$(realpath "$1") root=$(realpath "$2") lang=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/repo" "$work/home"
ln -s "$qobj" "$work/bin/qobj"
export PATH="$work/bin:$PATH" HOME="$work/home" QOBJ_LANG="$lang" PRE_COMMIT_HOME="$work/pre-commit"
export GIT_AUTHOR_NAME="Thư ký ISO" GIT_AUTHOR_EMAIL=thuky@example.org
export GIT_COMMITTER_NAME="Thư ký ISO" GIT_COMMITTER_EMAIL=thuky@example.org
export GIT_AUTHOR_DATE="2024-01-02T08:00:00+07:00" GIT_COMMITTER_DATE="2024-01-02T08:00:00+07:00"
unset NO_COLOR LC_ALL LC_MESSAGES LANG
cd "$work/repo" || exit 1

# A step of the session: the command as typed, then what it printed and its exit code. Lines
# that change from run to run (git's object ids, temporary paths) are left out.
step() {
  printf '$ %s\n' "$*"
  (set -o pipefail; eval "$@") 2>&1 | sed -e '/^index [0-9a-f]*\.\.[0-9a-f]* /d' -e "s|$work|\$TMP|g"
  printf '[exit %s]\n\n' "${PIPESTATUS[0]}"
}
# The pre-commit hook, as the secretary's commit runs it: pre-commit's own lines before the
# hook's are its set-up (temporary paths).
hook() {
  pre-commit try-repo "$root" qobj-check --files "$@" > "$work/hook" 2>&1
  local status=$?
  sed -n '/^qobj check\./,$p' "$work/hook"
  return $status
}
# Set-up the transcript does not need to show.
quietly() { "$@" >/dev/null 2>&1 || { echo "set-up failed: $*"; exit 1; }; }
say() { printf '# %s\n' "$*"; }

quietly git init -q -b main
quietly git config diff.qobj.textconv "qobj --lang vi diff --textconv"
printf '*.yaml diff=qobj\n' > .gitattributes
printf 'stages: [test]\nqobj:\n  script: [qobj check .]\n' > .gitlab-ci.yml

say "A new agency folder, checked, committed."
step qobj init so-tu-phap-2024 --agency so-tu-phap --name "'Sở Tư pháp'" --year 2024
step qobj check --as-of 2024-02-01 so-tu-phap-2024
quietly git add -A
quietly git commit -q -m "Sở Tư pháp: mục tiêu năm 2024"

say "A year with data: the Sở Công Thương example, committed."
quietly cp -r "$root/examples/so-cong-thuong-2021" .
quietly git add -A
quietly git commit -q -m "Sở Công Thương: mục tiêu và số liệu năm 2021"

say "The secretary revises MT2's target and renumbers MT3 as MT5 (objectives and records)."
python3 - <<'PY'
import re
path = "so-cong-thuong-2021/objectives.yaml"
text = open(path, encoding="utf-8").read()
text = text.replace('''        text: "100%"
        kind: percentage
        comparison: at-least
        value: 100''', '''        text: "Trên 98%"
        kind: percentage
        comparison: greater-than
        value: 98''')
text = text.replace("  - id: MT3\n", "  - id: MT5\n")
open(path, "w", encoding="utf-8").write(text)
path = "so-cong-thuong-2021/measurements.yaml"
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(re.sub(r"\bMT3\b", "MT5", text))
PY
step qobj diff HEAD
step qobj diff --report --as-of 2022-01-31 --format md HEAD -- so-cong-thuong-2021
step git diff -- so-cong-thuong-2021/objectives.yaml
quietly git commit -q -a -m "MT2: trên 98%; MT3 thành MT5"

say "The pre-commit hook on the one file changed: a unit's file, checked with its agency's files."
sed -i 's/parent: MT2$/parent: MT9/' so-cong-thuong-2021/phong-quan-ly-thuong-mai.yaml
# pre-commit runs the hook of .pre-commit-hooks.yaml (needs the source tree as a git clone).
if [ -d "$root/.git" ] && command -v pre-commit >/dev/null; then
  printf '$ %s\n' "pre-commit run qobj-check --files so-cong-thuong-2021/phong-quan-ly-thuong-mai.yaml"
  hook so-cong-thuong-2021/phong-quan-ly-thuong-mai.yaml
  printf '[exit %s]\n\n' $?
else
  echo "pre-commit or the source tree's .git is missing: the hook is not run" >&2
  exit 1
fi
sed -i 's/parent: MT9$/parent: MT2/' so-cong-thuong-2021/phong-quan-ly-thuong-mai.yaml
sed -i 's/responsible: Trưởng phòng Quản lý thương mại/responsible: Phó Trưởng phòng Quản lý thương mại/' \
  so-cong-thuong-2021/phong-quan-ly-thuong-mai.yaml
step qobj check --as-of 2022-01-31 so-cong-thuong-2021/phong-quan-ly-thuong-mai.yaml
quietly git commit -q -a -m "Phòng Quản lý thương mại: rà soát"

say "Next year's files from this year's, checked, compared, committed."
step qobj new-year --as-of 2022-01-31 so-cong-thuong-2021 so-cong-thuong-2022
step qobj check --as-of 2022-02-01 so-cong-thuong-2022
step qobj diff so-cong-thuong-2021 so-cong-thuong-2022
quietly git add -A
quietly git commit -q -m "Sở Công Thương: mục tiêu năm 2022"
step qobj diff HEAD~2 HEAD~1 -- so-cong-thuong-2021

say "The whole repository: the CI file is left out, the 2022 growth targets find 2021 beside them."
step "qobj check --as-of 2022-02-01 . | tail -n 2"
