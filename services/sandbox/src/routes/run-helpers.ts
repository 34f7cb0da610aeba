import type { RunResult } from "@emberlearn/contracts/sandbox";
import {
  createEvent,
  enqueueEvents,
  TooManyRequestsError,
  type App,
  type Db,
  type MessagingTables,
  type OutboxRelay,
} from "@emberlearn/platform";
import { SandboxBusyError, type Sandbox } from "../domain/index.ts";

export interface RunContext {
  code: string;
  exerciseId?: string;
  moduleId?: string;
}

export interface RunDeps {
  sandbox: Sandbox;
  db: Db;
  tables: MessagingTables;
  relay: OutboxRelay;
}

/** What every route that runs code shares: the code.executed event, and 429 for a full queue. */
export function runHelpers(app: App, deps: RunDeps) {
  async function publish(studentId: string, r: RunResult, ctx: RunContext) {
    const data = { studentId, status: r.status, errorType: r.error?.type ?? null, durationMs: r.durationMs };
    // the code and its error travel with the event: a teacher's alert shows what the student ran
    const error = r.error
      ? { type: r.error.type, message: r.error.message.slice(0, 2000), line: r.error.line }
      : undefined;
    const event = createEvent("code.executed", { ...data, ...ctx, ...(error ? { error } : {}) }, "sandbox");
    // one statement, atomic on its own: no transaction round trips around it
    await enqueueEvents(deps.db, deps.tables, [event]);
    deps.relay.poke();
  }

  // the event is written right after the answer, not before it: a run changes nothing of ours
  // that the event must commit with, and the student should not wait for the database
  function later(work: Promise<void>) {
    work.catch((err) => app.log.error({ err }, "could not record a code.executed event"));
  }

  async function guarded<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof SandboxBusyError) {
        const message =
          err.scope === "user"
            ? "You already have programs waiting to run. Wait for them to finish, then try again."
            : "The sandbox is busy. Try again in a moment.";
        throw new TooManyRequestsError(message, err.retryAfterSeconds);
      }
      throw err;
    }
  }

  return {
    guarded,
    recorded: (studentId: string, r: RunResult, ctx: RunContext) => later(publish(studentId, r, ctx)),
  };
}
