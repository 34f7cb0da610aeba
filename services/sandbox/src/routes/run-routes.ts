import { z } from "zod";
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
import { SandboxBusyError, type RunResult, type Sandbox } from "../domain/index.ts";

const code = z.string().max(64 * 1024, "must be at most 64 KB of code");
const context = { exerciseId: z.string().max(80).optional(), moduleId: z.string().max(40).optional() };
const error = z.object({
  type: z.string(),
  message: z.string(),
  line: z.number().nullable(),
  column: z.number().nullable().optional(),
  traceback: z.string().optional(),
});
const status = z.enum(["ok", "error", "timeout", "memory", "output-limit", "rejected"]);
const runResult = z.object({
  status,
  stdout: z.string(),
  stderr: z.string(),
  exitCode: z.number().nullable(),
  durationMs: z.number(),
  error: error.nullable(),
});
const testResult = runResult.extend({
  tests: z.array(z.object({ name: z.string(), passed: z.boolean(), message: z.string() })),
  summary: z.object({ passed: z.number(), failed: z.number(), errors: z.number(), total: z.number() }),
});

export interface RunDeps {
  sandbox: Sandbox;
  db: Db;
  tables: MessagingTables;
  relay: OutboxRelay;
}

export function runRoutes(app: App, deps: RunDeps) {
  async function publish(studentId: string, r: RunResult, ctx: { exerciseId?: string; moduleId?: string }) {
    const event = createEvent(
      "code.executed",
      {
        studentId,
        status: r.status,
        errorType: r.error?.type ?? null,
        durationMs: r.durationMs,
        ...(ctx.exerciseId ? { exerciseId: ctx.exerciseId } : {}),
        ...(ctx.moduleId ? { moduleId: ctx.moduleId } : {}),
      },
      "sandbox",
    );
    await deps.db.transaction(async (tx) => enqueueEvents(tx as unknown as Db, deps.tables, [event]));
    deps.relay.poke();
  }

  async function guarded<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof SandboxBusyError)
        throw new TooManyRequestsError("The sandbox is busy. Try again in a moment.", err.retryAfterSeconds);
      throw err;
    }
  }

  app.post(
    "/api/sandbox/run",
    {
      schema: {
        tags: ["sandbox"],
        summary: "Run a Python program (5 s, 50 MB, no network, standard library only)",
        body: z.object({
          code,
          stdin: z
            .string()
            .max(64 * 1024)
            .optional(),
          timeoutMs: z.number().int().min(100).max(5000).optional(),
          ...context,
        }),
        response: { 200: runResult },
      },
    },
    async (req) => {
      const result = await guarded(() => deps.sandbox.run(req.body));
      await publish(userOf(req).id, result, req.body);
      return result;
    },
  );

  app.post(
    "/api/sandbox/test",
    {
      schema: {
        tags: ["sandbox"],
        summary:
          "Grade code against hidden unittest tests (service-to-service; the student's code is importable as `student`)",
        body: z.object({
          code,
          tests: z
            .string()
            .min(1)
            .max(256 * 1024),
          timeoutMs: z.number().int().min(100).max(5000).optional(),
          ...context,
        }),
        response: { 200: testResult },
      },
    },
    async (req) => {
      const result = await guarded(() => deps.sandbox.runTests(req.body));
      await publish(userOf(req).id, result, req.body);
      return result;
    },
  );
}
