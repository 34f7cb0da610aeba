import { randomUUID } from "node:crypto";
import { Consumer, stringDeserializers, type Message } from "@platformatic/kafka";
import type { Logger } from "pino";
import { parseEvent, TOPICS, type CloudEvent, type Topic } from "@emberlearn/contracts";
import type { EventBus } from "./bus.ts";
import { HEADER } from "./kafka-codec.ts";

// Replays dead letters: reads `<topic>.dlq` up to where it ended when the replay began and
// publishes each valid event to its topic again, through the bus (so with the deployment's
// partitioner). It reads as its own consumer group and commits what it replayed, so running
// it twice replays nothing twice. Every consumer group gets the replayed event; those that
// had handled it find it in their inbox and do nothing (INBOX_RETENTION_DAYS is longer than
// KAFKA_DLQ_RETENTION_DAYS for that reason). Letters from Kafka mode carry the failing group
// in a header (`--group` selects them); Dapr's carry the delivered envelope and no headers.

export interface ReplayOptions {
  brokers: string[];
  topic: Topic;
  /** publishes the replayed events (a Kafka bus configured like the services) */
  bus: EventBus;
  /** only letters dead-lettered by this consumer group (Kafka-mode letters) */
  group?: string;
  /** list what would be replayed, publish and commit nothing */
  dryRun?: boolean;
  prefix?: string;
  deadLetterSuffix?: string;
  logger?: Logger;
  /** give up waiting for the dead-letter topic's records after this long (default 30 s) */
  timeoutMs?: number;
}

export interface ReplayReport {
  replayed: { id: string; type: string; subject: string; offset: string; partition: number }[];
  skipped: { partition: number; offset: string; reason: string }[];
}

export function isTopic(name: string): name is Topic {
  return (TOPICS as readonly string[]).includes(name);
}

export async function replayDeadLetters(o: ReplayOptions): Promise<ReplayReport> {
  const dlq = `${o.prefix ?? ""}${o.topic}${o.deadLetterSuffix ?? ".dlq"}`;
  const report: ReplayReport = { replayed: [], skipped: [] };
  const consumer = new Consumer({
    clientId: "emberlearn.dlq-replay",
    // a dry run must not move the real replay's position
    // one position per (dead-letter topic, --group): a replay for one group never skips another's
    groupId: o.dryRun
      ? `emberlearn.dlq-replay.dry-run.${randomUUID()}`
      : `emberlearn.dlq-replay.${dlq}${o.group ? `.${o.group}` : ""}`,
    bootstrapBrokers: o.brokers,
    deserializers: stringDeserializers,
    autocommit: false,
    maxWaitTime: 300,
  });
  try {
    const ends = (await consumer.listOffsets({ topics: [dlq] })).get(dlq) ?? [];
    const committed =
      (await consumer.listCommittedOffsets({ topics: [{ topic: dlq, partitions: ends.map((_, i) => i) }] })).get(dlq) ??
      [];
    const start = (p: number) => (committed[p] !== undefined && committed[p] > 0n ? committed[p] : 0n);
    const remaining = new Set(ends.flatMap((end, p) => (end > start(p) ? [p] : [])));
    if (remaining.size === 0) return report;
    const stream = await consumer.consume({
      topics: [dlq],
      mode: "committed",
      fallbackMode: "earliest",
      autocommit: false,
    });
    const timer = setTimeout(() => void stream.close(), o.timeoutMs ?? 30_000);
    const done = new Map<number, Message<string, string, string, string>>();
    try {
      for await (const record of stream as AsyncIterable<Message<string, string, string, string>>) {
        if (record.offset >= ends[record.partition]) continue; // arrived after the replay began
        await replayOne(record, o, report);
        done.set(record.partition, record);
        if (record.offset + 1n >= ends[record.partition]) remaining.delete(record.partition);
        if (remaining.size === 0) break;
      }
    } finally {
      clearTimeout(timer);
      if (!o.dryRun) for (const record of done.values()) await record.commit();
      await stream.close().catch(() => {});
    }
    if (remaining.size > 0)
      throw new Error(`timed out reading ${dlq} (partitions ${[...remaining].join(", ")} unfinished)`);
    return report;
  } finally {
    await consumer.close().catch(() => {});
  }
}

async function replayOne(record: Message<string, string, string, string>, o: ReplayOptions, report: ReplayReport) {
  const at = { partition: record.partition, offset: String(record.offset) };
  const group = record.headers.get(HEADER.group);
  if (o.group && group !== undefined && group !== o.group && group !== `${o.prefix ?? ""}${o.group}`) return;
  let event: CloudEvent;
  try {
    event = parseEvent(JSON.parse(record.value ?? ""));
  } catch (err) {
    // not an event at all: replaying it would only dead-letter it again
    report.skipped.push({ ...at, reason: `not a valid event: ${(err as Error).message.slice(0, 200)}` });
    return;
  }
  if (!o.dryRun) await o.bus.publish(o.topic, [event]);
  report.replayed.push({ id: event.id, type: event.type, subject: event.subject, ...at });
  o.logger?.info({ eventId: event.id, ...at, dryRun: o.dryRun === true }, "dead letter replayed");
}
