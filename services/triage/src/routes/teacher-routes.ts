import { eq } from "drizzle-orm";
import { authClasses, studentConversations } from "@emberlearn/contracts/http";
import { ForbiddenError, type App, type Db, type ServiceClient } from "@emberlearn/platform";
import { messages } from "../repository/schema.ts";
import { newestFirst } from "../repository/conversation-repository.ts";

// A teacher reads the tutor conversations of the students in their own classes (students are
// told so in the tutor panel). Membership is asked of the auth service with the teacher's token.

export function teacherRoutes(app: App, deps: { db: Db; auth: ServiceClient }) {
  app.get(
    "/api/triage/students/:studentId/conversations",
    {
      config: { roles: ["teacher", "admin"] },
      schema: {
        tags: ["teacher"],
        summary: "A student of mine: their tutor conversations, newest first (the latest 200 messages)",
        params: studentConversations.params,
        response: { 200: studentConversations.response },
      },
    },
    async (req) => {
      const { classes } = await deps.auth.request(authClasses, {});
      if (!classes.some((c) => c.students.some((s) => s.id === req.params.studentId)))
        throw new ForbiddenError("This student is not in one of your classes");
      const rows = await deps.db
        .select()
        .from(messages)
        .where(eq(messages.studentId, req.params.studentId))
        .orderBy(...newestFirst)
        .limit(200);
      const byConversation = new Map<string, typeof rows>();
      for (const r of rows.reverse())
        byConversation.set(r.conversationId, [...(byConversation.get(r.conversationId) ?? []), r]);
      return {
        conversations: [...byConversation.entries()]
          .map(([id, list]) => ({
            id,
            startedAt: new Date(list[0].createdAt).toISOString(),
            messages: list.map((m) => ({
              id: m.id,
              role: m.role as "user" | "assistant",
              agent: m.agent,
              content: m.content,
              createdAt: new Date(m.createdAt).toISOString(),
            })),
          }))
          .reverse(),
      };
    },
  );
}
