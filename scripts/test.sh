#!/usr/bin/env bash
# Every test: the type check, unit and integration tests (PGlite, a real PostgreSQL, a real
# Kafka broker), the sandbox attack suite, the curriculum checked in the sandbox, the tutor evals,
# and the end-to-end tests (embedded, browser, distributed).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Checking formatting, lint and import rules…"
# Biome: the formatter, the linter (recommended rules, `any` only with a reason, domain/ without frameworks,
# at most 300 lines a file; biome.json) and a warning counts as a failure
npx biome check --error-on-warnings .
echo "Checking the Python (ruff)…"
ruff=$(bash scripts/install-ruff.sh --print-path)
"$ruff" check .
"$ruff" format --check .
echo "Type-checking…"
npx tsc -p tsconfig.json --noEmit
# the web app has its own compiler settings (JSX, bundler resolution); it had type errors nobody saw
npx tsc -p apps/web/tsconfig.json --noEmit
# anything a test starts without a data directory of its own writes here, never into the checkout
DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/emberlearn-test-data-XXXXXX")
export DATA_DIR
trap 'rm -rf "$DATA_DIR"' EXIT
npx vitest run "$@"
