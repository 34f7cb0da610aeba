import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../../sandbox/src/domain/index.ts";
import { explainError } from "../src/domain/index.ts";

// The whole path in the real sandbox: the harness puts explain.py's analysis in `error.analysis`,
// and the debugging tutor uses the student's real values from it (here: the index and the length).
describe("error analysis from the real sandbox", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 1 });
  });
  afterAll(() => sandbox?.close());

  it("names the real index and length of the student's list", async () => {
    const code = "marks = list(range(40))\nprint(marks[60])\n";
    const run = await sandbox.run({ code });
    const analysis = run.error?.analysis as { variables?: { name: string; len?: number }[] } | undefined;
    expect(analysis?.variables?.find((v) => v.name === "marks")?.len).toBe(40);
    const e = explainError({ code, status: run.status, error: run.error });
    expect(e.title).toContain("`marks`");
    expect(e.explanation).toMatch(/40 items/);
    expect(e.explanation).toMatch(/0 to 39/);
  }, 30_000);
});
