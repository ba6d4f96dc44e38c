#!/usr/bin/env bash
# Renders each seed example's HTML report (Vietnamese, year end) with headless Chromium, and
# page 1 of its decision as LibreOffice prints the Word file, into the PNGs the README shows.
# Usage: docs/screenshots.sh [QOBJ] (default build/qobj).
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
  "$qobj" document decision "examples/$example" -o "$work/decision-$example.docx"
  soffice "-env:UserInstallation=file://$work/lo-profile" --headless --convert-to pdf \
    --outdir "$work" "$work/decision-$example.docx" >/dev/null 2>&1
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/decision-$example.pdf" \
    "docs/decision-$example"
  echo "docs/decision-$example.png"
done
