import type { App } from "@emberlearn/platform";
import { attachment } from "@emberlearn/platform/csv/csv";
import { assignmentParams, assignmentStatusGet } from "@emberlearn/contracts/http";
import type { AssignmentStatusService } from "../service/assignment-status.ts";

// An assignment's completion, per student of the class: the teacher's table and its CSV.

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };

export function assignmentStatusRoutes(app: App, statuses: AssignmentStatusService) {
  app.get(
    "/api/exercise/assignments/:assignmentId/status",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Each student's status on an assignment of my class: not started, in progress, passed, late",
        params: assignmentStatusGet.params,
        response: { 200: assignmentStatusGet.response },
      },
    },
    async (req) => statuses.status(req.params.assignmentId),
  );

  app.get(
    "/api/exercise/assignments/:assignmentId/export.csv",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "An assignment's results as CSV, one row per student of the class",
        params: assignmentParams,
      },
    },
    async (req, reply) => {
      const { filename, csv } = await statuses.csv(req.params.assignmentId);
      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", attachment(filename));
      return reply.send(csv);
    },
  );
}
