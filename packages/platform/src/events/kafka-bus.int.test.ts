import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  Admin,
  Consumer,
  Producer,
  compatibilityPartitioner,
  stringDeserializers,
  stringSerializers,
} from "@platformatic/kafka";
import type { CloudEvent } from "@emberlearn/contracts";
import { useTestKafka, type TestKafka } from "../testing/kafka.ts";
import { createKafkaBus, type KafkaBus, type KafkaBusOptions } from "./kafka-bus.ts";
import { HEADER } from "./kafka-codec.ts";
import { javaMurmur2, saramaFnv1a } from "./kafka-partitioners.ts";

// Against a real Apache Kafka broker (KRaft, one node): the one the test run's
// globalSetup started, else one started here. Each test uses its own prefix for topics and groups.

let kafka: TestKafka;
const buses: KafkaBus[] = [];
const run = randomBytes(4).toString("hex");

beforeAll(async () => {
  kafka = await useTestKafka();
});
afterEach(async () => {
  await Promise.all(buses.splice(0).map((b) => b.close()));
});
afterAll(async () => {
  await kafka?.stop();
});

function bus(prefix: string, extra: Partial<KafkaBusOptions> = {}): KafkaBus {
  const b = createKafkaBus({
    brokers: kafka.brokers,
    clientId: "test",
    namePrefix: prefix,
    sessionTimeoutMs: 3_000,
    heartbeatIntervalMs: 500,
    ...extra,
  });
  buses.push(b);
  return b;
}

/** a valid code.executed event; id "<student>#<seq>" so order can be read back */
function event(student: string, seq: number): CloudEvent {
  return {
    specversion: "1.0",
    id: `${student}#${seq}`,
    source: "test",
    type: "code.executed",
    subject: student,
    time: new Date().toISOString(),
    correlationid: `corr-${student}-${seq}`,
    data: { studentId: student, status: "ok", errorType: null, durationMs: seq },
  } as CloudEvent;
}

/** events for many students, interleaved the way real traffic arrives */
function traffic(students: number, perStudent: number): CloudEvent[] {
  const out: CloudEvent[] = [];
  for (let seq = 0; seq < perStudent; seq++) for (let s = 0; s < students; s++) out.push(event(`student-${s}`, seq));
  return out;
}

async function publishInBatches(b: KafkaBus, events: CloudEvent[], size = 50) {
  for (let i = 0; i < events.length; i += size) await b.publish("code.events", events.slice(i, i + size));
}

describe("Kafka event bus", () => {
  it("delivers every event to each consumer group independently", async () => {
    const prefix = `${run}.groups.`;
    const seen = { progress: [] as string[], struggle: [] as string[] };
    for (const group of ["progress", "struggle"] as const) {
      await bus(prefix).subscribe({
        topic: "code.events",
        group,
        handler: async (e) => {
          seen[group].push(e.id);
        },
      });
    }
    const events = traffic(10, 3);
    await bus(prefix).publish("code.events", events);
    for (const b of buses) await b.drain();
    const ids = events.map((e) => e.id).sort();
    expect([...seen.progress].sort()).toEqual(ids);
    expect([...seen.struggle].sort()).toEqual(ids);
  });

  it("keeps each student's events in order across many students, partitions and members", async () => {
    const prefix = `${run}.order.`;
    const order = new Map<string, number[]>();
    const byMember = [0, 0];
    // two members of one group (two replicas of a service) share the 3 partitions
    for (const member of [0, 1]) {
      await bus(prefix).subscribe({
        topic: "code.events",
        group: "progress",
        handler: async (e) => {
          byMember[member]++;
          const seq = (e.data as { durationMs: number }).durationMs;
          if (seq % 7 === 0) await new Promise((r) => setTimeout(r, 1)); // uneven handler time
          order.set(e.subject, [...(order.get(e.subject) ?? []), seq]);
        },
      });
    }
    const events = traffic(40, 25);
    await publishInBatches(bus(prefix), events);
    for (const b of buses) await b.drain();
    expect(order.size).toBe(40);
    for (const [student, seqs] of order) {
      // at-least-once may repeat an event after a rebalance, but never hands one over before its predecessor
      const firstSeen = seqs.filter((s, i) => seqs.indexOf(s) === i);
      expect(firstSeen, student).toEqual([...Array(25).keys()]);
    }
    expect(byMember.every((n) => n > 0)).toBe(true);
  });

  it("loses nothing when a consumer is closed mid-stream and restarted in the same group", async () => {
    const prefix = `${run}.restart.`;
    const applied = new Set<string>();
    let duplicates = 0;
    const handler = async (e: CloudEvent) => {
      await new Promise((r) => setTimeout(r, 1));
      if (applied.has(e.id)) duplicates++;
      else applied.add(e.id);
    };
    const first = bus(prefix);
    await first.subscribe({ topic: "code.events", group: "progress", handler });
    const events = traffic(20, 15);
    await publishInBatches(bus(prefix), events);
    while (applied.size < 60) await new Promise((r) => setTimeout(r, 5));
    await first.close();
    const atClose = applied.size;
    expect(atClose).toBeLessThan(events.length); // it really stopped mid-stream
    const second = bus(prefix);
    await second.subscribe({ topic: "code.events", group: "progress", handler });
    await second.drain();
    expect([...applied].sort()).toEqual(events.map((e) => e.id).sort());
    // a graceful close commits what it handled, so nothing is even redelivered
    expect(duplicates).toBe(0);
  });

  it("after a consumer is killed, a restarted one loses nothing and applies nothing twice", async () => {
    const prefix = `${run}.kill.`;
    const dir = mkdtempSync(join(tmpdir(), "kafka-kill-"));
    const out = join(dir, "applied.txt");
    try {
      const events = traffic(30, 10);
      await publishInBatches(bus(prefix), events);
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          join(import.meta.dirname, "fixture/kafka-consume-and-die.ts"),
          kafka.brokers,
          prefix,
          "progress",
          out,
          "100",
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      const [, signal] = await new Promise<[number | null, string | null]>((resolve) =>
        child.on("exit", (code, sig) => resolve([code, sig])),
      );
      expect(stderr).toBe("");
      expect(signal).toBe("SIGKILL");
      const beforeCrash = readFileSync(out, "utf8").split("\n").filter(Boolean);
      expect(beforeCrash).toHaveLength(100);

      // the restarted consumer's idempotent handler: the file is its inbox
      let redelivered = 0;
      const applied = [...beforeCrash];
      const inbox = new Set(beforeCrash);
      await bus(prefix).subscribe({
        topic: "code.events",
        group: "progress",
        handler: async (e) => {
          if (inbox.has(e.id)) redelivered++;
          else {
            inbox.add(e.id);
            applied.push(e.id);
          }
        },
      });
      await buses.at(-1)!.drain();
      expect([...applied].sort()).toEqual(events.map((e) => e.id).sort()); // nothing lost, nothing applied twice
      expect(redelivered).toBeGreaterThanOrEqual(1); // the event applied just before the kill came back
    } finally {
      if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sends a poison event to <topic>.dlq and keeps handling the events behind it", async () => {
    const prefix = `${run}.poison.`;
    const b = bus(prefix, { maxAttempts: 3, retryDelayMs: 20 });
    const handled: string[] = [];
    let poisonAttempts = 0;
    await b.subscribe({
      topic: "code.events",
      group: "progress",
      handler: async (e) => {
        if (e.id === "student-1#1") {
          poisonAttempts++;
          throw new Error("boom: cannot apply");
        }
        handled.push(e.id);
      },
    });
    await b.publish("code.events", [event("student-1", 0), event("student-1", 1)]);
    // a record that is not an event at all, on the same partition (same key, Java's partitioner like the bus)
    const raw = new Producer({
      clientId: "raw",
      bootstrapBrokers: [kafka.brokers],
      serializers: stringSerializers,
      idempotent: true,
      partitioner: compatibilityPartitioner,
    });
    await raw.send({ messages: [{ topic: b.topicName("code.events"), key: "student-1", value: "{not json" }] });
    await raw.close();
    await b.publish("code.events", [event("student-1", 2), event("student-1", 3)]);
    await b.drain();

    expect(handled).toEqual(["student-1#0", "student-1#2", "student-1#3"]);
    expect(poisonAttempts).toBe(3);
    const dead = await readTopic(b.deadLetterTopicName("code.events"), 2);
    expect(dead.map((m) => m.headers.get(HEADER.id) ?? m.value)).toEqual(["student-1#1", "{not json"]);
    expect(b.deadLetterTopicName("code.events")).toBe(`${prefix}code.events.dlq`);
    const poison = dead.find((m) => m.headers.get(HEADER.id) === "student-1#1")!;
    expect(poison.key).toBe("student-1");
    expect(JSON.parse(poison.value).id).toBe("student-1#1");
    expect(Object.fromEntries(poison.headers)).toMatchObject({
      [HEADER.type]: "code.executed",
      [HEADER.correlationId]: "corr-student-1-1",
      [HEADER.error]: "Error: boom: cannot apply",
      [HEADER.attempts]: "3",
      [HEADER.group]: `${prefix}progress`,
      [HEADER.originalTopic]: b.topicName("code.events"),
    });
    const invalid = dead.find((m) => m.value === "{not json")!;
    expect(invalid.headers.get(HEADER.originalPartition)).toBe(poison.headers.get(HEADER.originalPartition));
    expect(invalid.headers.get(HEADER.attempts)).toBe("0"); // not retried: retrying cannot fix it
    expect(invalid.headers.get(HEADER.error)).toMatch(/JSON/);
  });

  it("creates topics with explicit settings and partitions keys as Java or Dapr's sarama do (configured)", async () => {
    const students = Array.from({ length: 12 }, (_, i) => `student-${i}`);
    for (const partitioner of ["murmur2", "sarama"] as const) {
      const prefix = `${run}.${partitioner}.`;
      const b = bus(prefix, { partitioner, topics: { partitions: 4, retentionMs: 3_600_000 } });
      await b.publish(
        "code.events",
        students.map((s) => event(s, 0)),
      );
      const records = await readRecords(b.topicName("code.events"), students.length);
      const expected = partitioner === "sarama" ? saramaFnv1a : javaMurmur2;
      for (const r of records) expect(r.partition, `${partitioner} ${r.key}`).toBe(expected(r.key, 4));
      const admin = new Admin({ clientId: "test-admin", bootstrapBrokers: [kafka.brokers] });
      try {
        const [topic] = await admin.describeConfigs({
          resources: [
            {
              resourceType: 2,
              resourceName: b.topicName("code.events"),
              configurationKeys: ["retention.ms", "cleanup.policy"],
            },
          ],
        });
        const configs = Object.fromEntries(topic.configs.map((c) => [c.name, c.value]));
        expect(configs).toMatchObject({ "retention.ms": "3600000", "cleanup.policy": "delete" });
      } finally {
        await admin.close();
      }
    }
    // the two hashes really differ for some students: mixing writers would split a student's events
    expect(students.some((s) => saramaFnv1a(s, 4) !== javaMurmur2(s, 4))).toBe(true);
  });
});

async function readRecords(topic: string, count: number) {
  const { readTopic: read } = await import("../testing/kafka.ts");
  return read(kafka.brokers, topic, count);
}

async function readTopic(topic: string, count: number) {
  const consumer = new Consumer({
    clientId: "reader",
    groupId: `reader-${randomBytes(4).toString("hex")}`,
    bootstrapBrokers: [kafka.brokers],
    deserializers: stringDeserializers,
    maxWaitTime: 200,
  });
  const stream = await consumer.consume({ topics: [topic], mode: "earliest", autocommit: false });
  const records: { key: string; value: string; headers: Map<string, string> }[] = [];
  const timeout = setTimeout(() => void stream.close(), 10_000);
  for await (const m of stream) {
    records.push({ key: m.key, value: m.value, headers: m.headers });
    if (records.length >= count) break;
  }
  clearTimeout(timeout);
  await stream.close();
  await consumer.close();
  return records;
}
