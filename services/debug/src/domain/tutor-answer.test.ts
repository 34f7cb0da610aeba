import { describe, expect, it } from "vitest";
import { explainError, explainTimeout, explainWrongOutput } from "./explain.ts";
import { nextHint } from "./hints.ts";
import { debugAnswer, KNOWN_TYPES } from "./tutor-answer.ts";

// The debugging tutor's turns as the student reads them: the first answer, "simpler", "why", the
// next hint and another example; and the run outcomes that are not an exception (a timeout, too much
// memory or output, no error at all, failing checks).

const nameError = {
  code: "total = 0\nprint(totl)\n",
  error: { type: "NameError", message: "name 'totl' is not defined", line: 2 },
};

describe("debug tutor turns", () => {
  it("answers first with the title, the line, the explanation and the first hint", () => {
    const e = explainError(nameError);
    const a = debugAnswer(nameError, "answer");
    expect(a.hintLevel).toBe(1);
    expect(a.explanation).toEqual(e);
    expect(a.text).toBe(`**${e.title}** (line 2)\n\n${e.explanation}\n\n**Hint:** ${e.hints[0]}`);
    const noLine = { code: "x", error: { type: "NameError", message: "name 'y' is not defined" } };
    expect(debugAnswer(noLine, "answer").text).toMatch(/^\*\*[^*]+\*\*\n\n/);
  });

  it("says it simpler: the title, the first sentence only, and the first hint", () => {
    const e = explainError(nameError);
    const first = /^[\s\S]*?[.!?](\s|$)/.exec(e.explanation)?.[0].trim();
    expect(first && first.length < e.explanation.length).toBe(true);
    expect(debugAnswer(nameError, "simpler", 3)).toMatchObject({
      hintLevel: 1,
      text: `In short: **${e.title}** (line 2).\n\n${first}\n\n${e.hints[0]}`,
    });
  });

  it("explains why this kind of error happens, then asks about the line", () => {
    const a = debugAnswer(nameError, "why", 2);
    expect(a.hintLevel).toBe(2);
    expect(a.text).toMatch(/^Here is why this happens: Python reads your program from top to bottom/);
    expect(a.text).toContain("\n\nIn your code: ");
    expect(a.text.endsWith("\n\nWhat do you think happens on that line?")).toBe(true);
    const odd = { code: "x = 1\n", error: { type: "LookupError", message: "odd", line: 1 } };
    expect(debugAnswer(odd, "why").text).toContain(
      "Here is why this happens: Python stops when a line asks for something it cannot do",
    );
  });

  it("gives hint 1, 2 or 3 of 3 (clamped), asking for a try except on the last", () => {
    const e = explainError(nameError);
    const two = debugAnswer(nameError, "next-hint", 2);
    expect(two.text).toBe(
      `Hint 2 of 3 for **${e.title}** (line 2):\n\n> ${e.hints[1]}\n\nTry it, run your code, and tell me what changed.`,
    );
    expect(debugAnswer(nameError, "next-hint", 9)).toMatchObject({
      hintLevel: 3,
      text: `Hint 3 of 3 for **${e.title}** (line 2):\n\n> ${e.hints[2]}`,
    });
    expect(debugAnswer(nameError, "next-hint", 0).text).toContain(`Hint 1 of 3`);
  });

  it("shows a different tiny program with the same mistake, or says it in general", () => {
    const a = debugAnswer(nameError, "example");
    expect(a.text).toBe(
      "Here is a different, tiny program with the same kind of mistake:\n\n```python\nscores = [3, 5]\n" +
        "print(score)   # NameError: 'score' is not 'scores'\n```\n\nThe name must match exactly: `scores`. " +
        "Can you spot the same pattern in your code?",
    );
    const e = explainError({ code: "", status: "memory" });
    const firstSentence = /^[\s\S]*?[.!?](\s|$)/.exec(e.explanation)?.[0].trim();
    expect(debugAnswer({ code: "", status: "memory" }, "example").text).toBe(
      `Here is the same kind of problem in general: ${firstSentence} ${e.hints[1]}`,
    );
    expect(KNOWN_TYPES).toContain("NameError");
  });

  it("clamps the hint ladder's rung to 1–3, whole numbers only", () => {
    expect([0, 1.7, 2, 7].map((level) => nextHint({ ...nameError, level }).level)).toEqual([1, 1, 2, 3]);
    expect(nextHint({ ...nameError, level: 2 }).of).toBe(3);
  });
});

describe("run outcomes that are not an exception", () => {
  it("explains a timeout, a memory stop and too much output, each with its hints and concept", () => {
    const t = explainError({ code: "while True:\n    pass\n", status: "timeout" });
    expect(t).toMatchObject({ errorType: "Timeout", source: "offline", line: 1 });
    expect(t.title).toBe("The loop on line 1 never ends");
    expect(t.explanation).toContain("`while True` on line 1 has no `break`");
    expect(t.hints[2]).toBe("Add a `break` when the work is done.");
    expect(explainError({ code: "x = [1] * 10**10\n", status: "memory" })).toMatchObject({
      errorType: "MemoryError",
      line: null,
    });
    const out = explainError({ code: "while True:\n    print(1)\n", status: "output-limit" });
    expect(out).toMatchObject({ errorType: "OutputLimit", title: "Your program printed too much", line: null });
    expect(out.conceptIds).toEqual(["while-loops"]);
    expect(out.hints).toHaveLength(3);
  });

  it("stops at the loop whose variable never changes, not at one that counts or breaks", () => {
    const code = "n = 0\nwhile n < 3:\n    n += 1\nitems = [1]\nwhile items:\n    print(items)\n";
    const t = explainTimeout(code);
    expect(t.line).toBe(5);
    expect(t.title).toBe("The loop on line 5 never ends: `items` never changes");
    expect(t.names).toEqual(["items"]);
    expect(t.hints[2]).toBe("Change `items` inside the loop so that `items` becomes False.");
    expect(explainTimeout("while True:\n    if x:\n        break\n").line).toBeNull();
    expect(explainTimeout("items = [1]\nwhile items:\n    items.pop()\n").line).toBeNull();
    expect(explainTimeout("while not done:\n    for done in [1]:\n        pass\n").line).toBeNull();
    expect(explainTimeout("def f():\n    return f()\n").title).toBe("Your program took too long");
  });

  it("says a run without an error ran, and reads the type and line from a raw traceback", () => {
    expect(explainError({ code: "print(1)\n" })).toMatchObject({ errorType: "None", conceptIds: ["debugging"] });
    const tb =
      'Traceback (most recent call last):\n  File "main.py", line 2, in <module>\nNameError: name ' +
      "'totl' is not defined\n";
    expect(explainError({ code: nameError.code, traceback: tb })).toMatchObject({ errorType: "NameError", line: 2 });
  });

  it("falls back to the family of an unlisted error, or to a general explanation naming the type", () => {
    expect(explainError({ code: "", error: { type: "TabError", message: "bad tabs", line: 1 } }).conceptIds).toEqual(
      explainError({ code: "", error: { type: "IndentationError", message: "bad tabs", line: 1 } }).conceptIds,
    );
    const odd = explainError({ code: "x = 1\n", error: { type: "WeirdThing", message: "oops", line: 1 } });
    expect(odd.title).toBe("Python stopped with WeirdThing");
    expect(odd.explanation).toBe(
      "Python stopped on line 1 with WeirdThing: oops. Read the last line of the error message: it " +
        "names the problem. " +
        "Look at `x` on that line.",
    );
    expect(explainError({ code: "", error: { type: "WeirdThing", message: "oops" } }).explanation).toMatch(
      /^Python stopped with WeirdThing: oops\./,
    );
  });

  it("explains failing checks by the first failing one, with expected and actual values", () => {
    const results = [
      { name: "adds one", passed: true, message: "" },
      { name: "adds two", passed: false, message: "AssertionError: 3 != 4 : two more than 2" },
      { name: "adds three", passed: false, message: "AssertionError: boom" },
    ];
    const e = explainWrongOutput({ code: "", testResults: results });
    expect(e.title).toBe("2 of 3 checks fail");
    expect(e.explanation).toBe(
      'The check "adds two" expected 4 but your code gave 3. The check says: two more than 2.',
    );
    expect(e.hints[2]).toBe("Your result 3 should be 4. Look at the step that computes it.");
    const plain = explainWrongOutput({ code: "", testResults: [results[2]] });
    expect(plain.explanation).toBe('The check "adds three" failed: boom');
    expect(plain.hints[2]).toBe("Print the values inside your function for that input.");
    expect(explainWrongOutput({ code: "", testResults: [results[0]] }).title).toBe("All checks pass");
  });
});
