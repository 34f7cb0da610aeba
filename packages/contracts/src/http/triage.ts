import { z } from "zod";
import { defineEndpoint } from "./endpoint.ts";

// The triage service's routes the web app reads: a student's tutor conversations, for their teacher, and
// a student's own. (The chat itself is a server-sent-event stream: its body and events are in streams.ts.)

export const conversationMessage = z.object({
  id: z.string(),
  role: z.enum(["user", "assistant"]),
  agent: z.string().nullable(),
  content: z.string(),
  createdAt: z.string(),
});

export const studentConversations = defineEndpoint({
  method: "GET",
  path: "/api/triage/students/:studentId/conversations",
  params: z.object({ studentId: z.string().min(1).max(100) }),
  response: z.object({
    conversations: z.array(z.object({ id: z.string(), startedAt: z.string(), messages: z.array(conversationMessage) })),
  }),
});

/** one message of the student's own conversation, as their tutor panel reloads it */
const ownMessage = conversationMessage.extend({ conversationId: z.string(), source: z.string().nullable() });

export const latestConversation = defineEndpoint({
  method: "GET",
  path: "/api/triage/conversations/latest",
  response: z.object({ conversationId: z.string().nullable(), messages: z.array(ownMessage) }),
});

export const conversationGet = defineEndpoint({
  method: "GET",
  path: "/api/triage/conversations/:conversationId",
  params: z.object({ conversationId: z.string().uuid() }),
  response: z.object({ conversationId: z.string(), messages: z.array(ownMessage) }),
});
