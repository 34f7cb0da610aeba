import { describe, expect, it } from "vitest";
import type { TestResult } from "@emberlearn/contracts/sandbox";
import { explainFailure, summariseCheck } from "./check.ts";

// A practice check in words: the verdict, the first failing check by name and what it expected.

const summary = (total: number) => ({ passed: 0, failed: 0, errors: 0, skipped: 0, total });
const test = (name: string, passed: boolean, extra: Partial<TestResult> = {}): TestResult => ({
  name,
  passed,
  message: "",
  ...extra,
});
const ok = (tests: TestResult[], status = "ok") =>
  summariseCheck({ status: status as "ok", error: null, summary: summary(tests.length), tests });

describe("practice check verdicts", () => {
  it("passes only when every counted check passes and the run was ok", () => {
    expect(
      ok([test("T.test_a", true), test("T.test_b", true), test("T.test_c", false, { outcome: "skipped" })]),
    ).toEqual({
      passed: true,
      verdict: "passed",
      passedCount: 2,
      total: 2,
      firstFailing: null,
      error: null,
      summary: "All 2 checks pass.",
    });
    expect(ok([test("T.test_a", true)], "error")).toMatchObject({
      passed: false,
      verdict: "failing",
      firstFailing: null,
    });
  });

  it("names the first failing check and says what it expected", () => {
    const r = ok([
      test("T.test_a", true),
      test("T.test_3", false, { message: "AssertionError: 4 != 5" }),
      test("T.test_empty_text", false, { description: "Empty text gives 0" }),
    ]);
    expect(r).toMatchObject({
      passed: false,
      verdict: "failing",
      passedCount: 1,
      total: 3,
      firstFailing: { name: "check 3", explanation: "Expected 5, but your code gave 4." },
      summary: "1 of 3 checks pass.",
    });
    expect(ok([test("T.test_x", false, { description: "Empty text" })]).firstFailing?.name).toBe("Empty text");
  });

  it.each([
    ["timeout", "Your code ran for too long (over 5 seconds) before the checks could finish."],
    ["memory", "Your code used too much memory."],
    ["output-limit", "Your code printed far too much."],
  ])("stops at a %s with its own words", (status, words) => {
    expect(ok([test("T.test_a", true)], status)).toEqual({
      passed: false,
      verdict: status,
      passedCount: 0,
      total: 1,
      firstFailing: null,
      error: null,
      summary: words,
    });
  });

  it("says the code does not run yet, with the error and its line, when it did not load", () => {
    const r = summariseCheck({
      status: "error",
      error: { type: "SyntaxError", message: "expected ':'", line: 4 },
      summary: summary(2),
      tests: [test("T.test_a", false)],
    });
    expect(r).toEqual({
      passed: false,
      verdict: "does-not-run",
      passedCount: 0,
      total: 2,
      firstFailing: null,
      error: { type: "SyntaxError", message: "expected ':'", line: 4 },
      summary: "Your code does not run yet: SyntaxError (line 4): expected ':'",
    });
    const noLine = summariseCheck({
      status: "error",
      error: { type: "E", message: "m" } as never,
      summary: summary(0),
      tests: [],
    });
    expect(noLine).toMatchObject({
      error: { type: "E", message: "m", line: null },
      summary: "Your code does not run yet: E: m",
    });
  });

  it("says the code could not be checked when there were no checks", () => {
    expect(ok([])).toMatchObject({ passed: false, verdict: "no-tests", summary: "Your code could not be checked." });
    expect(
      summariseCheck({ status: "ok", error: null, summary: summary(0), tests: [test("T.test_a", true)] }).verdict,
    ).toBe("no-tests");
  });
});

describe("a failing check in words", () => {
  it("uses the author's message, with what the code gave", () => {
    expect(explainFailure({ message: "Traceback...\nAssertionError: 4 != 5 : add(2, 2) should be 5" })).toBe(
      "add(2, 2) should be 5 (your code gave 4)",
    );
    expect(explainFailure({ message: "AssertionError: False is not true : must be sorted", actual: "[2, 1]" })).toBe(
      "must be sorted (your code gave [2, 1])",
    );
    expect(explainFailure({ message: "AssertionError: must be sorted\nmore : the author says" })).toBe(
      "the author says",
    );
  });

  it("falls back to the assertion, a crash, the call, or plain words", () => {
    expect(explainFailure({ message: "AssertionError: lists differ" })).toBe("lists differ");
    expect(explainFailure({ message: "AssertionError:" })).toBe("An assertion in this check failed.");
    expect(explainFailure({ message: "Traceback (most recent call last):\nZeroDivisionError: division by zero" })).toBe(
      "Your code stopped with ZeroDivisionError during this check: division by zero",
    );
    expect(explainFailure({ message: "SystemExit:" })).toBe("Your code stopped with SystemExit during this check:");
    expect(explainFailure({ message: "", call: "f(1)", expected: "2", actual: "3" })).toBe(
      "f(1) should give 2, but your code gave 3.",
    );
    expect(explainFailure({ message: "", call: "f(1)", expected: "2" })).toBe(
      "f(1) should give 2, but your code gave something else.",
    );
    expect(explainFailure({ message: "" })).toBe("This check failed.");
    expect(explainFailure({ message: "  wrong total  ", actual: "7" })).toBe("wrong total (your code gave 7)");
    expect(explainFailure({ message: "got 7 instead", actual: "7" })).toBe("got 7 instead");
    expect(explainFailure({ message: "x", limit: "time  limit\n(2 s)" })).toBe(
      "Your code hit a limit during this check: time limit (2 s).",
    );
  });

  it("keeps an explanation to one line of at most 300 characters", () => {
    const long = explainFailure({ message: `a\n${"b".repeat(400)}` });
    expect(long).toHaveLength(300);
    expect(long.endsWith("…")).toBe(true);
    expect(long.startsWith("a b")).toBe(true);
    expect(explainFailure({ message: "c".repeat(300) })).toHaveLength(300);
  });
});
