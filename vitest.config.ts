import { defineConfig } from "vitest/config";

// One runner for the whole monorepo. Integration tests share real servers that
// vitest's globalSetup starts once (PostgreSQL, Kafka), so files run in forks.
export default defineConfig({
  test: {
    include: ["packages/*/src/**/*.test.ts", "services/*/src/**/*.test.ts", "services/*/test/**/*.test.ts", "content/**/*.test.ts", "e2e/**/*.test.ts", "deploy/**/*.test.ts", "scripts/**/*.test.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ["./packages/platform/src/testing/global-setup.ts"],
  },
});
