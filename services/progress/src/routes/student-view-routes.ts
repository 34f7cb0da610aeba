import type { App } from "@emberlearn/platform";
import { progressStudent } from "@emberlearn/contracts/http";
import type { StudentView } from "../service/student-view.ts";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };

export function studentViewRoutes(app: App, view: StudentView) {
  app.get(
    "/api/progress/students/:studentId",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "One of my students: who they are, mastery now and per day, runs that failed (with the code), " +
          "recent activity, open and resolved alerts",
        params: progressStudent.params,
        querystring: progressStudent.query,
        response: { 200: progressStudent.response },
      },
    },
    async (req) => view.forTeacher(req.params.studentId, req.query.module),
  );
}
