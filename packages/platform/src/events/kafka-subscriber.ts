import { setTimeout as sleep } from "node:timers/promises";
import { Consumer, stringDeserializers, type Message, type MessagesStream } from "@platformatic/kafka";
import type { Logger } from "pino";
import type { CloudEvent } from "@emberlearn/contracts";
import { runWithContext } from "../context.ts";
import type { Subscription } from "./bus.ts";
import { subscriptionAwareAssigner } from "./kafka-assigner.ts";
import { createCommitter } from "./kafka-commits.ts";
import { backoffDelay, clientRetry, describeError, fromRecordValue, toDeadLetter } from "./kafka-codec.ts";

// One consumer-group member reading one topic. Partitions are worked on
// concurrently, each strictly in offset order, one record at a time, so one
// student's events (one key → one partition) are handled in the order published.
// An offset is committed only after its handler succeeded (or the record went to
// the dead-letter topic): at-least-once, and a poison record never blocks its partition.

type Record = Message<string, string, string, string>;
type DeadLetter = ReturnType<typeof toDeadLetter>;

export interface SubscriberOptions {
  brokers: string[];
  clientId: string;
  topic: string;
  deadLetterTopic: string;
  subscription: Subscription;
  /** the Kafka consumer group id (the subscription's group, prefixed) */
  groupId: string;
  sendDeadLetter(record: DeadLetter): Promise<void>;
  logger?: Logger;
  maxAttempts: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  sessionTimeoutMs: number;
  heartbeatIntervalMs: number;
  fetchMaxWaitMs: number;
  /** records fetched but not yet handled before the fetch loop pauses */
  maxQueued: number;
  /** a new group starts at the end of the topic instead of its beginning (broadcast) */
  fromLatest?: boolean;
}

export interface KafkaSubscriber {
  /** records in the topic that this group has not yet committed */
  lag(): Promise<bigint>;
  /** false while its stream is down and being reopened */
  running(): boolean;
  close(): Promise<void>;
}

interface PartitionState {
  queue: Record[];
  /** highest offset queued or done here: re-fetches after a rebalance are dropped */
  lastQueued: bigint;
  lastDone: bigint;
  active: boolean;
  done: Promise<void>;
}

export async function startSubscriber(o: SubscriberOptions): Promise<KafkaSubscriber> {
  const { topic, subscription: sub, logger } = o;
  const log = logger?.child({ topic, group: o.groupId });
  const consumer = new Consumer({
    clientId: `${o.clientId}.${o.groupId}`,
    bootstrapBrokers: o.brokers,
    ...clientRetry,
    groupId: o.groupId,
    deserializers: stringDeserializers,
    autocommit: false,
    sessionTimeout: o.sessionTimeoutMs,
    heartbeatInterval: o.heartbeatIntervalMs,
    rebalanceTimeout: Math.max(o.sessionTimeoutMs * 2, 10_000),
    maxWaitTime: o.fetchMaxWaitMs,
    highWaterMark: o.maxQueued,
    partitionAssigner: subscriptionAwareAssigner,
  });
  consumer.on("error", (err: Error) => log?.error({ err }, "kafka consumer error"));

  const partitions = new Map<number, PartitionState>();
  const abort = new AbortController();
  let stream: MessagesStream<string, string, string, string> | undefined;
  let queued = 0;
  let paused = false;
  let closing = false;
  let owned: Set<number> | undefined; // partitions assigned at the last rebalance
  let streamUp = false;

  const commits = createCommitter<Record>({
    logger: log,
    stopped: () => abort.signal.aborted,
    owns: (partition) => !owned || owned.has(partition),
    wait: pause,
  });

  const stateOf = (partition: number) => {
    let p = partitions.get(partition);
    if (!p) {
      p = { queue: [], lastQueued: -1n, lastDone: -1n, active: false, done: Promise.resolve() };
      partitions.set(partition, p);
    }
    return p;
  };

  function enqueue(record: Record) {
    const p = stateOf(record.partition);
    if (closing || record.offset <= p.lastQueued) return;
    p.lastQueued = record.offset;
    p.queue.push(record);
    queued++;
    if (queued >= o.maxQueued && !paused) {
      paused = true;
      stream?.pause();
    }
    if (!p.active) {
      p.active = true;
      p.done = work(p);
    }
  }

  function resumeIfRoom() {
    if (paused && !closing && queued < o.maxQueued / 2) {
      paused = false;
      stream?.resume();
    }
  }

  async function work(p: PartitionState) {
    try {
      while (p.queue.length > 0 && !closing) {
        const record = p.queue.shift();
        if (!record) break;
        queued--;
        resumeIfRoom();
        if (!(await handle(record))) break; // closing mid-retry: the record stays uncommitted
        p.lastDone = record.offset;
        void commits.add(record);
      }
    } finally {
      p.active = false;
    }
  }

  /** true once the record is handled or dead-lettered; false when closing interrupted it */
  async function handle(record: Record): Promise<boolean> {
    let event: CloudEvent;
    try {
      event = fromRecordValue(record.value);
    } catch (err) {
      // retrying cannot fix a record that is not a valid event
      return deadLetter(record, 0, err);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await runWithContext({ correlationId: event.correlationid ?? event.id }, () => sub.handler(event));
        return true;
      } catch (err) {
        if (attempt >= o.maxAttempts) return deadLetter(record, attempt, err);
        log?.warn({ err, eventId: event.id, attempt }, "event handler failed; retrying");
        if (!(await pause(backoffDelay(attempt, o.retryDelayMs, o.maxRetryDelayMs)))) return false;
      }
    }
  }

  async function deadLetter(record: Record, attempts: number, error: unknown): Promise<boolean> {
    const dl = toDeadLetter(o.deadLetterTopic, record, {
      topic,
      partition: record.partition,
      offset: record.offset,
      group: o.groupId,
      attempts,
      error,
    });
    log?.error(
      { partition: record.partition, offset: String(record.offset), attempts, error: describeError(error) },
      "event sent to the dead-letter topic",
    );
    // until the dead-letter write succeeds the record must not be committed: keep trying
    for (let attempt = 1; ; attempt++) {
      try {
        await o.sendDeadLetter(dl);
        return true;
      } catch (err) {
        log?.error({ err, attempt }, "dead-letter write failed; retrying");
        if (!(await pause(backoffDelay(attempt, o.retryDelayMs, o.maxRetryDelayMs)))) return false;
      }
    }
  }

  /** sleeps; false when the subscriber is closing */
  async function pause(ms: number): Promise<boolean> {
    try {
      await sleep(ms, undefined, { signal: abort.signal });
      return true;
    } catch {
      return false;
    }
  }

  // After a rebalance, drop queued records of partitions this member no longer owns:
  // their new owner reads them from the last commit.
  consumer.on("consumer:group:join", ({ assignments }) => {
    const mine = new Set(assignments?.find((a) => a.topic === topic)?.partitions ?? []);
    owned = mine;
    for (const [partition, p] of partitions) {
      if (mine.has(partition)) continue;
      queued -= p.queue.length;
      p.queue.length = 0;
      p.lastQueued = p.lastDone;
    }
    resumeIfRoom();
  });

  async function openStream(): Promise<void> {
    const s = await consumer.consume({
      topics: [topic],
      mode: "committed",
      fallbackMode: o.fromLatest ? "latest" : "earliest",
      autocommit: false,
    });
    s.on("data", enqueue);
    s.on("error", (err: Error) => {
      if (closing) return;
      log?.error({ err }, "kafka stream failed; reopening");
      streamUp = false;
      void reopen();
    });
    stream = s;
    streamUp = true;
  }

  async function reopen(): Promise<void> {
    for (let attempt = 1; !closing; attempt++) {
      if (!(await pause(backoffDelay(attempt, 500, 10_000)))) return;
      try {
        return await openStream();
      } catch (err) {
        log?.error({ err, attempt }, "could not reopen the kafka stream");
      }
    }
  }

  await openStream();

  return {
    running: () => streamUp && !closing,
    async lag() {
      const ends = (await consumer.listOffsets({ topics: [topic] })).get(topic) ?? [];
      const committed =
        (await consumer.listCommittedOffsets({ topics: [{ topic, partitions: ends.map((_, i) => i) }] })).get(topic) ??
        [];
      return ends.reduce((sum, end, i) => {
        const c = committed[i] ?? 0n;
        const done = c > 0n ? c : 0n;
        return sum + (end > done ? end - done : 0n);
      }, 0n);
    },
    async close() {
      if (closing) return;
      closing = true;
      stream?.pause();
      for (const p of partitions.values()) {
        queued -= p.queue.length;
        p.queue.length = 0;
      }
      // let the handlers that are running finish; stop any backoff waits
      abort.abort();
      await Promise.all([...partitions.values()].map((p) => p.done));
      await commits.flush();
      await stream?.close().catch((err: Error) => log?.warn({ err }, "closing the kafka stream failed"));
      await consumer.close().catch((err: Error) => log?.warn({ err }, "leaving the consumer group failed"));
    },
  };
}
