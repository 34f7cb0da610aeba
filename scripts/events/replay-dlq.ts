// `npm run events:replay-dlq -- --topic code.events [--group progress] [--dry-run]` — publishes
// the dead letters of <topic>.dlq to <topic> again (after the bug that dead-lettered them is
// fixed). See docs/events.md, "Replaying dead letters". Needs KAFKA_BROKERS, and in Dapr
// deployments KAFKA_PARTITIONER=sarama (the partitioner every writer of the topics shares).
import { parseArgs } from "node:util";
import { z } from "zod";
import { createLogger, env, loadConfig } from "@emberlearn/platform";
import { createKafkaBus } from "@emberlearn/platform/events/kafka-bus";
import { isTopic, replayDeadLetters } from "@emberlearn/platform/events/dlq-replay";
import { eventsConfigSchema, topicSettingsOf } from "@emberlearn/platform/runtime/events-config";

const { values } = parseArgs({
  options: { topic: { type: "string" }, group: { type: "string" }, "dry-run": { type: "boolean", default: false } },
});
if (!values.topic || !isTopic(values.topic)) {
  console.error(
    "usage: replay-dlq --topic <learning.events|code.events|exercise.events|struggle.alerts> [--group <g>] [--dry-run]",
  );
  process.exit(2);
}
const config = loadConfig(
  z.object({ KAFKA_BROKERS: env.list().pipe(z.array(z.string()).min(1)), ...eventsConfigSchema }),
);
const logger = createLogger("replay-dlq", "warn");
const bus = createKafkaBus({
  brokers: config.KAFKA_BROKERS,
  clientId: "emberlearn.dlq-replay",
  logger,
  partitioner: config.KAFKA_PARTITIONER,
  topics: topicSettingsOf(config),
});
try {
  const report = await replayDeadLetters({
    brokers: config.KAFKA_BROKERS,
    topic: values.topic,
    group: values.group,
    dryRun: values["dry-run"],
    bus,
    logger,
  });
  for (const r of report.replayed)
    console.log(
      `${values["dry-run"] ? "would replay" : "replayed"} ${r.type} ${r.id} (student ${r.subject}) ` +
        `from partition ${r.partition} offset ${r.offset}`,
    );
  for (const s of report.skipped) console.log(`skipped partition ${s.partition} offset ${s.offset}: ${s.reason}`);
  console.log(
    `${report.replayed.length} ${values["dry-run"] ? "to replay" : "replayed"}, ${report.skipped.length} skipped`,
  );
} finally {
  await bus.close();
}
process.exit(0);
