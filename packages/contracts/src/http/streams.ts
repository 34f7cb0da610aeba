import { z } from "zod";
import { eventData, TUTOR_AGENTS } from "../events.ts";
import { runResult } from "../sandbox.ts";
import { defineStream } from "./event-stream.ts";

// The platform's server-sent-event streams, each event's data defined once: the services write them with
// sseFrame, the web app reads them with readStreamEvent (apps/web/src/lib/client-api.ts). This file is
// imported by the browser: keep it to these maps.

/** POST /api/triage/chat: how triage routed the message, the answer in chunks, then done (or error). */
export const chatStream = defineStream({
  method: "POST",
  path: "/api/triage/chat",
  events: {
    routed: z.object({
      conversationId: z.string(),
      agent: z.enum(TUTOR_AGENTS),
      confidence: z.number(),
      reasons: z.array(z.string()),
      action: z.string(),
    }),
    chunk: z.object({ text: z.string() }),
    done: z.object({ conversationId: z.string(), agent: z.enum(TUTOR_AGENTS), source: z.enum(["model", "offline"]) }),
    error: z.object({ detail: z.string() }),
  },
});

/** GET /api/progress/alerts/stream: a teacher's students' struggle alerts as they are raised and resolved. */
export const alertStream = defineStream({
  method: "GET",
  path: "/api/progress/alerts/stream",
  events: {
    "struggle.detected": eventData["struggle.detected"],
    "struggle.resolved": eventData["struggle.resolved"],
  },
});

/** GET /api/sandbox/live/:runId/events: an interactive run's output, each wait at input(), then the result. */
export const sandboxSessionStream = defineStream({
  method: "GET",
  path: "/api/sandbox/live/:runId/events",
  events: {
    output: z.object({ stream: z.enum(["stdout", "stderr"]), text: z.string() }),
    input: z.object({}),
    done: z.object({ result: runResult }),
  },
});
