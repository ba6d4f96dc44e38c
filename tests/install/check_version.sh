#!/usr/bin/env bash
# qobj --version: the version of CMake's project() (the one place it is written), the git
# revision the binary was built from, and the versions of its libraries.
# usage: check_version.sh QOBJ VERSION
set -u
out=$("$1" --version) || { echo "FAIL: qobj --version exits $?"; exit 1; }
echo "$out"
status=0
head -n1 <<<"$out" | grep -Eq "^qobj $2 \(git ([0-9a-f]{7,}(-dirty)?|unknown)\)$" ||
  { echo "FAIL: the first line is not 'qobj $2 (git REVISION)'"; status=1; }
for library in yaml-cpp GMP PCRE2 utf8proc fmt libxlsxwriter nlohmann-json CLI11; do
  grep -Eq "(^|[ ,])$library [0-9]+\.[0-9]+" <<<"$out" ||
    { echo "FAIL: no version of $library"; status=1; }
done
exit $status
