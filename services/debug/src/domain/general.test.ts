import { describe, expect, it } from "vitest";
import { explainError } from "./explain.ts";

// The general words for an error the explainers know nothing more specific about (here a ValueError CPython
// 3.11 raises for float('x')): they quote the message and the line, and give way to friendly-traceback's cause.

const code = "f = float('x')\n";
const valueError = (message: string, analysis?: unknown) =>
  explainError({ code, error: { type: "ValueError", message, line: 1, analysis } });

describe("the general explanation", () => {
  it("quotes Python's message, or says there was none, and points at the line", () => {
    const e = valueError("could not convert string to float: 'x'");
    expect(e.explanation).toBe(
      "Python stopped on line 1 with ValueError: could not convert string to float: 'x'. Look at `f` on that line.",
    );
    expect(e.hints[0]).toBe("Read line 1 again slowly. What does each part do?");
    expect(valueError("").explanation).toBe(
      "Python stopped on line 1 with ValueError: no message. Look at `f` on that line.",
    );
  });

  it("says which line in words when Python gave no line number, never 'line ?'", () => {
    const e = explainError({ code, error: { type: "ValueError", message: "bad value", line: null } });
    expect(e.hints[0]).toBe("Read the line Python stopped at again slowly. What does each part do?");
    expect(e.explanation).toContain("Python stopped in your code with ValueError: bad value.");
  });

  it("takes friendly-traceback's cause and suggestion in place of its own general words", () => {
    const e = valueError("could not convert string to float: 'x'", {
      cause: "The string `'x'` cannot be turned into a number.",
      suggest: "Check what `input()` gave before converting it.",
    });
    expect(e.explanation).toBe(
      "Python stopped on line 1 with ValueError: The string `'x'` cannot be turned into a number. " +
        "Look at `f` on that line.",
    );
    expect(e.hints[1]).toBe("Check what `input()` gave before converting it.");
  });
});
