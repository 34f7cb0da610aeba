// Triage eval: accuracy of the offline classifier on the held-out split
// (never trained on), per class and overall, with a confusion matrix.
//   npx tsx services/triage/eval/run.ts     (exit code 1 below the target)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classifier } from "../src/domain/index.ts";
import { AGENTS } from "../src/domain/model.ts";
import type { Agent } from "../src/domain/types.ts";

export const TARGET = 0.9;

export function runEval() {
  const rows = readFileSync(join(import.meta.dirname, "labeled.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((r) => r.split === "test");
  const confusion = Object.fromEntries(AGENTS.map((a) => [a, Object.fromEntries(AGENTS.map((b) => [b, 0]))])) as Record<
    Agent,
    Record<Agent, number>
  >;
  const misses: { message: string; expected: Agent; got: Agent }[] = [];
  for (const r of rows) {
    const got = classifier.classify(r).agent;
    confusion[r.agent as Agent][got]++;
    if (got !== r.agent) misses.push({ message: r.message, expected: r.agent, got });
  }
  const correct = AGENTS.reduce((s, a) => s + confusion[a][a], 0);
  return { total: rows.length, accuracy: correct / rows.length, confusion, misses };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runEval();
  console.log(
    `triage eval: ${r.total} held-out messages, accuracy ${(r.accuracy * 100).toFixed(1)}% (target ≥ ${TARGET * 100}%)`,
  );
  console.log(`${"expected \\ got".padEnd(14)}${AGENTS.map((a) => a.slice(0, 11).padStart(12)).join("")}   accuracy`);
  for (const a of AGENTS) {
    const row = r.confusion[a];
    const n = Object.values(row).reduce((s, x) => s + x, 0);
    console.log(
      `${a.padEnd(14)}${AGENTS.map((b) => String(row[b]).padStart(12)).join("")}   ${n ? ((row[a] / n) * 100).toFixed(0) : "-"}%`,
    );
  }
  for (const m of r.misses) console.log(`miss: "${m.message}" expected ${m.expected}, got ${m.got}`);
  process.exit(r.accuracy >= TARGET ? 0 : 1);
}
