import { chatStream, conversationGet, latestConversation } from "@emberlearn/contracts/http";
import { currentContext, userOf, type App } from "@emberlearn/platform";
import type { Conversations } from "../service/conversations.ts";
import type { Tutor } from "../service/tutor-turn.ts";
import { openEventStream } from "./chat-stream.ts";

export function chatRoutes(app: App, tutor: Tutor, conversations: Conversations) {
  app.post(
    "/api/triage/chat",
    {
      schema: {
        tags: ["tutor"],
        body: chatStream.body,
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
        response: { 200: latestConversation.response },
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
        params: conversationGet.params,
        response: { 200: conversationGet.response },
      },
    },
    async (req) => conversations.one(userOf(req).id, req.params.conversationId),
  );
}
