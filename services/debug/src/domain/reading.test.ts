import { describe, expect, it } from "vitest";
import { cleanCause, describeValues, readAnalysis } from "./analysis.ts";
import { explainError } from "./explain.ts";
import { containsSolution, safeRung } from "./hints.ts";
import { logicCheck } from "./logic.ts";
import { closest, editDistance, identifiers, lineOf } from "./names.ts";
import { parseTraceback } from "./traceback.ts";

// How the debug tutor reads what it is given: a raw traceback, the student's names, the sandbox's
// analysis of the failing line (untrusted: it comes from the student's own process), and a program
// that runs but gives the wrong result.

describe("reading a traceback", () => {
  it("takes the type and message from the last line and the line from the student's last frame", () => {
    const tb = [
      "Traceback (most recent call last):",
      '  File "/tmp/run/main.py", line 7, in <module>',
      "    main()",
      '  File "/tmp/run/main.py", line 3, in main',
      '  File "/usr/lib/python3.12/json/__init__.py", line 346, in loads',
      "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
      "",
    ].join("\n");
    expect(parseTraceback(tb)).toEqual({
      type: "JSONDecodeError",
      message: "Expecting value: line 1 column 1 (char 0)",
      line: 3,
    });
    expect(parseTraceback("  File \"student.py\", line 2\n    x = (\nSyntaxError: '(' was never closed")).toEqual({
      type: "SyntaxError",
      message: "'(' was never closed",
      line: 2,
    });
    expect(parseTraceback("Traceback (most recent call last):\nKeyboardInterrupt")).toEqual({
      type: "KeyboardInterrupt",
      message: "",
      line: null,
    });
    expect(parseTraceback('  File "other.py", line 4\nValueError:bad')).toEqual({
      type: "ValueError",
      message: "bad",
      line: null,
    });
    expect(parseTraceback("    indented: not the error line")).toBeUndefined();
    expect(parseTraceback("")).toBeUndefined();
  });
});

describe("the student's names", () => {
  it("lists the names in the code, not in strings or comments, without keywords", () => {
    const code =
      'total = 0  # the total\nname = \'my word\'\nfor item in items:\n    total += len(item)\ns = """doc\nmore"""\n';
    expect(identifiers(code)).toEqual(["total", "name", "item", "items", "s"]);
  });

  it("finds the closest spelling within a distance that grows with the name, preferring a case slip", () => {
    expect(editDistance("totl", "total")).toBe(1);
    expect(editDistance("form", "from")).toBe(1); // a swap of two letters is one step
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(closest("totl", ["total", "tot", "totl"])).toBe("total");
    expect(closest("Total", ["totals", "total"])).toBe("total");
    expect(closest("ab", ["abcd"])).toBeUndefined(); // 2 edits is too far for a 2-letter name
    expect(closest("abc", ["abd"])).toBe("abd");
    expect(closest("value", ["valeu2"])).toBe("valeu2"); // 2 edits for a 5-letter name
    expect(closest("values", ["vaxxes"])).toBe("vaxxes");
    expect(closest("counter", ["cuontre"])).toBe("cuontre"); // 3 for a longer one
    expect(closest("counter", ["xxuntxx"])).toBeUndefined();
  });

  it("reads the text of a line by its number", () => {
    expect(lineOf("a = 1\n  b = 2\n", 2)).toBe("b = 2");
    expect(lineOf("a = 1\n", 5)).toBeUndefined();
    expect(lineOf("a = 1\n", null)).toBeUndefined();
    expect(lineOf("a = 1\n", 0)).toBeUndefined();
  });
});

describe("the sandbox's analysis", () => {
  it("accepts only the expected shape, and refuses oversized or wrong fields", () => {
    expect(readAnalysis({ cause: "x", variables: [{ name: "a", type: "int", repr: "1" }] })).toMatchObject({
      cause: "x",
    });
    expect(readAnalysis({ cause: "x".repeat(4001) })).toBeUndefined();
    expect(readAnalysis({ variables: [{ type: "int" }] })).toBeUndefined();
    expect(readAnalysis("text")).toBeUndefined();
  });

  it("describes the values on the failing line in words, at most three, skipping modules and unknown names", () => {
    expect(
      describeValues(
        [
          { name: "age", type: "int", repr: "12" },
          { name: "math", type: "module" },
          { name: "ghost", scope: "undefined" },
          { name: "skip", type: "int", repr: "1" },
          { name: "items", type: "list", repr: "x".repeat(41), len: 50 },
          { name: "total", type: "function", returnsValue: false },
          { name: "late", type: "int", repr: "9" },
        ],
        ["skip"],
      ),
    ).toBe(
      "On that line, `age` is `12` (a whole number), `items` is a list with 50 items, `total` is a " +
        "function with no `return` value.",
    );
    expect(describeValues([{ name: "f", type: "function", returnsValue: true }])).toBe(
      "On that line, `f` is a function.",
    );
    expect(describeValues([{ name: "s", type: "str", repr: "y".repeat(50), len: 50 }])).toBe(
      "On that line, `s` is text.",
    );
    expect(describeValues([{ name: "p", type: "Point", repr: "<Point>" }])).toBe(
      "On that line, `p` is `<Point>` (a Point).",
    );
    expect(describeValues([{ name: "v" }])).toBe("On that line, `v` is a value.");
    expect(describeValues([])).toBeUndefined();
    expect(describeValues(undefined)).toBeUndefined();
  });

  it("turns friendly-traceback's cause into one paragraph without the code excerpt", () => {
    expect(cleanCause("You used `x`\nbefore it had a value.\n  3: print(x)\n     ^\n")).toBe(
      "You used `x` before it had a value.",
    );
    expect(cleanCause("too short")).toBeUndefined();
    expect(cleanCause(undefined)).toBeUndefined();
  });

  it("takes the analysis's cause where ours is general, and adds only new facts where ours is specific", () => {
    const odd = {
      code: "x = 1\n",
      error: {
        type: "WeirdThing",
        message: "oops",
        line: 1,
        analysis: { cause: "The cause in plain words.", suggest: "Try something specific." },
      },
    };
    const e = explainError(odd);
    expect(e.explanation).toMatch(/^Python stopped on line 1 with WeirdThing: The cause in plain words\./);
    expect(e.hints[1]).toBe("Try something specific.");
    expect(e).not.toHaveProperty("weak");
    const specific = {
      code: "total = 0\nprint(totl)\n",
      error: {
        type: "NameError",
        message: "name 'totl' is not defined",
        line: 2,
        analysis: { cause: "Did you mean `total`? The name `totl` is new. Also `brandnew` appears." },
      },
    };
    const s = explainError(specific);
    expect(s.explanation).toContain("Also `brandnew` appears.");
    expect(s.explanation).not.toContain("Did you mean `total`?");
  });

  it("names the student's variables on the failing line, with their values when it has them", () => {
    const input = {
      code: "age = 12\nprint(ag + age)\n",
      error: {
        type: "WeirdThing",
        message: "m",
        line: 2,
        analysis: { variables: [{ name: "age", type: "int", repr: "12" }] },
      },
    };
    const e = explainError(input);
    expect(e.explanation).toContain("On that line, `age` is `12` (a whole number).");
    expect(e.names).toContain("age");
  });
});

describe("hints that never hand over code", () => {
  it("refuses code blocks, compound statements and near-copies of the student's own lines", () => {
    const code = "for item in items:\n    total = total + item\naverage = total / count + bonus\n";
    expect(containsSolution("Use `if x: y`.")).toBe(true);
    expect(containsSolution("Use `a = 1; b = 2`.")).toBe(true);
    expect(containsSolution("Try `average = total / count - bonus`.", code)).toBe(true);
    expect(containsSolution("Try `total = total + item`.", code)).toBe(false); // their own line, unchanged
    expect(containsSolution("Try `total += 1`.", code)).toBe(false); // short: an idea, not the answer
    expect(containsSolution("Use `if` here.", code)).toBe(false);
    expect(safeRung(["a", "", "c"], 2)).toEqual({ level: 1, text: "a" });
  });
});

describe("a program that runs but gives the wrong result", () => {
  it("points at a function that prints instead of returning when None shows up", () => {
    const code = "def double(n):\n    print(n * 2)\n\nprint(double(2))\n";
    const t = logicCheck(code, "4\nNone\n");
    expect(t.startsWith("It printed:\n\n```\n4\nNone\n```\n\nYour program runs, but it shows `None`")).toBe(true);
    expect(t).toContain("`double()` prints its answer instead of handing it back with `return`");
    const silent = logicCheck(code, "4\n");
    expect(silent).toContain("One thing stands out: `double()` has no `return`");
    expect(logicCheck("def f(n):\n    return n\n\nx = f(1)\n", "None")).toContain(
      "Python is doing exactly what the code says",
    );
    expect(logicCheck("def f(n):\n    print(n)\n\nf(1)\n", "")).toMatch(
      /^Your program runs without an error message, so Python/,
    );
    expect(logicCheck("x = 1\n", "1\n2\n3\n4\n5\n6\n7\n8\n")).toContain("```\n1\n2\n3\n4\n5\n6\n```");
  });
});
