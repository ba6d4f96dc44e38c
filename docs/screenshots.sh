#!/usr/bin/env bash
# Renders each seed example's HTML report (Vietnamese, year end) with headless Chromium, and
# page 1 of the documents of qobj document as LibreOffice prints the Word files, into the PNGs
# the README shows. Usage: docs/screenshots.sh [QOBJ] (default build/qobj).
set -euo pipefail
cd "$(dirname "$0")/.."
qobj=${1:-build/qobj}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for example in so-cong-thuong-2021 ubnd-kon-tum-2021; do
  "$qobj" --lang vi report --as-of 2022-01-31 "examples/$example" -o "$work/$example.html"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$work/profile" \
    --hide-scrollbars --window-size=1240,2100 --screenshot="docs/report-$example.png" \
    "file://$work/$example.html" 2>/dev/null
  echo "docs/report-$example.png"
done
# Page 1 of a document, as LibreOffice prints its .docx.
document() {
  local kind=$1 example=$2 name="document-$1-$2" as_of=()
  [ "$kind" = report ] && as_of=(--as-of 2022-01-31)
  "$qobj" document "$kind" "${as_of[@]}" "examples/$example" -o "$work/$name.docx"
  soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf \
    --outdir "$work" "$work/$name.docx" >/dev/null 2>&1
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/$name.pdf" "docs/$name"
  echo "docs/$name.png"
}
document decision ubnd-kon-tum-2021
document decision so-cong-thuong-2021
document plan hai-quan-hai-phong-2021
document report so-cong-thuong-2021
