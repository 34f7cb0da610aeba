import type { Severity } from "./finding.ts";

// Plain words for every Ruff rule EmberLearn selects: the rule list is exactly these keys, so a
// student never sees Ruff's own wording or "read the message and adjust that line".

export const PLAIN: Record<string, { severity: Severity; message: (m: string) => string; suggestion: string }> = {
  SIM103: {
    severity: "info",
    message: () => "This `if` only returns `True` or `False`, which the condition already is.",
    suggestion: "Return the condition itself, like `return count > 0`.",
  },
  SIM115: {
    severity: "warning",
    message: () => "A file is opened without `with`, so it may stay open if something goes wrong.",
    suggestion: "Open it with `with open(...) as f:` so Python closes it for you.",
  },
  F632: {
    severity: "warning",
    message: () => "You compare a number or text with `is`. `is` checks for the same object, not the same value.",
    suggestion: "Use `==` to compare values.",
  },
  F541: {
    severity: "info",
    message: () => "This f-string has no `{}` inside, so the `f` does nothing.",
    suggestion: "Remove the `f`, or put a value inside `{ }`.",
  },
  F402: {
    severity: "warning",
    message: (m) => `The loop variable ${quoted(m)} has the same name as an import, and replaces it.`,
    suggestion: "Give the loop variable its own name.",
  },
  F823: {
    severity: "error",
    message: (m) => `${quoted(m)} is used in the function before it gets a value there.`,
    suggestion: "Give it a value first, or pass it in as a parameter.",
  },
  F601: {
    severity: "warning",
    message: () => "The same key appears twice in this dictionary; the second value replaces the first.",
    suggestion: "Keep each key once.",
  },
  E401: {
    severity: "info",
    message: () => "Several modules are imported on one line.",
    suggestion: "Import each module on its own line.",
  },
  E402: {
    severity: "info",
    message: () => "An import is not at the top of the file.",
    suggestion: "Move imports to the top, so readers see what the program uses.",
  },
  E703: {
    severity: "info",
    message: () => "The line ends with a `;`, which Python does not need.",
    suggestion: "Remove the semicolon.",
  },
  E713: {
    severity: "info",
    message: () => "`not x in y` is harder to read than it needs to be.",
    suggestion: "Write `x not in y`.",
  },
  E714: {
    severity: "info",
    message: () => "`not x is y` is harder to read than it needs to be.",
    suggestion: "Write `x is not y`.",
  },
  E721: {
    severity: "info",
    message: () => "Types are compared with `==`.",
    suggestion: "Use `isinstance(value, int)` to check a type.",
  },
  E902: {
    severity: "error",
    message: () => "The file could not be read.",
    suggestion: "Check the file, then try again.",
  },
  W605: {
    severity: "warning",
    message: () => "A backslash in a normal string makes an escape Python does not know, like `\\d`.",
    suggestion: 'Use a raw string: `r"\\d+"`.',
  },
  B015: {
    severity: "warning",
    message: () => "A comparison stands alone on a line, so its result is thrown away.",
    suggestion: "Did you mean `=` to store a value, or `assert` to check it?",
  },
  B018: {
    severity: "warning",
    message: () => "A value stands alone on a line and does nothing.",
    suggestion: "Remove it, print it, or store it in a variable.",
  },
  B011: {
    severity: "info",
    message: () => "`assert False` is skipped when Python runs with optimisations.",
    suggestion: "Raise an error instead: `raise AssertionError(...)`.",
  },
  B020: {
    severity: "warning",
    message: (m) => `The loop variable ${quoted(m)} replaces the thing the loop goes over.`,
    suggestion: "Give the loop variable a different name.",
  },
  N803: {
    severity: "info",
    message: (m) => `The parameter name ${quoted(m)} should be lowercase.`,
    suggestion: "Python names parameters like `item_count`.",
  },
  PLW0602: {
    severity: "info",
    message: (m) => `${quoted(m)} is declared \`global\` but never changed here.`,
    suggestion: "Remove the `global` line; reading a global needs no declaration.",
  },

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
      "A list or dictionary is used as a default value for a parameter. It is shared by every call, so changes " +
      "leak from one call to the next.",
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

export function quoted(ruffMessage: string): string {
  return /`([^`]+)`/.exec(ruffMessage)?.[0] ?? "a name";
}
