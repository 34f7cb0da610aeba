import { describe, expect, it } from "vitest";
import type { Finding } from "./finding.ts";
import { dedupe, qualityScore, reviewCode } from "./review.ts";
import { quoted } from "./ruff-plain.ts";
import { reviewAnswer } from "./tutor-answer.ts";

// The code-review tutor's answer, word for word where the student's next step depends on it: which
// findings come first, how a broken run is told, what a syntax error says; and the dedupe that
// keeps one finding per line for rules that say the same thing.

const f = (rule: string, severity: Finding["severity"], line: number, message = `${rule} msg`): Finding => ({
  rule,
  severity,
  line,
  column: 1,
  message,
  suggestion: `${rule} fix.`,
  source: "ruff",
});

describe("code-review answer", () => {
  it("tells code that does not parse where its syntax problem is, before any style", () => {
    expect(
      reviewAnswer({ score: 0, findings: [], syntaxError: { line: 3, message: "expected ':'" } }, { status: "ok" }),
    ).toBe(
      "Your code does not run yet: line 3 has a syntax problem (expected ':'). Fix that first, then " +
        "I can review the style.",
    );
  });

  it("lists the three most important rules: errors before warnings before info, then by line", () => {
    const findings = [
      f("I1", "info", 1),
      f("W1", "warning", 9),
      f("E1", "error", 12),
      f("W2", "warning", 4),
      f("I2", "info", 2),
    ];
    expect(reviewAnswer({ score: 60, findings }, { status: "ok" })).toBe(
      "Quality score **60/100**. Here is what I would look at first:\n\n" +
        "- **Line 12:** E1 msg E1 fix.\n- **Line 4:** W2 msg W2 fix.\n- **Line 9:** W1 msg W1 fix.\n\n" +
        "Which of these would you like to try first?",
    );
    // the same rule on several lines is one item, each line named once
    const repeated = [f("I1", "info", 5), f("I1", "info", 2), f("I1", "info", 5)];
    expect(reviewAnswer({ score: 94, findings: repeated }, {})).toContain("- **Line 5, 2:** I1 msg I1 fix.");
  });

  it("tells a broken run what stops it, with the line when known, and keeps one finding for later", () => {
    const findings = [f("I1", "info", 1), f("E1", "error", 2)];
    expect(reviewAnswer({ score: 80, findings }, { status: "error", errorType: "NameError", line: 4 })).toBe(
      "Before style, the code has to work: it stops with NameError on line 4, so this is not the time to judge its " +
        "style. Ask me about the error or the checks first.\n\nFor later, one thing to look at:\n\n- " +
        "**Line 2:** E1 msg E1 fix.",
    );
    expect(reviewAnswer({ score: 100, findings: [] }, { status: "timeout" })).toBe(
      "Before style, the code has to work: it stops with timeout, so this is not the time to judge its style. " +
        "Ask me about the error or the checks first.",
    );
    expect(reviewAnswer({ score: 100, findings: [] }, { status: "ok", checksPass: false })).toContain(
      "it does not pass the exercise's checks yet",
    );
    expect(reviewAnswer({ score: 100, findings: [] }, { checksPass: true })).toBe(
      "Quality score **100/100**. I found nothing to change in the style. Run it to check it does what you want.",
    );
  });

  it("keeps one finding per rule and line, and one per line for rules that say the same thing", () => {
    const kept = dedupe([
      f("F821", "error", 3),
      f("F821", "error", 3),
      f("F821", "error", 4),
      f("E711", "info", 3),
      f("X1", "info", 3),
      f("X2", "info", 3),
      f("X1", "info", 3),
    ]);
    expect(kept.map((k) => `${k.rule}@${k.line}`)).toEqual(["F821@3", "F821@4", "E711@3", "X1@3", "X2@3"]);
  });

  it("counts at most two findings per rule, and never goes below zero", () => {
    expect(qualityScore([f("A", "warning", 1), f("A", "warning", 2), f("A", "warning", 3)])).toBe(86);
    expect(qualityScore([f("A", "error", 1), f("B", "error", 1)])).toBe(70);
  });

  // the first review in this file loads Ruff and tree-sitter (WebAssembly): seconds on a busy machine
  it("sorts the findings of a review by line, then column, and quotes Ruff's name in plain words", async () => {
    const r = await reviewCode("import os\nx = 1\nimport sys\n");
    const lines = r.findings.map((x) => x.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(r.findings.find((x) => x.rule === "F401")?.message).toBe("You import `os` but never use it.");
    expect(quoted("`sys` imported but unused")).toBe("`sys`");
    expect(quoted("no name here")).toBe("a name");
  }, 60_000);
});
