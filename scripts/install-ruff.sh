#!/usr/bin/env bash
# Installs Ruff (the linter and formatter for the sandbox harness and the repository's other .py files)
# from PyPI into a virtual environment in the cache outside the repository, keyed by its version, so a
# warm machine skips the download and the system Python stays untouched. The same version as the
# code-review service's ruff-wasm, so both read the rules the same way.
#   bash scripts/install-ruff.sh               install if missing; prints nothing when warm
#   bash scripts/install-ruff.sh --print-path  print the ruff executable (install first if missing)
set -euo pipefail
version=0.17.4
dir=${EMBERLEARN_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/emberlearn}/ruff-$version
if [[ ! -f $dir/.complete ]]; then
  echo "Installing ruff $version into $dir" >&2
  rm -rf "$dir"
  python3 -m venv "$dir"
  # a wheel only: nothing is built from source
  "$dir/bin/pip" install -q --disable-pip-version-check --only-binary :all: "ruff==$version"
  touch "$dir/.complete"
fi
[[ ${1:-} == --print-path ]] && echo "$dir/bin/ruff"
exit 0
