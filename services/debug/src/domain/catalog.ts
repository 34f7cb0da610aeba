import { closest } from "./names.ts";
import { explainSyntax } from "./syntax.ts";
import { explainIndex, explainMathDomain } from "./runtime.ts";
import { attributeError, indentation, nameError, recursion, typeError, unboundLocal } from "./common-errors.ts";
import { atStart, type Explainer, first, generic, q, simple } from "./explanation.ts";

export type { ErrorContext, Explanation } from "./explanation.ts";

// Plain-language explanations of the errors beginners meet, built from the
// real message and the student's own code. Each gives a title, an explanation
// and a three-step hint ladder (nudge → concept → pointed) that never contains
// the corrected program.

export const CATALOG: Record<string, Explainer> = {
  NameError: nameError,
  UnboundLocalError: unboundLocal,
  TypeError: typeError,
  AttributeError: attributeError,
  ValueError: (c) => {
    if (/math domain error/.test(c.message)) return explainMathDomain(c);
    const lit = first(/invalid literal for int\(\) with base 10: '(.*)'/, c.message);
    if (lit !== undefined)
      return {
        title: `${q(`'${lit}'`)} is not a whole number`,
        explanation: `${atStart(c)}, \`int()\` was given the text '${lit}'. \`int()\` only works on text made of digits, like '42'.`,
        hints: [
          "What text reached `int()`? Print it first.",
          "`int()` turns digit text into a number. Decimals need `float()`. Letters or spaces cannot be converted.",
          "Check the input before converting, or handle the problem with `try` and `except ValueError`.",
        ],
        conceptIds: ["types-and-conversion", "try-except"],
        names: [],
      };
    if (/too many values to unpack|not enough values to unpack/.test(c.message))
      return {
        title: "The number of names and values do not match",
        explanation: `${atStart(c)} you unpacked values into names, like \`a, b = ...\`. ${c.message}.`,
        hints: [
          "Count the names on the left of `=`.",
          "Unpacking needs exactly one name for each value.",
          "Make the names on the left match the number of values on the right.",
        ],
        conceptIds: ["tuples"],
        names: [],
      };
    return generic("ValueError", "A value has the right type but an unusable value", ["types-and-conversion"])(c);
  },
  IndexError: (c) => explainIndex(c),
  KeyError: (c) => {
    const key = c.message.replace(/^['"]|['"]$/g, "");
    const guess = closest(
      key,
      c.names.concat((c.code.match(/["']([^"'\n]{1,30})["']/g) ?? []).map((s) => s.slice(1, -1))),
    );
    return {
      title: guess
        ? `The key ${q(key)} is not in the dictionary — did you mean ${q(guess)}?`
        : `The key ${q(key)} is not in the dictionary`,
      explanation: `${atStart(c)} you looked up ${q(key)}, but the dictionary has no such key.${guess ? ` A similar key ${q(guess)} appears in your code.` : ""}`,
      hints: [
        "Print the dictionary's keys with `print(d.keys())` just before that line.",
        "`d.get(key, default)` gives a default instead of an error. `key in d` checks first.",
        guess
          ? `Check the spelling: ${q(key)} or ${q(guess)}?`
          : "Use `in` or `.get()` for keys that might be missing.",
      ],
      conceptIds: ["dictionaries"],
      names: guess ? [key, guess] : [key],
    };
  },
  ZeroDivisionError: simple(
    "You divided by zero",
    (c) =>
      `${atStart(c)} a number was divided by zero. That has no answer, so Python stops. Often ` +
      `a count or a length is 0.`,
    [
      "Which value is the divisor on that line? Can it be 0?",
      "Check with `if` before dividing, for example when a list is empty.",
      "Handle the zero case first, for example return 0 or a message when the count is 0.",
    ],
    ["if-statements"],
  ),
  SyntaxError: (c) => explainSyntax(c),
  IndentationError: (c) => indentation(c),
  TabError: simple(
    "Tabs and spaces are mixed",
    (c) => `${atStart(c)} the indentation mixes tab characters and spaces. Python needs one style.`,
    [
      "Look at the start of that line and the lines around it.",
      "Python uses indentation to group code. Use 4 spaces for each level.",
      "Replace the tabs with spaces so every line in the block starts the same way.",
    ],
    ["syntax-and-indentation"],
  ),
  ModuleNotFoundError: (c) => {
    const mod = first(/No module named '([^']+)'/, c.message) ?? "that module";
    return {
      title: `The module ${q(mod)} is not available`,
      explanation: `${atStart(c)} you asked for ${q(mod)}. EmberLearn has only the tools that come with Python. Extra ones you would add with pip are not here. Check the spelling too.`,
      hints: [
        `Is ${q(mod)} one of the tools that come with Python? Check the spelling.`,
        "Python comes with tools like math, random, json and collections.",
        "Use one of the tools that come with Python, or write the part you need yourself.",
      ],
      conceptIds: ["importing-modules"],
      names: [mod],
    };
  },
  ImportError: generic("ImportError", "That name cannot be imported from the module", ["importing-modules"]),
  RecursionError: (c) => {
    const self = [...c.code.matchAll(/^\s*def\s+(\w+)\s*\(/gm)]
      .map((x) => x[1])
      .find((f) => new RegExp(`\\b${f}\\s*\\(`).test(c.code.split(new RegExp(`def\\s+${f}\\s*\\(`))[1] ?? ""));
    const base = recursion(c);
    if (!self) return base;
    return {
      ...base,
      title: `${q(self)} calls itself forever`,
      explanation: `${q(self)} calls ${q(self)} again every time, and no call ever stops, so Python gave up after about 1000 calls. A function that calls itself needs a stop case that returns without calling again.`,
      hints: [
        `When should ${q(self)} stop calling itself? For which input?`,
        base.hints[1],
        `What could the first line inside ${q(self)} check, so that the smallest input returns at once?`,
      ],
      names: [self],
    };
  },
  FileNotFoundError: simple(
    "The file does not exist",
    (c) => `${atStart(c)} you opened a file that is not there: ${c.message}. Check the name and the folder.`,
    [
      "Which file name is used on that line?",
      "A relative path is looked up in the current folder. Open with 'w' to create a new file.",
      "Check the spelling of the file name, or create the file before you read it.",
    ],
    ["reading-files"],
  ),
  PermissionError: simple(
    "You are not allowed to use that file",
    (c) =>
      `${atStart(c)} the file or folder cannot be opened this way (${c.message}). In EmberLearn ` +
      `you can only write in your own working folder.`,
    [
      "Which path is used on that line?",
      "Programs may only read or write where they have permission.",
      "Use a file in the current folder instead.",
    ],
    ["reading-files"],
  ),
  IsADirectoryError: simple(
    "That path is a folder, not a file",
    (c) => `${atStart(c)} you tried to open a folder as if it were a file.`,
    [
      "Which path is used on that line?",
      "`open()` works on files. `os.listdir()` lists what is in a folder.",
      "Add the file name to the path.",
    ],
    ["reading-files"],
  ),
  AssertionError: simple(
    "An assert check failed",
    (c) =>
      `${atStart(c)} an \`assert\` found that its condition was False.${c.message ? ` Its message: ${c.message}` : ""}`,
    [
      "Which condition does the `assert` check?",
      "`assert condition` stops the program when the condition is False.",
      "Print the values in the condition to see why it is False.",
    ],
    ["debugging"],
  ),
  StopIteration: simple(
    "There were no more items",
    (c) => `${atStart(c)} \`next()\` asked an iterator for another item, but it had none left.`,
    [
      "Where is `next()` called?",
      "An iterator gives items one by one until it runs out.",
      "Use a `for` loop, or give `next()` a default: `next(it, None)`.",
    ],
    ["for-loops"],
  ),
  OverflowError: simple(
    "The number is too large",
    (c) => `${atStart(c)} a calculation gave a number too large to store (${c.message}).`,
    [
      "Which calculation grows so large?",
      "Whole numbers can be huge, but decimal (float) numbers have a limit.",
      "Check the loop or formula that makes the number grow.",
    ],
    ["operators"],
  ),
  UnicodeDecodeError: simple(
    "The file's text could not be read",
    (c) => `${atStart(c)} some bytes could not be turned into text with the chosen encoding.`,
    [
      "How was the file opened?",
      "Text files have an encoding. UTF-8 is the most common.",
      'Open the file with `encoding="utf-8"`.',
    ],
    ["reading-files"],
  ),
  KeyboardInterrupt: simple(
    "The program was stopped",
    () => "The program was interrupted before it finished, usually because it ran too long.",
    [
      "Did the program wait for something?",
      "A loop that never ends keeps a program running forever.",
      "Check that every loop has a way to finish.",
    ],
    ["while-loops"],
  ),
  MemoryError: simple(
    "Your program used too much memory",
    () =>
      "Your program tried to use more memory than it may (50 MB). Usually a list keeps growing in a loop that " +
      "does not stop.",
    [
      "Which list or string keeps growing?",
      "A loop that adds items forever fills up memory.",
      "Make sure the loop ends, and do not build huge lists.",
    ],
    ["while-loops"],
  ),
  NotImplementedError: simple(
    "This part is not written yet",
    (c) => `${atStart(c)} the code says this part is not done. It is a marker for code you still need to write.`,
    [
      "Which function stops with this error?",
      "Starter code often has this marker to show what is missing.",
      "Replace the `raise` line with your own code.",
    ],
    ["functions"],
  ),
  RuntimeError: (c) =>
    /changed size during iteration/.test(c.message)
      ? {
          title: "You changed a collection while looping over it",
          explanation: `${atStart(c)} a dictionary or set was changed inside a loop over it. Python does not allow that.`,
          hints: [
            "Which collection do you loop over, and which one do you change?",
            "Loop over a copy, such as `list(d)`, if you need to change the original.",
            "Collect the changes in a new list first, then apply them after the loop.",
          ],
          conceptIds: ["dictionaries"],
          names: [],
        }
      : generic("RuntimeError", "Something went wrong while the program ran", ["debugging"])(c),
  EOFError: simple(
    "input() had nothing to read",
    (c) =>
      `${atStart(c)} \`input()\` waited for a line, but there was no more input. Type your input in the box under the editor, one answer per line.`,
    [
      "How many times does your program call `input()`?",
      "Each `input()` reads one line from the input box.",
      "Add one line to the input box for every `input()` call.",
    ],
    ["input-output"],
  ),
  FloatingPointError: generic("FloatingPointError", "A decimal calculation failed", ["operators"]),
  LookupError: generic("LookupError", "A key or index was not found", ["lists"]),
  ArithmeticError: generic("ArithmeticError", "A calculation failed", ["operators"]),
  OSError: generic("OSError", "The operating system refused the request", ["reading-files"]),
  SystemExit: simple(
    "The program called exit()",
    () => "The program stopped itself with `exit()` or `sys.exit()`.",
    [
      "Where does the program call exit?",
      "`sys.exit()` stops the whole program at once.",
      "Return from the function instead if you only want to leave it.",
    ],
    ["functions"],
  ),
};
