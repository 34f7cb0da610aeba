import { beforeAll, describe, expect, it } from "vitest";
import { beginnerFindings, initParser } from "./beginner-rules.ts";

// Planted smells, one at a time: a beginner program with exactly that smell gets the finding on the
// right line, in the words the student reads; its clean twin gets nothing.

const rules = (code: string) => beginnerFindings(code).map((f) => `${f.rule}@${f.line}:${f.column}`);

// before the describe block's beforeAll has loaded the grammar
it("asks for initParser() before the first review", () => {
  expect(() => beginnerFindings("total = 1\n")).toThrow("initParser() first");
});

describe("beginner rules", () => {
  beforeAll(() => initParser());

  it("says a loop over range(len(items)) could loop over the items", () => {
    const code = "items = [3, 4]\nfor i in range(len(items)):\n    print(items[i])\n";
    expect(beginnerFindings(code)).toEqual([
      {
        rule: "range-len",
        line: 2,
        column: 1,
        severity: "info",
        source: "beginner",
        message: "The loop counts positions with range(len(items)) to reach each item.",
        suggestion:
          "Loop over the items directly: `for item in items:`. If you also need the position, use `enumerate(items)`.",
      },
    ]);
  });

  it("names 'the list' when len() is given nothing", () => {
    const [f] = beginnerFindings("for i in range(len()):\n    pass\n");
    expect(f?.message).toBe("The loop counts positions with range(len(the list)) to reach each item.");
  });

  it("leaves other loops alone", () => {
    const clean = [
      "for item in items:\n    print(item)\n",
      "for i in range(10):\n    print(i)\n",
      "for i in range(0, len(items)):\n    print(i)\n",
      "for i in range(abs(count)):\n    print(i)\n",
      "for i in enumerate(len(items)):\n    print(i)\n",
      "for i in range(len):\n    print(i)\n",
      "while len(items) > 0:\n    items.pop()\n",
    ];
    for (const code of clean) expect(rules(code), code).toEqual([]);
  });

  it("says a one-letter name makes readers guess, once per name, for assignments and parameters", () => {
    expect(beginnerFindings("t = 5\n")).toEqual([
      {
        rule: "one-letter-name",
        line: 1,
        column: 1,
        severity: "info",
        source: "beginner",
        message: "The name `t` is a single letter, so readers must guess what it holds.",
        suggestion: "Choose a name that says what the value means, like `total` or `price`.",
      },
    ]);
    expect(rules("t = 5\nt = 6\n")).toEqual(["one-letter-name@1:1"]);
    expect(rules("def area(w, h):\n    return w * h\n")).toEqual(["one-letter-name@1:10", "one-letter-name@1:13"]);
  });

  it("does not flag loop letters, long names, the value side, or unpacking", () => {
    const clean = [
      "i = 0\nx = 1\nn = 2\n_ = 3\nj = 4\nk = 5\ny = 6\n",
      "total = 5\n",
      "total = q\n",
      "first, second = 1, 2\n",
      "box.w = 3\n",
      "def area(width, height):\n    return width * height\n",
    ];
    for (const code of clean) expect(rules(code), code).toEqual([]);
  });

  it("warns at the innermost block when code is nested four levels deep", () => {
    const code = [
      "for row in rows:",
      "    if row:",
      "        while row:",
      "            if row[0]:",
      "                row.pop()",
      "",
    ].join("\n");
    expect(beginnerFindings(code)).toEqual([
      {
        rule: "deep-nesting",
        line: 4,
        column: 13,
        severity: "warning",
        source: "beginner",
        message: "This code is nested 4 levels deep, which is hard to follow.",
        suggestion: "Move the inner part into its own function, or return early to remove a level.",
      },
    ]);
  });

  it("counts try and with blocks, reports only the deepest, and allows three levels", () => {
    const five = [
      "with open(path) as handle:",
      "    try:",
      "        for row in handle:",
      "            if row:",
      "                if row[0]:",
      "                    print(row)",
      "    except OSError:",
      "        pass",
      "",
    ].join("\n");
    const [f, ...rest] = beginnerFindings(five);
    expect(rest).toEqual([]);
    expect([f?.line, f?.column, f?.message]).toEqual([
      5,
      17,
      "This code is nested 5 levels deep, which is hard to follow.",
    ]);
    const three = "for row in rows:\n    if row:\n        while row:\n            row.pop()\n";
    expect(rules(three)).toEqual([]);
    // a function body is not a block: three blocks inside a def are still three
    expect(rules(`def tidy(rows):\n${three.replace(/^/gm, "    ").trimEnd()}\n`)).toEqual([]);
  });
});
