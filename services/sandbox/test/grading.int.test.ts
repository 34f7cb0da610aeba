import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../src/domain/index.ts";
import { loadCases, unittestVerdicts } from "./support/unittest-oracle.ts";

// The grader agrees with `python -m unittest`, test by test, on exercises written the way
// published suites are: the module imported by its own name, subTest, fixtures and skips,
// exceptions with attributes, callbacks, mocks, warnings and logs, stdlib values, in-place
// changes, big arguments, helper files. Each case has a correct solution and stubs or broken
// solutions; every one is graded in the real sandbox and by unittest itself, and must agree.

const cases = loadCases(join(import.meta.dirname, "fidelity"));

describe("the grader agrees with python -m unittest", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 2 });
  });
  afterAll(() => sandbox.close());

  it("has cases enough to mean something", () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(20);
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases.map((c) => [`${c.name}/${c.variant}`, c] as const))("%s", async (_label, c) => {
    const expected = unittestVerdicts(c.input);
    const result = await sandbox.runTests({ ...c.input, timeoutMs: 15_000, user: c.variant });
    const got = Object.fromEntries(result.tests.map((t) => [t.name, t.outcome]));
    if ("__crashed__" in expected) {
      // unittest itself stopped before running anything (no verdict at all): nothing passes here either
      expect(result.summary.passed).toBe(0);
      expect(result.status).toBe("error");
    } else {
      expect(got, JSON.stringify(result.tests.filter((t) => !t.passed).slice(0, 4), null, 1)).toEqual(expected);
    }
    if (c.variant === "solution.py") expect(result.summary.passed).toBeGreaterThan(0);
    for (const t of result.tests) {
      // every result says what it checks, in words, and a failure says why
      expect(t.description ?? "").not.toMatch(/^\d*$/);
      if (!t.passed && t.outcome !== "skipped") expect(t.message.length).toBeGreaterThan(5);
    }
  });
});
