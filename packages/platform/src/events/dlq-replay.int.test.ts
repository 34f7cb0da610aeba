import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { Producer, stringSerializers } from "@platformatic/kafka";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CloudEvent } from "@emberlearn/contracts";
import { useTestKafka, type TestKafka } from "../testing/kafka.ts";
import { createKafkaBus, type KafkaBus } from "./kafka-bus.ts";
import { replayDeadLetters } from "./dlq-replay.ts";

// Against the real broker: an event dead-lettered by a failing consumer is replayed, after the
// fix, by the replay command's function; a second replay finds nothing new; a dry run publishes
// nothing; a record that is not an event is reported and left alone.

const prefix = `${randomBytes(4).toString("hex")}.replay.`;
let kafka: TestKafka;
let bus: KafkaBus;
const handled: string[] = [];
let broken = true;

const event = (student: string, seq: number): CloudEvent =>
  ({
    specversion: "1.0",
    id: `${prefix}${student}-${seq}`,
    source: "test",
    type: "code.executed",
    subject: student,
    time: new Date().toISOString(),
    data: { studentId: student, status: "error", errorType: "NameError", durationMs: seq },
  }) as CloudEvent;

async function until(what: string, ok: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

beforeAll(async () => {
  kafka = await useTestKafka();
  bus = createKafkaBus({
    brokers: kafka.brokers,
    clientId: "replay-test",
    namePrefix: prefix,
    maxAttempts: 2,
    retryDelayMs: 50,
  });
  await bus.subscribe({
    topic: "code.events",
    group: "progress",
    handler: async (e) => {
      if (broken && e.subject === "ada") throw new Error("bug in the handler");
      handled.push(e.id);
    },
  });
});
afterAll(async () => {
  await bus?.close();
  await kafka?.stop();
});

describe("dead-letter replay", () => {
  it("replays a dead letter once the consumer is fixed, and only once", async () => {
    await bus.publish("code.events", [event("ada", 1), event("grace", 1)]);
    await until("grace's event", () => handled.includes(event("grace", 1).id));
    await bus.drain(); // ada's went to the dead-letter topic
    expect(handled).not.toContain(event("ada", 1).id);
    // a record that is not an event, written to the dead-letter topic by hand
    const producer = new Producer({ clientId: "t", bootstrapBrokers: [kafka.brokers], serializers: stringSerializers });
    await producer.send({ messages: [{ topic: bus.deadLetterTopicName("code.events"), key: "x", value: "{broken" }] });
    await producer.close();

    const common = { brokers: [kafka.brokers], topic: "code.events" as const, bus, prefix };
    const dry = await replayDeadLetters({ ...common, dryRun: true });
    expect(dry.replayed.map((r) => r.id)).toEqual([event("ada", 1).id]);
    expect(dry.skipped).toHaveLength(1);
    expect(dry.skipped[0].reason).toMatch(/not a valid event/);
    await sleep(500);
    expect(handled).not.toContain(event("ada", 1).id); // a dry run publishes nothing

    broken = false; // the fix is deployed
    const first = await replayDeadLetters({ ...common, group: "progress" });
    expect(first.replayed.map((r) => r.subject)).toEqual(["ada"]);
    await until("ada's replayed event", () => handled.includes(event("ada", 1).id));
    const second = await replayDeadLetters({ ...common, group: "progress" });
    expect(second).toEqual({ replayed: [], skipped: [] });
  }, 60_000);
});
