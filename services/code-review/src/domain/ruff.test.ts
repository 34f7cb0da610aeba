import { describe, expect, it } from "vitest";
import { ruffFindings } from "./ruff.ts";

// Ruff (WebAssembly) on real programs: each finding in the plain words a student reads, on the line and
// column Ruff gives; code that does not parse gives its first syntax problem and no style findings.

describe("ruff findings", () => {
  it("says what a selected rule found, where, in plain words", () => {
    expect(ruffFindings('print(f"hello")\n')).toEqual({
      findings: [
        {
          rule: "F541",
          line: 1,
          column: 7,
          source: "ruff",
          severity: "info",
          message: "This f-string has no `{}` inside, so the `f` does nothing.",
          suggestion: "Remove the `f`, or put a value inside `{ }`.",
        },
      ],
      syntaxError: undefined,
    });
  });

  it("puts the name Ruff quotes into the student's message", () => {
    const { findings } = ruffFindings("import os\nfor os in [1, 2]:\n    print(os)\n");
    expect(findings.map((f) => [f.rule, f.line, f.column, f.severity, f.message])).toEqual([
      ["F402", 2, 5, "warning", "The loop variable `os` has the same name as an import, and replaces it."],
    ]);
  });

  it("finds each problem once, and nothing on clean code (one-letter `l` is left to our own rule)", () => {
    const code = 'import os\nprint(f"a")\nfor os in [1]:\n    print(os, f"b")\n';
    const found = ruffFindings(code).findings.map((f) => `${f.rule}@${f.line}`);
    expect(found.sort()).toEqual(["F402@3", "F541@2", "F541@4"]);
    expect(ruffFindings("l = 1\ntotal = l + 1\nprint(total)\n")).toEqual({ findings: [], syntaxError: undefined });
  });

  it("gives only the first syntax problem, with its line, and no style findings beside it", () => {
    expect(ruffFindings('print(f"x")\nvalue = (\ntotal = 2\nz = ]\n')).toEqual({
      findings: [],
      syntaxError: { line: 3, message: "Expected `)`, found `=`" },
    });
    expect(ruffFindings("def f(:\n    pass\n").syntaxError).toEqual({
      line: 1,
      message: "Expected a parameter or the end of the parameter list",
    });
  });
});
