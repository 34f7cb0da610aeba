// Multi-turn conversation eval: scripts of student turns (conversations.json) sent to the real
// triage chat with every specialist and the real sandbox behind it; each turn is "good" when the
// routed tutor is the expected one, every expected phrase is in the answer and no forbidden one is
// (praise or a score for failing code, a new exercise for a student who feels bad), and no line of
// the exercise's reference solution appears. Scripts are split tune/holdout; both are reported.
//   npx tsx services/triage/eval/conversations.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCurriculumSync } from "@emberlearn/content";
import { startTestServices, type TestServices } from "@emberlearn/platform/testing/services";
import { codeReviewModule } from "../../code-review/src/app.ts";
import { conceptsModule } from "../../concepts/src/app.ts";
import { debugModule } from "../../debug/src/app.ts";
import { exerciseModule } from "../../exercise/src/app.ts";
import { progressModule } from "../../progress/src/app.ts";
import { sandboxModule } from "../../sandbox/src/app.ts";
import { triageModule } from "../src/app.ts";
import { chat } from "./chat-client.ts";

interface Turn {
  send: Record<string, unknown>;
  agent?: string;
  says?: string[];
  never?: string[];
}
interface Script {
  name: string;
  exercise?: string;
  split: "tune" | "holdout";
  turns: Turn[];
}
export const FOLLOW_UP_TARGET = 0.85;

const allModules = [
  triageModule,
  conceptsModule,
  debugModule,
  codeReviewModule,
  exerciseModule,
  progressModule,
  sandboxModule,
];

export function startTutorStack(env: Record<string, string> = {}): Promise<TestServices> {
  return startTestServices(allModules, { env: { SANDBOX_WORKERS: "2", ...env } });
}

/** Lines of any variant of an exercise's reference solution long enough to count as giving it away. */
export function solutionLines(exerciseId: string): string[] {
  const ex = loadCurriculumSync().exercises.find((e) => e.id === exerciseId);
  if (!ex) return [];
  const variants = Object.entries(ex.params ?? {}).flatMap(([k, vs]) => vs.map((v) => [k, v] as const));
  const fill = (t: string) => [t, ...variants.map(([k, v]) => t.replaceAll(`{{${k}}}`, v))];
  // what the student is given (the starter's signature, the prompt's examples) is not a leak
  const given = fill(`${ex.starter}\n${ex.prompt}`).join("\n");
  return [...new Set(fill(ex.solution).flatMap((t) => t.split("\n").map((l) => l.trim())))].filter(
    (l) => l.length > 14 && !l.includes("{{") && !given.includes(l) && !/^(return|class|import|from)\b[^(=]*$/.test(l),
  );
}

export async function runConversations(services: TestServices, split: Script["split"]) {
  const scripts: Script[] = JSON.parse(readFileSync(join(import.meta.dirname, "conversations.json"), "utf8"));
  const results: { script: string; turn: number; good: boolean; problems: string[]; text: string }[] = [];
  for (const s of scripts.filter((x) => x.split === split)) {
    const student = `conv-${s.name}`;
    const leaks = s.exercise ? solutionLines(s.exercise) : [];
    let conversationId: string | undefined;
    for (const [i, t] of s.turns.entries()) {
      const r = await chat(services.url("triage"), services.token(student), {
        ...(s.exercise ? { exerciseId: s.exercise } : {}),
        ...t.send,
        ...(conversationId ? { conversationId } : {}),
      });
      conversationId ??= r.conversationId;
      const problems: string[] = [];
      if (t.agent && r.agent !== t.agent) problems.push(`routed to ${r.agent}, expected ${t.agent}`);
      for (const p of t.says ?? []) if (!new RegExp(p, "i").test(r.text)) problems.push(`missing /${p}/`);
      for (const p of t.never ?? []) if (new RegExp(p, "i").test(r.text)) problems.push(`said /${p}/`);
      for (const l of leaks) if (r.text.includes(l)) problems.push(`leaked solution line ${l}`);
      results.push({ script: s.name, turn: i, good: problems.length === 0, problems, text: r.text });
    }
  }
  const follow = results.filter((r) => r.turn > 0);
  return {
    results,
    first: results.filter((r) => r.turn === 0),
    followUps: follow.length,
    followUpGood: follow.filter((r) => r.good).length / Math.max(follow.length, 1),
    allGood: results.filter((r) => r.good).length / Math.max(results.length, 1),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const services = await startTutorStack();
  try {
    for (const split of ["tune", "holdout"] as const) {
      const r = await runConversations(services, split);
      console.log(
        `conversations ${split}: ${r.results.length} turns, all good ${(r.allGood * 100).toFixed(0)}%, ` +
          `follow-ups good ${Math.round(r.followUpGood * r.followUps)}/${r.followUps} = ` +
          `${(r.followUpGood * 100).toFixed(0)}%`,
      );
      for (const x of r.results.filter((y) => !y.good))
        console.log(
          `  ${x.script} #${x.turn}: ${x.problems.join("; ")}\n    ${x.text.slice(0, 400).replace(/\n/g, " | ")}`,
        );
    }
  } finally {
    await services.stop();
  }
}
