#!/usr/bin/env bash
# The load test against embedded mode, start to finish: starts the platform as `make start` does (over
# a fresh data directory unless BENCH_DATA_DIR names one), waits until it answers, runs
# bench/load/run.ts with the given arguments, and stops the platform again.
#   bash bench/load/embedded.sh --students 500 --duration 120
#   bash bench/load/embedded.sh --ceiling 250,500,750,1000,1250 --stage 60
# It binds the fixed ports (8000–8010, 3000): it holds the same lock as the end-to-end suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec 9>/tmp/emberlearn-e2e.lock
flock 9

data="${BENCH_DATA_DIR:-$(mktemp -d /tmp/emberlearn-load-XXXXXX)}"
log="${BENCH_LOG:-$data/platform.log}"
mkdir -p "$data"
# the Node flags `make start` gives the platform (START_NODE_FLAGS in the Makefile; NODE_HEAP_MB is honoured)
flags="$(make -s --no-print-directory start-flags)"
# shellcheck disable=SC2086 # each flag its own word
DATA_DIR="$data" node $flags ${BENCH_NODE_FLAGS:-} --import tsx scripts/start.ts >"$log" 2>&1 &
platform=$!
stop() {
  kill -TERM "$platform" 2>/dev/null || true
  wait "$platform" 2>/dev/null || true
  [ -n "${BENCH_DATA_DIR:-}" ] || rm -rf "$data"
}
trap stop EXIT
for _ in $(seq 1 180); do
  grep -q "EmberLearn is running" "$log" && break
  kill -0 "$platform" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
grep -q "EmberLearn is running" "$log" || { echo "the platform did not start in 180 s" >&2; exit 1; }
npx tsx bench/load/run.ts "$@"
