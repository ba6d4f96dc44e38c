#!/usr/bin/env bash
# The quarterly routine on real published figures: a year of the one-stop shop's reports
# (Vĩnh Phúc 2021, received as CSV in three encodings and two delimiters) imported into one
# measurements file under each definition of "on time", then the report; Lâm Đồng's total that
# is 2 dossiers off, without and with a tolerance; and the mistakes import refuses. Prints the
# transcript: each command, what it printed, its exit code.
#
# usage: quarterly.sh QOBJ ROOT LANG
set -u
qobj=$(realpath "$1") root=$(realpath "$2") lang=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$qobj" "$work/bin/qobj"
export PATH="$work/bin:$PATH" QOBJ_LANG="$lang"
unset NO_COLOR LC_ALL LC_MESSAGES LANG
cp -r "$root/tests/fixtures/import/." "$work/"
cd "$work" || exit 1

step() {
  printf '$ %s\n' "$*"
  (set -o pipefail; eval "$@") 2>&1 | sed -e "s|$work|\$TMP|g" -e "s|\$schema=[^ ]*/measurements|\$schema=…/measurements|"
  printf '[exit %s]\n\n' "${PIPESTATUS[0]}"
}
say() { printf '# %s\n' "$*"; }

reports="vinh-phuc/bao-cao-quy-1-2021.csv vinh-phuc/bao-cao-quy-2-2021.csv vinh-phuc/bao-cao-quy-3-2021.csv vinh-phuc/bao-cao-quy-4-2021.csv"
out=vinh-phuc/tt-pvhcc-2021/mot-cua.yaml
say "Received: four quarterly reports (UTF-8 with BOM and CRLF, Windows-1258, semicolons, UTF-8)."
say "Imported for each objective; each takes its target's definition."
step qobj import one-stop $reports --agency tt-pvhcc-vinh-phuc --target MT1/dung-han -o $out
step head -24 $out
cp -r vinh-phuc/tt-pvhcc-2021 truoc
for target in MT2/dung-han MT3/dung-han MT4/dung-han MT5/truc-tuyen; do
  step qobj import one-stop $reports --agency tt-pvhcc-vinh-phuc --target $target -o $out
done
say "What the imports added, as qobj diff says it (the first records' facts, field by field)."
step "qobj diff truoc vinh-phuc/tt-pvhcc-2021 | head -8"

say "The year's verdicts: ratios of the year's columns, pending dossiers counted once."
step qobj report vinh-phuc/tt-pvhcc-2021 --as-of 2022-01-15
step qobj check vinh-phuc/tt-pvhcc-2021 --as-of 2022-01-15

say "The same quarter twice, and a definition the target does not use: nothing is written."
step qobj import one-stop vinh-phuc/bao-cao-quy-3-2021.csv --agency tt-pvhcc-vinh-phuc --target MT1/dung-han -o $out
step qobj import one-stop vinh-phuc/bao-cao-quy-3-2021.csv --agency tt-pvhcc-vinh-phuc --target MT3/dung-han --definition resolved -o vinh-phuc/tt-pvhcc-2021/q3.yaml
step ls vinh-phuc/tt-pvhcc-2021
step qobj import one-stop vinh-phuc/bao-cao-quy-3-2021.csv --agency tt-pvhcc-vinh-phuc --target MT3/dung-han -o vinh-phuc/tt-pvhcc-2021

say "A quarter already in another file beside it: the overlap is found there too."
step qobj import one-stop vinh-phuc/bao-cao-quy-1-2021.csv --agency tt-pvhcc-vinh-phuc --target MT1/dung-han -o vinh-phuc/tt-pvhcc-2021/lai.yaml

say "Mistakes in the command: the agency's name for its id, a target that is not there, a target without its definition."
step qobj import one-stop vinh-phuc/bao-cao-quy-1-2021.csv --agency "'Trung tâm Phục vụ hành chính công'" --target MT1/dung-han -o vinh-phuc/tt-pvhcc-2021/x.yaml
step qobj import one-stop vinh-phuc/bao-cao-quy-1-2021.csv --agency tt-pvhcc-vinh-phuc --target MT3/dunghan -o vinh-phuc/tt-pvhcc-2021/x.yaml
mkdir -p khong-dinh-nghia/tt-pvhcc-2021
sed 's/, definition: due//' vinh-phuc/tt-pvhcc-2021/objectives.yaml > khong-dinh-nghia/tt-pvhcc-2021/objectives.yaml
step qobj import one-stop vinh-phuc/bao-cao-quy-1-2021.csv --agency tt-pvhcc-vinh-phuc --target MT3/dung-han -o khong-dinh-nghia/tt-pvhcc-2021/mot-cua.yaml
step qobj import one-stop vinh-phuc/bao-cao-quy-1-2021.csv --agency tt-pvhcc-vinh-phuc --target MT3/dung-han --period 14/03/2021..15/12/2020 -o khong-dinh-nghia/tt-pvhcc-2021/mot-cua.yaml

say "A form with levels, their subtotals (Cộng) and a lĩnh vực with nothing (Không phát sinh): every row is read, the last total is the form's."
mkdir -p cap/tt-pvhcc-2021
cp vinh-phuc/tt-pvhcc-2021/objectives.yaml cap/tt-pvhcc-2021/
step qobj import one-stop vinh-phuc/cap-tinh-cap-huyen-quy-4-2021.csv --agency tt-pvhcc-vinh-phuc --target MT3/dung-han -o cap/tt-pvhcc-2021/mot-cua.yaml

say "Lâm Đồng, quý I/2020: the printed total is 2 dossiers off its parts."
step qobj import one-stop lam-dong/bao-cao-quy-1-2020.csv --agency ubnd-tinh-lam-dong --target MT2/dung-han -o lam-dong/so-tt-2020/mot-cua.yaml
step qobj import one-stop lam-dong/bao-cao-quy-1-2020.csv --agency ubnd-tinh-lam-dong --target MT2/dung-han --tolerance 2 -o lam-dong/so-tt-2020/mot-cua.yaml
step cat lam-dong/so-tt-2020/mot-cua.yaml

say "Reports that cannot be read as they are."
for bad in hostile/*; do
  step qobj import one-stop "$bad" --agency tt-pvhcc-vinh-phuc --target MT1/dung-han -o vinh-phuc/tt-pvhcc-2021/x.yaml
done
