#!/usr/bin/env bash
# Installs the Debian packages EmberLearn needs, only those missing.
#   runtime: bubblewrap (the sandbox's isolation)
#   test:    + PostgreSQL server, Chromium, Java + Maven (the Kafka broker for tests),
#            python3-seccomp, openssl, luajit, lua-cjson (the sandbox-node, Kubernetes and Kong tests),
#            python3-venv (schemathesis from PyPI, the API fuzz test)
set -euo pipefail
want=(bubblewrap)
# python3-seccomp: the sandbox node profile test applies deploy/sandbox-node/seccomp.json as runc does;
# openssl: the kube-apiserver test makes its certificates; luajit + lua-cjson: Kong's Lua (the aud check)
[[ ${1:-runtime} == test ]] \
  && want+=(postgresql chromium maven default-jre-headless python3-seccomp openssl luajit lua-cjson python3-venv)
missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# a JDK from elsewhere (e.g. the machine image) satisfies Java, and so does an installed mvn
if command -v java >/dev/null; then missing=("${missing[@]/default-jre-headless}"); fi
if command -v mvn >/dev/null; then missing=("${missing[@]/maven}"); fi
read -ra missing <<< "${missing[*]}"
(( ${#missing[@]} == 0 )) && exit 0
echo "Installing system packages: ${missing[*]}"
sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /tmp/emberlearn-apt.log 2>&1 \
  || { cat /tmp/emberlearn-apt.log; exit 1; }
