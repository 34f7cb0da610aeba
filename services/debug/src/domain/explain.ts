import { cleanCause, describeValues, readAnalysis } from "./analysis.ts";
import { CATALOG } from "./catalog.ts";
import type { Explainer, Explanation } from "./explanation.ts";
import { identifiers, lineOf } from "./names.ts";
import { explain, phrase, say } from "./texts.ts";
import { parseTraceback } from "./traceback.ts";

// The offline debugging tutor: from the code and what happened when it ran
// (the sandbox's parsed error, a raw traceback, or a timeout), an explanation
// in plain words that points at the student's line and names (the words: content/debug/*.yaml).

export interface ExplainInput {
  code: string;
  traceback?: string;
  error?: { type: string; message: string; line?: number | null; analysis?: unknown } | null;
  status?: string;
}

export interface ErrorExplanation extends Explanation {
  errorType: string;
  line: number | null;
  source: "offline";
}

export function explainError(input: ExplainInput): ErrorExplanation {
  if (input.status === "timeout") return { ...explainTimeout(input.code), errorType: "Timeout", source: "offline" };
  if (input.status === "memory")
    return {
      ...CATALOG.MemoryError({
        type: "MemoryError",
        message: "",
        line: null,
        code: input.code,
        names: identifiers(input.code),
      }),
      errorType: "MemoryError",
      line: null,
      source: "offline",
    };
  if (input.status === "output-limit")
    return { ...explain("output-limit"), errorType: "OutputLimit", line: null, source: "offline" };
  const parsed = input.error
    ? { type: input.error.type, message: input.error.message, line: input.error.line ?? null }
    : input.traceback
      ? parseTraceback(input.traceback)
      : undefined;
  if (!parsed) return { ...explain("no-error"), errorType: "None", line: null, source: "offline" };
  const explainer = CATALOG[parsed.type] ?? CATALOG[baseOf(parsed.type)] ?? fallback;
  const analysis = readAnalysis(input.error?.analysis);
  const ctx = {
    ...parsed,
    code: input.code,
    lineText: lineOf(input.code, parsed.line) ?? analysis?.lineText,
    names: identifiers(input.code),
    analysis,
  };
  const ours = explainer(ctx);
  const { weak: _weak, ...merged } = withAnalysis(ours, ctx);
  return { ...merged, errorType: parsed.type, line: parsed.line, source: "offline" };
}

/**
 * Keeps our explanation where it is specific (did-you-mean from the student's names, `=` vs `==`)
 * and takes friendly-traceback's cause where ours is general; then makes sure the student's own
 * names and values on the failing line are in it.
 */
function withAnalysis(
  e: Explanation,
  ctx: { lineText?: string; names: string[]; analysis?: ReturnType<typeof readAnalysis> },
): Explanation {
  const cause = cleanCause(ctx.analysis?.cause);
  let out = e;
  if (e.weak && cause) {
    const suggest = cleanCause(ctx.analysis?.suggest);
    out = {
      ...e,
      explanation: `${e.explanation.split(":")[0]}: ${cause}`,
      hints: suggest ? [e.hints[0], suggest, e.hints[2]] : e.hints,
    };
  } else if (cause) {
    // ours is specific: add only the sentences of the analysis that state facts ours lacks
    const ourText = `${out.title} ${out.explanation} ${out.hints.join(" ")}`;
    const extra = cause
      .split(/(?<=[.!?])\s+(?=[A-Z`])/)
      .filter((sentence) => [...sentence.matchAll(/`([^`]+)`/g)].some((m) => !ourText.includes(m[1])));
    if (extra.length) out = { ...out, explanation: `${out.explanation} ${extra.join(" ").trim()}` };
  }
  const onLine = ctx.names.filter((n) => ctx.lineText && new RegExp(`\\b${n}\\b`).test(ctx.lineText));
  const text = `${out.title} ${out.explanation}`;
  if (onLine.length && !onLine.some((n) => new RegExp(`\\b${n}\\b`).test(text))) {
    const values = describeValues(ctx.analysis?.variables?.filter((v) => onLine.includes(v.name)));
    out = {
      ...out,
      explanation: `${out.explanation} ${
        values ??
        (onLine.length === 1
          ? phrase("look-at-one", { name: onLine[0] })
          : phrase("look-at-two", { name: onLine[0], other: onLine[1] }))
      }`,
      names: [...new Set([...out.names, ...onLine.slice(0, 2)])],
    };
  }
  return out;
}

function baseOf(type: string): string {
  if (/Syntax/.test(type)) return "SyntaxError";
  if (/Indent/.test(type)) return "IndentationError";
  if (/NotFound|Permission|IsADirectory|Connection|Timeout/.test(type)) return "OSError";
  return "";
}

const fallback: Explainer = (c) => ({
  ...say(c.line === null ? "unknown-error-no-line" : "unknown-error", c, { type: c.type }),
  weak: true,
});

/** A timed-out program: probably an infinite loop. Point at a while loop whose condition never changes. */
export function explainTimeout(code: string): Explanation & { line: number | null } {
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)while\s+(.+):/.exec(lines[i]);
    if (!m) continue;
    const indent = m[1].length;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.trim() && l.search(/\S/) <= indent) break;
      body.push(l);
    }
    const condition = m[2];
    const vars = [...new Set(condition.match(/[A-Za-z_]\w*/g) ?? [])].filter(
      (v) => !["not", "and", "or", "True", "False", "None", "in", "len", "is"].includes(v),
    );
    const changed = vars.filter((v) =>
      body.some((b) =>
        new RegExp(
          `\\b${v}\\b\\s*([+\\-*/]?=)|\\b${v}\\.(append|pop|remove|clear)|\\b(del|for)\\b[^\\n]*\\b${v}\\b`,
        ).test(b),
      ),
    );
    const stuck = vars.filter((v) => !changed.includes(v));
    const breaks = body.some((b) => /\b(break|return)\b/.test(b));
    // `while True:` and `while 1:` (a non-zero number is always true) only stop at a break or a return
    const alwaysTrue = /^(True|0*[1-9]\d*)$/.test(condition.trim());
    if ((stuck.length && !changed.length) || (alwaysTrue && !breaks)) {
      const which = stuck[0];
      const line = String(i + 1);
      const e = which
        ? explain("timeout-stuck", { line, name: which, condition: condition.trim() }, [which])
        : explain("timeout-while-true", { line, condition: condition.trim() });
      return { ...e, line: i + 1 };
    }
  }
  return { ...explain("timeout"), line: null };
}

/** Failing exercise tests, explained without giving the solution away. */
export function explainWrongOutput(input: {
  code: string;
  testResults: { name: string; passed: boolean; message: string }[];
}): Explanation {
  const failing = input.testResults.filter((t) => !t.passed);
  if (failing.length === 0) return explain("checks-pass");
  const f = failing[0];
  const cmp = /AssertionError: (.+?) != (.+?)(?: : (.+))?$/.exec(f.message);
  const said = cmp?.[3] ?? f.message.replace(/^AssertionError:\s*/, "");
  const counts = { failing: String(failing.length), total: String(input.testResults.length), name: f.name };
  if (!cmp) return explain("checks-fail", { ...counts, said });
  const compared = { ...counts, got: cmp[1], expected: cmp[2] };
  return cmp[3]
    ? explain("checks-fail-compared-said", { ...compared, said })
    : explain("checks-fail-compared", compared);
}
