import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isNull, sql } from "drizzle-orm";
import type { CloudEvent } from "@emberlearn/contracts";
import { migrateService, openDatabase, type Database } from "../db/index.ts";
import { createTestDatabase } from "../testing/postgres.ts";
import { useTestKafka, type TestKafka } from "../testing/kafka.ts";
import { createKafkaBus, type KafkaBus } from "./kafka-bus.ts";
import { createEvent, enqueueEvents } from "./outbox.ts";
import { inbox, outbox } from "./fixture/schema.ts";

// Three relay replicas (three processes) over one outbox in a real PostgreSQL server, publishing
// to the real Kafka broker, while writers commit events for many students at once — and one
// replica is SIGKILLed halfway. Every student's events must reach Kafka complete and, counting
// first deliveries, in the order they were committed.

const STUDENTS = 30;
const PER_STUDENT = 20;
const run = randomBytes(4).toString("hex");
let kafka: TestKafka;
let url: string;
let database: Database;
const replicas: ChildProcess[] = [];

function startReplica(): ChildProcess {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "fixture/relay-replica.ts"), url, kafka.brokers, `${run}.`],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  replicas.push(child);
  return child;
}

beforeAll(async () => {
  kafka = await useTestKafka();
  url = await createTestDatabase(inject("postgresUrl"));
  database = await openDatabase({ url });
  await migrateService(database, {
    service: "outbox-fixture",
    folder: join(import.meta.dirname, "fixture/migrations"),
  });
  const started = replicas.concat([startReplica(), startReplica(), startReplica()]);
  await Promise.all(started.map((c) => new Promise<void>((resolve) => c.stdout!.once("data", () => resolve()))));
}, 120_000);

afterAll(async () => {
  for (const c of replicas) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
  await database?.close();
  await kafka?.stop();
});

describe("outbox relay with three replicas", () => {
  it("keeps every student's events complete and in commit order, even when a replica dies", async () => {
    // each student acts in sequence (one transaction per event); students act concurrently
    const writeStudent = async (s: number) => {
      for (let seq = 0; seq < PER_STUDENT; seq++) {
        const event = createEvent(
          "code.executed",
          { studentId: `student-${s}`, status: "ok", errorType: null, durationMs: seq },
          "relay-test",
        );
        await database.db.transaction((tx) => enqueueEvents(tx as never, { outbox, inbox }, [event]));
        if (s === 0 && seq === PER_STUDENT / 2) replicas[0].kill("SIGKILL"); // mid-stream, whoever leads
        await sleep(Math.random() * 5);
      }
    };
    await Promise.all(Array.from({ length: STUDENTS }, (_, s) => writeStudent(s)));

    // the surviving replicas publish everything
    const deadline = Date.now() + 60_000;
    for (;;) {
      const [row] = await database.db
        .select({ n: sql<number>`count(*)::int` })
        .from(outbox)
        .where(isNull(outbox.publishedAt));
      if (row.n === 0) break;
      if (Date.now() > deadline) throw new Error(`${row.n} outbox rows never published`);
      await sleep(100);
    }

    const received: CloudEvent[] = [];
    const reader: KafkaBus = createKafkaBus({ brokers: kafka.brokers, clientId: "reader", namePrefix: `${run}.` });
    try {
      await reader.subscribe({ topic: "code.events", group: "reader", handler: async (e) => void received.push(e) });
      await reader.drain();
    } finally {
      await reader.close();
    }

    const firstSeen = new Map<string, number[]>();
    const ids = new Set<string>();
    let duplicates = 0;
    for (const e of received) {
      if (ids.has(e.id)) {
        duplicates++;
        continue;
      }
      ids.add(e.id);
      const list = firstSeen.get(e.subject) ?? [];
      list.push((e.data as { durationMs: number }).durationMs);
      firstSeen.set(e.subject, list);
    }
    expect(firstSeen.size).toBe(STUDENTS);
    const inOrder = Array.from({ length: PER_STUDENT }, (_, i) => i);
    for (const [student, seqs] of firstSeen) expect(seqs, student).toEqual(inOrder);
    console.log(`relay replicas: ${ids.size} events, ${duplicates} duplicate deliveries after the SIGKILL`);
  }, 120_000);
});
