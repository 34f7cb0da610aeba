import { ValidationError } from "@emberlearn/platform";
import { momentumAfter } from "../domain/momentum.ts";
import { describeProgress } from "../domain/progress-talk.ts";
import { buildReport, masteryTimeline } from "../domain/report.ts";
import { isValidTimeZone } from "../domain/streak.ts";
import { findTimeZone, listActivities, saveTimeZone } from "../repository/progress-repository.ts";
import type { ProgressDeps } from "./deps.ts";

// A student's own progress: the report (mastery, streak, next step), the effect of one graded submission,
// mastery per day, their time zone, and the progress tutor's answer built from the same report.
export function createStudentProgress(deps: ProgressDeps) {
  const report = async (studentId: string) =>
    buildReport(
      studentId,
      deps.catalog,
      await listActivities(deps.db, studentId),
      await findTimeZone(deps.db, studentId),
      deps.now(),
    );

  return {
    report,

    /** counted: false until the grade's event has reached progress (the caller asks again a moment later) */
    async afterSubmission(studentId: string, submissionId: string) {
      const found = momentumAfter(deps.catalog, await listActivities(deps.db, studentId), submissionId);
      return { counted: found !== undefined, momentum: found ?? null };
    },

    async timeline(studentId: string) {
      const tz = await findTimeZone(deps.db, studentId);
      return { points: masteryTimeline(deps.catalog, await listActivities(deps.db, studentId), tz) };
    },

    async setTimeZone(studentId: string, timeZone: string) {
      if (!isValidTimeZone(timeZone))
        throw new ValidationError(`body.timeZone "${timeZone}" is not an IANA time zone such as Europe/Paris`, [
          { field: "body.timeZone", message: "must be an IANA time zone such as Europe/Paris" },
        ]);
      await saveTimeZone(deps.db, studentId, timeZone);
      return { timeZone };
    },

    /** The progress tutor (asked by triage): its offline answer, and the report in a line for a model. */
    async tutor(studentId: string) {
      const r = await report(studentId);
      const context =
        `Overall ${r.overall.mastery}/100. Modules: ` +
        `${r.modules.map((m) => `${m.title} ${m.mastery}`).join(", ")}. Streak ${r.streak.current} ` +
        "days. Next: " +
        `${r.next?.reason ?? "none"}${r.next?.exercise ? `, exercise ${r.next.exercise.title}` : ""}.`;
      return { agent: "progress" as const, offline: describeProgress(r), context };
    },
  };
}

export type StudentProgress = ReturnType<typeof createStudentProgress>;
