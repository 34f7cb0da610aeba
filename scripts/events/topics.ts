// `npm run events:topics` — creates every EmberLearn topic (and its <topic>.dlq) that is
// missing, with explicit settings. Kafka mode's bus does this itself; in Dapr mode nothing
// else does (daprd creates no topics), so deploy/k8s runs it as a Job before the services.
//   KAFKA_BROKERS=kafka:9092 KAFKA_TOPIC_PARTITIONS=6 KAFKA_REPLICATION_FACTOR=3 npm run events:topics
import { z } from "zod";
import { createLogger, env, loadConfig } from "@emberlearn/platform";
import { ensureTopics } from "@emberlearn/platform/events/kafka-topics";
import { eventsConfigSchema, topicSettingsOf } from "@emberlearn/platform/runtime/events-config";

const config = loadConfig(
  z.object({ KAFKA_BROKERS: env.list().pipe(z.array(z.string()).min(1)), ...eventsConfigSchema }),
);
const logger = createLogger("topics", "info");
const { created, specs } = await ensureTopics({
  brokers: config.KAFKA_BROKERS,
  settings: topicSettingsOf(config),
  logger,
});
for (const t of specs)
  console.log(
    `${created.includes(t.name) ? "created " : "exists  "} ${t.name} partitions=${t.partitions} ` +
      `replicas=${t.replicationFactor} ` +
      Object.entries(t.configs)
        .map(([k, v]) => `${k}=${v}`)
        .join(" "),
  );
process.exit(0);
