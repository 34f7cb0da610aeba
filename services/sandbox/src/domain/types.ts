export type { RunResult, RunStatus, StudentError, TestResult, TestRunResult } from "@emberlearn/contracts/sandbox";

/** The queue is full (for everyone, or for this user): the caller answers 429 with Retry-After. */
export class SandboxBusyError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    readonly scope: "user" | "total" = "total",
  ) {
    super(scope === "user" ? "You already have programs waiting to run" : "The sandbox is busy");
  }
}

/** The kernel refused the isolation: the service must not start. */
export class IsolationUnavailableError extends Error {}
