import { z } from "zod";
import { ConfigError } from "../config.ts";
import { PARTITIONERS } from "../events/kafka-partitioners.ts";
import type { TopicSettings } from "../events/kafka-topics.ts";

// The event settings every service shares: how topics are created, how keys map to partitions,
// how long outbox and inbox rows are kept, and the tokens between a service and its Dapr sidecar.

const whole = (what: string) => z.coerce.number({ message: `must be a whole number of ${what}` }).int();

export const eventsConfigSchema = {
  KAFKA_PARTITIONER: z
    .enum(PARTITIONERS, { message: `must be one of ${PARTITIONERS.join(", ")} (the same for every writer)` })
    .default("murmur2"),
  KAFKA_TOPIC_PARTITIONS: whole("partitions").min(1).max(1000).default(3),
  KAFKA_REPLICATION_FACTOR: whole("replicas").min(-1).max(16).default(-1),
  KAFKA_MIN_INSYNC_REPLICAS: whole("replicas").min(1).max(16).optional(),
  KAFKA_TOPIC_RETENTION_DAYS: z.coerce.number({ message: "must be a number of days" }).positive().default(7),
  KAFKA_DLQ_RETENTION_DAYS: z.coerce.number({ message: "must be a number of days" }).positive().default(30),
  OUTBOX_RETENTION_HOURS: z.coerce.number({ message: "must be a number of hours" }).positive().default(24),
  INBOX_RETENTION_DAYS: z.coerce.number({ message: "must be a number of days" }).positive().default(35),
  /** sent to the sidecar on every call (dapr.io/api-token-secret) */
  DAPR_API_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** the sidecar sends it on every delivery (dapr.io/app-token-secret) */
  APP_API_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
};

const eventsObject = z.object(eventsConfigSchema);
type EventsConfig = z.infer<typeof eventsObject>;

const DAY_MS = 24 * 60 * 60 * 1000;

export function topicSettingsOf(c: EventsConfig): TopicSettings {
  return {
    partitions: c.KAFKA_TOPIC_PARTITIONS,
    replicationFactor: c.KAFKA_REPLICATION_FACTOR,
    minInsyncReplicas: c.KAFKA_MIN_INSYNC_REPLICAS,
    retentionMs: c.KAFKA_TOPIC_RETENTION_DAYS * DAY_MS,
    deadLetterRetentionMs: c.KAFKA_DLQ_RETENTION_DAYS * DAY_MS,
  };
}

/** A dead letter replayed after its inbox row was deleted would be applied twice: refuse that setup. */
export function checkRetention(c: EventsConfig) {
  if (c.INBOX_RETENTION_DAYS <= c.KAFKA_DLQ_RETENTION_DAYS)
    throw new ConfigError(
      "config error: INBOX_RETENTION_DAYS must be longer than " +
        `KAFKA_DLQ_RETENTION_DAYS (${c.KAFKA_DLQ_RETENTION_DAYS}), ` +
        `or a replayed dead letter could be applied twice (got "${c.INBOX_RETENTION_DAYS}")`,
    );
}

export function retentionOf(c: EventsConfig) {
  return {
    outboxRetentionMs: c.OUTBOX_RETENTION_HOURS * 60 * 60 * 1000,
    inboxRetentionMs: c.INBOX_RETENTION_DAYS * DAY_MS,
  };
}
