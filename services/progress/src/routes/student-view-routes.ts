import { z } from "zod";
import { ForbiddenError, type App } from "@emberlearn/platform";
import { gradingRunIds } from "../domain/attempts.ts";
import { buildReport, moduleTimeline } from "../domain/report.ts";
import { findTimeZone, listActivities, listAlerts } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "../app.ts";
import { activity, alert, report } from "./schemas.ts";

const teacherOnly = { roles: ["teacher", "admin"] as ("teacher" | "admin")[] };

const run = z.object({
  id: z.string(),
  time: z.string(),
  moduleId: z.string().nullable(),
  exerciseId: z.string().nullable(),
  status: z.string(),
  errorType: z.string().nullable(),
  error: z.object({ type: z.string(), message: z.string(), line: z.number().nullable() }).nullable(),
  /** null when the sandbox did not send the program with its event */
  code: z.string().nullable(),
});

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
        params: z.object({ studentId: z.string().min(1).max(100) }),
        querystring: z.object({ module: z.string().max(40).optional() }),
        response: {
          200: z.object({
            student: z.object({
              id: z.string(),
              name: z.string(),
              email: z.string(),
              classes: z.array(z.object({ id: z.string(), name: z.string() })),
            }),
            report,
            timeline: z.array(
              z.object({ day: z.string(), overall: z.number(), modules: z.record(z.string(), z.number()) }),
            ),
            runs: z.array(run),
            recent: z.array(activity),
            alerts: z.array(alert),
          }),
        },
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
