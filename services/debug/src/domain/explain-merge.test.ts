import { describe, expect, it } from "vitest";
import { explainError } from "./explain.ts";

// What explainError adds to the explainer's own words: the student's names and values on the failing line
// (when the words do not name them yet), the facts of friendly-traceback's cause that ours lack, the base
// class's words for an error type we have none for, and `source: "offline"` on every answer.

const zeroDivision = (code: string, line: number | null, analysis?: unknown) =>
  explainError({ code, error: { type: "ZeroDivisionError", message: "division by zero", line, analysis } });
const ours = "a number was divided by zero. That has no answer, so Python stops. Often a count or a length is 0.";

describe("pointing at the student's names on the failing line", () => {
  it("names the two first names on the line, and only names on that line", () => {
    const two = zeroDivision("price = 10\nqty = 0\nbonus = 1\nprint(price / qty + bonus)\n", 4);
    expect(two.explanation).toBe(`On line 4 ${ours} Look at \`price\` and \`qty\` on that line.`);
    expect(two.names).toEqual(["price", "qty"]);
    const one = zeroDivision("scores = [1]\nqty = 0\nprint(10 / qty)\n", 3);
    expect(one.explanation).toBe(`On line 3 ${ours} Look at \`qty\` on that line.`);
    expect(one.names).toEqual(["qty"]);
  });

  it("gives their values from the sandbox's analysis, for the names on the line only", () => {
    const variables = [
      { name: "price", type: "int", repr: "10" },
      { name: "qty", type: "int", repr: "0" },
      { name: "scores", type: "list", repr: "[1]" },
    ];
    const e = zeroDivision("scores = [1]\nprice = 10\nqty = 0\nprint(price / qty)\n", 4, { variables });
    expect(e.explanation).toBe(
      `On line 4 ${ours} On that line, \`price\` is \`10\` (a whole number), \`qty\` is \`0\` (a whole number).`,
    );
  });

  it("adds nothing when the words already name one of them", () => {
    const e = explainError({
      code: "total = 0\nqty = 1\nprint(totl + qty)\n",
      error: { type: "NameError", message: "name 'totl' is not defined", line: 3 },
    });
    expect(e.explanation).toBe(
      "Python does not know the name `totl` on line 3. Your code has a name `total` that looks very close. " +
        "A small typo is the most common cause of this error.",
    );
    expect(e.names).toEqual(["totl", "total"]);
  });

  it("adds nothing when the error has no line, even for a name that reads like `undefined`", () => {
    const e = zeroDivision("undefined = 0\nprint(1 / undefined)\n", null);
    expect(e.explanation).toBe(`In your code ${ours}`);
    expect(e.names).toEqual([]);
  });
});

describe("taking friendly-traceback's cause into a specific explanation", () => {
  const code = "total = 0\namount = 1\nprint(totl)\n";
  const nameError = (cause: string) =>
    explainError({
      code,
      error: { type: "NameError", message: "name 'totl' is not defined", line: 3, analysis: { cause } },
    });
  const base =
    "Python does not know the name `totl` on line 3. Your code has a name `total` that looks very close. " +
    "A small typo is the most common cause of this error.";

  it("adds nothing, not even a space, when every name it mentions is in ours", () => {
    expect(nameError("No object named `totl` exists. The similar name `total` was found.").explanation).toBe(base);
  });

  it("adds each sentence that names something new, one space apart, and only those", () => {
    const two = nameError("Perhaps you meant `total` or `amount`. Python also knows `sum`.");
    expect(two.explanation).toBe(`${base} Perhaps you meant \`total\` or \`amount\`. Python also knows \`sum\`.`);
    const spaced = nameError(
      "No object named `totl` exists. Perhaps you meant `total` or `amount`.  `total` is close.",
    );
    expect(spaced.explanation).toBe(`${base} Perhaps you meant \`total\` or \`amount\`.`);
  });
});

describe("an error type without words of its own", () => {
  const line = 1;
  const code = "import socket\n";
  const without = ({ errorType: _t, ...rest }: ReturnType<typeof explainError>) => rest;

  it("gets the words of its base class: a connection or timeout error those of OSError", () => {
    const message = "[Errno 111] Connection refused";
    const os = without(explainError({ code, error: { type: "OSError", message, line } }));
    expect(without(explainError({ code, error: { type: "ConnectionRefusedError", message, line } }))).toEqual(os);
    expect(without(explainError({ code, error: { type: "TimeoutError", message, line } }))).toEqual(os);
    expect(os.title).toBe("The operating system refused the request");
  });

  it("gets a syntax error's words for a syntax warning raised as an error", () => {
    const message = "invalid escape sequence '\\d'";
    const c = "pattern = '\\d+'\n";
    const syntax = without(explainError({ code: c, error: { type: "SyntaxError", message, line } }));
    expect(without(explainError({ code: c, error: { type: "SyntaxWarning", message, line } }))).toEqual(syntax);
    expect(syntax.title).toBe("Python cannot understand this line");
  });
});

describe("every answer says it was made offline", () => {
  it("for a memory stop, too much output, a run without an error and an error", () => {
    for (const input of [
      { code: "x = [1] * 10**10\n", status: "memory" },
      { code: "while True:\n    print(1)\n", status: "output-limit" },
      { code: "print(1)\n" },
      { code: "print(1 / 0)\n", error: { type: "ZeroDivisionError", message: "division by zero", line: 1 } },
    ])
      expect(explainError(input).source).toBe("offline");
  });
});
