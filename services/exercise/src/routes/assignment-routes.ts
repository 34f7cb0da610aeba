import { userOf, type App } from "@emberlearn/platform";
import { assignmentCreate, assignmentList } from "@emberlearn/contracts/http";
import type { AssignmentService } from "../service/assignments.ts";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };
export function assignmentRoutes(app: App, assignments: AssignmentService) {
  app.post(
    "/api/exercise/assignments",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "Assign a published exercise I can see (the curriculum's, mine, a platform-wide one) to one of my classes",
        body: assignmentCreate.body,
        response: { 201: assignmentCreate.response },
      },
    },
    async (req, reply) => reply.code(201).send(await assignments.create(userOf(req), req.body)),
  );

  app.get(
    "/api/exercise/assignments",
    {
      schema: {
        tags: ["exercises"],
        summary:
          "Assignments of my classes (a teacher's own classes, or the classes a student joined). " +
          "For a student, each carries my status and a reminder (due-soon: within 48 h; overdue), soonest due first",
        response: { 200: assignmentList.response },
      },
    },
    async (req) => ({ assignments: await assignments.list(userOf(req)) }),
  );
}
