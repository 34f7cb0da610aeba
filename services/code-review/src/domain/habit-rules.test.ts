import { beforeAll, describe, expect, it } from "vitest";
import { beginnerFindings, initParser } from "./beginner-rules.ts";

// Planted habits, one at a time, through the real tree-sitter parse: a program with the habit gets the
// finding on the right line, in the words the student reads; its clean twin gets nothing.

const HABITS = new Set(["print-instead-of-return", "duplicate-block"]);
const habits = (code: string) => beginnerFindings(code).filter((f) => HABITS.has(f.rule));
const messages = (code: string) => habits(code).map((f) => `${f.line}:${f.column} ${f.message}`);

beforeAll(() => initParser());

describe("print instead of return", () => {
  it("says a function prints its answer while its caller uses the result, at the def", () => {
    const code = "total = 0\n\n  \ndef double(number):\n    print(number * 2)\n\nresult = double(4)\n";
    expect(habits(code)).toEqual([
      {
        rule: "print-instead-of-return",
        line: 4,
        column: 1,
        severity: "error",
        source: "beginner",
        message: "`double` prints its answer but does not return it, so the code that uses `double(...)` gets `None`.",
        suggestion: "Hand the answer back with `return`, and print it where `double` is called.",
      },
    ]);
  });

  it("reports a nested def at its own column, and a bare return or `return None` as no answer", () => {
    const nested =
      "def outer():\n    def price():\n        print(3)\n        return\n    cost = price()\n    return cost\n";
    expect(habits(nested).map((f) => [f.line, f.column, f.message.split(" ")[0]])).toEqual([[2, 5, "`price`"]]);
    const none = "def price():\n    print(3)\n    return None\n\ncost = price() + 1\n";
    expect(habits(none).map((f) => f.rule)).toEqual(["print-instead-of-return"]);
  });

  it("counts every way of using the result: an argument, a condition, a sum", () => {
    const head = "def ask():\n    print('yes')\n\n";
    for (const use of ["print(ask())", "if ask():\n    pass", "answer = ask() + '!'", "answers = [ask()]"])
      expect(messages(`${head}${use}\n`), use).toHaveLength(1);
  });

  it("stays quiet when the function returns a value, does not print, or is only called on its own line", () => {
    const clean = [
      "def double(number):\n    print(number)\n    return number * 2\n\nresult = double(4)\n",
      "def double(number):\n    show(number * 2)\n\nresult = double(4)\n",
      "def double(number):\n    print(number * 2)\n\ndouble(4)\n",
      "def double(number):\n    print(number * 2)\n\nresult = halve(4)\n",
      "def double(number):\n    printer.print(number)\n\nresult = double(4)\n",
      // a class body that prints is not a function, and using the class is not using a printed answer
      'class Greeter:\n    print("hello")\n\ngreeter = Greeter()\n',
    ];
    for (const code of clean) expect(habits(code), code).toEqual([]);
  });

  it("judges a function by its own body, not by the defs nested inside it", () => {
    // the inner def returns a value: the outer one still only prints
    const outerPrints = [
      "def report(items):",
      "    def count():",
      "        return len(items)",
      "    print(count)",
      "",
      "shown = report([1])",
      "",
    ].join("\n");
    expect(habits(outerPrints).map((f) => f.message.split(" ")[0])).toEqual(["`report`"]);
    // the inner def prints: the outer one does not, and returns nothing, but that is not this habit
    const innerPrints = [
      "def report(items):",
      "    def show():",
      "        print(items)",
      "    items.sort()",
      "",
      "shown = report([1])",
      "",
    ].join("\n");
    expect(habits(innerPrints)).toEqual([]);
  });
});

describe("duplicate blocks", () => {
  const block = (name: string, value: string) => [
    `${name} = int(input("Price? "))`,
    `${name} = ${name} * ${value}`,
    `print("Total:", ${name})`,
  ];

  it("says which lines repeat which, up to renamed variables and changed values", () => {
    const code = [...block("price", "2"), ...block("cost", "3.5")].join("\n");
    expect(habits(code)).toEqual([
      {
        rule: "duplicate-block",
        line: 4,
        column: 1,
        severity: "warning",
        source: "beginner",
        message: "Lines 4–6 repeat lines 1–3 with only names or values changed.",
        suggestion: "Put the repeated lines in a function (or a loop) and use it twice, so a fix happens in one place.",
      },
    ]);
  });

  it("grows the copy as far as it goes, ignores indentation and reports a third copy no more", () => {
    const four = [...block("price", "2"), "print('Thanks for shopping')"];
    const code = ["def first():", ...four, "", "def second():", ...four.map((l) => `    ${l}`)].join("\n");
    expect(messages(code)).toEqual(["7:1 Lines 7–11 repeat lines 1–5 with only names or values changed."]);
    const three = [...block("one", "1"), ...block("two", "2"), ...block("six", "3"), ""].join("\n");
    expect(messages(three)).toEqual(["4:1 Lines 4–6 repeat lines 1–3 with only names or values changed."]);
  });

  it("finds a copy that ends on the file's last line, with or without a final newline", () => {
    const lines = ["items = []", ...block("price", "2"), "items.append(1)", ...block("cost", "3")];
    const expected = ["6:1 Lines 6–8 repeat lines 2–4 with only names or values changed."];
    expect(messages(lines.join("\n"))).toEqual(expected);
    expect(messages(`${lines.join("\n")}\n`)).toEqual(expected);
  });

  it("sees strings with either quote, escaped quotes and numbers with decimals as values", () => {
    const first = ['label = "it\'s \\"done\\""', "amount = 12.50 + 3", "shown = label + str(amount)"];
    const second = ["label = 'no'", "amount = 7 + 0.5", "shown = label + str(amount)"];
    expect(messages([...first, ...second].join("\n"))).toHaveLength(1);
  });

  it("does not call different code a copy: other keywords, or names that repeat differently", () => {
    const loops = ["for item in items:", "    total = total + item", "    print(total, item)"];
    const whiles = ["while item in items:", "    total = total + item", "    print(total, item)"];
    const renamed = ["for item in items:", "    total = other + item", "    print(total, item)"];
    expect(messages([...loops, ...whiles].join("\n"))).toEqual([]);
    expect(messages([...loops, ...renamed].join("\n"))).toEqual([]);
    // a name used twice is one placeholder: `total = price + total` is not `total = price + tax`
    const reused = ["price = int(input())", "total = price + total", "print(total, price)"];
    const fresh = ["price = int(input())", "total = price + tax", "print(total, price)"];
    expect(messages([...reused, ...fresh].join("\n"))).toEqual([]);
  });

  it("needs three lines of six characters or more that are not comments and not all the same", () => {
    const short = ["a = 10", "b = 20", "c = a+b"];
    expect(messages([...short, ...short].join("\n"))).toHaveLength(1);
    const tooShort = ["a = 1", "b = 20", "c = a+b"];
    expect(messages([...tooShort, ...tooShort].join("\n"))).toEqual([]);
    const comments = ["# add the prices", "total = a + b", "print(total)"];
    expect(messages([...comments, ...comments].join("\n"))).toEqual([]);
    const twoLines = ["total = a + b", "print(total)"];
    expect(messages([...twoLines, "", ...twoLines].join("\n"))).toEqual([]);
    const same = Array.from({ length: 6 }, () => "count += 1");
    expect(messages(same.join("\n"))).toEqual([]);
    const twoKinds = ["count += 1", "count += 1", "print(count)"];
    expect(messages([...twoKinds, ...twoKinds].join("\n"))).toHaveLength(1);
  });

  it("does not call overlapping lines a copy, but does an adjacent one", () => {
    const overlap = ["left = 1", "right = 2", "left = 1", "right = 2", "left = 1"];
    expect(messages(overlap.join("\n"))).toEqual([]);
    // two different copies back to back: the second starts right where the first one ends
    const first = block("price", "2");
    const second = ["for item in items:", "    print(item, item)", "    items.remove(item)"];
    const code = [...first, "print('--------')", ...second, ...block("cost", "3"), ...second].join("\n");
    expect(messages(code)).toEqual([
      "8:1 Lines 8–10 repeat lines 1–3 with only names or values changed.",
      "11:1 Lines 11–13 repeat lines 5–7 with only names or values changed.",
    ]);
  });
});
