import { NotFoundError, userOf, type App } from "@emberlearn/platform";
import { studentIdsOf } from "../domain/roster.ts";
import { findAlert, listAlerts } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "../app.ts";
import { alertList, alertResolve } from "@emberlearn/contracts/http";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };

export function teacherRoutes(app: App, deps: ProgressDeps) {
  /** the caller's students, from the auth service; a teacher sees only their own classes */
  const myStudents = async () => studentIdsOf(await deps.roster.classesOfCaller());

  app.get(
    "/api/progress/alerts",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Struggle alerts of my students",
        querystring: alertList.query,
        response: { 200: alertList.response },
      },
    },
    async (req) => ({ alerts: await listAlerts(deps.db, [...(await myStudents())], req.query.status) }),
  );

  app.post(
    "/api/progress/alerts/:alertId/resolve",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Resolve an alert of one of my students",
        params: alertResolve.params,
        response: { 200: alertResolve.response },
      },
    },
    async (req) => {
      const found = await findAlert(deps.db, req.params.alertId);
      if (!found || !(await myStudents()).has(found.studentId)) throw new NotFoundError("Alert");
      await deps.resolveAlert(found, userOf(req).id);
      return await findAlert(deps.db, found.id);
    },
  );
}
