import { z } from "zod";
import { ForbiddenError, NotFoundError, userOf, type App } from "@emberlearn/platform";
import { buildReport } from "../domain/report.ts";
import { studentIdsOf } from "../domain/roster.ts";
import {
  findAlert,
  findTimeZone,
  listActivities,
  listActivitiesByStudent,
  listAlerts,
  markResolved,
} from "../repository/progress-repository.ts";
import { computeModuleMastery, computeOverall } from "../domain/mastery.ts";
import type { ProgressDeps } from "../app.ts";
import { activity, alert, report } from "./schemas.ts";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };

export function teacherRoutes(app: App, deps: ProgressDeps) {
  /** the caller's students, from the auth service; a teacher sees only their own classes */
  const myStudents = async () => studentIdsOf(await deps.roster.classesOfCaller());

  app.get(
    "/api/progress/students/:studentId",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "One of my students: mastery, recent activity, alerts",
        params: z.object({ studentId: z.string().min(1) }),
        response: { 200: z.object({ report, recent: z.array(activity), alerts: z.array(alert) }) },
      },
    },
    async (req) => {
      const { studentId } = req.params;
      if (!(await myStudents()).has(studentId)) throw new ForbiddenError("This student is not in one of your classes");
      const acts = await listActivities(deps.db, studentId);
      return {
        report: buildReport(studentId, deps.catalog, acts, await findTimeZone(deps.db, studentId), deps.now()),
        recent: acts.slice(-30).reverse() as z.infer<typeof activity>[],
        alerts: await listAlerts(deps.db, [studentId], undefined, 50),
      };
    },
  );

  app.get(
    "/api/progress/classes/:classId/overview",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Class heatmap: every student × module mastery",
        params: z.object({ classId: z.string().min(1) }),
        response: {
          200: z.object({
            classId: z.string(),
            name: z.string(),
            modules: z.array(z.object({ id: z.string(), title: z.string() })),
            students: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                email: z.string(),
                overall: z.number(),
                level: z.string(),
                modules: z.array(z.object({ moduleId: z.string(), mastery: z.number(), colour: z.string() })),
                openAlerts: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const cls = (await deps.roster.classesOfCaller()).find((c) => c.id === req.params.classId);
      if (!cls) throw new NotFoundError("Class");
      const ids = cls.students.map((s) => s.id);
      const byStudent = await listActivitiesByStudent(deps.db, ids);
      const open = await listAlerts(deps.db, ids, "open");
      const catalog = [...deps.catalog].sort((a, b) => a.order - b.order);
      return {
        classId: cls.id,
        name: cls.name,
        modules: catalog.map((m) => ({ id: m.id, title: m.title })),
        students: cls.students.map((s) => {
          const modules = catalog.map((m) => computeModuleMastery(m, byStudent.get(s.id) ?? []));
          const overall = computeOverall(modules);
          return {
            ...s,
            overall: overall.mastery,
            level: overall.level.name,
            modules: modules.map((m) => ({ moduleId: m.moduleId, mastery: m.mastery, colour: m.level.colour })),
            openAlerts: open.filter((a) => a.studentId === s.id).length,
          };
        }),
      };
    },
  );

  app.get(
    "/api/progress/alerts",
    {
      config: teacherOnly,
      schema: {
        tags: ["teacher"],
        summary: "Struggle alerts of my students",
        querystring: z.object({ status: z.enum(["open", "resolved"]).optional() }),
        response: { 200: z.object({ alerts: z.array(alert) }) },
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
        params: z.object({ alertId: z.string().uuid() }),
        response: { 200: alert },
      },
    },
    async (req) => {
      const found = await findAlert(deps.db, req.params.alertId);
      if (!found || !(await myStudents()).has(found.studentId)) throw new NotFoundError("Alert");
      await deps.resolveAlert(found, userOf(req).id);
      return (await findAlert(deps.db, found.id))!;
    },
  );
}
