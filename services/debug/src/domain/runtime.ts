import type { ErrorContext, Explanation } from "./catalog.ts";

// Runtime errors where the message alone misleads a beginner: an index past the end (with the real
// index and length when the harness measured them), None from a function that prints instead of
// returning, a method without `self`, and math functions outside their domain.

const q = (s: string) => `\`${s}\``;
const BUILTIN_CALLS = new Set(
  "print input len range int str float list dict set tuple sum max min abs round sorted".split(" "),
);
const at = (c: ErrorContext) => (c.line ? `On line ${c.line}` : "In your code");

export function explainIndex(c: ErrorContext): Explanation {
  const sub = /([A-Za-z_]\w*)\s*\[([^\]]+)\]/.exec(c.lineText ?? "");
  const seq = sub?.[1];
  const idx = sub?.[2]?.trim();
  const cause = c.analysis?.cause ?? "";
  const vars = c.analysis?.variables ?? [];
  const length =
    /length `(\d+)`/.exec(cause)?.[1] ?? (seq ? vars.find((v) => v.name === seq)?.len?.toString() : undefined);
  const index =
    /index `(-?\d+)`/.exec(cause)?.[1] ?? (idx && /^-?\d+$/.test(idx) ? idx : vars.find((v) => v.name === idx)?.repr);
  const kind = /string/.test(c.message) ? "text" : /tuple/.test(c.message) ? "tuple" : "list";
  const asked = seq && idx ? q(`${seq}[${idx}]`) : "a position";
  const facts =
    length !== undefined
      ? ` ${seq ? q(seq) : "It"} has ${length} item${length === "1" ? "" : "s"}, so its positions go from 0 to ${Number(length) - 1}${index !== undefined ? `, and ${q(idx ?? index)} is ${index}` : ""}.`
      : ` Positions start at 0, so the last one is ${q(`len(${seq ?? "items"}) - 1`)}.`;
  return {
    title: seq ? `${q(seq)} has no item at position ${index ?? idx}` : "The index is outside the list",
    explanation: `${at(c)} you asked for ${asked}, a position the ${kind} does not have.${facts}`,
    hints: [
      `How many items does ${seq ? q(seq) : "the list"} have at that moment? Print ${q(`len(${seq ?? "items"})`)} just before the line.`,
      `Positions start at 0, so the last one is ${q(`len(${seq ?? "items"}) - 1`)}. A loop that counts up to the length goes one step too far.`,
      `Which value of ${idx ? q(idx) : "the index"} is the first one that is too big?`,
    ],
    conceptIds: ["lists"],
    names: [seq, idx].filter((n): n is string => Boolean(n && /^[A-Za-z_]\w*$/.test(n))),
  };
}

/** `f() + 1` where `f` prints its answer: the None comes from the missing `return`. */
export function explainNoneOperand(c: ErrorContext, op: string): Explanation {
  const line = c.lineText ?? "";
  // the student's own functions called on the line (not built-ins, not methods after a dot)
  const calls = [...line.matchAll(/(?<![.\w])([A-Za-z_]\w*)\s*\(/g)]
    .map((m) => m[1])
    .filter((f) => !BUILTIN_CALLS.has(f) && new RegExp(`def\\s+${f}\\s*\\(`).test(c.code));
  const silent = calls.find(
    (f) =>
      definedWithoutReturn(c.code, f) || c.analysis?.variables?.some((v) => v.name === f && v.returnsValue === false),
  );
  const noneVar = c.analysis?.variables?.find((v) => v.type === "NoneType")?.name;
  if (silent)
    return {
      title: `${q(`${silent}()`)} gives back None, so ${q(op)} has nothing to work with`,
      explanation: `${at(c)} you use the result of ${q(`${silent}()`)}, but ${q(silent)} has no ${q("return")} with a value, so its result is ${q("None")}. Printing shows a value on the screen; only ${q("return")} hands it back to the code that called the function.`,
      hints: [
        `What does ${q(silent)} give back to the line that calls it?`,
        `${q("print")} shows a value; ${q("return")} hands it back. A function without ${q("return")} ` +
          `gives back ${q("None")}.`,
        `Which line in ${q(silent)} should hand the answer back instead of printing it?`,
      ],
      conceptIds: ["return-values"],
      names: [silent],
    };
  const who = noneVar ?? (calls[0] ? `${calls[0]}()` : undefined);
  if (!noneVar && calls[0])
    return {
      title: `${q(`${calls[0]}()`)} gave back None`,
      explanation: `${at(c)} you use what ${q(`${calls[0]}()`)} gives back, but this time it was ${q("None")}: the call ended without reaching a ${q("return")} with a value. So ${q(op)} has nothing to work with.`,
      hints: [
        `Follow ${q(calls[0])} with the same input, line by line. Which ${q("return")} does it reach?`,
        `A function that ends without ${q("return")} gives back ${q("None")}, even if another branch returns a value.`,
        `What should ${q(calls[0])} give back when none of its ${q("if")} branches matches?`,
      ],
      conceptIds: ["return-values"],
      names: [calls[0]],
    };
  return {
    title: `A value is None where a number or text was expected`,
    explanation: `${at(c)} ${who ? `${q(who)} is` : "one of the values is"} ${q("None")}, so ${q(op)} cannot use it. ${q("None")} usually comes from a function without ${q("return")}, or from keeping the result of ${q(".sort()")} or ${q(".append()")}.`,
    hints: [
      `Print ${who ? q(who) : "each value"} just before that line. Which one is ${q("None")}?`,
      `A function without ${q("return")} gives back ${q("None")}. So do ${q("list.sort()")} and ${q("list.append()")}.`,
      `Where does ${who ? q(who) : "that value"} get its value, and does that step hand anything back?`,
    ],
    conceptIds: ["return-values"],
    names: who ? [who] : [],
  };
}

export function explainMissingSelf(c: ErrorContext): Explanation | undefined {
  const m = /(?:(\w+)\.)?(\w+)\(\) takes (\d+) positional arguments? but (\d+) (?:were|was) given/.exec(c.message);
  if (!m || Number(m[4]) !== Number(m[3]) + 1) return undefined;
  const method = m[2];
  const def = new RegExp(`^\\s+def\\s+${method}\\s*\\(([^)]*)\\)`, "m").exec(c.code);
  if (!def || /^\s*self\b/.test(def[1])) return undefined;
  return {
    title: `The method ${q(method)} is missing ${q("self")}`,
    explanation: `${at(c)} you call ${q(`.${method}()`)} on an object. Python then passes the object itself as the first value, named ${q("self")} by habit. Your ${q(`def ${method}(${def[1].trim()})`)} line has no place for it, so Python counts one value too many.`,
    hints: [
      `Look at the ${q(`def ${method}`)} line inside the class${m[1] ? ` ${q(m[1])}` : ""}. What is its first parameter?`,
      `Every method's first parameter receives the object: ${q("def describe(self):")}.`,
      `What should be the first name inside the brackets of ${q(`def ${method}(...)`)}?`,
    ],
    conceptIds: ["init-and-self"],
    names: [method],
  };
}

export function explainMathDomain(c: ErrorContext): Explanation {
  const call = /(math\.\w+)\s*\(([^)]*)\)/.exec(c.lineText ?? "");
  const fn = call?.[1] ?? "math function";
  const arg = call?.[2]?.trim();
  const value =
    c.analysis?.variables?.find((v) => v.name === arg)?.repr ?? (arg && /^-?[\d.]+$/.test(arg) ? arg : undefined);
  const limits: Record<string, string> = {
    "math.sqrt": "0 or a positive number",
    "math.log": "a number above 0",
    "math.log10": "a number above 0",
    "math.acos": "a number from -1 to 1",
    "math.asin": "a number from -1 to 1",
  };
  const needs = limits[fn] ?? "a value inside its allowed range";
  return {
    title: `${q(fn)} cannot work with ${value !== undefined ? q(value) : "that value"}`,
    explanation: `${at(c)} ${q(fn)} got ${arg ? `${q(arg)}${value !== undefined && value !== arg ? `, which is ${q(value)}` : ""}` : "a value"}. It only works with ${needs}, so Python stops with "math domain error".`,
    hints: [
      `What is the value of ${arg ? q(arg) : "the argument"} just before that line? Print it.`,
      `${q(fn)} only accepts ${needs}. For example, there is no real square root of a negative number.`,
      `What should your program do when ${arg ? q(arg) : "the value"} is outside that range?`,
    ],
    conceptIds: ["math-and-random"],
    names: arg && /^[A-Za-z_]\w*$/.test(arg) ? [arg] : [],
  };
}

function definedWithoutReturn(code: string, name: string): boolean {
  const lines = code.split("\n");
  const start = lines.findIndex((l) => new RegExp(`^(\\s*)def\\s+${name}\\s*\\(`).test(l));
  if (start < 0) return false;
  const indent = lines[start].search(/\S/);
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() && l.search(/\S/) <= indent) break;
    if (/^\s*return\s+(?!None\s*$)\S/.test(l)) return false;
  }
  return true;
}
