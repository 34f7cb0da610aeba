import { describe, expect, it } from "vitest";
import { dedupe, type Finding, reviewCode } from "./review.ts";

// What reviewCode hands back, without the eval (review.test.ts runs it; too slow to run per mutant): the
// findings of Ruff and of the beginner rules in reading order, and nothing but the syntax error for code
// that does not parse.

describe("the review a student gets", () => {
  it("lists Ruff's and the beginner rules' findings by line, then by column", async () => {
    const r = await reviewCode("items = [1]\nfor i in range(len(items)): print(items[i] == None)\n");
    expect(r.findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ["range-len", 2, 1],
      ["E701", 2, 27],
      ["E711", 2, 47],
    ]);
    expect(r.score).toBe(87);
  });

  it("gives code that does not parse a 0, no findings, and the line of the error", async () => {
    expect(await reviewCode("def f(:\n    pass\n")).toEqual({
      score: 0,
      findings: [],
      syntaxError: { line: 1, message: expect.any(String) },
    });
  });

  it("keeps one finding per rule and line", () => {
    const f = (rule: string, line: number): Finding => ({
      rule,
      severity: "warning",
      line,
      column: 1,
      message: "",
      suggestion: "",
      source: "ruff",
    });
    const kept = dedupe([f("E711", 2), f("E711", 2), f("E711", 3), f("F821", 2)]);
    expect(kept.map((x) => `${x.rule}@${x.line}`)).toEqual(["E711@2", "E711@3", "F821@2"]);
  });
});
