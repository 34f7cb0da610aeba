import { describe, expect, it } from "vitest";
import { explainError } from "./explain.ts";

// The runtime errors whose message alone misleads a beginner, explained from CPython 3.11's messages (checked
// with python3), the student's line and the sandbox's analysis (friendly-traceback's cause, the values).

const explain = (type: string, message: string, code: string, line: number | null, analysis?: unknown) =>
  explainError({ code, error: { type, message, line, analysis } });
const list = (name: string, len: number) => ({ name, type: "list", len });
const outOfRange = "list index out of range";
const asked = (line: number, what: string, kind = "list") =>
  `On line ${line} you asked for ${what}, a position the ${kind} does not have.`;

describe("an index past the end", () => {
  it("gives the length, the last position and the index, from the values or from the cause", () => {
    const code = "scores = [1, 2, 3]\nprint(scores[5])\n";
    const facts = "`scores` has 3 items, so its positions go from 0 to 2, and `5` is 5.";
    const fromValues = explain("IndexError", outOfRange, code, 2, { variables: [list("scores", 3)] });
    expect(fromValues.title).toBe("`scores` has no item at position 5");
    expect(fromValues.explanation).toBe(`${asked(2, "`scores[5]`")} ${facts}`);
    expect(fromValues.names).toEqual(["scores"]);
    const cause = "The list `scores` has length `3`; the index `5` is too big.";
    expect(explain("IndexError", outOfRange, code, 2, { cause }).explanation).toBe(
      `${asked(2, "`scores[5]`")} ${facts}`,
    );
  });

  it("reads a variable index's value, a negative index, one item, and an index it cannot read", () => {
    const i = explain("IndexError", outOfRange, "scores = [1, 2, 3]\ni = 3\nprint(scores[i])\n", 3, {
      variables: [{ name: "i", type: "int", repr: "3" }, list("scores", 3)],
    });
    expect(i.title).toBe("`scores` has no item at position 3");
    expect(i.explanation).toBe(
      `${asked(3, "`scores[i]`")} \`scores\` has 3 items, so its positions go from 0 to 2, and \`i\` is 3.`,
    );
    expect(i.names).toEqual(["scores", "i"]);
    const negative = explain("IndexError", outOfRange, "s = [1, 2]\nprint(s[-3])\n", 2, { variables: [list("s", 2)] });
    expect(negative.explanation).toBe(
      `${asked(2, "`s[-3]`")} \`s\` has 2 items, so its positions go from 0 to 1, and \`-3\` is -3.`,
    );
    const one = explain("IndexError", outOfRange, "s = [1]\nprint(s[1])\n", 2, { variables: [list("s", 1)] });
    expect(one.explanation).toBe(
      `${asked(2, "`s[1]`")} \`s\` has 1 item, so its positions go from 0 to 0, and \`1\` is 1.`,
    );
    const sum = explain("IndexError", outOfRange, "s = [1, 2]\nprint(s[ 1 + i ])\n", 2, { variables: [list("s", 2)] });
    expect(sum.title).toBe("`s` has no item at position 1 + i");
    expect(sum.explanation).toBe(`${asked(2, "`s[1 + i]`")} \`s\` has 2 items, so its positions go from 0 to 1.`);
    expect(sum.names).toEqual(["s"]);
  });

  it("reads a two-digit index, and a length the analysis does not give", () => {
    const ten = explain("IndexError", outOfRange, "s = [1]\nprint(s[10])\n", 2, { variables: [list("s", 1)] });
    expect(ten.explanation).toBe(
      `${asked(2, "`s[10]`")} \`s\` has 1 item, so its positions go from 0 to 0, and \`10\` is 10.`,
    );
    const noLen = explain("IndexError", outOfRange, "s = [1]\nprint(s[2])\n", 2, {
      variables: [{ name: "s", type: "list" }],
    });
    expect(noLen.explanation).toBe(`${asked(2, "`s[2]`")} Positions start at 0, so the last one is \`len(s) - 1\`.`);
  });

  it("says where positions end when the length is unknown, for a list, a string and a tuple", () => {
    const last = (seq: string) => `Positions start at 0, so the last one is \`len(${seq}) - 1\`.`;
    const l = explain("IndexError", outOfRange, "scores = [1, 2]\nprint(scores[2])\n", 2);
    expect(l.explanation).toBe(`${asked(2, "`scores[2]`")} ${last("scores")}`);
    const s = explain("IndexError", "string index out of range", "word = 'hi'\nprint(word[5])\n", 2);
    expect(s.explanation).toBe(`${asked(2, "`word[5]`", "text")} ${last("word")}`);
    const t = explain("IndexError", "tuple index out of range", "p = (1, 2)\nprint(p[2])\n", 2);
    expect(t.explanation).toBe(`${asked(2, "`p[2]`", "tuple")} ${last("p")}`);
  });

  it("explains without a line to quote, with what the cause says", () => {
    const start = "In your code you asked for a position, a position the list does not have.";
    expect(explain("IndexError", outOfRange, "scores = []\n", null).explanation).toBe(
      `${start} Positions start at 0, so the last one is \`len(items) - 1\`.`,
    );
    expect(explain("IndexError", outOfRange, "scores = []\n", null, { cause: "length `0`" }).explanation).toBe(
      `${start} It has 0 items, so its positions go from 0 to -1.`,
    );
    const both = explain("IndexError", outOfRange, "scores = []\n", null, { cause: "length `12` and index `-13`" });
    expect(both.title).toBe("The index is outside the list");
    expect(both.explanation).toBe(`${start} It has 12 items, so its positions go from 0 to 11, and \`-13\` is -13.`);
    const positive = explain("IndexError", outOfRange, "s = [1]\nprint(s[i])\n", 2, { cause: "length `3`, index `7`" });
    expect(positive.title).toBe("`s` has no item at position 7");
  });
});

describe("None from a function that prints instead of returning", () => {
  const none = "unsupported operand type(s) for +: 'NoneType' and 'int'";
  const silent = (fn: string, line: number) =>
    `On line ${line} you use the result of \`${fn}()\`, but \`${fn}\` has no \`return\` with a value, so its result ` +
    "is `None`. Printing shows a value on the screen; only `return` hands it back to the code that called the " +
    "function.";

  it("blames the student's function that has no return, or only `return None`", () => {
    const e = explain("TypeError", none, "def total(xs):\n    print(sum(xs))\n\nx = total([1]) + 1\n", 4);
    expect(e.title).toBe("`total()` gives back None, so `+` has nothing to work with");
    expect(e.explanation).toBe(silent("total", 4));
    expect(e.names).toEqual(["total"]);
    const code = "def total(xs):\n    print(xs)\n    return None\n\nx = total([1]) + 1\n";
    expect(explain("TypeError", none, code, 5).explanation).toBe(silent("total", 5));
  });

  it("believes the sandbox when it saw the function give back no value, though the code has a return", () => {
    const code = "def total(xs):\n    if xs:\n        return sum(xs)\n\nx = total([]) + 1\n";
    const variables = [{ name: "total", type: "function", returnsValue: false }];
    expect(explain("TypeError", none, code, 5, { variables }).explanation).toBe(silent("total", 5));
    expect(explain("TypeError", none, code, 5).title).toBe("`total()` gave back None");
  });

  it("names the None value the sandbox saw before the function called beside it", () => {
    const code = "def total(xs):\n    return sum(xs)\n\nbest = None\nx = best + total([1])\n";
    const e = explain("TypeError", none, code, 5, { variables: [{ name: "best", type: "NoneType", repr: "None" }] });
    expect(e.explanation).toMatch(/^On line 5 `best` is `None`, so `\+` cannot use it\./);
    expect(e.names).toEqual(["best"]);
  });

  it("leaves out built-ins, methods, and a function whose body returns past other lines", () => {
    const value = "A value is None where a number or text was expected";
    expect(explain("TypeError", none, "x = len([]) + print(1)\n", 1).title).toBe(value);
    const method = "class C:\n    def total(self):\n        print(1)\nx = C().total() + 1\n";
    expect(explain("TypeError", none, method, 4).title).toBe(value);
    const late = "def total(xs):\n    s = sum(xs)\n\n    return s\ndef show():\n    print(1)\nx = total([]) + 1\n";
    expect(explain("TypeError", none, late, 7).title).toBe("`total()` gave back None");
  });
});

describe("reading whether the function returns a value", () => {
  const none = "unsupported operand type(s) for +: 'NoneType' and 'int'";
  const silentTitle = "`total()` gives back None, so `+` has nothing to work with";
  const returnsTitle = "`total()` gave back None";
  const title = (code: string, analysis?: unknown) =>
    explain("TypeError", none, code, code.split("\n").findIndex((l) => l.includes("+ 1")) + 1, analysis).title;

  it("reads the whole body of a function defined after other code, past a line of spaces", () => {
    expect(title("import math\ndef total(xs):\n    s = sum(xs)\n    \n    return s\nx = total([]) + 1\n")).toBe(
      returnsTitle,
    );
  });

  it("ends the body at the next function, also between nested functions", () => {
    expect(title("def total(xs):\n    print(xs)\ndef other():\n    return 1\nx = total([]) + 1\n")).toBe(silentTitle);
    const nested =
      "def main():\n    def total(xs):\n        print(xs)\n    def other(xs):\n        return sum(xs)\n" +
      "    return total([1]) + 1\n";
    expect(title(nested)).toBe(silentTitle);
    expect(title("x = total([1]) + 1\ndef total(xs):\n    print(xs)\n")).toBe(silentTitle);
  });

  it("tells `return None`, a comment and a conditional None from a return with a value", () => {
    const body = (line: string) => `def total(xs):\n    print(xs)\n${line}\nx = total([]) + 1\n`;
    expect(title(body("    return None   "))).toBe(silentTitle);
    expect(title(body("    # return sum(xs)"))).toBe(silentTitle);
    expect(title(body("    return None if not xs else sum(xs)"))).toBe(returnsTitle);
    expect(title(body("    return  sum(xs)"))).toBe(returnsTitle);
  });

  it("reads a call written with a space before its bracket", () => {
    expect(title("def total(xs):\n    print(xs)\nx = total ([]) + 1\n")).toBe(silentTitle);
  });

  it("takes the analysis's word for this function only, and only when it says no value", () => {
    const code = "def total(xs):\n    if xs:\n        return sum(xs)\nx = total([]) + 1\n";
    const fn = (name: string, returnsValue: boolean) => ({ name, type: "function", returnsValue });
    expect(title(code, { variables: [fn("total", false), { name: "xs", type: "list" }] })).toBe(silentTitle);
    expect(title(code, { variables: [fn("other", false)] })).toBe(returnsTitle);
    expect(title(code, { variables: [fn("total", true)] })).toBe(returnsTitle);
    expect(title(code, { cause: "The result of `total()` was None." })).toBe(returnsTitle);
    const call = explain("TypeError", none, code, 4, { variables: [{ name: "xs", type: "list" }] });
    expect(call.title).toBe(returnsTitle);
    expect(call.names).toEqual(["total"]);
  });
});

describe("a method without self", () => {
  const body = "        print('woof')\n\nDog().bark()\n";

  it("points at the def line, with or without the class in Python's message", () => {
    const e = explain(
      "TypeError",
      "Dog.bark() takes 0 positional arguments but 1 was given",
      `class Dog:\n    def bark():\n${body}`,
      5,
    );
    expect(e.title).toBe("The method `bark` is missing `self`");
    expect(e.names).toEqual(["bark"]);
    const rect = "class R:\n    def area(w):\n        return w\n\nR().area(2)\n";
    const area = explain("TypeError", "R.area() takes 1 positional argument but 2 were given", rect, 5);
    expect(area.explanation).toMatch(/Your `def area\(w\)` line has no place for it/);
    const bare = explain(
      "TypeError",
      "bark() takes 0 positional arguments but 1 was given",
      `class Dog:\n    def bark( ):\n${body}`,
      5,
    );
    expect(bare.title).toBe("The method `bark` is missing `self`");
    expect(bare.explanation).toMatch(/Your `def bark\(\)` line has no place for it/);
    expect(bare.names).toEqual(["bark"]);
    expect(bare.hints[0]).toBe("Look at the `def bark` line inside the class. What is its first parameter?");
    expect(e.hints[0]).toBe("Look at the `def bark` line inside the class `Dog`. What is its first parameter?");
  });

  it("is not the cause with self, with counts more than one apart, or for a def outside a class", () => {
    const wrong = "`bark()` got the wrong number of arguments";
    const withSelf = "class Dog:\n    def bark(self):\n        print('woof')\n";
    expect(explain("TypeError", "Dog.bark() takes 1 positional argument but 2 were given", withSelf, 3).title).toBe(
      wrong,
    );
    const noSelf = `class Dog:\n    def bark():\n${body}`;
    expect(explain("TypeError", "Dog.bark() takes 0 positional arguments but 2 were given", noSelf, 5).title).toBe(
      wrong,
    );
    const top = "def bark():\n    print('woof')\nbark(1)\n";
    expect(explain("TypeError", "bark() takes 0 positional arguments but 1 was given", top, 3).title).toBe(wrong);
  });
});

describe("a math function outside its domain", () => {
  const domain = (code: string, line: number | null, analysis?: unknown) =>
    explain("ValueError", "math domain error", code, line, analysis);

  it("names each function's allowed range and the value it got", () => {
    const needs = (fn: string, arg: string) => domain(`import math\nprint(${fn}(${arg}))\n`, 2).explanation;
    expect(needs("math.sqrt", "-1")).toBe(
      "On line 2 `math.sqrt` got `-1`. It only works with 0 or a positive number, so Python stops with " +
        '"math domain error".',
    );
    expect(needs("math.log", "0")).toMatch(/It only works with a number above 0,/);
    expect(needs("math.log10", " 0 ")).toMatch(
      /^On line 2 `math.log10` got `0`\. It only works with a number above 0,/,
    );
    expect(needs("math.acos", "2")).toMatch(/It only works with a number from -1 to 1,/);
    expect(domain("import math\nprint(math.acos(2))\n", 2).title).toBe("`math.acos` cannot work with `2`");
    expect(domain("import math\nprint(math.asin(2.5))\n", 2).title).toBe("`math.asin` cannot work with `2.5`");
    expect(domain("import math\nprint(math.sqrt (-1))\n", 2).title).toBe("`math.sqrt` cannot work with `-1`");
    expect(needs("math.asin", "2.5")).toMatch(/`math.asin` got `2.5`\. It only works with a number from -1 to 1,/);
    expect(needs("math.pow", "-8, 0.5")).toMatch(/It only works with a value inside its allowed range,/);
  });

  it("gives a variable's value from the analysis, or says it does not know it", () => {
    const code = "import math\nside = -4\nprint(math.sqrt(side))\n";
    const variables = [
      { name: "area", type: "int", repr: "9" },
      { name: "side", type: "int", repr: "-4" },
    ];
    const known = domain(code, 3, { variables });
    expect(known.title).toBe("`math.sqrt` cannot work with `-4`");
    expect(known.explanation).toMatch(/^On line 3 `math.sqrt` got `side`, which is `-4`\./);
    expect(known.names).toEqual(["side"]);
    const unknown = domain(code, 3);
    expect(unknown.title).toBe("`math.sqrt` cannot work with that value");
    expect(unknown.explanation).toMatch(/^On line 3 `math.sqrt` got `side`\./);
    expect(domain(code, 3, { variables: [{ name: "area", type: "int", repr: "9" }] }).title).toBe(unknown.title);
    expect(domain(code, 3, { cause: "`side` is negative." }).title).toBe(unknown.title);
    const sum = (arg: string) => domain(`import math\nx = 1\nprint(math.sqrt(${arg}))\n`, 3);
    expect(sum("x - 1").title).toBe("`math.sqrt` cannot work with that value");
    expect(sum("x - 1").names).toEqual([]);
    expect(sum("1 - x").title).toBe("`math.sqrt` cannot work with that value");
    expect(sum("1 - x").names).toEqual([]);
    expect(domain("import math\nprint(math.sqrt(-1))\n", 2).names).toEqual([]);
  });

  it("speaks of `math function` when there is no call to read", () => {
    const e = domain("import math\n", null);
    expect(e.title).toBe("`math function` cannot work with that value");
    expect(e.explanation).toMatch(/^In your code `math function` got a value\./);
  });
});
