import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Admin, Producer, ProduceAcks, stringSerializers } from "@platformatic/kafka";
import type { Logger } from "pino";
import type { CloudEvent, Topic } from "@emberlearn/contracts";
import type { EventBus, Subscription } from "./bus.ts";
import { clientRetry, toRecord } from "./kafka-codec.ts";
import { startSubscriber, type KafkaSubscriber } from "./kafka-subscriber.ts";
import { keyPartitioner, type PartitionerName } from "./kafka-partitioners.ts";
import { createMissingTopics, topicPlan, type TopicSettings } from "./kafka-topics.ts";

// The event bus on Apache Kafka (distributed mode), through @platformatic/kafka
// (see docs/events.md, "Kafka client choice"). Missing topics are created with the settings
// of kafka-topics.ts, each with a `<topic>.dlq` dead-letter topic beside it.

export interface KafkaBusOptions {
  /** bootstrap brokers: "host:port" or a comma-separated list (KAFKA_BROKERS) */
  brokers: string | string[];
  clientId: string;
  logger?: Logger;
  /** settings of topics this bus creates (kafka-topics.ts: 3 partitions, broker replication, 7 days) */
  topics?: Partial<TopicSettings>;
  /** how keys map to partitions; every writer of a topic must use the same (default murmur2) */
  partitioner?: PartitionerName;
  /** handler attempts before an event goes to the dead-letter topic (default 5) */
  maxAttempts?: number;
  /** first retry delay, doubled each attempt up to maxRetryDelayMs (defaults 200 ms, 10 s) */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** dead-letter topic = topic + this (default ".dlq") */
  deadLetterSuffix?: string;
  /** prepended to every topic and consumer group name: one cluster shared by environments or test files */
  namePrefix?: string;
  /** drain() gives up after this long (default 30 s) */
  drainTimeoutMs?: number;
  /** a member that stops heartbeating loses its partitions after this long (default 10 s) */
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** how long one fetch waits for new records; also bounds close() (default 500 ms) */
  fetchMaxWaitMs?: number;
}

export interface KafkaBus extends EventBus {
  /** the Kafka topic an EmberLearn topic maps to (prefix applied) */
  topicName(topic: Topic): string;
  deadLetterTopicName(topic: Topic): string;
}

export function createKafkaBus(options: KafkaBusOptions): KafkaBus {
  const brokers = (Array.isArray(options.brokers) ? options.brokers : options.brokers.split(","))
    .map((b) => b.trim())
    .filter(Boolean);
  if (brokers.length === 0) throw new Error("createKafkaBus: no brokers given");
  const { clientId, logger } = options;
  const prefix = options.namePrefix ?? "";
  const suffix = options.deadLetterSuffix ?? ".dlq";
  const topicName = (topic: Topic) => `${prefix}${topic}`;
  const deadLetterTopicName = (topic: Topic) => `${prefix}${topic}${suffix}`;

  const admin = new Admin({ clientId: `${clientId}.admin`, bootstrapBrokers: brokers, ...clientRetry });
  // Idempotent with acks=all: a retried send neither duplicates nor reorders records.
  // The partition is chosen here (kafka-partitioners.ts), so every writer can agree on it.
  const producer = new Producer({
    clientId: `${clientId}.producer`,
    bootstrapBrokers: brokers,
    ...clientRetry,
    serializers: stringSerializers,
    idempotent: true,
    acks: ProduceAcks.ALL,
  });
  const partitionOf = keyPartitioner(options.partitioner ?? "murmur2");
  /** per Kafka topic: its partition count, once the topic is known to exist */
  const ensured = new Map<string, Promise<number>>();
  const subscribers: KafkaSubscriber[] = [];
  let closed = false;

  async function createMissing(topic: Topic): Promise<number> {
    const specs = topicPlan(options.topics, { prefix, deadLetterSuffix: suffix, topics: [topic] });
    await createMissingTopics(admin, specs, logger);
    const metadata = await admin.metadata({ topics: [topicName(topic)], forceUpdate: true });
    const count = metadata.topics.get(topicName(topic))?.partitionsCount;
    if (!count) throw new Error(`kafka topic ${topicName(topic)} has no partitions`);
    return count;
  }

  function ensureTopics(topic: Topic): Promise<number> {
    const name = topicName(topic);
    let done = ensured.get(name);
    if (!done) {
      done = createMissing(topic);
      ensured.set(name, done);
      done.catch(() => ensured.delete(name)); // try again next time
    }
    return done;
  }

  return {
    topicName,
    deadLetterTopicName,

    async publish(topic: Topic, events: CloudEvent[]) {
      if (closed) throw new Error("event bus is closed");
      if (events.length === 0) return;
      const partitions = await ensureTopics(topic);
      await producer.send({
        messages: events.map((event) => ({
          ...toRecord(topicName(topic), event),
          partition: partitionOf(event.subject, partitions),
        })),
      });
    },

    async subscribe(subscription: Subscription) {
      if (closed) throw new Error("event bus is closed");
      const partitions = await ensureTopics(subscription.topic);
      subscribers.push(
        await startSubscriber({
          brokers,
          clientId,
          topic: topicName(subscription.topic),
          deadLetterTopic: deadLetterTopicName(subscription.topic),
          subscription,
          // a broadcast subscriber is a group of its own, reading from now on
          groupId: `${prefix}${subscription.group}${subscription.broadcast ? `.${randomUUID()}` : ""}`,
          fromLatest: subscription.broadcast === true,
          sendDeadLetter: async (record) => {
            // the dead-letter topic has the topic's partition count: a student's letters stay in order too
            const partition = record.key ? partitionOf(record.key, partitions) : undefined;
            await producer.send({ messages: [{ ...record, partition }] });
          },
          logger,
          maxAttempts: options.maxAttempts ?? 5,
          retryDelayMs: options.retryDelayMs ?? 200,
          maxRetryDelayMs: options.maxRetryDelayMs ?? 10_000,
          sessionTimeoutMs: options.sessionTimeoutMs ?? 10_000,
          heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1_000,
          fetchMaxWaitMs: options.fetchMaxWaitMs ?? 500,
          maxQueued: 256,
        }),
      );
    },

    async ready() {
      if (closed) throw new Error("event bus is closed");
      await admin.metadata({ topics: [], forceUpdate: true });
      const down = subscribers.filter((s) => !s.running());
      if (down.length) throw new Error(`${down.length} kafka consumer(s) not running`);
    },

    // Best effort: waits until every subscribed group has committed everything in its topic.
    async drain() {
      const deadline = Date.now() + (options.drainTimeoutMs ?? 30_000);
      for (;;) {
        const lags = await Promise.all(subscribers.map((s) => s.lag()));
        const total = lags.reduce((a, b) => a + b, 0n);
        if (total === 0n) return;
        if (Date.now() > deadline) throw new Error(`kafka bus drain timed out with ${total} event(s) not yet handled`);
        await sleep(100);
      }
    },

    // Stops fetching, lets running handlers finish, commits what they finished and
    // leaves the groups (their partitions move at once); unhandled events stay in Kafka.
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(subscribers.map((s) => s.close()));
      await producer.close();
      await admin.close();
    },
  };
}
