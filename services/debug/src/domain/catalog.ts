import { closest } from "./names.ts";
import { explainSyntax } from "./syntax.ts";
import { explainIndex, explainMathDomain } from "./runtime.ts";
import { attributeError, indentation, nameError, typeError, unboundLocal } from "./common-errors.ts";
import { type Explainer, first } from "./explanation.ts";
import { generic } from "./general.ts";
import { type PlainCase, say } from "./texts.ts";

export type { ErrorContext, Explanation } from "./explanation.ts";

// Plain-language explanations of the errors beginners meet, built from the real message and the
// student's own code (the words: content/debug/*.yaml). Each gives a title, an explanation and a
// three-step hint ladder (nudge → concept → pointed) that never contains the corrected program.

const fixed =
  (id: PlainCase): Explainer =>
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
    return generic("generic-value")(c);
  },
  IndexError: (c) => explainIndex(c),
  KeyError: (c) => {
    const key = c.message.replace(/^['"]|['"]$/g, "");
    // keys the code writes in quotes: a variable's name is not a key. Any two one- or two-letter keys
    // are close, so those are only suggested when they differ in case
    const written = (c.code.match(/["']([^"'\n]{1,30})["']/g) ?? []).map((s) => s.slice(1, -1));
    const guess = closest(
      key,
      key.length <= 2 ? written.filter((w) => w.toLowerCase() === key.toLowerCase()) : written,
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
  ImportError: generic("generic-import"),
  RecursionError: (c) => {
    const self = [...c.code.matchAll(/^\s*def\s+(\w+)\s*\(/gm)]
      .map((x) => x[1])
      .find((f) => new RegExp(`\\b${f}\\s*\\(`).test(c.code.split(new RegExp(`def\\s+${f}\\s*\\(`))[1] ?? ""));
    return self ? say("recursion-named", c, { name: self }, [self]) : say("recursion", c);
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
    /changed size during iteration/.test(c.message) ? say("changed-size-in-loop", c) : generic("generic-runtime")(c),
  EOFError: fixed("eof-input"),
  FloatingPointError: generic("generic-floating-point"),
  LookupError: generic("generic-lookup"),
  ArithmeticError: generic("generic-arithmetic"),
  OSError: generic("generic-os"),
  SystemExit: fixed("system-exit"),
};
