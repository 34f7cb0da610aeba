import { randomUUID } from "node:crypto";
import { createEvent, enqueueEvents, type Db, type MessagingTables } from "@emberlearn/platform";
import type { Activity, ModuleCatalog } from "../domain/activity.ts";
import { alertDetails } from "../domain/alert-details.ts";
import type { Detection } from "../domain/struggle.ts";
import { insertAlertIfNoneOpen, listAlerts, markResolved } from "../repository/progress-repository.ts";

/** Stores a detection as an open alert (unless one is open for that trigger) and queues struggle.detected. */
export async function raiseAlert(
  tx: Db,
  tables: MessagingTables,
  input: { studentId: string; detection: Detection; catalog: ModuleCatalog[]; history: Activity[]; at: string },
): Promise<boolean> {
  const d = input.detection;
  const alertId = randomUUID();
  const evidence = d.evidence.map(({ id, time, kind, ...data }) => ({
    id,
    type: kind,
    time,
    data: data as Record<string, unknown>,
  }));
  const details = alertDetails(d, input.catalog, input.history);
  const inserted = await insertAlertIfNoneOpen(tx, {
    id: alertId,
    studentId: input.studentId,
    trigger: d.trigger,
    moduleId: d.moduleId,
    summary: d.summary,
    evidence,
    details,
    createdAt: input.at,
  });
  if (inserted)
    await enqueueEvents(tx, tables, [
      createEvent(
        "struggle.detected",
        {
          alertId,
          studentId: input.studentId,
          moduleId: d.moduleId,
          trigger: d.trigger,
          summary: d.summary,
          evidence,
          details: details as unknown as Record<string, unknown>,
        },
        "progress",
      ),
    ]);
  return inserted;
}

/**
 * An alert whose cause the student has since cleared is closed by their progress, so a teacher
 * does not walk over to help with something already solved: passing the exercise a "stuck" alert
 * was about, or a quiz attempt at or above the bar after a low one.
 */
export async function resolveCleared(
  tx: Db,
  tables: MessagingTables,
  studentId: string,
  activity: Activity,
  quizBelow: number,
): Promise<boolean> {
  const passed = activity.kind === "graded" && activity.passed ? activity.exerciseId : undefined;
  const quizOk = activity.kind === "quiz" && activity.score >= quizBelow ? activity.quizId : undefined;
  if (!passed && !quizOk) return false;
  let any = false;
  for (const a of await listAlerts(tx, [studentId], "open")) {
    const subject = a.details?.subject;
    const reason =
      a.trigger === "stuck-on-exercise" && subject?.id === passed
        ? `Passed “${subject?.title}”`
        : a.trigger === "low-quiz-score" && subject?.id === quizOk && activity.kind === "quiz"
          ? `Scored ${activity.score}% on a later attempt`
          : undefined;
    if (!reason || !(await markResolved(tx, a.id, "student-progress", activity.time, reason))) continue;
    await enqueueEvents(tx, tables, [
      createEvent(
        "struggle.resolved",
        { alertId: a.id, studentId, resolvedBy: "student-progress", reason },
        "progress",
      ),
    ]);
    any = true;
  }
  return any;
}
