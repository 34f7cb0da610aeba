import { beginnerFindings, initParser } from "./beginner-rules.ts";
import type { Finding, Severity } from "./finding.ts";
import { ruffFindings } from "./ruff.ts";

export type { Finding } from "./finding.ts";

// The quality score (documented in docs/code-review.md): start at 100 and
// subtract per finding by severity (error 15, warning 7, info 3), counting at
// most two findings of the same rule, floored at 0. Code that does not parse
// scores 0: its quality cannot be judged yet.

export const PENALTY: Record<Severity, number> = { error: 15, warning: 7, info: 3 };
export const MAX_PER_RULE = 2;

export interface Review {
  score: number;
  findings: Finding[];
  syntaxError?: { line: number; message: string };
}

export async function reviewCode(code: string): Promise<Review> {
  await initParser();
  const { findings: ruff, syntaxError } = ruffFindings(code);
  if (syntaxError) return { score: 0, findings: [], syntaxError };
  const findings = dedupe([...ruff, ...beginnerFindings(code)]).sort((a, b) => a.line - b.line || a.column - b.column);
  return { score: qualityScore(findings), findings };
}

export function qualityScore(findings: Finding[]): number {
  const perRule = new Map<string, number>();
  let score = 100;
  for (const f of findings) {
    const n = (perRule.get(f.rule) ?? 0) + 1;
    perRule.set(f.rule, n);
    if (n <= MAX_PER_RULE) score -= PENALTY[f.severity];
  }
  return Math.max(0, score);
}

/** One finding per rule and line: a rule that fires twice on one line says the same thing twice. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}@${f.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
