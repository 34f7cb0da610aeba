import { sql } from "drizzle-orm";
import { index, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { messagingTables } from "@emberlearn/platform/events/tables";

export const progress = pgSchema("progress");

/** One row per handled event: the facts mastery, streaks and struggle detection are computed from. */
export const activities = progress.table(
  "activities",
  {
    eventId: text("event_id").primaryKey(),
    studentId: text("student_id").notNull(),
    moduleId: text("module_id"),
    kind: text("kind").notNull(),
    time: timestamp("time", { withTimezone: true, mode: "string" }).notNull(),
    data: jsonb("data").notNull(),
  },
  (t) => [index().on(t.studentId, t.time)],
);

export const students = progress.table("students", {
  studentId: text("student_id").primaryKey(),
  timeZone: text("time_zone").notNull().default("UTC"),
});

export const alerts = progress.table(
  "alerts",
  {
    id: uuid("id").primaryKey(),
    studentId: text("student_id").notNull(),
    trigger: text("trigger").notNull(),
    moduleId: text("module_id"),
    summary: text("summary").notNull(),
    evidence: jsonb("evidence").notNull(),
    status: text("status").notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true, mode: "string" }),
    resolvedBy: text("resolved_by"),
    /** what the alert is about, code, error, facts and advice (domain/alert-details.ts) */
    details: jsonb("details"),
    /** why it was resolved when the student's own progress cleared it */
    resolution: text("resolution"),
  },
  // one open alert per student and trigger
  (t) => [
    uniqueIndex("alerts_one_open_per_trigger").on(t.studentId, t.trigger).where(sql`status = 'open'`),
    index().on(t.studentId, t.createdAt),
  ],
);

export const { outbox, inbox } = messagingTables(progress);

/**
 * A student's unsaved work, one row per student and page (an exercise or a concept's example):
 * what the editor held when they last typed, so it comes back on any device.
 */
export const drafts = progress.table(
  "drafts",
  {
    studentId: text("student_id").notNull(),
    page: text("page").notNull(),
    code: text("code").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.studentId, t.page] })],
);
