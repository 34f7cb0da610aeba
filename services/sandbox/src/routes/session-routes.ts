import {
  sandboxEof,
  sandboxInput,
  sandboxInteractive,
  sandboxSessionStream,
  sandboxStop,
  sandboxTrace,
  sseFrame,
} from "@emberlearn/contracts/http";
import { userOf, type App } from "@emberlearn/platform";
import type { SessionEvent } from "../domain/session.ts";
import type { RunService } from "../service/runs.ts";
import type { SessionService } from "../service/sessions.ts";

// Interactive runs (output as it happens, input() answered from the console) and step-through
// traces. The sessions live in service/sessions.ts; this file streams one as server-sent events.

const HEARTBEAT_MS = 15_000;

export function sessionRoutes(app: App, deps: { sessions: SessionService; runs: RunService }) {
  const { sessions, runs } = deps;

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
      reply.code(201);
      return { runId: await sessions.start(userOf(req).id, req.body) };
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
      const session = sessions.own(userOf(req).id, req.params.runId);
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
      sessions.input(userOf(req).id, req.params.runId, req.body.text);
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
      sessions.eof(userOf(req).id, req.params.runId);
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
      sessions.stop(userOf(req).id, req.params.runId);
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
    async (req) => runs.trace(userOf(req).id, req.body),
  );
}
