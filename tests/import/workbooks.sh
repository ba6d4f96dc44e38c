#!/usr/bin/env bash
# Workbooks as the one-stop systems send them, and hostile ones: the synthetic year of
# quarterly sheets (written by make_workbooks with libxlsxwriter) imported and reported, and
# merged cells over a count, formulas without saved results, a sheet of a million rows and a zip
# bomb, each refused with a clear error within 20 seconds and 1 GiB of memory.
#
# usage: workbooks.sh QOBJ ROOT LANG   (MAKE_WORKBOOKS: the generator)
set -u
qobj=$(realpath "$1") root=$(realpath "$2") lang=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/books"
ln -s "$qobj" "$work/bin/qobj"
export PATH="$work/bin:$PATH" QOBJ_LANG="$lang"
unset NO_COLOR LC_ALL LC_MESSAGES LANG
"$MAKE_WORKBOOKS" "$work/books" || exit 1
cd "$work" || exit 1
mkdir -p "$work/tt-pvhcc-2021"
cp "$root/tests/fixtures/import/vinh-phuc/tt-pvhcc-2021/objectives.yaml" "$work/tt-pvhcc-2021/"

step() {
  printf '$ %s\n' "$*"
  (set -o pipefail; eval "$@") 2>&1 | sed -e "s|$work|\$TMP|g"
  printf '[exit %s]\n\n' "${PIPESTATUS[0]}"
}
# A hostile file: an error within bounded time and memory, or the step says it was not.
# (AddressSanitizer reserves terabytes of address space: under it, only the time is bounded,
# and more loosely: it runs several times slower, beside the other tests.)
memory_limit=1048576 time_limit=20
# (gcc links the sanitizer as a shared library, clang into the binary: its own symbol tells both.)
if grep -qa __asan_init "$qobj"; then memory_limit=unlimited time_limit=90; fi
bounded() {
  (ulimit -v $memory_limit; timeout $time_limit "$@")
  local status=$?
  [ $status -eq 124 ] && echo "not bounded: still running after $time_limit s"
  return $status
}
say() { printf '# %s\n' "$*"; }

say "One workbook, a sheet per quarter, with the form's merged headings."
step qobj import one-stop books/bao-cao-2021.xlsx --agency tt-pvhcc-vinh-phuc --target MT3/dung-han -o tt-pvhcc-2021/mot-cua.yaml
step qobj import one-stop books/bao-cao-2021.xlsx --sheet "'Quý 3.2021'" --agency tt-pvhcc-vinh-phuc --target MT1/dung-han -o tt-pvhcc-2021/mot-cua.yaml
step qobj import one-stop books/bao-cao-2021.xlsx --sheet "'Quý 5.2021'" --agency tt-pvhcc-vinh-phuc --target MT1/dung-han -o tt-pvhcc-2021/mot-cua.yaml
step qobj report tt-pvhcc-2021 --as-of 2022-01-15 --objective MT3

say "An Excel 97–2003 (.xls) report, as older systems send it."
/usr/bin/python3 "$root/tests/import/make_xls.py" books/bao-cao-quy-3-2021.xls || exit 1
mkdir -p xls/tt-pvhcc-2021
cp tt-pvhcc-2021/objectives.yaml xls/tt-pvhcc-2021/
step qobj import one-stop books/bao-cao-quy-3-2021.xls --agency tt-pvhcc-vinh-phuc --target MT3/dung-han -o xls/tt-pvhcc-2021/mot-cua.yaml
step grep -A8 "period:" xls/tt-pvhcc-2021/mot-cua.yaml

say "Hostile workbooks."
for book in merged-counts formula-without-value million-rows zip-bomb long-cell; do
  step bounded qobj import one-stop books/$book.xlsx --agency tt-pvhcc-vinh-phuc --target MT1/dung-han -o tt-pvhcc-2021/x.yaml
done
printf 'PK\003\004 not really a zip' > books/truncated.xlsx
step qobj import one-stop books/truncated.xlsx --agency tt-pvhcc-vinh-phuc --target MT1/dung-han -o tt-pvhcc-2021/x.yaml
step ls tt-pvhcc-2021
