import type { ErrorContext, Explainer, Explanation } from "./explanation.ts";
import { first } from "./explanation.ts";
import { generic } from "./general.ts";
import { closest } from "./names.ts";
import { explainMissingSelf, explainNoneOperand } from "./runtime.ts";
import { phrase, say } from "./texts.ts";

// The errors beginners meet most (names, types, attributes, indentation), explained from the
// real message and the student's own code (the words: content/debug/common-errors.yaml).

const BUILTINS = (
  "print input len range int str float list dict set tuple sum max min abs round sorted enumerate zip open type " +
  "isinstance"
).split(" ");

export const nameError: Explainer = (c) => {
  const name =
    first(/name '([^']+)' is not defined/, c.message) ??
    first(/(?:free variable|local variable) '([^']+)'/, c.message) ??
    c.names.find((n) => c.lineText?.includes(n)) ??
    phrase("name-unknown");
  if (/free variable/.test(c.message)) return say("name-free-variable", c, { name }, [name]);
  // the student's own names first, then the built-ins a beginner mistypes (prnt → print)
  const guess = closest(name, c.names) ?? closest(name, BUILTINS);
  if (guess) return say("name-guess", c, { name, guess }, [name, guess]);
  return say("name-undefined", c, { name, line: c.line === null ? phrase("name-where-used") : String(c.line) }, [name]);
};

export const unboundLocal: Explainer = (c) => {
  const name =
    first(/(?:local variable|cannot access local variable) '([^']+)'/, c.message) ?? phrase("unbound-unknown");
  // a module-level name changed inside a function: a "starting value" inside would reset it every call
  return say(new RegExp(`^${name}\\s*=`, "m").test(c.code) ? "unbound-global" : "unbound-local", c, { name }, [name]);
};

export const typeError: Explainer = (c) => {
  const m = c.message;
  const ops = /unsupported operand type\(s\) for (.+?): '(\w+)' and '(\w+)'/.exec(m);
  if (ops && (ops[2] === "NoneType" || ops[3] === "NoneType")) return explainNoneOperand(c, ops[1]);
  if (ops) return say("type-operands", c, { op: ops[1], left: ops[2], right: ops[3] });
  if (/can only concatenate str \(not "(\w+)"\) to str/.test(m))
    return say("type-concatenate", c, { other: first(/not "(\w+)"/, m) ?? "" });
  const notCallable = first(/'(\w+)' object is not callable/, m);
  if (notCallable) return say("type-not-callable", c, { type: notCallable });
  const notSub = first(/'(\w+)' object is not subscriptable/, m);
  const called = notSub === "function" ? /([A-Za-z_]\w*)\s*\[/.exec(c.lineText ?? "")?.[1] : undefined;
  if (called) return say("type-function-index", c, { name: called }, [called]);
  const notIter = first(/'(\w+)' object is not iterable/, m);
  const loopOver = notIter ? /\bin\s+([A-Za-z_]\w*)\s*:?\s*$/.exec(c.lineText ?? "")?.[1] : undefined;
  if (notIter && loopOver) return say("type-not-iterable-named", c, { type: notIter, name: loopOver }, [loopOver]);
  if (notIter) return say("type-not-iterable", c, { type: notIter });
  if (notSub) return say("type-not-subscriptable", c, { type: notSub });
  const self = explainMissingSelf(c);
  if (self) return self;
  const args = /(\w+)\(\) (takes|missing) (.+)/.exec(m);
  if (args) return say("type-arguments", c, { name: args[1], detail: args[3] }, [args[1]]);
  if (/'NoneType'/.test(m)) return say("type-none", c);
  return generic("generic-type")(c);
};

export const attributeError: Explainer = (c) => {
  const m = /'(\w+)' object has no attribute '(\w+)'/.exec(c.message);
  if (!m) return generic("generic-attribute")(c);
  const [, type, attr] = m;
  if (type === "NoneType") return explainNoneOperand(c, `.${attr}`);
  // the student's own name for the value: `message` in `message.append(...)`
  const name = new RegExp(`([A-Za-z_]\\w*)\\s*\\.\\s*${attr}\\b`).exec(c.lineText ?? "")?.[1];
  const known: Record<string, string[]> = {
    list: ["append", "extend", "insert", "remove", "pop", "sort", "reverse", "index", "count", "copy", "clear"],
    str: [
      "upper",
      "lower",
      "strip",
      "split",
      "join",
      "replace",
      "startswith",
      "endswith",
      "find",
      "count",
      "format",
      "title",
      "isdigit",
    ],
    dict: ["get", "keys", "values", "items", "pop", "update", "setdefault", "copy", "clear"],
  };
  const guess = closest(attr, [...(known[type] ?? []), ...c.names]);
  const owner = name ? phrase("attribute-owner-named", { name, type }) : phrase("attribute-owner", { type });
  return guess
    ? say("attribute-guess", c, { type, attr, owner, guess }, [attr])
    : say("attribute-missing", c, { type, attr, owner }, [attr]);
};

export function indentation(c: ErrorContext): Explanation {
  const m = c.message.toLowerCase();
  if (/expected an indented block/.test(m)) return say("indent-empty-block", c);
  if (/unexpected indent/.test(m)) return say("indent-unexpected", c);
  if (/unindent does not match/.test(m)) return say("indent-unindent", c);
  return say("indent-other", c);
}
