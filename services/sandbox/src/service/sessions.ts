import { randomUUID } from "node:crypto";
import { NotFoundError } from "@emberlearn/platform";
import type { RunInput } from "../domain/index.ts";
import type { RunSession } from "../domain/session.ts";
import { guarded, type RunDeps } from "./runs.ts";

// Interactive runs (output as it happens, input() answered from the console). A session lives in this
// process's memory: on several replicas the gateway must send a run's follow-up requests to the replica
// that started it (docs/operations.md). Only the student who started a run sees it.

const KEEP_AFTER_DONE_MS = 60_000;

interface Owned {
  owner: string;
  session: RunSession;
}

export function createSessionService(deps: RunDeps) {
  const sessions = new Map<string, Owned>();

  function own(owner: string, runId: string): RunSession {
    const found = sessions.get(runId);
    if (!found || found.owner !== owner) throw new NotFoundError(`Run "${runId}"`);
    return found.session;
  }

  return {
    own,

    /** Starts a run; its id names it in the follow-up requests. */
    async start(owner: string, input: Omit<RunInput, "user">): Promise<string> {
      const session = await guarded(() => deps.sandbox.start({ ...input, user: owner }));
      const id = randomUUID();
      sessions.set(id, { owner, session });
      session.result.then(
        (result) => {
          deps.recorded(owner, result, { code: input.code });
          setTimeout(() => sessions.delete(id), KEEP_AFTER_DONE_MS).unref();
        },
        () => sessions.delete(id),
      );
      return id;
    },

    input: (owner: string, runId: string, text: string) => own(owner, runId).input(text),
    eof: (owner: string, runId: string) => own(owner, runId).eof(),
    stop: (owner: string, runId: string) => own(owner, runId).stop(),
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
