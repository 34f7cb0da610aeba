import type { RunResult } from "@emberlearn/contracts/sandbox";
import {
  createEvent,
  createOutboxRelay,
  enqueueEvents,
  type Db,
  type EventBus,
  type Logger,
} from "@emberlearn/platform";
import { inbox, outbox } from "../repository/schema.ts";

// Every run becomes a code.executed event (progress learns errors and failed runs from it), through this
// service's outbox and relay.

export interface RunContext {
  code: string;
  exerciseId?: string;
  moduleId?: string;
}

/** Records a run's event after the answer; the student never waits for it, and a failure is only logged. */
export type RunRecorder = (studentId: string, result: RunResult, ctx: RunContext) => void;

export function codeExecutedEvents(deps: { db: Db; bus: EventBus; logger: Logger }) {
  const tables = { outbox, inbox };
  const relay = createOutboxRelay({ ...deps, tables });

  async function publish(studentId: string, r: RunResult, ctx: RunContext) {
    const data = { studentId, status: r.status, errorType: r.error?.type ?? null, durationMs: r.durationMs };
    // the code and its error travel with the event: a teacher's alert shows what the student ran
    const error = r.error
      ? { type: r.error.type, message: r.error.message.slice(0, 2000), line: r.error.line }
      : undefined;
    const event = createEvent("code.executed", { ...data, ...ctx, ...(error ? { error } : {}) }, "sandbox");
    // one statement, atomic on its own: no transaction round trips around it
    await enqueueEvents(deps.db, tables, [event]);
    relay.poke();
  }

  // the event is written right after the answer, not before it: a run changes nothing of ours
  // that the event must commit with, and the student should not wait for the database
  const recorded: RunRecorder = (studentId, r, ctx) => {
    publish(studentId, r, ctx).catch((err) => deps.logger.error({ err }, "could not record a code.executed event"));
  };
  return { relay, recorded };
}
