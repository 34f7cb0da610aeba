import { bigserial, index, jsonb, primaryKey, text, timestamp, uuid, type PgSchema } from "drizzle-orm/pg-core";

// Every service that publishes or consumes events has these two tables in its own
// schema: the outbox (events written in the same transaction as the change that
// caused them) and the inbox (event ids already handled, written in the same
// transaction as their effect).

export function messagingTables(schema: PgSchema) {
  const outbox = schema.table(
    "outbox",
    {
      seq: bigserial("seq", { mode: "number" }).primaryKey(),
      id: uuid("id").notNull().unique(),
      topic: text("topic").notNull(),
      key: text("key").notNull(),
      event: jsonb("event").notNull(),
      createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
      publishedAt: timestamp("published_at", { withTimezone: true }),
    },
    (t) => [index().on(t.publishedAt, t.seq)],
  );
  const inbox = schema.table(
    "inbox",
    {
      consumerGroup: text("consumer_group").notNull(),
      eventId: text("event_id").notNull(),
      handledAt: timestamp("handled_at", { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ columns: [t.consumerGroup, t.eventId] })],
  );
  return { outbox, inbox };
}

export type MessagingTables = ReturnType<typeof messagingTables>;
