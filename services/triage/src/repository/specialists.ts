import {
  exerciseCheck,
  exerciseGuard,
  sandboxRun,
  tutorEndpoints,
  type GuardReply,
  type SpecialistReply,
  type TutorAsk,
} from "@emberlearn/contracts/http";
import type { Logger, ServiceClient } from "@emberlearn/platform";
import type { CheckSummary } from "../domain/compose.ts";
import type { Agent, LastRun } from "../domain/types.ts";

// Triage's calls to the other services: a specialist's offline answer and context, an exercise's
// practice check, and a plain run of the student's code. Each failure degrades to "unknown" so a
// student never sees a 500. The shapes are the callees' contracts (packages/contracts/src/http).

export type { SpecialistReply };

export interface Specialists {
  ask(agent: Agent, body: TutorAsk): Promise<SpecialistReply>;
  check(exerciseId: string, code: string): Promise<CheckSummary | undefined>;
  run(code: string): Promise<LastRun | undefined>;
  /** a piece of a model's answer checked against the exercise's solution; undefined when the check failed */
  guard(exerciseId: string, text: string): Promise<GuardReply | undefined>;
}

export function createSpecialists(deps: {
  client(agent: Agent | "sandbox"): ServiceClient;
  logger: Logger;
}): Specialists {
  return {
    ask: (agent, body): Promise<SpecialistReply> =>
      deps
        .client(agent)
        .request(tutorEndpoints[agent], { body, timeoutMs: 15_000 })
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
        .request(exerciseCheck, { body: { exerciseId, code } })
        .catch((err) => {
          deps.logger.warn({ err: (err as Error).message }, "exercise check unavailable");
          return undefined;
        }),
    guard: (exerciseId, text) =>
      deps
        .client("exercise")
        .request(exerciseGuard, { body: { exerciseId, text } })
        .catch((err) => {
          deps.logger.warn({ err: (err as Error).message }, "solution guard unavailable; refusing the model's answer");
          return undefined;
        }),
    run: (code) =>
      deps
        .client("sandbox")
        .request(sandboxRun, { body: { code }, timeoutMs: 10_000 })
        .then((r) => ({ status: r.status, stdout: r.stdout, error: r.error ?? null }))
        .catch((err) => {
          deps.logger.warn({ err: (err as Error).message }, "sandbox unavailable");
          return undefined;
        }),
  };
}
