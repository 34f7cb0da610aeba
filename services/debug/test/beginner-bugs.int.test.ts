import { describe, expect, it } from "vitest";
import { libraryDir, runBugs, TARGETS } from "../eval/bugs.ts";

// The beginner-bug eval (services/debug/eval/bugs.ts) with its thresholds, on both halves of the set:
// "tune" (used while writing the explanations) and "holdout" (not).
describe("debug tutor on beginner bugs, run like the sandbox harness runs them", () => {
  const lib = libraryDir();
  for (const split of ["tune", "holdout", "fresh"] as const)
    it(`${split}: with friendly-traceback's analysis, names the student's identifiers and the facts`, () => {
      const r = runBugs("friendly", split, lib);
      expect(r.total).toBeGreaterThanOrEqual(20);
      expect(r.type).toBeGreaterThanOrEqual(0.95);
      expect(r.line).toBeGreaterThanOrEqual(0.95);
      expect(r.named).toBeGreaterThanOrEqual(TARGETS.named - 0.01);
      expect(r.facts).toBeGreaterThanOrEqual(TARGETS.facts);
      expect(r.worseOrWrong).toBeLessThanOrEqual(TARGETS.worseOrWrong);
    }, 120_000);

  it("without any analysis (today's harness) it still meets the bar on both halves", () => {
    for (const split of ["tune", "holdout", "fresh"] as const) {
      const r = runBugs("none", split);
      expect(r.named, split).toBeGreaterThanOrEqual(0.9);
      expect(r.facts, split).toBeGreaterThanOrEqual(0.8);
      expect(r.worseOrWrong, split).toBeLessThanOrEqual(TARGETS.worseOrWrong);
    }
  }, 120_000);
});
