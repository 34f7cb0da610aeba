import type { Dispatch, SetStateAction } from "react";
import { bffRequest } from "@/lib/client-api";
import type { RunState } from "./use-run";
import type { ConsoleChunk, RunFile, RunResult } from "./types";

// input() in the console on a sandbox without interactive runs: the program runs with the
// answers given so far as its stdin. When it asks for one more (input() meets the end of stdin:
// EOFError "EOF when reading a line"), the console shows what it printed up to there and waits;
// the answer is added and the program runs again. A program that prints the same thing for the
// same answers (nearly every beginner's program) reads exactly like a terminal.

interface Hooks {
  append(chunk: ConsoleChunk): void;
  setState: Dispatch<SetStateAction<RunState>>;
  finish(result: RunResult): void;
  fail(err: unknown): void;
}

const wantsInput = (r: RunResult) =>
  r.status === "error" && r.error?.type === "EOFError" && /EOF when reading a line/.test(r.error.message);

/** Interleaves the answers into the latest output at the places earlier runs stopped to ask. */
function transcript(stdout: string, stops: number[], answers: string[]): ConsoleChunk[] {
  const chunks: ConsoleChunk[] = [];
  let at = 0;
  stops.forEach((stop, i) => {
    chunks.push({ kind: "out", text: stdout.slice(at, stop) }, { kind: "in", text: `${answers[i]}\n` });
    at = stop;
  });
  chunks.push({ kind: "out", text: stdout.slice(at) });
  return chunks.filter((c) => c.text);
}

export function replayRun(
  input: { code: string; files?: RunFile[]; exerciseId?: string; moduleId?: string },
  hooks: Hooks,
) {
  const answers: string[] = [];
  const stops: number[] = [];
  let last: RunResult | null = null;
  let stopped = false;

  async function step() {
    const stdin = answers.map((a) => `${a}\n`).join("");
    const r = await bffRequest("POST /api/sandbox/run", { body: { ...input, stdin } });
    if (stopped) return;
    last = r;
    // an earlier answer changed what the program printed before it: show this run's output as it is
    const consistent = stops.every((s, i) => i === 0 || s >= stops[i - 1]) && (stops.at(-1) ?? 0) <= r.stdout.length;
    const chunks = consistent ? transcript(r.stdout, stops, answers) : [{ kind: "out" as const, text: r.stdout }];
    hooks.setState((s) => ({ ...s, chunks: [] }));
    chunks.forEach(hooks.append);
    if (wantsInput(r)) {
      stops.push(r.stdout.length);
      const prompt = r.stdout.slice(r.stdout.lastIndexOf("\n") + 1);
      hooks.setState((s) => ({ ...s, waiting: { prompt } }));
      return;
    }
    if (r.stderr) hooks.append({ kind: "err", text: r.stderr });
    hooks.finish(r);
  }

  step().catch(hooks.fail);
  return {
    async answer(text: string) {
      hooks.setState((s) => ({ ...s, waiting: null }));
      answers.push(text);
      await step();
    },
    async eof() {
      // stdin is closed: the last run already shows what input() does then
      if (last?.stderr) hooks.append({ kind: "err", text: last.stderr });
      if (last) hooks.finish(last);
    },
    async stop() {
      stopped = true;
      if (last) hooks.finish(last);
      else hooks.setState((s) => ({ ...s, running: false, waiting: null }));
    },
  };
}
