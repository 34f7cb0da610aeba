import { describe, expect, it } from "vitest";
import { explainError } from "./explain.ts";

// The catalog's own readings of CPython 3.11's messages (the exact words Python prints, checked with
// python3 -c): which case a student gets and which of their names and values it is about.

const explain = (type: string, message: string, code: string, line: number | null = 1) =>
  explainError({ code, error: { type, message, line } });

describe("ValueError", () => {
  it("quotes the whole text int() was given, even an empty one", () => {
    expect(explain("ValueError", "invalid literal for int() with base 10: 'abc'", "n = int('abc')\n").title).toBe(
      "`'abc'` is not a whole number",
    );
    const empty = explain("ValueError", "invalid literal for int() with base 10: ''", "n = int(input())\n");
    expect(empty.title).toBe("`''` is not a whole number");
    expect(empty.explanation).toMatch(/^On line 1, `int\(\)` was given the text ''\./);
  });

  it("tells unpacking into too many or too few names from other bad values", () => {
    const unpack = "The number of names and values do not match";
    expect(explain("ValueError", "too many values to unpack (expected 2)", "a, b = [1, 2, 3]\n").title).toBe(unpack);
    expect(explain("ValueError", "not enough values to unpack (expected 3, got 2)", "a, b, c = [1, 2]\n").title).toBe(
      unpack,
    );
    const other = explain("ValueError", "could not convert string to float: 'x'", "f = float('x')\n");
    expect(other.title).toBe("A value has the right type but an unusable value");
    expect(other.explanation).toMatch(/^Python stopped on line 1 with ValueError: could not convert string/);
  });

  it("reads a math domain error from the call on the line", () => {
    const e = explain("ValueError", "math domain error", "import math\nprint(math.sqrt(-1))\n", 2);
    expect(e.title).toBe("`math.sqrt` cannot work with `-1`");
  });
});

describe("KeyError", () => {
  it("takes the key out of its quotes and suggests a close key written in the code", () => {
    const e = explain("KeyError", "'aple'", "prices = {'apple': 1}\nprint(prices['aple'])\n", 2);
    expect(e.title).toBe("The key `aple` is not in the dictionary — did you mean `apple`?");
    expect(e.names).toEqual(["aple", "apple", "prices"]);
    expect(e.hints[2]).toBe("Check the spelling: `aple` or `apple`?");
  });

  it("keeps a quote inside the key (Python shows such a key in double quotes)", () => {
    const e = explain("KeyError", `"it's"`, `words = {'its': 1}\nprint(words["it's"])\n`, 2);
    expect(e.title).toBe("The key `it's` is not in the dictionary — did you mean `its`?");
  });

  it("suggests only keys written in quotes, never a variable's name, and short keys only by case", () => {
    // `d` is the dictionary, not a key; `b` and `a` are one letter apart, as every pair of letters is
    const short = explain("KeyError", "'b'", "d = {'a': 1}\nprint(d['b'])\n", 2);
    expect(short.title).toBe("The key `b` is not in the dictionary");
    const name = explain("KeyError", "'totl'", "total = 1\nscores = {'sum': total}\nprint(scores['totl'])\n", 3);
    expect(name.title).toBe("The key `totl` is not in the dictionary");
    expect(explain("KeyError", "'a'", "d = {'A': 1}\nprint(d['a'])\n", 2).title).toBe(
      "The key `a` is not in the dictionary — did you mean `A`?",
    );
  });

  it("says the key is missing when nothing in the code is close", () => {
    const e = explain("KeyError", "'pear'", "prices = {'apple': 1}\nprint(prices['pear'])\n", 2);
    expect(e.title).toBe("The key `pear` is not in the dictionary");
    expect(e.names).toEqual(["pear", "prices"]);
    expect(e.hints[2]).toBe("Use `in` or `.get()` for keys that might be missing.");
  });
});

describe("ModuleNotFoundError", () => {
  it("names the module, or says `that module` when the message has none", () => {
    const e = explain("ModuleNotFoundError", "No module named 'numpy'", "import numpy\n");
    expect(e.title).toBe("The module `numpy` is not available");
    expect(e.names).toEqual(["numpy"]);
    expect(explain("ModuleNotFoundError", "", "import numpy\n").title).toBe(
      "The module `that module` is not available",
    );
  });
});

describe("RecursionError", () => {
  const recursion = (code: string, line: number) =>
    explain("RecursionError", "maximum recursion depth exceeded", code, line);

  it("names the function that calls itself, not the one defined before it", () => {
    const e = recursion("def start():\n    return 1\n\ndef count(n):\n    print(n)\n    count(n + 1)\n\ncount(1)\n", 6);
    expect(e.title).toBe("`count` calls itself forever");
    expect(e.names).toEqual(["count"]);
    expect(e.hints[2]).toBe(
      "What could the first line inside `count` check, so that the smallest input returns at once?",
    );
  });

  it("finds a method, and a def with a space before its bracket", () => {
    const method = "class Tree:\n    def size(self):\n        return 1 + self.size()\n\nTree().size()\n";
    expect(recursion(method, 3).title).toBe("`size` calls itself forever");
    expect(recursion("def count (n):\n    count(n + 1)\n\ncount(1)\n", 2).title).toBe("`count` calls itself forever");
  });

  it("does not take a def in a comment for the student's function", () => {
    const code = "# def show(x): show(x) would never stop\ndef count(n):\n    count(n + 1)\n\ncount(1)\n";
    expect(recursion(code, 3).title).toBe("`count` calls itself forever");
  });

  it("says it in general when no function of the student's calls itself", () => {
    const e = recursion("import json\nx = []\nx.append(x)\njson.dumps(x)\n", 4);
    expect(e.title).toBe("Your function calls itself forever");
    expect(e.explanation).toMatch(/^On line 4 a function kept calling itself until Python gave up\./);
  });
});

describe("AssertionError and RuntimeError", () => {
  it("quotes an assert's message when it has one", () => {
    expect(explain("AssertionError", "", "assert 1 == 2\n").explanation).toBe(
      "On line 1 an `assert` found that its condition was False.",
    );
    expect(explain("AssertionError", "x must be positive", "assert x > 0, 'x must be positive'\n").explanation).toBe(
      "On line 1 an `assert` found that its condition was False. Its message: x must be positive",
    );
  });

  it("explains a dictionary changed inside its own loop, and any other RuntimeError in general", () => {
    const code = "d = {'a': 1}\nfor k in d:\n    del d[k]\n";
    const changed = explain("RuntimeError", "dictionary changed size during iteration", code, 2);
    expect(changed.title).toBe("You changed a collection while looping over it");
    const other = explain("RuntimeError", "boom", "raise RuntimeError('boom')\n");
    expect(other.title).toBe("Something went wrong while the program ran");
    expect(other.explanation).toBe("Python stopped on line 1 with RuntimeError: boom.");
  });
});
