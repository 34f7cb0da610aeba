import type { App } from "@emberlearn/platform";
import { attachment } from "@emberlearn/platform/csv/csv";
import { classOverview, classParams } from "@emberlearn/contracts/http";
import type { ClassViews } from "../service/classes.ts";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };
export function classRoutes(app: App, classes: ClassViews) {
  app.get(
    "/api/progress/classes/:classId/overview",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Class heatmap: every student × module mastery, and whether they started the module",
        params: classOverview.params,
        response: { 200: classOverview.response },
      },
    },
    async (req) => classes.overview(req.params.classId),
  );

  app.get(
    "/api/progress/classes/:classId/gradebook.csv",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary:
          "The class gradebook as CSV: one row per student; best score per exercise, best attempt per quiz, " +
          "mastery per module and overall (blank: never tried)",
        params: classParams,
      },
    },
    async (req, reply) => {
      const { className, csv } = await classes.gradebook(req.params.classId);
      reply.header("content-type", "text/csv; charset=utf-8");
      reply.header("content-disposition", attachment(`${className} gradebook.csv`));
      // no byte-order mark: CSV readers would take it as part of the first column's name
      return reply.send(csv);
    },
  );
}
