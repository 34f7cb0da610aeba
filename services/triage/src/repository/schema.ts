import { index, integer, jsonb, pgSchema, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { messagingTables } from "@emberlearn/platform/events/tables";

export const triage = pgSchema("triage");

export const messages = triage.table(
  "messages",
  {
    id: uuid("id").primaryKey(),
    conversationId: uuid("conversation_id").notNull(),
    studentId: text("student_id").notNull(),
    role: text("role").notNull(), // "user" | "assistant"
    agent: text("agent"),
    confidence: real("confidence"),
    source: text("source"),
    content: text("content").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index().on(t.studentId, t.createdAt), index().on(t.conversationId, t.createdAt)],
);

/** What the tutor remembers about one conversation (topic, exercise, depth, hint step): see domain/state.ts. */
export const conversations = triage.table(
  "conversations",
  {
    id: uuid("id").primaryKey(),
    studentId: text("student_id").notNull(),
    state: jsonb("state").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (t) => [index().on(t.studentId, t.updatedAt)],
);

/** Tokens spent per student per UTC day, for the daily model budget. */
export const tokenUsage = triage.table(
  "token_usage",
  {
    studentId: text("student_id").notNull(),
    day: text("day").notNull(),
    tokens: integer("tokens").notNull(),
  },
  (t) => [primaryKey({ columns: [t.studentId, t.day] })],
);

export const { outbox, inbox } = messagingTables(triage);
