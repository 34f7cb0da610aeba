// Mutation testing (`make mutation`): StrykerJS changes the domain and platform code one small step at a
// time (a flipped comparison, a dropped call, an emptied string) and runs the unit tests that cover the
// change; a mutant the tests do not notice is a behaviour nobody checks. Not part of `make test`: a cold
// run takes minutes, so it is its own target with an incremental file that makes reruns fast.
// @ts-check
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  coverageAnalysis: "perTest",
  concurrency: 2,
  incremental: true,
  incrementalFile: ".cache/stryker/incremental.json",
  mutate: [
    "services/*/src/domain/**/*.ts",
    "packages/*/src/**/*.ts",
    "!**/*.test.ts",
    // test infrastructure and fixtures, not product code
    "!packages/platform/src/testing/**",
    "!packages/platform/src/events/fixture/**",
    "!packages/platform/src/http/canonical-path-examples.ts",
    "!packages/contracts/src/route-coverage-gaps.ts",
    // code whose behaviour only shows against a real engine: the Kafka, Dapr and outbox buses, the database
    // layer, the OpenAI client, remote JWKS and process start-up. Their integration tests boot PostgreSQL, a
    // broker, a sidecar or an HTTP server, seconds per mutant; they are not in the unit run below.
    "!packages/platform/src/events/{kafka-bus,kafka-subscriber,kafka-topics,kafka-partitioners}.ts",
    "!packages/platform/src/events/{dapr-bus,dlq-replay,outbox-relay,outbox,inbox,tables,relay-leader}.ts",
    "!packages/platform/src/db/**",
    "!packages/platform/src/runtime/{run,standalone}.ts",
    "!packages/platform/src/log.ts",
    "!packages/platform/src/llm/{model,agent}.ts",
    "!packages/platform/src/auth/verify.ts",
    // Fastify wiring (the service factory and its plugins): exercised through a real server in
    // service.int.test.ts and edge.int.test.ts
    "!packages/platform/src/http/{service,connection-errors,health,metrics,method-not-allowed,problem}.ts",
    "!packages/platform/src/http/{route-policy,text-safety,openapi-errors,client}.ts",
    // the sandbox's jail (bubblewrap, cgroups, seccomp, the worker processes): only the attack suite,
    // running real CPython under the kernel's checks, can tell whether a changed flag still holds
    "!services/sandbox/src/domain/{bwrap,cgroups,isolation,seccomp,syscalls,staging,worker,sandbox}.ts",
  ],
  // A static mutant changes module-level data (the route table, the debug tutor's text contract) and would need
  // every test re-run in a fresh process; the tests of the functions that read that data still run.
  ignoreStatic: true,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: ".cache/stryker/mutation.html" },
  jsonReporter: { fileName: ".cache/stryker/mutation.json" },
  tempDirName: ".cache/stryker/tmp",
  ignorePatterns: ["apps/web/.next", "bench/results", "e2e/screenshots", ".scratch", "data"],
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 3_000,
};
