#!/usr/bin/env bash
# Every test: the type check, unit and integration tests (PGlite, a real PostgreSQL, a real
# Kafka broker), the sandbox attack suite, the curriculum checked in the sandbox, the tutor evals,
# and the end-to-end tests (embedded, browser, distributed).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Checking formatting…"
npx biome format .
echo "Type-checking…"
npx tsc -p tsconfig.json --noEmit
npx vitest run "$@"
