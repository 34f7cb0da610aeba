import { describe, expect, it } from "vitest";
import { friendlyMessage, gradeRun, readableTestName } from "./grading.ts";

describe("grading", () => {
  it("keeps the author's message and the student's value", () => {
    expect(
      friendlyMessage(
        'Traceback (most recent call last):\n  File "tests.py", line 8\nAssertionError: 5 != 6 : total_price([1, 2, 3]) should be 6',
      ),
    ).toBe("total_price([1, 2, 3]) should be 6 (your code gave 5)");
    expect(friendlyMessage("AssertionError: None != 'Hello, Ada!'")).toBe(
      "Expected 'Hello, Ada!', but your code gave None",
    );
    expect(friendlyMessage("AssertionError: False is not true : the list should be sorted")).toBe(
      "the list should be sorted",
    );
    expect(friendlyMessage("Traceback...\nNameError: name 'totl' is not defined")).toBe(
      "NameError: name 'totl' is not defined",
    );
  });

  it("scores by the share of tests passed", () => {
    const g = gradeRun({
      status: "ok",
      summary: { passed: 2, failed: 1, errors: 0, total: 3 },
      tests: [
        { name: "TestTotal.test_empty_list", passed: true, message: "" },
        { name: "TestTotal.test_three_items", passed: true, message: "" },
        {
          name: "TestTotal.test_negative",
          passed: false,
          message: "AssertionError: 1 != -1 : total([-1]) should be -1",
        },
      ],
    });
    expect(g).toMatchObject({ score: 67, passed: false, summary: "2 of 3 checks passed." });
    expect(g.tests[2]).toEqual({
      name: "negative",
      passed: false,
      message: "total([-1]) should be -1 (your code gave 1)",
    });
    expect(readableTestName("test_three_items")).toBe("three items");
  });

  it("gives 0 and says why when the code could not be tested", () => {
    expect(
      gradeRun({ status: "timeout", tests: [], summary: { passed: 0, failed: 0, errors: 0, total: 0 } }),
    ).toMatchObject({ score: 0, passed: false, summary: expect.stringMatching(/too long/) });
    expect(
      gradeRun({
        status: "error",
        tests: [],
        summary: { passed: 0, failed: 0, errors: 1, total: 0 },
        error: { type: "SyntaxError", message: "expected ':'", line: 3 },
      }).summary,
    ).toBe("Your code could not run: SyntaxError: expected ':' (line 3)");
  });
});
