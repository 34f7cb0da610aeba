import { z } from "zod";
import { learningContext } from "../context.ts";
import { eventData, TUTOR_AGENTS } from "../events.ts";
import { liveRunParams, runResult } from "../sandbox.ts";
import { defineStream } from "./event-stream.ts";

// The platform's server-sent-event streams, each event's data defined once: the services write them with
// sseFrame, the web app reads them with readStreamEvent (apps/web/src/lib/client-api.ts). This file is
// imported by the browser: keep it to these maps.

/** what the student asks the tutor, with the code and last run the question is about */
const chatBody = z.object({
  message: z.string().trim().min(1, "must not be empty").max(4000),
  code: z
    .string()
    .max(64 * 1024)
    .optional(),
  lastRun: z
    .object({
      status: z.string(),
      stdout: z.string().max(10_000).optional(),
      error: z
        .object({ type: z.string(), message: z.string(), line: z.number().nullable().optional() })
        .passthrough()
        .nullable()
        .optional(),
    })
    .optional(),
  ...learningContext,
  conversationId: z.string().uuid().optional(),
});

/** POST /api/triage/chat: how triage routed the message, the answer in chunks, then done (or error). */
export const chatStream = defineStream({
  method: "POST",
  path: "/api/triage/chat",
  body: chatBody,
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
  params: liveRunParams,
  events: {
    output: z.object({ stream: z.enum(["stdout", "stderr"]), text: z.string() }),
    input: z.object({}),
    done: z.object({ result: runResult }),
  },
});
