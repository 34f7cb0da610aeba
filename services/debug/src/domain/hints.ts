import type { ExplainInput } from "./explain.ts";
import { explainError } from "./explain.ts";
import { phrase } from "./texts.ts";

// The hint ladder, one rung at a time: 1 nudge, 2 the concept, 3 a pointed hint.
// No rung ever contains the corrected program: a guard rejects any hint that
// carries a multi-line code block or a full line of the student's code, fixed.

export function nextHint(input: ExplainInput & { level: number }): { level: number; of: number; text: string } {
  const level = Math.min(Math.max(Math.trunc(input.level), 1), 3);
  return { ...safeRung(explainError(input).hints, level, input.code), of: 3 };
}

/** said when every rung up to the one asked for would hand over code: still a next step, never the answer */
export const FALLBACK_HINT = phrase("fallback-hint");

/**
 * The rung asked for, or when the guard rejects it (it would reveal code) the nearest lower rung that passes,
 * or a general nudge: the student always gets a hint, and never the corrected program.
 */
export function safeRung(hints: readonly string[], level: number, code = ""): { level: number; text: string } {
  for (let rung = level; rung >= 1; rung--) {
    const text = hints[rung - 1];
    if (text && !containsSolution(text, code)) return { level: rung, text };
  }
  return { level: 1, text: FALLBACK_HINT };
}

/**
 * True when a hint would hand over code: a code block, or a whole statement that changes a line of the
 * student's program.
 */
export function containsSolution(hint: string, code = ""): boolean {
  if (/```/.test(hint)) return true;
  const spans = [...hint.matchAll(/`([^`]+)`/g)].map((m) => m[1].trim());
  const lines = code
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 8);
  for (const span of spans) {
    // a single expression or a short statement is fine; a block (def/for/if with a body) is not
    if (/^(def|class|for|while|if|elif|try|with)\b.*:\s*\S/.test(span) || span.split(";").length > 1) return true;
    // a near-copy of one of the student's own lines, rewritten, is the answer
    if (span.length > 12 && lines.some((l) => l !== span && similar(l, span))) return true;
  }
  return false;
}

function similar(a: string, b: string): boolean {
  const ta = new Set(a.split(/\W+/).filter(Boolean));
  const tb = new Set(b.split(/\W+/).filter(Boolean));
  const shared = [...ta].filter((t) => tb.has(t)).length;
  return shared / Math.max(ta.size, tb.size) >= 0.7;
}
