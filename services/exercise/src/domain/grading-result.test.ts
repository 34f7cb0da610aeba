import { describe, expect, it } from "vitest";
import { describeFailure, gradeRun, readableTestName } from "./grading.ts";

// What the student reads when nothing could be checked, and what a teacher reads for a failing check.

const noTests = { summary: { passed: 0, failed: 0, errors: 0, skipped: 0, total: 0 }, tests: [] };

describe("a grade when the tests could not run", () => {
  it("quotes the error and its line when the code did not load, whatever tests were reported", () => {
    const g = gradeRun({
      ...noTests,
      status: "error",
      error: { type: "SyntaxError", message: "invalid syntax", line: 3 },
      tests: [{ name: "T.test_x", passed: true, message: "" }],
    });
    expect(g).toEqual({
      score: 0,
      passed: false,
      status: "error",
      tests: [],
      summary: "Your code could not run: SyntaxError: invalid syntax (line 3)",
    });
    const noLine = gradeRun({ ...noTests, status: "error", error: { type: "ImportError", message: "no", line: null } });
    expect(noLine.summary).toBe("Your code could not run: ImportError: no");
  });

  it("grades the tests that ran when the status is error but no load error was sent", () => {
    const g = gradeRun({
      ...noTests,
      status: "error",
      error: null,
      tests: [{ name: "T.test_x", passed: true, message: "" }],
    });
    expect(g).toMatchObject({ score: 99, passed: false, summary: "1 of 1 checks passed." });
  });

  it.each([
    ["timeout", "Your code took too long. Look for a loop that never ends."],
    ["memory", "Your code used more memory than allowed."],
    ["processes", "Your code started too many processes."],
    ["ok", "Your code could not be tested."],
  ])("explains a %s with no test results", (status, summary) => {
    expect(gradeRun({ ...noTests, status: status as "ok", error: null })).toEqual({
      score: 0,
      passed: false,
      status,
      tests: [],
      summary,
    });
  });

  it("says a failing check failed when the sandbox gave no message, and leaves out empty details", () => {
    const g = gradeRun({
      ...noTests,
      status: "ok",
      error: null,
      tests: [{ name: "T.test_x", passed: false, message: "", call: "", expected: "", actual: "" }],
    });
    expect(g.tests).toEqual([
      { name: "X", id: "T.test_x", passed: false, outcome: undefined, message: "This check failed" },
    ]);
  });
});

describe("test names and failures in words", () => {
  it.each([
    ["TestTotal.test_adds_two", "Adds two"],
    ["test_adds_two", "Adds two"],
    ["testadds", "Adds"],
    ["T.check_test_value", "Check test value"],
    ["T.test_", "Test_"],
  ])("%s → %s", (name, words) => expect(readableTestName(name)).toBe(words));

  it("names the unittest id beside the words only when they differ", () => {
    expect(describeFailure({ name: "Adds two", id: "T.test_adds_two", passed: false, message: "got 5" })).toBe(
      '"Adds two" (T.test_adds_two): got 5',
    );
    expect(describeFailure({ name: "T.x", id: "T.x", passed: false, message: "m" })).toBe('"T.x": m');
    expect(describeFailure({ name: "Adds", passed: false, message: "m" })).toBe('"Adds": m');
  });
});
