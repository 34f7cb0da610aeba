import type { Finding } from "./finding.ts";
import type { Review } from "./review.ts";

// The code-review tutor's answer. A quality score and praise only for code that runs (and passes
// its exercise's checks when one is open): reviewing the style of a broken program would tell the
// student it is fine. Findings are grouped by rule, most important first, each said once.

export interface RunState {
  /** the last run's status, when the code was run ("ok", "error", "timeout", ...) */
  status?: string;
  errorType?: string;
  line?: number | null;
  /** whether the open exercise's checks pass */
  checksPass?: boolean;
}

const weight = (s: string) => (s === "error" ? 3 : s === "warning" ? 2 : 1);

export function reviewAnswer(r: Review, run: RunState): string {
  if (r.syntaxError)
    return (
      `Your code does not run yet: line ${r.syntaxError.line} has a syntax problem ` +
      `(${r.syntaxError.message}). Fix that first, then I can review the style.`
    );
  const top = groupByRule(r.findings).slice(0, 3);
  const list = top
    .map((g) => `- **Line ${g.lines.join(", ")}:** ${g.finding.message} ${g.finding.suggestion}`)
    .join("\n");
  const broken = run.status && run.status !== "ok";
  if (broken || run.checksPass === false) {
    const why = broken
      ? `it stops with ${run.errorType ?? run.status}${run.line ? ` on line ${run.line}` : ""}`
      : "it does not pass the exercise's checks yet";
    return (
      `Before style, the code has to work: ${why}, so this is not the time to judge its style. Ask me about ` +
      "the error or the checks " +
      `first.${top.length ? `\n\nFor later, one thing to look at:\n\n${list.split("\n")[0]}` : ""}`
    );
  }
  // praise needs evidence: a run that worked (the failing cases returned above)
  const praise = run.status === "ok";
  if (top.length === 0)
    return praise
      ? `Quality score **${r.score}/100**. I found nothing to change: clear names, no leftovers, simple structure. ` +
          "Nice work!"
      : `Quality score **${r.score}/100**. I found nothing to change in the style. Run it to check it does what ` +
          "you want.";
  return (
    `Quality score **${r.score}/100**. Here is what I would look at first:\n\n${list}\n\nWhich of these would ` +
    "you like to try first?"
  );
}

function groupByRule(findings: Finding[]): { finding: Finding; lines: number[] }[] {
  const groups = new Map<string, { finding: Finding; lines: number[] }>();
  for (const f of findings) {
    const g = groups.get(f.rule);
    if (g) {
      if (!g.lines.includes(f.line)) g.lines.push(f.line);
    } else groups.set(f.rule, { finding: f, lines: [f.line] });
  }
  return [...groups.values()].sort(
    (a, b) => weight(b.finding.severity) - weight(a.finding.severity) || a.lines[0] - b.lines[0],
  );
}
