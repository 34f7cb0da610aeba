import { z } from "zod";
import type { Logger, ServiceClient } from "@emberlearn/platform";
import type { CheckSummary } from "../domain/compose.ts";
import type { Agent, LastRun } from "../domain/types.ts";

// Triage's calls to the other services: a specialist's offline answer and context, an exercise's
// practice check, and a plain run of the student's code. Each failure degrades to "unknown" so a
// student never sees a 500.

const topic = z.object({ key: z.string(), label: z.string(), conceptId: z.string().optional() });
const hint = z.object({ level: z.number(), of: z.number(), text: z.string(), held: z.boolean().default(false) });
export const specialistReply = z
  .object({
    agent: z.string(),
    offline: z.string(),
    context: z.string(),
    topic: topic.optional(),
    depth: z.enum(["simple", "standard", "deep"]).optional(),
    hint: hint.nullable().optional(),
    hintLevel: z.number().optional(),
  })
  .passthrough();
export type SpecialistReply = z.infer<typeof specialistReply>;

const checkReply = z.object({
  title: z.string(),
  passed: z.boolean(),
  verdict: z.string(),
  passedCount: z.number(),
  total: z.number(),
  firstFailing: z.object({ name: z.string(), explanation: z.string() }).nullable(),
  error: z.object({ type: z.string(), message: z.string(), line: z.number().nullable() }).nullable(),
  summary: z.string(),
});
const runReply = z
  .object({
    status: z.string(),
    stdout: z.string().optional(),
    error: z
      .object({ type: z.string(), message: z.string(), line: z.number().nullable().optional() })
      .passthrough()
      .nullable()
      .optional(),
  })
  .passthrough();

const guardReply = z.object({ text: z.string(), refuse: z.boolean(), stripped: z.number(), kept: z.string() });

export interface Specialists {
  ask(agent: Agent, body: Record<string, unknown>): Promise<SpecialistReply>;
  check(exerciseId: string, code: string): Promise<CheckSummary | undefined>;
  run(code: string): Promise<LastRun | undefined>;
  /** a piece of a model's answer checked against the exercise's solution; undefined when the check failed */
  guard(exerciseId: string, text: string): Promise<z.infer<typeof guardReply> | undefined>;
}

export function createSpecialists(deps: {
  client(agent: Agent | "sandbox"): ServiceClient;
  logger: Logger;
}): Specialists {
  return {
    ask: (agent, body) =>
      deps
        .client(agent)
        .call({ method: "POST", path: `/api/${agent}/tutor`, body, schema: specialistReply, timeoutMs: 15_000 })
        .catch((err) => {
          deps.logger.warn({ err: (err as Error).message, agent }, "specialist unavailable");
          return {
            agent,
            offline:
              "I could not reach that tutor just now. Try again in a moment, or tell me more about what you are " +
              "working on.",
            context: "",
          };
        }),
    check: (exerciseId, code) =>
      deps
        .client("exercise")
        .call({ method: "POST", path: "/api/exercise/checks", body: { exerciseId, code }, schema: checkReply })
        .catch((err) => {
          deps.logger.warn({ err: (err as Error).message }, "exercise check unavailable");
          return undefined;
        }),
    guard: (exerciseId, text) =>
      deps
        .client("exercise")
        .call({ method: "POST", path: "/api/exercise/guard", body: { exerciseId, text }, schema: guardReply })
        .catch((err) => {
          deps.logger.warn({ err: (err as Error).message }, "solution guard unavailable; refusing the model's answer");
          return undefined;
        }),
    run: (code) =>
      deps
        .client("sandbox")
        .call({ method: "POST", path: "/api/sandbox/run", body: { code }, schema: runReply, timeoutMs: 10_000 })
        .then((r) => ({ status: r.status, stdout: r.stdout, error: r.error ?? null }))
        .catch((err) => {
          deps.logger.warn({ err: (err as Error).message }, "sandbox unavailable");
          return undefined;
        }),
  };
}
