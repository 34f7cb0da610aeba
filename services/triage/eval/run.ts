// Triage routing eval: the router (intent, state, then the offline classifier) on a labelled set of
// student messages, each asked twice — alone, and with the editor's code and the open exercise
// attached, as the exercise page sends them. The naive Bayes part trains on the "train" (tuning)
// split only; the "test" split is held out from tuning. Both figures are reported.
//   npx tsx services/triage/eval/run.ts     (exit code 1 below the target)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classifier } from "../src/domain/index.ts";
import { AGENTS } from "../src/domain/model.ts";
import { decide } from "../src/domain/route.ts";
import { initialState } from "../src/domain/state.ts";
import type { Agent, ChatInput } from "../src/domain/types.ts";

export const TARGET = 0.95;
const EDITOR = {
  code:
    "def count_words(text):\n    counts = {}\n    for word in text.split():\n        counts[word] = 1\n    " +
    "return counts\n",
  exerciseId: "word-count",
  moduleId: "data-structures",
};

interface Row extends ChatInput {
  agent: Agent;
  /** train = tuning (the naive Bayes trains on it), test = held out, fresh = written last, measured once */
  split: "train" | "test" | "fresh";
}

function loadRows(): Row[] {
  return readFileSync(join(import.meta.dirname, "labeled.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

export function runEval(split: Row["split"], attached: boolean) {
  const rows = loadRows().filter((r) => r.split === split);
  const misses: { message: string; expected: Agent; got: Agent }[] = [];
  let correct = 0;
  for (const r of rows) {
    const input: ChatInput = attached ? { ...EDITOR, ...r, code: r.code ?? EDITOR.code } : r;
    const got = decide(input, initialState(), classifier).agent;
    if (got === r.agent) correct++;
    else misses.push({ message: r.message, expected: r.agent, got });
  }
  return { total: rows.length, accuracy: correct / rows.length, misses };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let ok = true;
  for (const split of ["train", "test", "fresh"] as const)
    for (const attached of [false, true]) {
      const r = runEval(split, attached);
      ok &&= r.accuracy >= TARGET;
      console.log(
        `routing ${{ train: "tuning", test: "held-out", fresh: "fresh" }[split]} ` +
          `${attached ? "with code+exercise" : "message only"}: ` +
          `` +
          `${r.total - r.misses.length}/${r.total} = ${(r.accuracy * 100).toFixed(1)}% (target ≥ ${TARGET * 100}%)`,
      );
      for (const m of r.misses) console.log(`  miss: "${m.message}" expected ${m.expected}, got ${m.got}`);
    }
  console.log(`agents: ${AGENTS.join(", ")}`);
  process.exit(ok ? 0 : 1);
}
