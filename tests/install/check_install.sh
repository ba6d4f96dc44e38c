#!/usr/bin/env bash
# `cmake --install` into a temporary prefix puts each file where its reader looks (the binary,
# the schemas for editors, the man pages in English and Vietnamese, the completions of bash,
# zsh and fish, the examples and docs), and the installed binary checks the installed examples.
# usage: check_install.sh BUILD_DIR
set -u
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }
failures=0
for file in bin/qobj share/qobj/schemas/objectives.schema.json share/qobj/schemas/measurements.schema.json \
    share/qobj/schemas/report.schema.json share/man/man1/qobj.1 share/man/man1/qobj-check.1 \
    share/man/vi/man1/qobj.1 share/man/vi/man1/qobj-diff.1 share/bash-completion/completions/qobj \
    share/zsh/vendor-completions/_qobj share/fish/vendor_completions.d/qobj.fish \
    share/doc/qobj/README.md share/doc/qobj/docs/format.md \
    share/doc/qobj/examples/so-cong-thuong-2021/objectives.yaml \
    share/doc/qobj/schemas/objectives.schema.json; do
  if [ ! -e "$prefix/$file" ]; then
    echo "FAIL: $file is not installed"
    failures=$((failures + 1))
  fi
done
if ! "$prefix/bin/qobj" check --as-of 2022-01-31 "$prefix/share/doc/qobj/examples" >/dev/null; then
  echo "FAIL: the installed qobj does not pass the installed examples"
  failures=$((failures + 1))
fi
# qobj init names the schemas installed beside the binary, whatever the prefix.
"$prefix/bin/qobj" init "$prefix/so-thu-2024" --year 2024 >/dev/null
if ! head -n1 "$prefix/so-thu-2024/objectives.yaml" | grep -q "schema=$prefix/share/qobj/schemas/objectives.schema.json"; then
  echo "FAIL: qobj init does not point the editor at the installed schemas: $(head -n1 "$prefix/so-thu-2024/objectives.yaml")"
  failures=$((failures + 1))
fi
echo "install: $failures failure(s)"
[ "$failures" -eq 0 ]
