import { describe, expect, it } from "vitest";
import { qualityScore, reviewCode, type Finding } from "./review.ts";
import { runEval } from "../../eval/run.ts";

describe("code review", () => {
  it("finds every planted smell on its line, nothing on clean code, in plain words", async () => {
    const r = await runEval();
    expect(r.planted).toBeGreaterThanOrEqual(20);
    expect(r.clean).toBeGreaterThanOrEqual(8);
    expect(r.missed).toEqual([]);
    expect(r.falsePositives).toEqual([]);
    expect(r.maxGrade).toBeLessThanOrEqual(9);
  });

  it("scores 100 minus a penalty per finding (error 15, warning 7, info 3), at most two per rule", () => {
    const f = (rule: string, severity: Finding["severity"]): Finding => ({
      rule,
      severity,
      line: 1,
      column: 1,
      message: "",
      suggestion: "",
      source: "ruff",
    });
    expect(qualityScore([])).toBe(100);
    expect(qualityScore([f("A", "error"), f("B", "warning"), f("C", "info")])).toBe(75);
    expect(qualityScore([f("A", "info"), f("A", "info"), f("A", "info"), f("A", "info")])).toBe(94);
    expect(qualityScore(Array.from({ length: 20 }, (_, i) => f(`R${i}`, "error")))).toBe(0);
  });

  it("gives code that does not parse a 0 and says where", async () => {
    const r = await reviewCode("def f(:\n    pass\n");
    expect(r.score).toBe(0);
    expect(r.syntaxError?.line).toBe(1);
  });
});
