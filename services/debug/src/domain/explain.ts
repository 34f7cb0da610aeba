import { cleanCause, describeValues, readAnalysis } from "./analysis.ts";
import { CATALOG, type Explanation } from "./catalog.ts";
import { identifiers, lineOf } from "./names.ts";
import { parseTraceback } from "./traceback.ts";

// The offline debugging tutor: from the code and what happened when it ran
// (the sandbox's parsed error, a raw traceback, or a timeout), an explanation
// in plain words that points at the student's line and names.

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
    return {
      title: "Your program printed too much",
      explanation:
        "Your program printed more than 64 KB, so it was stopped. Usually a `print` sits inside a loop that " +
        "never ends.",
      hints: [
        "Which `print` runs inside a loop?",
        "A loop that never ends keeps printing forever.",
        "Check that the loop's condition becomes False, or print less inside it.",
      ],
      conceptIds: ["while-loops"],
      names: [],
      errorType: "OutputLimit",
      line: null,
      source: "offline",
    };
  const parsed = input.error
    ? { type: input.error.type, message: input.error.message, line: input.error.line ?? null }
    : input.traceback
      ? parseTraceback(input.traceback)
      : undefined;
  if (!parsed)
    return {
      title: "Your program ran without an error",
      explanation:
        "Python did not report an error. If the result is not what you expected, print the values at each step " +
        "to see where they change.",
      hints: [
        "What did you expect to see, and what did you see?",
        "Printing values step by step shows where the program goes a different way.",
        "Add a print inside your loop or function to watch the values.",
      ],
      conceptIds: ["debugging"],
      names: [],
      errorType: "None",
      line: null,
      source: "offline",
    };
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
        `Look at ${onLine
          .slice(0, 2)
          .map((n) => `\`${n}\``)
          .join(" and ")} on that line.`
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

const fallback = (c: { type: string; message: string; line: number | null }): Explanation => ({
  title: `Python stopped with ${c.type}`,
  explanation: `Python stopped${c.line ? ` on line ${c.line}` : ""} with ${c.type}: ${c.message}. Read the last line of the error message: it names the problem.`,
  hints: [
    "Read the last line of the error message slowly.",
    "The traceback shows which line was running. Start looking there.",
    "Print the values used on that line to see what they really are.",
  ],
  conceptIds: ["debugging"],
  names: [],
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
    if ((stuck.length && !changed.length) || (condition.trim() === "True" && !breaks)) {
      const which = stuck[0];
      return {
        title: which
          ? `The loop on line ${i + 1} never ends: \`${which}\` never changes`
          : `The loop on line ${i + 1} never ends`,
        explanation: which
          ? `Your program ran for more than 5 seconds. The \`while\` loop on line ${i + 1} repeats while \`${condition.trim()}\`, but nothing inside the loop changes \`${which}\`. So the condition stays True forever.`
          : `Your program ran for more than 5 seconds. The loop \`while True\` on line ${i + 1} has no \`break\`, so it never stops.`,
        hints: [
          `What must happen for the loop on line ${i + 1} to stop?`,
          "A `while` loop stops only when its condition becomes False (or at a `break`). Something inside must " +
            "change it.",
          which
            ? `Change \`${which}\` inside the loop so that \`${condition.trim()}\` becomes False.`
            : "Add a `break` when the work is done.",
        ],
        conceptIds: ["while-loops"],
        names: which ? [which] : [],
        line: i + 1,
      };
    }
  }
  return {
    title: "Your program took too long",
    explanation:
      "Your program ran for more than 5 seconds, so it was stopped. Usually a loop never ends, or a function " +
      "keeps calling itself.",
    hints: [
      "Which loop could run forever?",
      "A loop stops when its condition becomes False. Check that something inside changes it.",
      "Print the loop variable inside the loop to watch whether it moves towards the end.",
    ],
    conceptIds: ["while-loops"],
    names: [],
    line: null,
  };
}

/** Failing exercise tests, explained without giving the solution away. */
export function explainWrongOutput(input: {
  code: string;
  testResults: { name: string; passed: boolean; message: string }[];
}): Explanation {
  const failing = input.testResults.filter((t) => !t.passed);
  if (failing.length === 0)
    return {
      title: "All checks pass",
      explanation: "Every check passed. Well done!",
      hints: [
        "Can you make your code shorter or clearer?",
        "Good names make code easier to read.",
        "Ask for a code review to see what could be improved.",
      ],
      conceptIds: [],
      names: [],
    };
  const f = failing[0];
  const cmp = /AssertionError: (.+?) != (.+?)(?: : (.+))?$/.exec(f.message);
  const said = cmp?.[3] ?? f.message.replace(/^AssertionError:\s*/, "");
  return {
    title: `${failing.length} of ${input.testResults.length} checks fail`,
    explanation: cmp
      ? `The check "${f.name}" expected ${cmp[2]} but your code gave ${cmp[1]}. ${cmp[3] ? `The check says: ${cmp[3]}.` : ""}`
      : `The check "${f.name}" failed: ${said}`,
    hints: [
      "Run your function by hand with the same input as the failing check.",
      "Compare what you get with what the check expects. Which step makes them differ?",
      cmp
        ? `Your result ${cmp[1]} should be ${cmp[2]}. Look at the step that computes it.`
        : "Print the values inside your function for that input.",
    ],
    conceptIds: ["debugging"],
    names: [],
  };
}
