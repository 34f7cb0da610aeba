#!/usr/bin/env bash
# Builds the Next.js app when its sources changed since the last build.
set -euo pipefail
cd "$(dirname "$0")/../apps/web"
stamp=.next/BUILD_ID
if [[ -f $stamp ]] && [[ -z "$(find src next.config.ts package.json -newer "$stamp" -print -quit 2>/dev/null)" ]]; then
  exit 0
fi
echo "Building the web app (first run or sources changed)…"
NEXT_TELEMETRY_DISABLED=1 node ../../node_modules/next/dist/bin/next build > /tmp/emberlearn-web-build.log 2>&1 \
  || { cat /tmp/emberlearn-web-build.log; exit 1; }
