import type { Db } from "../db/index.ts";
import type { CloudEvent } from "@emberlearn/contracts";
import type { MessagingTables } from "./tables.ts";

/**
 * Applies an event's effect exactly once per consumer group: the event id is
 * recorded in the same transaction as the effect, so a redelivery finds it and
 * does nothing. Returns false when the event had already been handled.
 */
export async function handleOnce(
  db: Db,
  tables: MessagingTables,
  group: string,
  event: CloudEvent,
  effect: (tx: Db) => Promise<void>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(tables.inbox)
      .values({ consumerGroup: group, eventId: event.id })
      .onConflictDoNothing()
      .returning({ id: tables.inbox.eventId });
    if (inserted.length === 0) return false;
    await effect(tx as unknown as Db);
    return true;
  });
}
