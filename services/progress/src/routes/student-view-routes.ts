import type { z } from "zod";
import { ForbiddenError, type App } from "@emberlearn/platform";
import { gradingRunIds } from "../domain/attempts.ts";
import { buildReport, moduleTimeline } from "../domain/report.ts";
import { findTimeZone, listActivities, listAlerts } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "../app.ts";
import { type activity, progressStudent } from "@emberlearn/contracts/http";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };

export function studentViewRoutes(app: App, deps: ProgressDeps) {
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
    async (req) => {
      const { studentId } = req.params;
      const classes = (await deps.roster.classesOfCaller()).filter((c) => c.students.some((s) => s.id === studentId));
      const who = classes[0]?.students.find((s) => s.id === studentId);
      if (!who) throw new ForbiddenError("This student is not in one of your classes");
      const acts = await listActivities(deps.db, studentId);
      const tz = await findTimeZone(deps.db, studentId);
      const grading = gradingRunIds(acts);
      const inModule = (a: { moduleId?: string }) => !req.query.module || a.moduleId === req.query.module;
      const runs = acts
        .filter((a) => a.kind === "run" && !grading.has(a.id) && a.status !== "ok" && inModule(a))
        .slice(-50)
        .reverse()
        .map((a) => {
          const r = a as Extract<typeof a, { kind: "run" }>;
          return {
            id: r.id,
            time: r.time,
            moduleId: r.moduleId ?? null,
            exerciseId: r.exerciseId ?? null,
            status: r.status,
            errorType: r.errorType,
            error: r.error ?? null,
            code: r.code ?? null,
          };
        });
      return {
        student: { ...who, classes: classes.map((c) => ({ id: c.id, name: c.name })) },
        report: buildReport(studentId, deps.catalog, acts, tz, deps.now()),
        timeline: moduleTimeline(deps.catalog, acts, tz),
        runs,
        recent: acts.filter(inModule).slice(-30).reverse() as z.infer<typeof activity>[],
        alerts: await listAlerts(deps.db, [studentId], undefined, 100),
      };
    },
  );
}
