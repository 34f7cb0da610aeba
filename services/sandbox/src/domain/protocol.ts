import { z } from "zod";
import { runResult, testResult, testSummary, trace, type RunFile } from "@emberlearn/contracts/sandbox";

// The line protocol between this service and a worker's supervisor (runner/supervisor.py).
// Answers are checked as they arrive: a worker's answer is built from what a run's processes
// wrote, so a malformed one must become a clear `rejected`, never a crash.

export interface RunRequest {
  kind: "run";
  code: string;
  stdin?: string;
  files?: RunFile[];
  timeoutMs: number;
  /** the memory limit of the run's processes */
  memoryBytes: number;
  /** stream output and wait for the student at input() (see WorkerEvent) */
  interactive?: boolean;
  /** record the program's steps */
  trace?: boolean;
}

export interface GradeRequest {
  kind: "test";
  code: string;
  tests: string;
  moduleName?: string;
  testModule?: string;
  helpers?: Record<string, string>;
  files?: RunFile[];
  timeoutMs: number;
  memoryBytes: number;
}

export type WorkerRequest = RunRequest | GradeRequest;

// a traced run's steps: their shape is the HTTP contract's (POST /api/sandbox/trace answers them)
export type { Trace } from "@emberlearn/contracts/sandbox";

/** What an interactive run says while it runs. */
export type WorkerEvent = { event: "output"; stream: "stdout" | "stderr"; text: string } | { event: "input" };

export function parseEvent(raw: Record<string, unknown>): WorkerEvent | undefined {
  if (raw.event === "input") return { event: "input" };
  if (raw.event === "output" && typeof raw.text === "string" && (raw.stream === "stdout" || raw.stream === "stderr"))
    return { event: "output", stream: raw.stream, text: raw.text };
  return undefined;
}

const answer = runResult.extend({
  id: z.number().int(),
  retire: z.boolean().optional(),
  tests: z.array(testResult).optional(),
  summary: testSummary.optional(),
  trace: trace.optional(),
});
export type WorkerAnswer = Omit<z.infer<typeof answer>, "id"> & { id?: number };

export function parseAnswer(line: string): (WorkerAnswer & { id: number }) | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = answer.safeParse(raw);
  if (parsed.success) return parsed.data;
  const id = (raw as { id?: unknown })?.id;
  if (typeof id !== "number") return undefined;
  const message = "the sandbox gave an answer it could not read; please run it again";
  const error = { type: "SandboxError", message, line: null };
  return { id, status: "rejected", stdout: "", stderr: "", exitCode: null, durationMs: 0, error, retire: true };
}
