import type { z } from "zod";
import type { runRequest, sandboxTest } from "@emberlearn/contracts/http";
import { TooManyRequestsError } from "@emberlearn/platform";
import { SandboxBusyError, type RunInput, type Sandbox } from "../domain/index.ts";
import type { RunRecorder } from "../events/code-executed.ts";

// Runs to completion: a program, an exercise's tests (service-to-service), a step-through trace. Each is
// recorded as code.executed; a full queue is a 429 with Retry-After, for the student or for everyone.

export interface RunDeps {
  sandbox: Sandbox;
  recorded: RunRecorder;
}

export type Guarded = <T>(fn: () => T | Promise<T>) => Promise<T>;

export const guarded: Guarded = async (fn) => {
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
};

export function createRunService(deps: RunDeps) {
  return {
    async run(user: string, req: z.infer<typeof runRequest>) {
      const { exerciseId, moduleId, ...input } = req;
      const result = await guarded(() => deps.sandbox.run({ ...input, user }));
      deps.recorded(user, result, { code: input.code, exerciseId, moduleId });
      return result;
    },

    /** `caller` is the calling service's user; the request names the student whose code it is */
    async test(caller: string, req: z.infer<typeof sandboxTest.body>) {
      const { studentId, exerciseId, moduleId, ...input } = req;
      const user = studentId ?? caller;
      const result = await guarded(() => deps.sandbox.runTests({ ...input, user }));
      deps.recorded(user, result, { code: input.code, exerciseId, moduleId });
      return result;
    },

    async trace(user: string, input: Omit<RunInput, "user">) {
      const result = await guarded(() => deps.sandbox.trace({ ...input, user }));
      deps.recorded(user, result, { code: input.code });
      return result;
    },
  };
}

export type RunService = ReturnType<typeof createRunService>;
