#!/usr/bin/env bash
# The load test against distributed mode on one machine, start to finish: a real PostgreSQL, a real
# Kafka broker and every service as its own process (bench/load/distributed.ts starts and stops them),
# then bench/load/run.ts with the given arguments. The same interface as embedded.sh:
#   bash bench/load/distributed.sh --students 500 --duration 120
#   BENCH_POOL_SIZE=4 bash bench/load/distributed.sh --students 1000 --duration 120
# It binds the fixed ports (8000–8010, their metrics ports 9000–9010, 8020): it holds the same lock as
# the end-to-end suite.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec 9>/tmp/emberlearn-e2e.lock
flock 9

node --import tsx bench/load/distributed.ts "$@" &
harness=$!
stop() {
  # the harness stops the services, PostgreSQL and Kafka on SIGTERM; wait until it has
  kill -TERM "$harness" 2>/dev/null || true
  wait "$harness" 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM HUP
wait "$harness"
