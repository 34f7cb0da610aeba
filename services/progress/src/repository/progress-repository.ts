import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { readStoredOrSkip, type Db } from "@emberlearn/platform";
import { activitySchema, type Activity } from "../domain/activity.ts";
import { alertDetailsSchema, type AlertDetails } from "../domain/alert-details.ts";
import { activities, alerts, students } from "./schema.ts";

export const evidenceItemSchema = z.object({
  id: z.string(),
  type: z.string(),
  time: z.string(),
  data: z.record(z.string(), z.unknown()),
});

// stored JSON is parsed, not cast: a row that does not match is logged and left out (one bad
// activity must not hide a student's whole history, nor one bad evidence item its alert)
const readActivity = (r: { data: unknown; eventId: string }) =>
  readStoredOrSkip(activitySchema, r.data, `activity ${r.eventId}`);

export interface AlertRecord {
  id: string;
  studentId: string;
  trigger: string;
  moduleId: string | null;
  summary: string;
  evidence: z.infer<typeof evidenceItemSchema>[];
  status: "open" | "resolved";
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  details: AlertDetails | null;
  resolution: string | null;
}

export async function recordActivity(tx: Db, studentId: string, activity: Activity): Promise<void> {
  await tx
    .insert(activities)
    .values({
      eventId: activity.id,
      studentId,
      moduleId: activity.moduleId ?? null,
      kind: activity.kind,
      time: activity.time,
      data: activity,
    })
    .onConflictDoNothing();
}

export async function listActivities(db: Db, studentId: string): Promise<Activity[]> {
  const rows = await db
    .select({ data: activities.data, eventId: activities.eventId })
    .from(activities)
    .where(eq(activities.studentId, studentId))
    .orderBy(activities.time, activities.eventId);
  return rows.map(readActivity).filter((a) => a !== undefined);
}

export async function listActivitiesByStudent(db: Db, studentIds: string[]): Promise<Map<string, Activity[]>> {
  const map = new Map<string, Activity[]>(studentIds.map((id) => [id, []]));
  if (studentIds.length === 0) return map;
  const rows = await db
    .select({ studentId: activities.studentId, data: activities.data, eventId: activities.eventId })
    .from(activities)
    .where(inArray(activities.studentId, studentIds))
    .orderBy(activities.time, activities.eventId);
  for (const r of rows) {
    const activity = readActivity(r);
    if (activity) map.get(r.studentId)?.push(activity);
  }
  return map;
}

export async function findTimeZone(db: Db, studentId: string): Promise<string> {
  const [row] = await db.select().from(students).where(eq(students.studentId, studentId));
  return row?.timeZone ?? "UTC";
}

export async function saveTimeZone(db: Db, studentId: string, timeZone: string): Promise<void> {
  await db
    .insert(students)
    .values({ studentId, timeZone })
    .onConflictDoUpdate({ target: students.studentId, set: { timeZone } });
}

/** Inserts an open alert unless one is already open for this student and trigger. */
export async function insertAlertIfNoneOpen(
  tx: Db,
  alert: Omit<AlertRecord, "status" | "resolvedAt" | "resolvedBy" | "resolution">,
): Promise<boolean> {
  const inserted = await tx
    .insert(alerts)
    .values({ ...alert, status: "open" })
    .onConflictDoNothing()
    .returning({ id: alerts.id });
  return inserted.length > 0;
}

export async function listAlerts(
  db: Db,
  studentIds: string[],
  status?: "open" | "resolved",
  limit = 200,
): Promise<AlertRecord[]> {
  if (studentIds.length === 0) return [];
  const where = status
    ? and(inArray(alerts.studentId, studentIds), eq(alerts.status, status))
    : inArray(alerts.studentId, studentIds);
  const rows = await db.select().from(alerts).where(where).orderBy(desc(alerts.createdAt)).limit(limit);
  return rows.map(toRecord);
}

export async function findAlert(db: Db, id: string): Promise<AlertRecord | undefined> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, id));
  return row ? toRecord(row) : undefined;
}

/** When each trigger's alert was last resolved for this student (only what came after counts again). */
export async function lastResolvedByTrigger(db: Db, studentId: string): Promise<Record<string, string>> {
  const rows = await db
    .select({ trigger: alerts.trigger, at: alerts.resolvedAt })
    .from(alerts)
    .where(and(eq(alerts.studentId, studentId), eq(alerts.status, "resolved")));
  const out: Record<string, string> = {};
  for (const r of rows) {
    if (!r.at) continue;
    const at = new Date(r.at).toISOString();
    if (!out[r.trigger] || out[r.trigger] < at) out[r.trigger] = at;
  }
  return out;
}

export async function markResolved(tx: Db, id: string, by: string, at: string, resolution?: string): Promise<boolean> {
  const rows = await tx
    .update(alerts)
    .set({ status: "resolved", resolvedAt: at, resolvedBy: by, resolution: resolution ?? null })
    .where(and(eq(alerts.id, id), eq(alerts.status, "open")))
    .returning({ id: alerts.id });
  return rows.length > 0;
}

function toRecord(row: typeof alerts.$inferSelect): AlertRecord {
  return {
    ...row,
    status: row.status as AlertRecord["status"],
    createdAt: new Date(row.createdAt).toISOString(),
    resolvedAt: row.resolvedAt ? new Date(row.resolvedAt).toISOString() : null,
    evidence: (Array.isArray(row.evidence) ? row.evidence : [row.evidence])
      .map((e, i) => readStoredOrSkip(evidenceItemSchema, e, `evidence ${i} of alert ${row.id}`))
      .filter((e) => e !== undefined),
    details:
      row.details === null
        ? null
        : (readStoredOrSkip(alertDetailsSchema, row.details, `details of alert ${row.id}`) ?? null),
  };
}
