import { authClasses } from "@emberlearn/contracts/http";
import { ForbiddenError, type Db, type ServiceClient } from "@emberlearn/platform";
import {
  latestConversationId,
  listConversation,
  listRecentMessages,
  type StoredMessage,
} from "../repository/conversation-repository.ts";

// The stored tutor conversations: a student reads their own (a conversation id of someone else's finds
// nothing), and a teacher reads those of the students in their own classes (students are told so in the
// tutor panel). Membership is asked of the auth service with the teacher's token.
export function createConversations(deps: { db: Db; auth: ServiceClient }) {
  return {
    async latest(studentId: string) {
      const id = await latestConversationId(deps.db, studentId);
      return { conversationId: id ?? null, messages: id ? await listConversation(deps.db, studentId, id) : [] };
    },

    one: async (studentId: string, conversationId: string) => ({
      conversationId,
      messages: await listConversation(deps.db, studentId, conversationId),
    }),

    /** A student of the caller's: their conversations, newest first, from their latest 200 messages. */
    async ofMyStudent(studentId: string) {
      const { classes } = await deps.auth.request(authClasses, {});
      if (!classes.some((c) => c.students.some((s) => s.id === studentId)))
        throw new ForbiddenError("This student is not in one of your classes");
      const byConversation = new Map<string, StoredMessage[]>();
      for (const m of await listRecentMessages(deps.db, studentId, 200))
        byConversation.set(m.conversationId, [...(byConversation.get(m.conversationId) ?? []), m]);
      return {
        conversations: [...byConversation.entries()]
          .map(([id, list]) => ({
            id,
            startedAt: list[0].createdAt,
            messages: list.map((m) => ({
              id: m.id,
              role: m.role,
              agent: m.agent,
              content: m.content,
              createdAt: m.createdAt,
            })),
          }))
          .reverse(),
      };
    },
  };
}

export type Conversations = ReturnType<typeof createConversations>;
