#!/usr/bin/env bash
# Installs the sandbox harness's pure-Python libraries (scripts/sandbox-python-lib.txt: friendly-traceback
# and its dependencies) from PyPI into a cache directory outside the repository, keyed by the list's
# content and the sandbox's Python version, so a warm machine skips the download. The sandbox binds the
# directory read-only at /sandbox/lib.
#   bash scripts/install-sandbox-python-lib.sh              install if missing; prints nothing when warm
#   bash scripts/install-sandbox-python-lib.sh --print-dir  print the directory (install first if missing)
# The directory is also reachable as <cache>/sandbox-lib/current (a symlink to the newest install).
set -euo pipefail
cd "$(dirname "$0")/.."
py=${SANDBOX_PYTHON:-/usr/bin/python3}
list=scripts/sandbox-python-lib.txt
cache=${EMBERLEARN_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/emberlearn}/sandbox-lib
pyver=$("$py" -c 'import sys; print(f"py{sys.version_info[0]}.{sys.version_info[1]}")')
key=$( (grep -v '^#' "$list"; echo "$pyver") | sha256sum | cut -c1-12)
dir="$cache/friendly-traceback-0.7.61-$pyver-$key"

if [[ ! -f $dir/.complete ]]; then
  if ! "$py" -m pip --version >/dev/null 2>&1; then
    echo "Installing system package: python3-pip"
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-pip >/tmp/emberlearn-apt.log 2>&1 ||
      { cat /tmp/emberlearn-apt.log; exit 1; }
  fi
  echo "Installing the sandbox's Python libraries (friendly-traceback) into $dir" >&2
  mkdir -p "$cache"
  tmp=$(mktemp -d "$cache/.install-XXXXXX")
  trap 'rm -rf "$tmp"' EXIT
  # wheels only and every hash checked: nothing is built, nothing unpinned slips in
  PIP_DISABLE_PIP_VERSION_CHECK=1 "$py" -m pip install -q --root-user-action=ignore --no-deps --only-binary :all: \
    --require-hashes --target "$tmp" -r "$list"
  # the harness may import only pure Python: refuse native code
  if find "$tmp" -type f \( -name '*.so' -o -name '*.so.*' -o -name '*.pyd' -o -name '*.dylib' \) | grep -q .; then
    echo "refusing: a sandbox library contains native code" >&2
    exit 1
  fi
  rm -rf "$tmp/bin"
  touch "$tmp/.complete"
  chmod -R a+rX,go-w "$tmp"
  rm -rf "$dir"
  mv "$tmp" "$dir"
  trap - EXIT
fi
ln -sfn "$(basename "$dir")" "$cache/current"
[[ ${1:-} == --print-dir ]] && echo "$dir"
exit 0
