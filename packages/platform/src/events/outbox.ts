import { randomUUID } from "node:crypto";
import { eventData, topicOf, type CloudEvent, type EventData, type EventType } from "@emberlearn/contracts";
import { currentContext } from "../context.ts";
import type { Db } from "../db/index.ts";
import type { MessagingTables } from "./tables.ts";

/** Builds a validated CloudEvent; the subject (partition key) is the student id. */
export function createEvent<T extends EventType>(type: T, data: EventData<T>, source: string): CloudEvent<T> {
  const parsed = eventData[type].parse(data) as EventData<T>;
  const correlationid = currentContext()?.correlationId;
  return {
    specversion: "1.0",
    id: randomUUID(),
    source,
    type,
    subject: (parsed as { studentId: string }).studentId,
    time: new Date().toISOString(),
    datacontenttype: "application/json",
    ...(correlationid ? { correlationid } : {}),
    data: parsed,
  };
}

/** Stores events in the outbox inside the caller's transaction. */
export async function enqueueEvents(tx: Db, tables: MessagingTables, events: CloudEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx
    .insert(tables.outbox)
    .values(events.map((e) => ({ id: e.id, topic: topicOf[e.type], key: e.subject, event: e })));
}

// the relay lives in outbox-relay.ts; re-exported so callers keep one import
export { createOutboxRelay, setRelayDefaults, type OutboxRelay, type RelayOptions } from "./outbox-relay.ts";
