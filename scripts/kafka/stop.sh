#!/usr/bin/env bash
# Stops a broker started by start.sh and deletes its temp dir: scripts/kafka/stop.sh <KAFKA_DIR>
set -uo pipefail
dir="${1:?usage: stop.sh <KAFKA_DIR>}"
[[ -d $dir ]] || exit 0
# only ever a directory that start.sh made
[[ $(basename "$dir") == emberlearn-kafka-* && -f $dir/server.properties ]] \
  || { echo "not a test broker dir: $dir" >&2; exit 2; }
if [[ -f $dir/pid ]]; then
  pid=$(cat "$dir/pid")
  if kill -0 "$pid" 2>/dev/null; then
    # its data is thrown away, so the ~2 s controlled shutdown is not worth waiting for
    kill -KILL "$pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
fi
rm -rf "$dir"
