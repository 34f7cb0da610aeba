import { userOf, type App } from "@emberlearn/platform";
import { alertList, alertResolve } from "@emberlearn/contracts/http";
import type { Alerts } from "../service/alerts.ts";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };

export function teacherRoutes(app: App, alerts: Alerts) {
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
    async (req) => ({ alerts: await alerts.list(req.query.status) }),
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
    async (req) => alerts.resolve(req.params.alertId, userOf(req).id),
  );
}
