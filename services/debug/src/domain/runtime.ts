import type { ErrorContext, Explanation } from "./explanation.ts";
import { type PlainPhrase, phrase, say } from "./texts.ts";

// Runtime errors where the message alone misleads a beginner: an index past the end (with the real
// index and length when the harness measured them), None from a function that prints instead of
// returning, a method without `self`, and math functions outside their domain (the words:
// content/debug/runtime.yaml).

const BUILTIN_CALLS = new Set(
  "print input len range int str float list dict set tuple sum max min abs round sorted".split(" "),
);

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
  const kind = phrase(
    /string/.test(c.message) ? "index-kind-string" : /tuple/.test(c.message) ? "index-kind-tuple" : "index-kind-list",
  );
  const count = length === "1" ? phrase("index-one-item") : phrase("index-items", { length: length ?? "" });
  const last = String(Number(length) - 1);
  const names = [seq, idx].filter((n): n is string => Boolean(n && /^[A-Za-z_]\w*$/.test(n)));
  // the regex reads both or neither: a line with `seq[idx]` on it, or none
  if (seq === undefined || idx === undefined) {
    const facts =
      length === undefined
        ? phrase("index-facts-unnamed-unknown")
        : index === undefined
          ? phrase("index-facts-unnamed", { count, last })
          : phrase("index-facts-unnamed-index", { count, last, index });
    return say("index-unnamed", c, { kind, facts }, names);
  }
  const facts =
    length === undefined
      ? phrase("index-facts-named-unknown", { seq })
      : index === undefined
        ? phrase("index-facts-named", { seq, count, last })
        : phrase("index-facts-named-index", { seq, count, last, idx, index });
  return say("index-named", c, { seq, idx, index: index ?? idx, kind, facts }, names);
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
  if (silent) return say("none-silent", c, { fn: silent, op }, [silent]);
  if (!noneVar && calls[0]) return say("none-call", c, { fn: calls[0], op }, [calls[0]]);
  return noneVar ? say("none-value-named", c, { name: noneVar, op }, [noneVar]) : say("none-value", c, { op });
}

export function explainMissingSelf(c: ErrorContext): Explanation | undefined {
  const m = /(?:(\w+)\.)?(\w+)\(\) takes (\d+) positional arguments? but (\d+) (?:were|was) given/.exec(c.message);
  if (!m || Number(m[4]) !== Number(m[3]) + 1) return undefined;
  const method = m[2];
  const def = new RegExp(`^\\s+def\\s+${method}\\s*\\(([^)]*)\\)`, "m").exec(c.code);
  if (!def || /^\s*self\b/.test(def[1])) return undefined;
  const values = { method, params: def[1].trim() };
  return m[1]
    ? say("missing-self-class", c, { ...values, class: m[1] }, [method])
    : say("missing-self", c, values, [method]);
}

export function explainMathDomain(c: ErrorContext): Explanation {
  const call = /(math\.\w+)\s*\(([^)]*)\)/.exec(c.lineText ?? "");
  const fn = call?.[1] ?? phrase("math-function");
  const arg = call?.[2]?.trim();
  const value =
    c.analysis?.variables?.find((v) => v.name === arg)?.repr ?? (arg && /^-?[\d.]+$/.test(arg) ? arg : undefined);
  const needs = phrase(LIMITS[fn] ?? "math-limit-other");
  if (!arg) return say("math-domain", c, { fn, needs });
  return say(
    "math-domain-arg",
    c,
    {
      fn,
      arg,
      needs,
      value: value === undefined ? phrase("math-value-unknown") : phrase("math-value", { value }),
      got:
        value !== undefined && value !== arg ? phrase("math-got-value", { arg, value }) : phrase("math-got", { arg }),
    },
    /^[A-Za-z_]\w*$/.test(arg) ? [arg] : [],
  );
}

/** the math functions with a known domain, and the phrase that says it */
const LIMITS: Record<string, PlainPhrase> = {
  "math.sqrt": "math-limit-sqrt",
  "math.log": "math-limit-log",
  "math.log10": "math-limit-log",
  "math.acos": "math-limit-acos",
  "math.asin": "math-limit-acos",
};

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
