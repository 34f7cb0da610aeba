import type { z } from "zod";
import type { activity } from "@emberlearn/contracts/http";
import { ForbiddenError } from "@emberlearn/platform";
import { gradingRunIds } from "../domain/attempts.ts";
import { buildReport, moduleTimeline } from "../domain/report.ts";
import { findTimeZone, listActivities, listAlerts } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "./deps.ts";

// A teacher opens one of their students: who they are and in which of the teacher's classes, mastery
// now and per day, the runs that failed (with the code), recent activity and alerts, optionally narrowed
// to one module. A student outside the teacher's classes is refused.
export function createStudentView(deps: ProgressDeps) {
  return { forTeacher: (studentId: string, module?: string) => studentForTeacher(deps, studentId, module) };
}

export type StudentView = ReturnType<typeof createStudentView>;

async function studentForTeacher(deps: ProgressDeps, studentId: string, module?: string) {
  const classes = (await deps.roster.classesOfCaller()).filter((c) => c.students.some((s) => s.id === studentId));
  const who = classes[0]?.students.find((s) => s.id === studentId);
  if (!who) throw new ForbiddenError("This student is not in one of your classes");
  const acts = await listActivities(deps.db, studentId);
  const tz = await findTimeZone(deps.db, studentId);
  const grading = gradingRunIds(acts);
  const inModule = (a: { moduleId?: string }) => !module || a.moduleId === module;
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
}
