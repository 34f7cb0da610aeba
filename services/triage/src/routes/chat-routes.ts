import { z } from "zod";
import { learningContext } from "@emberlearn/contracts";
import { chatStream } from "@emberlearn/contracts/http";
import { currentContext, userOf, type App } from "@emberlearn/platform";
import type { Conversations } from "../service/conversations.ts";
import type { Tutor } from "../service/tutor-turn.ts";
import { openEventStream } from "./chat-stream.ts";

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

const message = z.object({
  id: z.string(),
  conversationId: z.string(),
  role: z.enum(["user", "assistant"]),
  agent: z.string().nullable(),
  source: z.string().nullable(),
  content: z.string(),
  createdAt: z.string(),
});

export function chatRoutes(app: App, tutor: Tutor, conversations: Conversations) {
  app.post(
    "/api/triage/chat",
    {
      schema: {
        tags: ["tutor"],
        body: chatBody,
        summary:
          "Ask the tutor. Streams server-sent events: `routed` {conversationId, agent, confidence}, `chunk` " +
          "{text}…, then `done` {agent, source} (or `error`).",
      },
    },
    async (req, reply) => {
      const studentId = userOf(req).id;
      const stream = openEventStream(reply, chatStream, currentContext()?.correlationId ?? String(req.id));
      try {
        const result = await tutor.turn(studentId, req.body, {
          onRouted: (info) => stream.send("routed", info),
          onChunk: (text) => stream.send("chunk", { text }),
        });
        stream.send("done", result);
      } catch (err) {
        req.log.error({ err }, "tutor turn failed");
        stream.send("error", { detail: "The tutor could not answer just now. Please try again." });
      } finally {
        stream.end();
      }
    },
  );

  app.get(
    "/api/triage/conversations/latest",
    {
      schema: {
        tags: ["tutor"],
        summary: "My most recent conversation with the tutor",
        response: { 200: z.object({ conversationId: z.string().nullable(), messages: z.array(message) }) },
      },
    },
    async (req) => conversations.latest(userOf(req).id),
  );

  app.get(
    "/api/triage/conversations/:conversationId",
    {
      schema: {
        tags: ["tutor"],
        summary: "One of my conversations",
        params: z.object({ conversationId: z.string().uuid() }),
        response: { 200: z.object({ conversationId: z.string(), messages: z.array(message) }) },
      },
    },
    async (req) => conversations.one(userOf(req).id, req.params.conversationId),
  );
}
