import { studentConversations } from "@emberlearn/contracts/http";
import type { App } from "@emberlearn/platform";
import type { Conversations } from "../service/conversations.ts";

// A teacher reads the tutor conversations of the students in their own classes (service/conversations.ts).

export function teacherRoutes(app: App, conversations: Conversations) {
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
    async (req) => conversations.ofMyStudent(req.params.studentId),
  );
}
