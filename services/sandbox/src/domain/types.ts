export type RunStatus = "ok" | "error" | "timeout" | "memory" | "output-limit" | "rejected";

export interface StudentError {
  type: string;
  message: string;
  line: number | null;
  column?: number | null;
  traceback?: string;
}

export interface RunResult {
  status: RunStatus;
  stdout: string;
  stderr: string;
  exitCode: number | null;
  durationMs: number;
  error: StudentError | null;
}

export interface TestOutcome {
  name: string;
  passed: boolean;
  message: string;
}

export interface TestRunResult extends RunResult {
  tests: TestOutcome[];
  summary: { passed: number; failed: number; errors: number; total: number };
}

/** The queue is full: the caller should answer 429 with Retry-After. */
export class SandboxBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("The sandbox is busy");
  }
}

/** The kernel refused the isolation: the service must not start. */
export class IsolationUnavailableError extends Error {}
