import { randomUUID } from "node:crypto";
import { and, asc, inArray, isNull, sql } from "drizzle-orm";
import type { Logger } from "pino";
import { eventData, topicOf, type CloudEvent, type EventData, type EventType, type Topic } from "@emberlearn/contracts";
import { currentContext } from "../context.ts";
import type { Db } from "../db/index.ts";
import type { EventBus } from "./bus.ts";
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

export interface OutboxRelay {
  /** publish everything committed so far; resolves when done */
  flush(): Promise<void>;
  /** ask for a flush soon (after a commit) without waiting for it */
  poke(): void;
  start(): void;
  /** stop polling and flush what is left (graceful shutdown) */
  stop(): Promise<void>;
}

export function createOutboxRelay(options: {
  db: Db;
  tables: MessagingTables;
  bus: EventBus;
  logger: Logger;
  intervalMs?: number;
  batchSize?: number;
}): OutboxRelay {
  const { db, tables, bus, logger } = options;
  const batchSize = options.batchSize ?? 200;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  async function relayBatch(): Promise<number> {
    return db.transaction(async (tx) => {
      // SKIP LOCKED lets several replicas relay without publishing a row twice
      const rows = await tx
        .select()
        .from(tables.outbox)
        .where(isNull(tables.outbox.publishedAt))
        .orderBy(asc(tables.outbox.seq))
        .limit(batchSize)
        .for("update", { skipLocked: true });
      if (rows.length === 0) return 0;
      const byTopic = new Map<Topic, CloudEvent[]>();
      for (const row of rows) {
        const list = byTopic.get(row.topic as Topic) ?? [];
        list.push(row.event as CloudEvent);
        byTopic.set(row.topic as Topic, list);
      }
      for (const [topic, events] of byTopic) await bus.publish(topic, events);
      await tx
        .update(tables.outbox)
        .set({ publishedAt: sql`now()` })
        .where(
          and(
            inArray(
              tables.outbox.seq,
              rows.map((r) => r.seq),
            ),
          ),
        );
      return rows.length;
    });
  }

  async function flushLoop() {
    do {
      again = false;
      try {
        while ((await relayBatch()) === batchSize);
      } catch (err) {
        logger.error({ err }, "outbox relay failed; will retry");
        return;
      }
    } while (again);
  }

  const relay: OutboxRelay = {
    flush() {
      if (running) {
        again = true;
        return running;
      }
      running = flushLoop().finally(() => (running = undefined));
      return running;
    },
    poke() {
      void relay.flush();
    },
    start() {
      timer = setInterval(() => relay.poke(), options.intervalMs ?? 500);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await relay.flush();
    },
  };
  return relay;
}
