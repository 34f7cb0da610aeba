import { randomUUID } from "node:crypto";
import type { RunResult } from "@emberlearn/contracts/sandbox";
import {
  sandboxEof,
  sandboxInput,
  sandboxInteractive,
  sandboxSessionStream,
  sandboxStop,
  sandboxTrace,
  sseFrame,
} from "@emberlearn/contracts/http";
import { NotFoundError, userOf, type App } from "@emberlearn/platform";
import type { Sandbox } from "../domain/index.ts";
import type { RunSession, SessionEvent } from "../domain/session.ts";
import type { RunContext } from "./run-helpers.ts";

// Interactive runs (output as it happens, input() answered from the console) and step-through
// traces. A session lives in this process's memory: on several replicas the gateway must send a
// run's follow-up requests to the replica that started it (docs/operations.md).

const KEEP_AFTER_DONE_MS = 60_000;
const HEARTBEAT_MS = 15_000;

interface Owned {
  owner: string;
  session: RunSession;
}

export interface SessionDeps {
  sandbox: Sandbox;
  guarded<T>(fn: () => T | Promise<T>): Promise<T>;
  recorded(studentId: string, result: RunResult, ctx: RunContext): void;
}

export function sessionRoutes(app: App, deps: SessionDeps) {
  const sessions = new Map<string, Owned>();

  function own(req: { params: { runId: string } } & Parameters<typeof userOf>[0]): RunSession {
    const found = sessions.get(req.params.runId);
    if (!found || found.owner !== userOf(req).id) throw new NotFoundError(`Run "${req.params.runId}"`);
    return found.session;
  }

  app.post(
    "/api/sandbox/interactive",
    {
      schema: {
        tags: ["sandbox"],
        summary: "Start an interactive run: its output streams, and input() waits for the student",
        body: sandboxInteractive.body,
        response: { 201: sandboxInteractive.response },
      },
    },
    async (req, reply) => {
      const owner = userOf(req).id;
      const session = await deps.guarded(() => deps.sandbox.start({ ...req.body, user: owner }));
      const id = randomUUID();
      sessions.set(id, { owner, session });
      session.result.then(
        (result) => {
          deps.recorded(owner, result, { code: req.body.code });
          setTimeout(() => sessions.delete(id), KEEP_AFTER_DONE_MS).unref();
        },
        () => sessions.delete(id),
      );
      reply.code(201);
      return { runId: id };
    },
  );

  app.get(
    "/api/sandbox/live/:runId/events",
    {
      schema: {
        tags: ["sandbox"],
        summary: "Server-sent events of a run: output, input (waiting for the student), done",
        params: sandboxSessionStream.params,
      },
    },
    async (req, reply) => {
      const session = own(req);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      const send = (e: SessionEvent) => {
        const s = sandboxSessionStream;
        if (e.event === "output") res.write(sseFrame(s, "output", { stream: e.stream, text: e.text }));
        else if (e.event === "input") res.write(sseFrame(s, "input", {}));
        else res.write(sseFrame(s, "done", { result: e.result }));
        if (e.event === "done") finish();
      };
      const heartbeat = setInterval(() => res.write(": heartbeat\n\n"), HEARTBEAT_MS);
      let unsubscribe = () => {};
      const finish = () => {
        clearInterval(heartbeat);
        unsubscribe();
        res.end();
      };
      unsubscribe = session.subscribe(send);
      req.raw.on("close", () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );

  app.post(
    "/api/sandbox/live/:runId/input",
    {
      schema: {
        tags: ["sandbox"],
        summary: "Answer the program's input() with one line",
        params: sandboxInput.params,
        body: sandboxInput.body,
        response: { 200: sandboxInput.response },
      },
    },
    async (req) => {
      own(req).input(req.body.text);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/sandbox/live/:runId/eof",
    {
      schema: {
        tags: ["sandbox"],
        summary: "End the program's input (input() then raises EOFError)",
        params: sandboxEof.params,
        response: { 200: sandboxEof.response },
      },
    },
    async (req) => {
      own(req).eof();
      return { ok: true as const };
    },
  );

  app.delete(
    "/api/sandbox/live/:runId",
    {
      schema: {
        tags: ["sandbox"],
        summary: "Stop a run",
        params: sandboxStop.params,
        response: { 200: sandboxStop.response },
      },
    },
    async (req) => {
      own(req).stop();
      return { ok: true as const };
    },
  );

  app.post(
    "/api/sandbox/trace",
    {
      schema: {
        tags: ["sandbox"],
        summary: "Run a program recording every step (line, call stack, variables, output so far), up to 1,000",
        body: sandboxTrace.body,
        response: { 200: sandboxTrace.response },
      },
    },
    async (req) => {
      const user = userOf(req).id;
      const result = await deps.guarded(() => deps.sandbox.trace({ ...req.body, user }));
      deps.recorded(user, result, { code: req.body.code });
      return result;
    },
  );
}
