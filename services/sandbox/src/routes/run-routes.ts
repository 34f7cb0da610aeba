import { z } from "zod";
import {
  MAX_CODE_BYTES,
  runFile,
  runResult,
  testRequest,
  testRunResult,
  type RunResult,
} from "@emberlearn/contracts/sandbox";
import {
  createEvent,
  enqueueEvents,
  TooManyRequestsError,
  userOf,
  type App,
  type Db,
  type MessagingTables,
  type OutboxRelay,
} from "@emberlearn/platform";
import { SandboxBusyError, type Sandbox } from "../domain/index.ts";

const context = { exerciseId: z.string().max(80).optional(), moduleId: z.string().max(40).optional() };
const runBody = z.object({
  code: z.string().max(MAX_CODE_BYTES, "must be at most 64 KB of code"),
  stdin: z
    .string()
    .max(64 * 1024)
    .optional(),
  files: z.array(runFile).max(20).optional(),
  timeoutMs: z.number().int().min(100).max(5000).optional(),
  ...context,
});

export interface RunDeps {
  sandbox: Sandbox;
  db: Db;
  tables: MessagingTables;
  relay: OutboxRelay;
}

export function runRoutes(app: App, deps: RunDeps) {
  async function publish(studentId: string, r: RunResult, ctx: { exerciseId?: string; moduleId?: string }) {
    const data = { studentId, status: r.status, errorType: r.error?.type ?? null, durationMs: r.durationMs };
    const event = createEvent("code.executed", { ...data, ...ctx }, "sandbox");
    await deps.db.transaction(async (tx) => enqueueEvents(tx as unknown as Db, deps.tables, [event]));
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

  app.post(
    "/api/sandbox/run",
    {
      schema: {
        tags: ["sandbox"],
        summary: "Run a Python program (5 s, 50 MB, no network, standard library only)",
        body: runBody,
        response: { 200: runResult },
      },
    },
    async (req) => {
      const user = userOf(req).id;
      const { exerciseId, moduleId, ...input } = req.body;
      const result = await guarded(() => deps.sandbox.run({ ...input, user }));
      later(publish(user, result, { exerciseId, moduleId }));
      return result;
    },
  );

  app.post(
    "/api/sandbox/test",
    {
      schema: {
        tags: ["sandbox"],
        summary:
          "Grade code against unittest tests, as `python -m unittest` would (service-to-service; the code is importable as `moduleName`, default `student`)",
        body: testRequest,
        response: { 200: testRunResult },
      },
    },
    async (req) => {
      const { studentId, exerciseId, moduleId, ...input } = req.body;
      const user = studentId ?? userOf(req).id;
      const result = await guarded(() => deps.sandbox.runTests({ ...input, user }));
      later(publish(user, result, { exerciseId, moduleId }));
      return result;
    },
  );
}
