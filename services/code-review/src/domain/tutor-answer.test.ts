import { describe, expect, it } from "vitest";
import { reviewCode } from "./review.ts";
import { reviewAnswer } from "./tutor-answer.ts";
import { PLAIN } from "./ruff-plain.ts";

describe("code-review tutor answer", () => {
  const buggy =
    "def average(a_list):\n    total = 0\n    for value in a_list:\n        total = total + value\n    return " +
    "total / len(a_list)\n";

  it("gives no score and no praise for code that crashes or fails its checks", async () => {
    const r = await reviewCode(buggy);
    for (const run of [
      { status: "error", errorType: "ZeroDivisionError", line: 5 },
      { status: "ok", checksPass: false },
    ]) {
      const text = reviewAnswer(r, run);
      expect(text).not.toMatch(/score|\/100|nice|great|well done|good job/i);
      expect(text).toMatch(/has to work/);
    }
  });

  it("praises only code that ran, and lists a repeated rule once with its lines", async () => {
    expect(reviewAnswer(await reviewCode(buggy), { status: "ok" })).toMatch(/100\/100.*Nice work/s);
    expect(reviewAnswer(await reviewCode(buggy), {})).not.toMatch(/Nice work/);
    const r = await reviewCode("a = 1\nb = 2\nc = 3\nprint(a + b + c)\n");
    const text = reviewAnswer(r, { status: "ok" });
    expect(text.match(/single letter/g)).toHaveLength(1);
    expect(text).toContain("Line 1, 2, 3");
  });

  it("has plain words for every Ruff rule it selects, and never shows Ruff's raw wording", async () => {
    for (const [code, p] of Object.entries(PLAIN)) {
      expect(p.message("`x`").length, code).toBeGreaterThan(10);
      expect(p.suggestion, code).not.toMatch(/read the message/i);
    }
    const r = await reviewCode("import os, sys\nx = 1;\nif not x in [1]:\n    pass\nprint(f'hi')\n");
    expect(r.findings.length).toBeGreaterThan(2);
    for (const f of r.findings) expect(f.suggestion).not.toMatch(/read the message/i);
  });
});
