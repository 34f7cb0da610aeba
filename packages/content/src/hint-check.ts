// The hint ladder's rules, checked against each exercise's reference solution: hints teach without
// telling. No hint may quote a solution line, or hold code that nearly is one; the third (pointed)
// hint is a question; and the three together may not name most of the solution's steps.

export interface HintProblem {
  hint: number;
  problem: string;
}

const KEYWORDS = new Set(
  (
    "def return for in if elif else while and or not is None True False import from as with try except pass break " +
    "continue lambda class print self"
  ).split(" "),
);

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

export function tokensOf(code: string): string[] {
  return (code.match(/[A-Za-z_]\w*|\d+|==|!=|<=|>=|\+=|-=|\/\/|[-+*/%<>=[\]()]/g) ?? []).filter(Boolean);
}

/** The solution's lines that carry an idea: at least 3 tokens, not a bare `def` or `return x`. */
export function solutionSteps(solution: string): string[] {
  return solution
    .split("\n")
    .map(norm)
    .filter((l) => l && !l.startsWith("#") && !/^(def|class|import|from)\b/.test(l) && tokensOf(l).length >= 3);
}

function similarity(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  const shared = [...sa].filter((t) => sb.has(t)).length;
  return shared / Math.max(sa.size, sb.size, 1);
}

export function checkHints(hints: string[], solution: string): HintProblem[] {
  const problems: HintProblem[] = [];
  const steps = solutionSteps(solution);
  hints.forEach((hint, i) => {
    const text = norm(hint);
    const spans = [...hint.matchAll(/`([^`]+)`/g)].map((m) => norm(m[1]));
    for (const step of steps) {
      if (step.length >= 10 && text.includes(step))
        problems.push({ hint: i + 1, problem: `quotes the solution line "${step}"` });
      for (const span of spans)
        if (
          tokensOf(span).length >= 4 &&
          tokensOf(step).length >= 4 &&
          similarity(tokensOf(span), tokensOf(step)) >= 0.7
        )
          problems.push({ hint: i + 1, problem: `\`${span}\` is nearly the solution line "${step}"` });
    }
    if (/```/.test(hint)) problems.push({ hint: i + 1, problem: "holds a code block" });
  });
  const last = hints[hints.length - 1];
  if (last && !/\?\s*$/.test(last.trim()))
    problems.push({ hint: hints.length, problem: "the pointed hint is not a question" });
  const coverage = spelledOut(hints, steps);
  if (coverage > 0.5)
    problems.push({
      hint: 0,
      problem: `together the hints name ${Math.round(coverage * 100)}% of the solution's steps`,
    });
  return problems;
}

/** The share of solution steps whose distinctive tokens (not keywords) all appear in the hints' code. */
export function spelledOut(hints: string[], steps: string[]): number {
  if (!steps.length) return 0;
  const said = new Set(hints.flatMap((h) => [...h.matchAll(/`([^`]+)`/g)].flatMap((m) => tokensOf(m[1]))));
  const named = steps.filter((s) => {
    const distinct = [...new Set(tokensOf(s).filter((t) => /^[A-Za-z_]/.test(t) && !KEYWORDS.has(t)))];
    return distinct.length >= 2 && distinct.every((t) => said.has(t));
  });
  return named.length / steps.length;
}
