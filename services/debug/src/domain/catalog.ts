import { closest } from "./names.ts";
import { explainSyntax } from "./syntax.ts";
import { explainIndex, explainMathDomain } from "./runtime.ts";
import { attributeError, indentation, nameError, recursion, typeError, unboundLocal } from "./common-errors.ts";
import { type Explainer, first, generic, q } from "./explanation.ts";
import { type DebugCase, say } from "./texts.ts";

export type { ErrorContext, Explanation } from "./explanation.ts";

// Plain-language explanations of the errors beginners meet, built from the
// real message and the student's own code (the words: content/debug/catalog.yaml). Each gives a title, an explanation
// and a three-step hint ladder (nudge → concept → pointed) that never contains
// the corrected program.

const fixed =
  (id: DebugCase): Explainer =>
  (c) =>
    say(id, c);

export const CATALOG: Record<string, Explainer> = {
  NameError: nameError,
  UnboundLocalError: unboundLocal,
  TypeError: typeError,
  AttributeError: attributeError,
  ValueError: (c) => {
    if (/math domain error/.test(c.message)) return explainMathDomain(c);
    const lit = first(/invalid literal for int\(\) with base 10: '(.*)'/, c.message);
    if (lit !== undefined) return say("value-int-literal", c, { lit });
    if (/too many values to unpack|not enough values to unpack/.test(c.message)) return say("value-unpack", c);
    return generic("ValueError", "A value has the right type but an unusable value", ["types-and-conversion"])(c);
  },
  IndexError: (c) => explainIndex(c),
  KeyError: (c) => {
    const key = c.message.replace(/^['"]|['"]$/g, "");
    const guess = closest(
      key,
      c.names.concat((c.code.match(/["']([^"'\n]{1,30})["']/g) ?? []).map((s) => s.slice(1, -1))),
    );
    return guess ? say("key-missing-guess", c, { key, guess }, [key, guess]) : say("key-missing", c, { key }, [key]);
  },
  ZeroDivisionError: fixed("zero-division"),
  SyntaxError: (c) => explainSyntax(c),
  IndentationError: (c) => indentation(c),
  TabError: fixed("tab-mixed"),
  ModuleNotFoundError: (c) => {
    const module = first(/No module named '([^']+)'/, c.message) ?? "that module";
    return say("module-not-found", c, { module }, [module]);
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
  FileNotFoundError: fixed("file-not-found"),
  PermissionError: fixed("permission"),
  IsADirectoryError: fixed("is-a-directory"),
  AssertionError: (c) => say(c.message ? "assertion-message" : "assertion", c),
  StopIteration: fixed("stop-iteration"),
  OverflowError: fixed("overflow"),
  UnicodeDecodeError: fixed("unicode-decode"),
  KeyboardInterrupt: fixed("keyboard-interrupt"),
  MemoryError: fixed("memory"),
  NotImplementedError: fixed("not-implemented"),
  RuntimeError: (c) =>
    /changed size during iteration/.test(c.message)
      ? say("changed-size-in-loop", c)
      : generic("RuntimeError", "Something went wrong while the program ran", ["debugging"])(c),
  EOFError: fixed("eof-input"),
  FloatingPointError: generic("FloatingPointError", "A decimal calculation failed", ["operators"]),
  LookupError: generic("LookupError", "A key or index was not found", ["lists"]),
  ArithmeticError: generic("ArithmeticError", "A calculation failed", ["operators"]),
  OSError: generic("OSError", "The operating system refused the request", ["reading-files"]),
  SystemExit: fixed("system-exit"),
};
