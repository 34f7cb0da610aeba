// Code review eval: every planted smell must be found on its line, and clean
// programs must get no finding at all.
//   npx tsx services/code-review/eval/run.ts     (exit code 1 when anything is missed)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fleschKincaidGrade } from "@emberlearn/content";
import { reviewCode } from "../src/domain/review.ts";

interface Cases {
  smelly: { name: string; code: string; expect: { rule: string; line: number }[] }[];
  clean: { name: string; code: string }[];
}

export async function runEval() {
  const cases: Cases = JSON.parse(readFileSync(join(import.meta.dirname, "cases.json"), "utf8"));
  const missed: string[] = [];
  const falsePositives: string[] = [];
  let planted = 0;
  let maxGrade = 0;
  for (const c of cases.smelly) {
    const r = await reviewCode(c.code);
    for (const e of c.expect) {
      planted++;
      if (!r.findings.some((f) => f.rule === e.rule && f.line === e.line))
        missed.push(
          `${c.name}: ${e.rule}@${e.line} (got ` +
            `${r.findings.map((f) => `${f.rule}@${f.line}`).join(", ") || "nothing"})`,
        );
    }
    for (const f of r.findings)
      maxGrade = Math.max(maxGrade, fleschKincaidGrade(f.message), fleschKincaidGrade(f.suggestion));
  }
  for (const c of cases.clean) {
    const r = await reviewCode(c.code);
    if (r.findings.length || r.score !== 100)
      falsePositives.push(`${c.name}: ${r.findings.map((f) => `${f.rule}@${f.line}`).join(", ")}`);
  }
  return { planted, found: planted - missed.length, missed, clean: cases.clean.length, falsePositives, maxGrade };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await runEval();
  console.log(
    `code review eval: found ${r.found} of ${r.planted} planted smells; ${r.falsePositives.length} ` +
      `findings on ${r.clean} clean programs; readability max grade ${r.maxGrade.toFixed(1)}`,
  );
  for (const m of r.missed) console.log("missed:", m);
  for (const f of r.falsePositives) console.log("false positive:", f);
  process.exit(r.missed.length === 0 && r.falsePositives.length === 0 && r.maxGrade <= 9 ? 0 : 1);
}
