#!/usr/bin/env bash
# Builds the real engines the distributed tests run against — daprd, etcd, kube-apiserver — from
# source through the Go module proxy (no GitHub download, no Docker), and caches each binary
# outside the repository keyed by tool and version, so a warm machine skips the build entirely.
#
#   scripts/engines/build.sh [daprd|etcd|kube-apiserver|all]...   builds what is missing, prints the paths
#   scripts/engines/build.sh --path <tool>                        prints the cached binary path (no build)
#   scripts/engines/build.sh --dapr-crds                          prints the dir of Dapr's CRDs (fetched if missing)
#
# Env: EMBERLEARN_CACHE (default ~/.cache/emberlearn), DAPR_VERSION (1.14.4), ETCD_VERSION (3.6.5),
#      KUBE_VERSION (1.33.13). Needs Go 1.24+. `go install pkg@version` refuses all three (their
#      go.mod files have replace directives), hence the wrapper modules below.
set -euo pipefail
cache="${EMBERLEARN_CACHE:-$HOME/.cache/emberlearn}"
bin="$cache/bin"
dapr_version="${DAPR_VERSION:-1.14.4}"
etcd_version="${ETCD_VERSION:-3.6.5}"
kube_version="${KUBE_VERSION:-1.33.13}"
log() { echo "engines: $*" >&2; }

path_of() {
  case "$1" in
    daprd) echo "$bin/daprd-$dapr_version-sqlite" ;; # stablecomponents + the SQLite name resolver
    etcd) echo "$bin/etcd-$etcd_version" ;;
    kube-apiserver) echo "$bin/kube-apiserver-$kube_version" ;;
    *) log "unknown tool: $1 (daprd, etcd, kube-apiserver)"; exit 2 ;;
  esac
}

if [[ ${1:-} == --path ]]; then path_of "${2:?tool}"; exit 0; fi
# a private GOPATH/GOCACHE: the build never writes the user's module cache, and CI can cache one dir
export GOPATH="$cache/go" GOCACHE="$cache/go/build-cache" GOMODCACHE="$cache/go/mod"
export GOFLAGS=-buildvcs=false CGO_ENABLED=0 GOTOOLCHAIN=local GOPROXY="${GOPROXY:-https://proxy.golang.org}"
# two cores shared with the tests: one package at a time, lowest priority
gobuild() { nice -n 19 go build -p 1 -trimpath "$@"; }

# Dapr's own CRDs (Component, Configuration, Resiliency, Subscription) from the same release, kept
# beside the binary: the Kubernetes tests install them as Dapr's Helm chart would
dapr_crds="$bin/dapr-crds-$dapr_version"
ensure_dapr_crds() {
  [[ -f $dapr_crds/components.yaml ]] && return 0
  # one copy at a time (a test asks for them while `make engines` may be fetching them too)
  mkdir -p "$bin" && exec 7>"$bin/.dapr-crds.lock" && flock 7
  if [[ ! -f $dapr_crds/components.yaml ]]; then
    local dir tmp
    dir=$(go mod download -json github.com/dapr/dapr@v"$dapr_version" | sed -n 's/.*"Dir": "\(.*\)",*/\1/p')
    tmp=$(mktemp -d "$bin/.dapr-crds.XXXXXX") && cp "$dir"/charts/dapr/crds/*.yaml "$tmp/"
    rm -rf "$dapr_crds" && mv "$tmp" "$dapr_crds"
  fi
  exec 7>&-
}
if [[ ${1:-} == --dapr-crds ]]; then ensure_dapr_crds >&2; echo "$dapr_crds"; exit 0; fi

build_daprd() {
  local work="$1"
  go mod download github.com/dapr/dapr@v"$dapr_version"
  cp -r "$GOMODCACHE/github.com/dapr/dapr@v$dapr_version" "$work/dapr" && chmod -R u+w "$work/dapr"
  # stablecomponents: the components Dapr supports as stable (Kafka pub/sub among them); without a
  # components tag daprd panics at start, and allcomponents does not build with this Go. The SQLite
  # name resolver (pure Go) is tagged allcomponents only: we opt it in, so self-hosted sidecars in
  # tests resolve each other through a local file instead of mDNS, which announces on the network.
  local nr="$work/dapr/cmd/daprd/components/nameresolution_sqlite.go"
  grep -q '^//go:build allcomponents$' "$nr" || { log "unexpected build tag in $nr"; return 1; }
  sed -i 's#^//go:build allcomponents$#//go:build allcomponents || emberlearn#' "$nr"
  (cd "$work/dapr" && gobuild -tags stablecomponents,emberlearn \
    -ldflags "-s -w -X github.com/dapr/dapr/pkg/buildinfo.version=$dapr_version" -o "$work/out" ./cmd/daprd)
}

build_etcd() {
  local work="$1"
  mkdir -p "$work/etcdwrap"
  printf 'module etcdwrap\n\ngo 1.24\n\nrequire go.etcd.io/etcd/server/v3 v%s\n' "$etcd_version" \
    > "$work/etcdwrap/go.mod"
  (cd "$work/etcdwrap" && GOFLAGS="$GOFLAGS -mod=mod" gobuild -ldflags "-s -w" -o "$work/out" go.etcd.io/etcd/server/v3)
}

build_kube_apiserver() {
  local work="$1" gomod staging
  mkdir -p "$work/kubewrap"
  # the module zip has no staging/ tree: each staging module its go.mod replaces locally is taken
  # at its published version instead (k8s.io/api v0.33.13 for kubernetes v1.33.13, and so on)
  gomod=$(go mod download -json k8s.io/kubernetes@v"$kube_version" | sed -n 's/.*"GoMod": "\(.*\)",*/\1/p')
  staging=$(sed -n 's#^\s*\(k8s.io/[a-z0-9-]*\) => ./staging/.*#\1#p' "$gomod")
  [[ -n $staging ]] || { log "no staging replaces found in $gomod"; exit 1; }
  {
    printf 'module kubewrap\n\ngo 1.24.0\n\ngodebug default=go1.24\n\n'
    printf 'require k8s.io/kubernetes v%s\n\nreplace (\n' "$kube_version"
    for m in $staging; do printf '\t%s => %s v0.%s\n' "$m" "$m" "${kube_version#1.}"; done
    printf ')\n'
  } > "$work/kubewrap/go.mod"
  printf 'package kubewrap\n\nimport _ "k8s.io/kubernetes/cmd/kube-apiserver/app"\n' > "$work/kubewrap/tools.go"
  # the version the server reports (kubectl refuses the module build's "v0.0.0-master+$Format$")
  local v ld="-s -w" minor="${kube_version#1.}"
  minor="${minor%%.*}"
  for v in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ld+=" -X $v.gitVersion=v$kube_version -X $v.gitMajor=1 -X $v.gitMinor=$minor -X $v.gitTreeState=clean"
  done
  (cd "$work/kubewrap" \
    && GOFLAGS="$GOFLAGS -mod=mod" gobuild -ldflags "$ld" -o "$work/out" k8s.io/kubernetes/cmd/kube-apiserver)
}

ensure() {
  local tool="$1" target work started
  target=$(path_of "$tool")
  [[ -x $target ]] && { echo "$target"; return 0; }
  command -v go >/dev/null || { log "Go 1.24+ is needed to build $tool (https://go.dev/dl)"; exit 1; }
  mkdir -p "$bin"
  # one build per tool at a time: a second caller waits, then finds the binary
  exec 8>"$bin/.$tool.lock"
  flock 8
  if [[ ! -x $target ]]; then
    work=$(mktemp -d "${TMPDIR:-/tmp}/emberlearn-build-$tool.XXXXXX")
    started=$SECONDS
    log "building $tool $(basename "$target" | sed "s/^$tool-//") from source (first run only; minutes)"
    "build_${tool//-/_}" "$work" > "$work/build.log" 2>&1 \
      || { tail -40 "$work/build.log" >&2; log "$tool build failed (log: $work/build.log)"; exit 1; }
    mv "$work/out" "$target.tmp" && mv "$target.tmp" "$target"
    log "built $tool in $((SECONDS - started)) s"
    chmod -R u+w "$work" && rm -rf "$work"
  fi
  exec 8>&-
  echo "$target"
}

tools=("$@"); (( ${#tools[@]} )) || tools=(all)
[[ ${tools[0]} == all ]] && tools=(etcd kube-apiserver daprd)
for t in "${tools[@]}"; do
  ensure "$t"
  if [[ $t == daprd ]]; then ensure_dapr_crds; fi
done
