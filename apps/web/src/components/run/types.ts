// The sandbox's run shapes as the web app reads them (packages/contracts/src/sandbox.ts is the source).

export type RunStatus =
  | "ok"
  | "error"
  | "timeout"
  | "memory"
  | "processes"
  | "output-limit"
  | "crashed"
  | "signal"
  | "rejected";

export interface RunResult {
  status: RunStatus;
  stdout: string;
  stderr: string;
  exitCode: number | null;
  durationMs: number;
  error?: { type: string; message: string; line: number | null; column?: number | null; traceback?: string } | null;
  signal?: string;
}

export interface RunFile {
  path: string;
  content: string;
}

/** One piece of the console: what the program printed, what the student typed, a prompt. */
export interface ConsoleChunk {
  kind: "out" | "err" | "in";
  text: string;
}

export interface Explanation {
  title: string;
  explanation: string;
  line: number | null;
  hints?: string[];
}

/** The console keeps at most this much text; beyond it the oldest is dropped and a note says so. */
export const CONSOLE_LIMIT = 100_000;
