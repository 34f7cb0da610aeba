import { defineConfig } from "vitest/config";

// One runner for the whole monorepo. Real servers are started once per run by
// globalSetup: a PostgreSQL cluster and a Kafka broker. The end-to-end suites
// start the whole platform on its fixed ports, so they live in one file
// (e2e/platform.e2e.test.ts) and run one after another.
export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "apps/web/src/**/*.test.ts",
      "services/*/src/**/*.test.ts",
      "services/*/test/**/*.test.ts",
      "content/**/*.test.ts",
      "deploy/**/*.test.ts",
      "scripts/**/*.test.ts",
      "apps/web/src/lib/**/*.test.ts",
      "e2e/**/*.e2e.test.ts",
    ],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: [
      "./packages/platform/src/testing/global-setup.ts",
      "./packages/platform/src/testing/kafka-global-setup.ts",
    ],
  },
});
