#!/usr/bin/env bash
# Reports in other layouts than the 13-column form: the older one ("Trả đúng thời hạn", built
# in; Lâm Đồng's published 10/2019 figure 15 487 / 15 641 = 99,02%), a system's own export
# found by its headings, and a province's report with one row per Sở, each read with a
# mapping file; a row the mapping does not know; mappings with mistakes. Prints the
# transcript: each command, what it printed, its exit code.
#
# usage: layouts.sh QOBJ ROOT LANG
set -u
qobj=$(realpath "$1") root=$(realpath "$2") lang=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$qobj" "$work/bin/qobj"
export PATH="$work/bin:$PATH" QOBJ_LANG="$lang"
unset NO_COLOR LC_ALL LC_MESSAGES LANG
cp -r "$root/tests/fixtures/import/layouts/." "$work/"
cd "$work" || exit 1

step() {
  printf '$ %s\n' "$*"
  (set -o pipefail; eval "$@") 2>&1 | sed -e "s|$work|\$TMP|g" -e "s|\$schema=[^ ]*/measurements|\$schema=…/measurements|"
  printf '[exit %s]\n\n' "${PIPESTATUS[0]}"
}
say() { printf '# %s\n' "$*"; }
# The JSON report's bounded results of MT4 and MT5: basis, both ends, reported, verdict.
# The XLSX report's notes: a range, or a figure as reported, said in words beside the number.
xlsx_notes() {
  qobj report "$@" -o notes.xlsx 2>/dev/null
  /usr/bin/python3 -c '
import re, zipfile
strings = zipfile.ZipFile("notes.xlsx").read("xl/sharedStrings.xml").decode()
for text in re.findall(r"<t[^>]*>([^<]*)</t>", strings):
    if "–" in text:
        print(text)'
  rm -f notes.xlsx
}

bounds() {
  qobj report "$@" --format json 2>/dev/null | /usr/bin/python3 -c '
import json, sys
for agency in json.load(sys.stdin)["agencies"]:
    for o in agency["objectives"]:
        for t in o["targets"]:
            if o["id"] in ("MT4", "MT5", "MT6"):
                print(o["id"], t["basis"], t["actual_low"], t["actual_high"], t["reported"], t["verdict"])'
}

say "The older layout, told by its 11 numbered columns: Lâm Đồng, 10/2019, published as 99,02%."
step qobj import one-stop lam-dong-2019/bao-cao-thang-10-2019.csv --agency ubnd-tinh-lam-dong --target MT1/dung-han -o lam-dong-2019/mot-cua.yaml
step cat lam-dong-2019/mot-cua.yaml
say "It does not split what was received online: the online share cannot be taken from it."
step qobj import one-stop lam-dong-2019/bao-cao-thang-10-2019.csv --agency ubnd-tinh-lam-dong --target MT2/truc-tuyen -o lam-dong-2019/mot-cua.yaml

say "A system's own export, without column numbers: found by its headings (mappings/he-thong.yaml)."
step qobj check mappings/he-thong-ty-le.yaml
say "Its mapping calls the percentage column 'due', but the system prints (8+9)/(7): by 'due' the columns differ, which is said."
step qobj import one-stop so-tu-phap-2026/he-thong-quy-1-2026.csv --mapping mappings/he-thong-ty-le.yaml --agency so-tu-phap --target MT2/dung-han -o so-tu-phap-2026/mot-cua.yaml
say "The next quarter has a row the mapping does not know: nothing is written."
step qobj import one-stop so-tu-phap-2026/he-thong-quy-2-2026.csv --mapping mappings/he-thong.yaml --agency so-tu-phap --target MT2/dung-han -o so-tu-phap-2026/mot-cua.yaml

say "The province's report, a row per Sở: the Sở Tư pháp's row is taken (mappings/bao-cao-tinh.yaml)."
step qobj import one-stop so-tu-phap-2026/bao-cao-tinh-quy-1-2026.csv --mapping mappings/bao-cao-tinh.yaml --agency so-tu-phap --target MT3/giai-quyet -o so-tu-phap-2026/mot-cua.yaml
step cat so-tu-phap-2026/mot-cua.yaml
sed 's/^3,Sở Y tế/3,Sở Tư pháp/' so-tu-phap-2026/bao-cao-tinh-quy-1-2026.csv > so-tu-phap-2026/hai-dong.csv
step qobj import one-stop so-tu-phap-2026/hai-dong.csv --mapping mappings/bao-cao-tinh.yaml --agency so-tu-phap --target MT3/giai-quyet -o so-tu-phap-2026/x.yaml
sed 's/take_row: Sở Tư pháp/take_row: Sở Tư Pháp tỉnh/' mappings/bao-cao-tinh.yaml > mappings/sai-dong.yaml
step qobj import one-stop so-tu-phap-2026/bao-cao-tinh-quy-1-2026.csv --mapping mappings/sai-dong.yaml --agency so-tu-phap --target MT3/giai-quyet -o so-tu-phap-2026/x.yaml
step qobj report so-tu-phap-2026 --as-of 2026-03-20

say "Percentages published without their counts: taken as reported; the year lies between its quarters' lowest and highest."
step qobj import one-stop so-tu-phap-2026/ty-le-quy-1-2026.csv so-tu-phap-2026/ty-le-quy-2-2026.csv so-tu-phap-2026/ty-le-quy-3-2026.csv so-tu-phap-2026/ty-le-quy-4-2026.csv --mapping mappings/ty-le.yaml --agency so-tu-phap --target MT4/dung-han -o so-tu-phap-2026/ty-le.yaml
step qobj import one-stop so-tu-phap-2026/ty-le-quy-*-2026.csv --mapping mappings/ty-le.yaml --agency so-tu-phap --target MT5/dung-han -o so-tu-phap-2026/ty-le.yaml
step head -16 so-tu-phap-2026/ty-le.yaml
say "The printed ratio is 'resolved' (mappings/ty-le.yaml): it cannot stand for MT2's 'due'."
step qobj import one-stop so-tu-phap-2026/ty-le-quy-1-2026.csv --mapping mappings/ty-le.yaml --agency so-tu-phap --target MT2/dung-han -o so-tu-phap-2026/x.yaml
say "A year's rate printed as 99,00%: a rounding of anything from 98,995% to 99,005%, so against 'từ 99%' (MT6) it cannot be told."
step qobj import one-stop so-tu-phap-2026/ty-le-nam-2026.csv --mapping mappings/ty-le.yaml --agency so-tu-phap --target MT6/dung-han -o so-tu-phap-2026/ty-le.yaml
step tail -6 so-tu-phap-2026/ty-le.yaml
say "MT4 (> 97%): every quarter is above, so the year is. MT5 (> 98,5%): the quarters straddle it, and without the counts the year cannot be told."
step qobj report so-tu-phap-2026 --as-of 2026-12-20
step bounds so-tu-phap-2026 --as-of 2026-12-20
step xlsx_notes so-tu-phap-2026 --as-of 2026-12-20

say "Mappings with mistakes, each said where it is."
for mapping in mappings/sai-vai-tro.yaml mappings/hai-lan.yaml mappings/tieu-de-thieu.yaml so-tu-phap-2026/objectives.yaml; do
  step qobj import one-stop so-tu-phap-2026/he-thong-quy-1-2026.csv --mapping "$mapping" --agency so-tu-phap --target MT2/dung-han -o so-tu-phap-2026/x.yaml
done
step qobj import one-stop so-tu-phap-2026/he-thong-quy-1-2026.csv --mapping mappings/thieu-cot.yaml --agency so-tu-phap --target MT2/dung-han -o so-tu-phap-2026/x.yaml
say "A mapping that does not fit the report it is given: its columns are counted first."
step qobj import one-stop lam-dong-2019/bao-cao-thang-10-2019.csv --mapping mappings/thieu-cot.yaml --agency ubnd-tinh-lam-dong --target MT1/dung-han -o lam-dong-2019/x.yaml
step qobj import one-stop lam-dong-2019/bao-cao-thang-10-2019.csv --mapping mappings/thieu-cot.yaml --agency ubnd-tinh-lam-dong --target MT2/truc-tuyen -o lam-dong-2019/x.yaml
say "Reports a mapping must not misread: a total under another name, a row that ends the table too early, a column left out."
sed 's/^,Tổng số,/,Toàn tỉnh,/' so-tu-phap-2026/bao-cao-tinh-quy-1-2026.csv > so-tu-phap-2026/toan-tinh.csv
step qobj import one-stop so-tu-phap-2026/toan-tinh.csv --agency so-tu-phap --target MT3/giai-quyet -o so-tu-phap-2026/x.yaml
sed 's/^4,Quốc tịch,12,2,8,2,8,6,1,1,4,4,0,"87,50",/,Quốc tịch,Đang cập nhật,,,,,,,,,,,,/' so-tu-phap-2026/he-thong-quy-1-2026.csv > so-tu-phap-2026/cap-nhat.csv
step qobj import one-stop so-tu-phap-2026/cap-nhat.csv --mapping mappings/he-thong.yaml --agency so-tu-phap --target MT2/dung-han -o so-tu-phap-2026/x.yaml
sed '/Ghi chú/d' mappings/he-thong.yaml > mappings/thieu-ghi-chu.yaml
step qobj import one-stop so-tu-phap-2026/he-thong-quy-1-2026.csv --mapping mappings/thieu-ghi-chu.yaml --agency so-tu-phap --target MT2/dung-han -o so-tu-phap-2026/x.yaml

say "The national index's saved JSON (QĐ 766/QĐ-TTg): the Sở's score out of 20, by JSON Pointers (mappings/bo-chi-so.yaml)."
step qobj import one-stop chi-so-2025/bo-chi-so-nam-2025.json --mapping mappings/bo-chi-so.yaml --agency so-tu-phap --target MT7/tien-do -o chi-so-2025/chi-so.yaml
step cat chi-so-2025/chi-so.yaml
say "A score is the index's figure for the year: 17,35/20 against 'từ 18/20 điểm'."
step qobj report chi-so-2025 --as-of 2026-01-20
say "A score the page gives as text ('18,40') is read too."
sed 's/take_row: Sở Tư pháp/take_row: Sở Y tế/' mappings/bo-chi-so.yaml > mappings/so-y-te.yaml
mkdir y-te-2025 && cp chi-so-2025/objectives.yaml y-te-2025/
step qobj import one-stop chi-so-2025/bo-chi-so-nam-2025.json --mapping mappings/so-y-te.yaml --agency so-tu-phap --target MT7/tien-do -o y-te-2025/chi-so.yaml
step tail -2 y-te-2025/chi-so.yaml
say "Mistakes: a target that is not a score, another maximum, a --definition, a pointer or a body the file does not have, a date that is not one."
step qobj import one-stop chi-so-2025/bo-chi-so-nam-2025.json --mapping mappings/bo-chi-so.yaml --agency so-tu-phap --target MT8/dung-han -o chi-so-2025/x.yaml
sed 's/out_of: 20/out_of: 22/' mappings/bo-chi-so.yaml > mappings/thang-22.yaml
step qobj import one-stop chi-so-2025/bo-chi-so-nam-2025.json --mapping mappings/thang-22.yaml --agency so-tu-phap --target MT7/tien-do -o chi-so-2025/x.yaml
step qobj import one-stop chi-so-2025/bo-chi-so-nam-2025.json --mapping mappings/bo-chi-so.yaml --agency so-tu-phap --target MT7/tien-do --definition due -o chi-so-2025/x.yaml
sed 's|score: /tienDoGiaiQuyet|score: /tienDo|' mappings/bo-chi-so.yaml > mappings/sai-con-tro.yaml
step qobj import one-stop chi-so-2025/bo-chi-so-nam-2025.json --mapping mappings/sai-con-tro.yaml --agency so-tu-phap --target MT7/tien-do -o chi-so-2025/x.yaml
sed 's/take_row: Sở Tư pháp/take_row: Sở Nội vụ/' mappings/bo-chi-so.yaml > mappings/sai-don-vi.yaml
step qobj import one-stop chi-so-2025/bo-chi-so-nam-2025.json --mapping mappings/sai-don-vi.yaml --agency so-tu-phap --target MT7/tien-do -o chi-so-2025/x.yaml
sed -e 's|"31/12/2025"|"cả năm"|' -e 's|"tienDoGiaiQuyet": 17.35|"tienDoGiaiQuyet": 173.5|' chi-so-2025/bo-chi-so-nam-2025.json > chi-so-2025/hong.json
step qobj import one-stop chi-so-2025/hong.json --mapping mappings/bo-chi-so.yaml --agency so-tu-phap --target MT7/tien-do -o chi-so-2025/x.yaml
say "Mappings for JSON with mistakes: a table's keys beside json:, rows without take_row:."
printf 'format: qobj/import-mapping\nversion: 1\nname: Lẫn\ncolumns: [number, label, received]\njson: {score: /a, out_of: 20, start: /b, end: /c}\n' > mappings/lan.yaml
sed '/take_row/d' mappings/bo-chi-so.yaml > mappings/thieu-take-row.yaml
step qobj check mappings/lan.yaml mappings/thieu-take-row.yaml
rm mappings/lan.yaml mappings/thieu-take-row.yaml
step qobj check mappings
step ls so-tu-phap-2026 lam-dong-2019 chi-so-2025
