import { defineConfig } from "vitest/config";

// The tests StrykerJS runs against each mutant (`make mutation`): the fast, pure unit tests beside the
// domain and platform code, with no globalSetup (no PostgreSQL, no Kafka, no sandbox, no e2e), so one
// mutant costs milliseconds. Workspace imports resolve to the source files in this tree rather than
// through node_modules' symlinks, so a mutant in packages/* is seen by the services' tests too (Stryker
// copies the tree into a sandbox, and the symlinks would point back at the unmutated originals).
const root = import.meta.dirname;
// `scripts/mutation-file.sh` narrows the run to one file's own tests (comma-separated globs).
const only = process.env.EMBER_MUTATION_TESTS?.split(",").filter(Boolean);

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@emberlearn\/(content|contracts|platform)$/, replacement: `${root}/packages/$1/src/index.ts` },
      { find: /^@emberlearn\/(content|contracts|platform)\/(.+)$/, replacement: `${root}/packages/$1/src/$2.ts` },
    ],
  },
  test: {
    include: only?.length
      ? only
      : ["packages/*/src/**/*.test.ts", "services/*/src/**/*.test.ts", "content/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/*.int.test.ts", "**/*.e2e.test.ts", "services/sandbox/src/runner/**"],
    pool: "forks",
    testTimeout: 10_000,
  },
});
