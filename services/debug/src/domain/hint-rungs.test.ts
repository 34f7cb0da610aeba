import { describe, expect, it } from "vitest";
import { first } from "./explanation.ts";
import { containsSolution, FALLBACK_HINT, nextHint, safeRung } from "./hints.ts";
import { closest, editDistance, identifiers } from "./names.ts";

// The hint ladder's guard at its edges (what counts as handing over the answer), the rung a student
// gets for any level they ask for, and the name helpers' boundaries the explanations rely on.

const CODE = "total = price * count\nprint(total)\n";

describe("what counts as handing over code", () => {
  it("refuses a code block, a block statement with its body, and two statements in one span", () => {
    expect(containsSolution("Like this:\n```\nx = 1\n```")).toBe(true);
    for (const span of ["for item in items: print(item)", "if ok:  stop()", "def add(a): return a", "a = 1; b = 2"])
      expect(containsSolution(`Try \`${span}\`.`), span).toBe(true);
    for (const span of ["for item in items:", "if total > 10", "print(total)", "the `while` loop"])
      expect(containsSolution(`Look at \`${span}\`.`), span).toBe(false);
  });

  it("refuses a student's line rewritten when 70% of its words are shared, not the line itself", () => {
    expect(containsSolution("Write `total = price * count + 1`?", CODE)).toBe(true);
    expect(containsSolution("Write ` total = price * count + 1 `?", CODE)).toBe(true);
    // 2 of 3 words (67%) is not a copy, the unchanged line is only quoted, and short spans are fine
    expect(containsSolution("Write `total = price * counts`?", CODE)).toBe(false);
    expect(containsSolution("Look at `total = price * count`.", CODE)).toBe(false);
    expect(containsSolution("Try `total = count`.", "total = counts\n")).toBe(false);
    // lines of 8 characters or fewer are not compared
    expect(containsSolution("Try `total = 1 + 2 + 3`.", "total=1\n")).toBe(false);
    expect(containsSolution("Try `totals = 1 + 2 + 3`.", "totals = 1 + 2\n")).toBe(true);
    expect(containsSolution("Try `ab = c + d + 1`.", "ab = c+d\n")).toBe(false);
    expect(containsSolution("Try `abc = c + d + 1`.", "abc = c+d\n")).toBe(true);
    // the student's own line, padded with spaces, is still only quoted
    expect(containsSolution("Look at ` total = price * count `.", CODE)).toBe(false);
    // spans of 12 characters or fewer are not compared
    expect(containsSolution("Try `ab = c + d+1`.", "ab = c + d + 2\n")).toBe(false);
  });

  it("measures a near-copy against the longer of the two, from exactly 70%", () => {
    const line = "v = a + b + c + d + e + f + g + h + i\n";
    expect(containsSolution("Try `v = a + b + c + d + e + f + x + y + z`.", line)).toBe(true);
    expect(containsSolution("Try `v = a + b + c + d + e + x + y + z + w`.", line)).toBe(false);
    expect(containsSolution("Try `v = a + b + c`.", line)).toBe(false);
  });

  it("looks for a block statement only at the start of a span, with or without a space after the colon", () => {
    expect(containsSolution("Try `for item in items:print(item)`.")).toBe(true);
    expect(containsSolution("Try `print('for x: y')`.")).toBe(false);
  });
});

describe("the rung a student gets", () => {
  const hints = ["Read line 1.", "A loop repeats.", "Use `for item in items: print(item)`?"];

  it("gives the rung asked for, or the nearest lower one that hands over nothing", () => {
    expect(safeRung(hints, 2)).toEqual({ level: 2, text: "A loop repeats." });
    expect(safeRung(hints, 3)).toEqual({ level: 2, text: "A loop repeats." });
    expect(safeRung(["", "A loop repeats.", "x"], 1)).toEqual({ level: 1, text: FALLBACK_HINT });
    expect(safeRung(["```x```", "```y```", "```z```"], 3)).toEqual({ level: 1, text: FALLBACK_HINT });
    expect(FALLBACK_HINT).toMatch(/^Read the line the error points at/);
  });

  it("clamps the level asked for to 1–3, whole rungs only, and says there are 3", () => {
    const input = {
      code: "print(totl)\n",
      error: { type: "NameError", message: "name 'totl' is not defined", line: 1 },
    };
    const levels = [-2, 0, 1, 2.9, 3, 7].map((level) => nextHint({ ...input, level }));
    expect(levels.map((h) => [h.level, h.of])).toEqual([
      [1, 3],
      [1, 3],
      [1, 3],
      [2, 3],
      [3, 3],
      [3, 3],
    ]);
    expect(new Set(levels.map((h) => h.text)).size).toBe(3);
  });
});

describe("name helpers", () => {
  it("takes a regular expression's first group, or nothing", () => {
    expect(first(/name '(\w+)'/, "name 'totl' is not defined")).toBe("totl");
    expect(first(/name '(\w+)'/, "no quotes here")).toBeUndefined();
  });

  it("skips strings with escaped quotes, triple quotes over lines and comments", () => {
    const code = "label = \"say \\\"hi\\\" now\"\nnote = 'it\\'s ok'\n'''one\ntwo'''\ncount = 1 # later total\n";
    expect(identifiers(code)).toEqual(["label", "note", "count"]);
    expect(identifiers("")).toEqual([]);
  });

  it("allows 1 edit up to 3 letters, 2 up to 6, and keeps the first of two equally close names", () => {
    expect(closest("abc", ["axy"])).toBeUndefined();
    expect(closest("abcdef", ["abxyef"])).toBe("abxyef");
    expect(closest("abcdef", ["axyzef"])).toBeUndefined();
    expect(closest("abcdefg", ["axyzefg"])).toBe("axyzefg");
    expect(closest("totl", ["tota", "total"])).toBe("tota");
    expect(closest("totl", ["total", "tota"])).toBe("total");
    expect(closest("TOTL", ["totl", "tot"])).toBe("totl");
    expect(closest("item", [])).toBeUndefined();
  });

  it("counts a swap of neighbours as one edit, and not a swap further apart", () => {
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("abc", "cba")).toBe(2);
    expect(editDistance("abcd", "acbd")).toBe(1);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});
