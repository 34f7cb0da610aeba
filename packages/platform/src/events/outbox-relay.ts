import { asc, inArray, isNull, lt, sql } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import type { Logger } from "pino";
import type { CloudEvent, Topic } from "@emberlearn/contracts";
import type { Db } from "../db/index.ts";
import type { EventBus } from "./bus.ts";
import { createLeaderLock, type LeaderLock } from "./relay-leader.ts";
import type { MessagingTables } from "./tables.ts";

// The outbox relay: publishes committed outbox rows in outbox order, then marks them.
// - One replica relays at a time (relay-leader.ts): with N replicas, one student's events
//   still leave in the order they were written.
// - Publishing happens outside any database transaction: a slow broker (the Kafka client
//   retries for ~13 s) holds no row locks and no open transaction. A crash between publish
//   and mark publishes those rows again: a duplicate that consumers' inboxes absorb.
// - The leader also deletes what is no longer needed: published outbox rows, and inbox rows
//   older than any redelivery could be (see docs/events.md, "Retention").

export interface OutboxRelay {
  /** publish everything committed so far (when this replica leads); resolves when done */
  flush(): Promise<void>;
  /** ask for a flush soon (after a commit) without waiting for it */
  poke(): void;
  start(): void;
  /** stop polling and flush what is left (graceful shutdown) */
  stop(): Promise<void>;
}

export interface RelayOptions {
  db: Db;
  tables: MessagingTables;
  bus: EventBus;
  logger: Logger;
  intervalMs?: number;
  batchSize?: number;
  /** published outbox rows are deleted after this long (default 24 h) */
  outboxRetentionMs?: number;
  /** inbox rows are deleted after this long (default 35 days: longer than dead letters are kept) */
  inboxRetentionMs?: number;
  /** how often the leader deletes old rows (default 5 min) */
  cleanupIntervalMs?: number;
}

const HOUR_MS = 60 * 60 * 1000;
const POKE_DELAY_MS = 25;
let defaults: Required<Pick<RelayOptions, "outboxRetentionMs" | "inboxRetentionMs">> = {
  outboxRetentionMs: 24 * HOUR_MS,
  inboxRetentionMs: 35 * 24 * HOUR_MS,
};

/** The runner sets the retention from the platform config (OUTBOX_RETENTION_HOURS, INBOX_RETENTION_DAYS). */
export function setRelayDefaults(values: Pick<RelayOptions, "outboxRetentionMs" | "inboxRetentionMs">) {
  defaults = { ...defaults, ...values };
}

export function createOutboxRelay(options: RelayOptions): OutboxRelay {
  const { db, tables, bus, logger } = options;
  const batchSize = options.batchSize ?? 200;
  const { schema, name } = getTableConfig(tables.outbox);
  const leader: LeaderLock = createLeaderLock(db, `emberlearn.outbox.${schema ?? "public"}.${name}`);
  const cleanupEvery = options.cleanupIntervalMs ?? 5 * 60_000;
  let lastCleanup = 0;
  let timer: NodeJS.Timeout | undefined;
  let pokeTimer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  async function relayBatch(): Promise<number> {
    const rows = await db
      .select({ seq: tables.outbox.seq, topic: tables.outbox.topic, event: tables.outbox.event })
      .from(tables.outbox)
      .where(isNull(tables.outbox.publishedAt))
      .orderBy(asc(tables.outbox.seq))
      .limit(batchSize);
    // per topic in outbox order; each topic's rows are marked as soon as the bus has them
    const byTopic = new Map<Topic, typeof rows>();
    for (const row of rows) byTopic.set(row.topic as Topic, [...(byTopic.get(row.topic as Topic) ?? []), row]);
    for (const [topic, list] of byTopic) {
      await bus.publish(
        topic,
        list.map((r) => r.event as CloudEvent),
      );
      await db
        .update(tables.outbox)
        .set({ publishedAt: sql`now()` })
        .where(
          inArray(
            tables.outbox.seq,
            list.map((r) => r.seq),
          ),
        );
    }
    return rows.length;
  }

  async function cleanUp() {
    if (Date.now() - lastCleanup < cleanupEvery) return;
    lastCleanup = Date.now();
    const outboxBefore = new Date(Date.now() - (options.outboxRetentionMs ?? defaults.outboxRetentionMs));
    const inboxBefore = new Date(Date.now() - (options.inboxRetentionMs ?? defaults.inboxRetentionMs));
    const published = await db.delete(tables.outbox).where(lt(tables.outbox.publishedAt, outboxBefore));
    const handled = await db.delete(tables.inbox).where(lt(tables.inbox.handledAt, inboxBefore));
    const count = (r: unknown) =>
      (r as { rowCount?: number; affectedRows?: number }).rowCount ??
      (r as { affectedRows?: number }).affectedRows ??
      0;
    if (count(published) || count(handled))
      logger.info({ outbox: count(published), inbox: count(handled) }, "deleted old outbox and inbox rows");
  }

  async function flushLoop() {
    do {
      again = false;
      try {
        const led = await leader.whileLeading(async () => {
          while ((await relayBatch()) === batchSize);
          await cleanUp();
        });
        if (!led) return; // another replica is relaying right now; the timer tries again
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
      // a burst of commits (every run of every student writes one) shares one relay cycle: a
      // cycle costs two round trips (select, mark) however many rows it carries
      if (stopped || pokeTimer) return;
      pokeTimer = setTimeout(() => {
        pokeTimer = undefined;
        void relay.flush();
      }, POKE_DELAY_MS);
    },
    start() {
      timer = setInterval(() => relay.poke(), options.intervalMs ?? 500);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      clearTimeout(pokeTimer);
      pokeTimer = undefined;
      await relay.flush();
      stopped = true;
      await running;
      await leader.release();
    },
  };
  return relay;
}
