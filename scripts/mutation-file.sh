#!/usr/bin/env bash
# One file's (or a glob of files') mutation score with only the tests named:
# `make mutation-file FILE=<path> TESTS="<globs>"`. StrykerJS mutates FILE alone (minus the project's exclusions)
# and runs only TESTS against each mutant, at concurrency 1 and niced, so a run takes seconds to minutes on a
# shared 2-core machine instead of the hour a whole area can take. The figure is a lower bound: tests not named
# (the debug and code-review evals) may kill more.
# Usage: bash scripts/mutation-file.sh <file.ts> <test glob>...
# Writes .cache/stryker/file/<name>.{json,html}; prints Stryker's table, then each survivor on one line.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ]; then
  echo "usage: $0 <file.ts> <test glob>..." >&2
  echo "  e.g. $0 services/debug/src/domain/logic.ts 'services/debug/src/domain/*.test.ts'" >&2
  exit 2
fi
file=$1
shift
# a file, or a glob of files ('packages/platform/src/http/*.ts'); the project's exclusions still apply
if [ -z "$(git ls-files --cached --others --exclude-standard -- ":(glob)$file" 2>/dev/null | head -1)" ]; then
  echo "no such file: $file" >&2
  exit 2
fi

# the tests must exist: a glob that matches nothing would leave every mutant "no coverage", not an error
tests=$(IFS=,; echo "$*")
for glob in "$@"; do
  if [ -z "$(git ls-files --cached --others --exclude-standard -- ":(glob)$glob" 2>/dev/null | head -1)" ]; then
    echo "no test file matches: $glob" >&2
    exit 2
  fi
done

name=$(echo "${file%.ts}" | tr '/*{},' '_____')
out=.cache/stryker/file
mkdir -p "$out"
config="$out/$name.config.mjs"
# A scratch config on top of the project's: one file, one runner, no incremental file (the area-wide one
# in .cache/stryker stays as `make mutation` left it), reports named after the file.
cat > "$config" <<CONFIG
import base from "../../../stryker.config.mjs";
export default {
  ...base,
  mutate: ["$file", ...base.mutate.filter((p) => p.startsWith("!"))],
  concurrency: 1,
  incremental: false,
  reporters: ["clear-text", "json", "html"],
  jsonReporter: { fileName: "$out/$name.json" },
  htmlReporter: { fileName: "$out/$name.html" },
  ignorePatterns: [...base.ignorePatterns, "/.cache/stryker/file"],
};
CONFIG

start=$(date +%s)
# vitest.mutation.config.ts narrows its include to these globs
EMBER_MUTATION_TESTS=$tests nice npx stryker run "$config"
echo "took $(($(date +%s) - start)) s; report: $out/$name.html"

# the survivors, one a line, to read beside the file
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
for (const [f, { mutants }] of Object.entries(r.files)) {
  const left = mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
  for (const m of left)
    console.log(`${f}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName}: ${
      JSON.stringify(m.replacement ?? "").slice(0, 100)}`);
}' "$out/$name.json"
