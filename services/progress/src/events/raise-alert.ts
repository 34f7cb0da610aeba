import { randomUUID } from "node:crypto";
import type { Db, Emitter } from "@emberlearn/platform";
import type { Activity, ModuleCatalog } from "../domain/activity.ts";
import { alertDetails } from "../domain/alert-details.ts";
import type { Detection } from "../domain/struggle.ts";
import { insertAlertIfNoneOpen, listAlerts, markResolved } from "../repository/progress-repository.ts";

// The one way an alert opens (raiseAlert: the consumer and the stuck sweep) and the one way it
// closes (resolveAlert: a teacher, or the student's own progress), each with its event in the
// same transaction, so a teacher's live stream and the stored alerts never disagree.

/** Stores a detection as an open alert (unless one is open for that trigger) and queues struggle.detected. */
export async function raiseAlert(
  tx: Db,
  events: Emitter,
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
    await events.emit(tx, "struggle.detected", {
      alertId,
      studentId: input.studentId,
      moduleId: d.moduleId,
      trigger: d.trigger,
      summary: d.summary,
      evidence,
      details,
    });
  return inserted;
}

/** Closes an open alert and queues struggle.resolved; false when it was not open (already resolved). */
export async function resolveAlert(
  tx: Db,
  events: Emitter,
  input: { alertId: string; studentId: string; by: string; at: string; reason?: string },
): Promise<boolean> {
  if (!(await markResolved(tx, input.alertId, input.by, input.at, input.reason))) return false;
  const { alertId, studentId, by: resolvedBy, reason } = input;
  await events.emit(tx, "struggle.resolved", { alertId, studentId, resolvedBy, ...(reason ? { reason } : {}) });
  return true;
}

/**
 * An alert whose cause the student has since cleared is closed by their progress, so a teacher
 * does not walk over to help with something already solved: passing the exercise a "stuck" alert
 * was about, or a quiz attempt at or above the bar after a low one.
 */
export async function resolveCleared(
  tx: Db,
  events: Emitter,
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
    const resolution = { alertId: a.id, studentId, by: "student-progress", at: activity.time, reason };
    if (reason && (await resolveAlert(tx, events, resolution))) any = true;
  }
  return any;
}
