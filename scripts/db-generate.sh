#!/usr/bin/env bash
# Generates SQL migrations (drizzle-kit) for every service that owns tables.
# Run after changing a services/<name>/src/repository/schema.ts; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
for schema in services/*/src/repository/schema.ts; do
  service=$(basename "$(dirname "$(dirname "$(dirname "$schema")")")")
  npx drizzle-kit generate --dialect=postgresql --schema="$schema" --out="services/$service/migrations"
done
