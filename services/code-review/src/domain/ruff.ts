import { createRequire } from "node:module";
import type { Finding, Severity } from "./finding.ts";

// Ruff, compiled to WebAssembly, with the rules that matter to a beginner, and
// its most common messages rewritten in plain language. Initialised once.

type RuffDiagnostic = { code: string | null; message: string; start_location: { row: number; column: number } };
type Workspace = { check(code: string): RuffDiagnostic[] };

const SETTINGS = {
  "line-length": 100,
  lint: {
    select: [
      "F",
      "E4",
      "E7",
      "E9",
      "W6",
      "B",
      "A",
      "N8",
      "SIM102",
      "SIM108",
      "C901",
      "PLR0915",
      "PLR1714",
      "PLW0602",
      "PLW0603",
    ],
    ignore: ["E741"],
    mccabe: { "max-complexity": 10 },
    pylint: { "max-statements": 30 },
  },
};

let workspace: Workspace | undefined;
function ruff(): Workspace {
  if (!workspace) {
    const require = createRequire(import.meta.url);
    const wasm = require("@astral-sh/ruff-wasm-nodejs") as {
      Workspace: new (s: unknown, enc: number) => Workspace;
      PositionEncoding: { Utf16: number };
    };
    workspace = new wasm.Workspace(SETTINGS, wasm.PositionEncoding.Utf16);
  }
  return workspace;
}

const PLAIN: Record<string, { severity: Severity; message: (m: string) => string; suggestion: string }> = {
  F401: {
    severity: "info",
    message: (m) => `You import ${quoted(m)} but never use it.`,
    suggestion: "Remove imports you do not use, so readers know what the program needs.",
  },
  F841: {
    severity: "warning",
    message: (m) => `The variable ${quoted(m)} gets a value but is never used.`,
    suggestion: "Remove it, or use it. An unused variable often means a step is missing.",
  },
  F821: {
    severity: "error",
    message: (m) => `The name ${quoted(m)} is used but never defined.`,
    suggestion: "Check the spelling, and make sure it gets a value before this line.",
  },
  F811: {
    severity: "warning",
    message: (m) => `${quoted(m)} is defined twice; the second one replaces the first.`,
    suggestion: "Give each function or variable its own name.",
  },
  B006: {
    severity: "warning",
    message: () =>
      "A list or dictionary is used as a default value for a parameter. It is shared by every call, so changes leak from one call to the next.",
    suggestion: "Use `None` as the default, and create a new list inside the function when it is `None`.",
  },
  B007: {
    severity: "info",
    message: (m) => `The loop variable ${quoted(m)} is never used inside the loop.`,
    suggestion: "Name it `_` to show it is not needed.",
  },
  E711: {
    severity: "warning",
    message: () => "You compare with `None` using `==`.",
    suggestion: "Use `is None` or `is not None` to check for None.",
  },
  E712: {
    severity: "warning",
    message: () => "You compare with `True` or `False` using `==`.",
    suggestion: "Use the condition itself: `if done:` or `if not done:`.",
  },
  E722: {
    severity: "warning",
    message: () => "A bare `except:` catches every error, even ones you did not expect, and hides bugs.",
    suggestion: "Catch the error you expect, for example `except ValueError:`.",
  },
  E701: {
    severity: "info",
    message: () => "Several statements share one line after a colon.",
    suggestion: "Put the body of `if`, `for` or `while` on its own indented line.",
  },
  E702: {
    severity: "info",
    message: () => "Two or more statements share one line, split by a `;`.",
    suggestion: "Put each statement on its own line.",
  },
  E731: {
    severity: "info",
    message: () => "A lambda is stored in a variable.",
    suggestion: "Use `def` to give the function a proper name.",
  },
  A001: {
    severity: "warning",
    message: (m) => `The variable ${quoted(m)} hides a built-in function with the same name.`,
    suggestion: "Pick another name, so the built-in still works later in your program.",
  },
  A002: {
    severity: "warning",
    message: (m) => `The parameter ${quoted(m)} hides a built-in function with the same name.`,
    suggestion: "Pick a different name for it, so the built-in still works.",
  },
  B008: {
    severity: "info",
    message: () => "A function call is used as a default value; it runs only once.",
    suggestion: "Use `None` as the default and make the call inside the function.",
  },
  C901: {
    severity: "warning",
    message: () => "This function has many branches and is hard to follow.",
    suggestion: "Split it into smaller functions that each do one job.",
  },
  PLR0915: {
    severity: "warning",
    message: () => "This function is very long.",
    suggestion: "Split it into smaller functions with clear names.",
  },
  PLR1714: {
    severity: "info",
    message: () => "The same variable is compared with `==` several times, joined by `or`.",
    suggestion: "Use `in` with a tuple, like `x in (1, 2, 3)`.",
  },
  PLW0603: {
    severity: "warning",
    message: () => "The function changes a global variable.",
    suggestion: "Pass values in as parameters and return the result instead.",
  },
  N802: {
    severity: "info",
    message: (m) => `The function name ${quoted(m)} should be lowercase_with_underscores.`,
    suggestion: "Python names functions like `total_price`.",
  },
  N806: {
    severity: "info",
    message: (m) => `The variable name ${quoted(m)} should be lowercase.`,
    suggestion: "Python names variables like `total_price`.",
  },
  N801: {
    severity: "info",
    message: (m) => `The class name ${quoted(m)} should use CapWords.`,
    suggestion: "Python names classes like `BankAccount`.",
  },
  SIM102: {
    severity: "info",
    message: () => "Two `if` statements are nested where one would do.",
    suggestion: "Join the conditions with `and` in one `if`.",
  },
  SIM108: {
    severity: "info",
    message: () => "This `if`/`else` only picks a value.",
    suggestion: "That can be one line: `x = a if condition else b` (only if it stays easy to read).",
  },
};

function quoted(ruffMessage: string): string {
  return /`([^`]+)`/.exec(ruffMessage)?.[0] ?? "a name";
}

export function ruffFindings(code: string): { findings: Finding[]; syntaxError?: { line: number; message: string } } {
  const findings: Finding[] = [];
  let syntaxError: { line: number; message: string } | undefined;
  for (const d of ruff().check(code)) {
    if (!d.code || d.code === "invalid-syntax" || d.message.startsWith("SyntaxError")) {
      syntaxError ??= { line: d.start_location.row, message: d.message.replace(/^SyntaxError:\s*/, "") };
      continue;
    }
    const plain = PLAIN[d.code];
    findings.push({
      rule: d.code,
      line: d.start_location.row,
      column: d.start_location.column,
      source: "ruff",
      severity: plain?.severity ?? (d.code.startsWith("E9") ? "error" : "info"),
      message: plain ? plain.message(d.message) : d.message,
      suggestion: plain?.suggestion ?? "Read the message and adjust that line.",
    });
  }
  return { findings, syntaxError };
}
