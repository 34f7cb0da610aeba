#!/usr/bin/env bash
# Every test: unit, integration (PGlite + a real PostgreSQL + a real Kafka broker),
# the sandbox attack suite, curriculum checks and the browser end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
npx vitest run "$@"
