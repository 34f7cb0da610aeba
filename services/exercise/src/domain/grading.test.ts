import { describe, expect, it } from "vitest";
import { gradeRun, readableTestName } from "./grading.ts";

const summary = (passed: number, failed: number, skipped = 0) => ({
  passed,
  failed,
  errors: 0,
  skipped,
  total: passed + failed + skipped,
});

describe("grading", () => {
  it("scores by the share of tests passed, naming each by what it checks", () => {
    const g = gradeRun({
      status: "ok",
      error: null,
      summary: summary(2, 1),
      tests: [
        { name: "TestTotal.test_empty_list", description: "Empty list", passed: true, message: "" },
        { name: "TestTotal.test_three_items", passed: true, message: "" },
        {
          name: "TestTotal.test_negative",
          description: "A negative number counts",
          passed: false,
          outcome: "failed",
          message: "total([-1]) returned 1, but the test expected -1.",
          call: "total([-1])",
          expected: "-1",
          actual: "1",
        },
      ],
    });
    expect(g).toMatchObject({ score: 67, passed: false, summary: "2 of 3 checks passed." });
    expect(g.tests[1].name).toBe("Three items");
    expect(g.tests[0]).toMatchObject({
      name: "Empty list",
      description: "Empty list",
      id: "TestTotal.test_empty_list",
    });
    expect(g.tests[1].description).toBeUndefined();
    expect(g.tests[2]).toMatchObject({
      name: "A negative number counts",
      description: "A negative number counts",
      outcome: "failed",
      message: "total([-1]) returned 1, but the test expected -1.",
      call: "total([-1])",
      expected: "-1",
      actual: "1",
    });
    expect(readableTestName("test_three_items")).toBe("Three items");
  });

  it("leaves skipped tests out of the score", () => {
    const g = gradeRun({
      status: "ok",
      error: null,
      summary: summary(1, 0, 1),
      tests: [
        { name: "T.test_a", passed: true, message: "" },
        { name: "T.test_b", passed: false, outcome: "skipped", message: "Skipped: later" },
      ],
    });
    expect(g).toMatchObject({ score: 100, passed: true, summary: "All 1 checks passed. Well done!" });
  });

  it("never gives full marks to a run cut short, even if what ran passed", () => {
    const g = gradeRun({
      status: "timeout",
      error: null,
      summary: summary(1, 0),
      tests: [{ name: "T.a", passed: true, message: "" }],
    });
    expect(g.passed).toBe(false);
    expect(g.score).toBeLessThan(100);
  });

  it("gives 0 and says why when the code could not be tested", () => {
    expect(gradeRun({ status: "timeout", error: null, tests: [], summary: summary(0, 0) })).toMatchObject({
      score: 0,
      passed: false,
      summary: expect.stringMatching(/too long/),
    });
    const syntax = gradeRun({
      status: "error",
      tests: [{ name: "_FailedTest.tests", passed: false, outcome: "error", message: "SyntaxError" }],
      summary: { ...summary(0, 0), errors: 1, total: 1 },
      error: { type: "SyntaxError", message: "expected ':'", line: 3 },
    });
    expect(syntax.summary).toBe("Your code could not run: SyntaxError: expected ':' (line 3)");
  });
});
