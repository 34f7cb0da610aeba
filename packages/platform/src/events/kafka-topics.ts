import { Admin } from "@platformatic/kafka";
import type { Logger } from "pino";
import { TOPICS, type Topic } from "@emberlearn/contracts";

// The settings EmberLearn's topics are created with, written down once: the Kafka bus creates
// missing topics with them, and in Dapr mode (where daprd creates nothing) the `topics` command
// (scripts/events/topics.ts, a Kubernetes Job) does. Existing topics are never altered: a new
// partition count would move students to other partitions and break their order.

export interface TopicSettings {
  /** partitions per topic; the most consumer replicas that can share a topic's work */
  partitions: number;
  /** copies of each partition; -1 = the broker's default.replication.factor */
  replicationFactor: number;
  /** with acks=all, writes fail unless this many copies have them (min.insync.replicas) */
  minInsyncReplicas?: number;
  /** how long events stay (retention.ms) */
  retentionMs: number;
  /** how long dead letters stay: long enough for someone to notice and replay them */
  deadLetterRetentionMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEFAULT_TOPIC_SETTINGS: TopicSettings = {
  partitions: 3,
  replicationFactor: -1,
  retentionMs: 7 * DAY_MS,
  deadLetterRetentionMs: 30 * DAY_MS,
};

export interface TopicSpec {
  name: string;
  partitions: number;
  replicationFactor: number;
  configs: Record<string, string>;
}

/** The Kafka topics behind EmberLearn topics: each one plus its `<topic>.dlq`. */
export function topicPlan(
  settings: Partial<TopicSettings> = {},
  names: { prefix?: string; deadLetterSuffix?: string; topics?: readonly Topic[] } = {},
): TopicSpec[] {
  const s = { ...DEFAULT_TOPIC_SETTINGS, ...settings };
  const minIsr = s.minInsyncReplicas ?? (s.replicationFactor >= 3 ? 2 : undefined);
  const base = (retentionMs: number): Record<string, string> => ({
    "cleanup.policy": "delete",
    "retention.ms": String(retentionMs),
    ...(minIsr ? { "min.insync.replicas": String(minIsr) } : {}),
  });
  return (names.topics ?? TOPICS).flatMap((topic) => [
    {
      name: `${names.prefix ?? ""}${topic}`,
      partitions: s.partitions,
      replicationFactor: s.replicationFactor,
      configs: base(s.retentionMs),
    },
    {
      name: `${names.prefix ?? ""}${topic}${names.deadLetterSuffix ?? ".dlq"}`,
      partitions: s.partitions,
      replicationFactor: s.replicationFactor,
      configs: base(s.deadLetterRetentionMs),
    },
  ]);
}

/** Creates the topics that are missing, with their settings; returns the names it created. */
export async function createMissingTopics(admin: Admin, specs: TopicSpec[], logger?: Logger): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((t) => !existing.has(t.name));
  // one request per distinct settings: the admin call takes one partitions/replicas/configs set
  const groups = new Map<string, TopicSpec[]>();
  for (const t of missing) {
    const key = JSON.stringify([t.partitions, t.replicationFactor, t.configs]);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  for (const group of groups.values()) {
    const [first] = group;
    try {
      await admin.createTopics({
        topics: group.map((t) => t.name),
        partitions: first.partitions,
        replicas: first.replicationFactor,
        configs: Object.entries(first.configs).map(([name, value]) => ({ name, value })),
      });
    } catch (err) {
      // another process may have created them meanwhile
      const now = new Set(await admin.listTopics());
      if (!group.every((t) => now.has(t.name))) throw err;
    }
  }
  if (missing.length) logger?.info({ topics: missing.map((t) => t.name) }, "kafka topics created");
  return missing.map((t) => t.name);
}

/** The `topics` command (and Dapr-mode tests): create every EmberLearn topic that is missing. */
export async function ensureTopics(options: {
  brokers: string[];
  settings?: Partial<TopicSettings>;
  prefix?: string;
  logger?: Logger;
}): Promise<{ created: string[]; specs: TopicSpec[] }> {
  const admin = new Admin({ clientId: "emberlearn.topics", bootstrapBrokers: options.brokers });
  try {
    const specs = topicPlan(options.settings, { prefix: options.prefix });
    return { created: await createMissingTopics(admin, specs, options.logger), specs };
  } finally {
    await admin.close();
  }
}
