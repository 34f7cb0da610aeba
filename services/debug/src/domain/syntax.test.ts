import { describe, expect, it } from "vitest";
import { explainError } from "./explain.ts";

// Syntax errors read from CPython 3.11's own messages (the exact words `compile()` gives, checked with
// python3) and the student's line: the case each program gets, and how it quotes the line.

const syntax = (code: string, message: string, line = 1) =>
  explainError({ code, error: { type: "SyntaxError", message, line } });
const title = (code: string, message: string, line = 1) => syntax(code, message, line).title;

describe("names and assignments", () => {
  it("says a keyword was used as a name, whether with =, += or -=", () => {
    const e = syntax("class = 5\n", "invalid syntax");
    expect(e.title).toBe("`class` is a Python keyword, not a variable name");
    expect(e.explanation).toBe(
      "On line 1 (`class = 5`): `class` has a special meaning in Python, so it cannot hold a value. " +
        "Pick another name, like `my_class`.",
    );
    expect(e.names).toEqual(["class"]);
    expect(title("for += 1\n", "invalid syntax")).toBe("`for` is a Python keyword, not a variable name");
    expect(title("  lambda -= 1\n", "invalid syntax")).toBe("`lambda` is a Python keyword, not a variable name");
    // `==` after a keyword is a comparison, not an assignment
    expect(title("lambda == 2\n", "invalid syntax")).toBe("Python cannot understand this line");
  });

  it("calls None, True and False constants, not keywords used as names", () => {
    expect(title("None = 1\n", "cannot assign to None")).toBe("`None` cannot be given a new value");
    expect(title("True = 1\n", "cannot assign to True")).toBe("`True` cannot be given a new value");
    expect(title("False = 0\n", "cannot assign to False")).toBe("`False` cannot be given a new value");
  });

  it("reads a bad left side outside a condition as an assignment, and inside one as = for ==", () => {
    const call = "cannot assign to function call here. Maybe you meant '==' instead of '='?";
    expect(title("f() = 1\n", call)).toBe("You cannot store a value in a function call");
    const literal = "cannot assign to literal here. Maybe you meant '==' instead of '='?";
    expect(title("1 = x\n", literal)).toBe("You cannot store a value in a literal");
    expect(title("if 1 = x:\n    pass\n", literal)).toBe("= and == were mixed up");
    expect(title("elif 1 = x:\n    pass\n", literal)).toBe("= and == were mixed up");
  });

  it("finds = for == in a condition from the message or from the line itself, but not a :=", () => {
    const mixed = "= and == were mixed up";
    expect(title("if x = 1:\n    pass\n", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")).toBe(mixed);
    expect(title("while x = 1:\n    pass\n", "invalid syntax")).toBe(mixed);
    expect(title("while (n := n - 1) = 0:\n    pass\n", "invalid syntax")).toBe("Python cannot understand this line");
    expect(title("x = 1 if y = 2 else 3\n", "invalid syntax")).toBe("Python cannot understand this line");
  });
});

describe("brackets", () => {
  it("names the two kinds of a mismatched pair and the one that would close it", () => {
    const e = syntax("x = (1, 2]\n", "closing parenthesis ']' does not match opening parenthesis '('");
    expect(e.title).toBe("The square bracket `]` does not match the round bracket `(`");
    expect(e.explanation).toBe(
      "On line 1 (`x = (1, 2]`): a bracket opened with `(` must close with `)`, but it closes with `]`.",
    );
    expect(title("x = {1: 2)\n", "closing parenthesis ')' does not match opening parenthesis '{'")).toBe(
      "The round bracket `)` does not match the curly bracket `{`",
    );
    const square = syntax("x = [1, 2}\n", "closing parenthesis '}' does not match opening parenthesis '['");
    expect(square.title).toBe("The curly bracket `}` does not match the square bracket `[`");
    expect(square.explanation).toMatch(/opened with `\[` must close with `\]`/);
  });

  it("pairs an extra closing bracket with its opener", () => {
    expect(syntax("x = 1)\n", "unmatched ')'").explanation).toMatch(/there is a `\)` with no `\(` before it/);
    expect(syntax("x = 1]\n", "unmatched ']'").explanation).toMatch(/there is a `\]` with no `\[` before it/);
    expect(syntax("x = 1}\n", "unmatched '}'").explanation).toMatch(/there is a `\}` with no `\{` before it/);
  });

  it("pairs a bracket never closed with its closer, and reads an unexpected end of the program", () => {
    expect(syntax("x = (1, 2\n", "'(' was never closed").explanation).toMatch(/the `\(` opened here has no `\)`/);
    expect(syntax("x = [1, 2\n", "'[' was never closed").explanation).toMatch(/the `\[` opened here has no `\]`/);
    expect(syntax("x = {1: 2\n", "'{' was never closed").explanation).toMatch(/the `\{` opened here has no `\}`/);
    expect(title("print((1)\n", "unexpected EOF while parsing")).toBe("A bracket is never closed");
  });
});

describe("CPython's other precise messages", () => {
  it("gives each its own case", () => {
    const cases: [string, string, string][] = [
      ["x = 'abc\n", "unterminated string literal (detected at line 1)", "A string is missing its closing quote"],
      [
        "x = '''abc\n",
        "unterminated triple-quoted string literal (detected at line 1)",
        "A string is missing its closing quote",
      ],
      [
        "print 'hi'\n",
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        "print needs round brackets",
      ],
      ["x = [1 2]\n", "invalid syntax. Perhaps you forgot a comma?", "A comma seems to be missing"],
      ["2x = 1\n", "invalid decimal literal", "A name starts with a digit, or a number has letters in it"],
      ["x = 0xZ\n", "invalid hexadecimal literal", "A name starts with a digit, or a number has letters in it"],
      ["return 1\n", "'return' outside function", "`return` is outside a function"],
      ["break\n", "'break' outside loop", "`break`/`continue` is outside a loop"],
      ["continue\n", "'continue' not properly in loop", "`break`/`continue` is outside a loop"],
      [
        "f(a=1, 2)\n",
        "positional argument follows keyword argument",
        "Plain values must come before name=value arguments",
      ],
      ["def f(a=1, b):\n", "non-default argument follows default argument", "Parameters with defaults must come last"],
      ["x = 012\n", "leading zeros in decimal integer literals are not permitted", "A number starts with 0"],
      ["x = 1 \u2013 2\n", "invalid character '\u2013' (U+2013)", "There is a character Python cannot read"],
      ["x = 1\u200b\n", "invalid non-printable character U+200B", "There is a character Python cannot read"],
    ];
    expect(cases.map(([code, message]) => title(code, message))).toEqual(cases.map(([, , t]) => t));
    expect(title("try:\n    x = 1\nprint(x)\n", "expected 'except' or 'finally' block", 3)).toBe(
      "`try` needs an `except`",
    );
    expect(syntax("print 'hi'\n", "Missing parentheses in call to 'print'. Did you mean print(...)?").names).toEqual([
      "print",
    ]);
    expect(syntax("x = [1 2]\n", "invalid syntax. Perhaps you forgot a comma?").names).toEqual([]);
  });
});

describe("colons and elif", () => {
  it("reads `else if` as elif and a block line without its colon as a missing colon", () => {
    expect(title("if x:\n    pass\nelse if y:\n    pass\n", "expected ':'", 3)).toBe(
      "Python writes `else if` as `elif`",
    );
    expect(title("if x\n    pass\n", "expected ':'")).toBe("A colon is missing");
    expect(title("while x\n    pass\n", "invalid syntax")).toBe("A colon is missing");
    expect(title("x = 1\n", "expected ':'")).toBe("A colon is missing");
    expect(title("if x:\n    pass\n", "expected ':'")).toBe("Python cannot understand this line");
  });

  it("quotes the line, at most 80 characters, or only says where when there is no line", () => {
    const long = `x = ${"1 + ".repeat(30)}= 2\n`;
    expect(syntax(long, "invalid syntax").explanation).toBe(
      `On line 1 (\`${long.trim().slice(0, 80)}\`): the grammar of the line is not valid Python (invalid syntax).`,
    );
    expect(syntax("", "invalid syntax").explanation).toBe(
      "On line 1: the grammar of the line is not valid Python (invalid syntax).",
    );
  });
});
