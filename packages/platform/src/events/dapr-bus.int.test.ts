import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CloudEvent } from "@emberlearn/contracts";
import { selfHostedDapr } from "../../../../deploy/generate/dapr.ts";
import { createDaprCluster, type DaprCluster, type DaprSidecar } from "../testing/dapr.ts";
import { readTopic, startKafka, type TestKafka } from "../testing/kafka.ts";
import { freePort } from "../testing/postgres.ts";
import { createServiceClient } from "../http/client.ts";
import { runWithContext } from "../context.ts";
import { createDaprBus, type DaprBus } from "./dapr-bus.ts";
import { ensureTopics } from "./kafka-topics.ts";
import { saramaFnv1a } from "./kafka-partitioners.ts";
import { z } from "zod";

// Against a real daprd 1.14 (built from source) on a real Kafka broker, with the resources of
// deploy/dapr: topics made by the topics command, events published through one sidecar and
// delivered by another as daprd really delivers them (application/cloudevents+json).

const run = randomBytes(3).toString("hex");
const PUBLISHER = `pub-${run}`;
const CONSUMER = `cons-${run}`;
const APP_TOKEN = `app-token-${run}-0123456789`;
let kafka: TestKafka;
let cluster: DaprCluster;
let publisher: DaprBus;
let consumer: DaprBus;
let consumerApp: FastifyInstance;
let consumerSidecar: DaprSidecar;
const handled: CloudEvent[] = [];
const poisonIds = new Set<string>();
let slowMs = 0;
let slowStarted = false;

function event(student: string, seq: number): CloudEvent {
  return {
    specversion: "1.0",
    id: `${run}-${student}-${seq}`,
    source: "dapr-test",
    type: "code.executed",
    subject: student,
    time: new Date().toISOString(),
    datacontenttype: "application/json",
    correlationid: `corr-${student}-${seq}`,
    data: { studentId: student, status: "ok", errorType: null, durationMs: seq },
  } as CloudEvent;
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

beforeAll(async () => {
  kafka = await startKafka(); // its own broker: Dapr's topic names cannot be prefixed per test
  await ensureTopics({ brokers: [kafka.brokers] });
  cluster = await createDaprCluster({
    resources: selfHostedDapr({ brokers: kafka.brokers, scopes: [PUBLISHER, CONSUMER] }),
  });

  const consumerPort = await freePort();
  const consumerDaprPort = await freePort();
  consumer = createDaprBus({ daprHttpPort: consumerDaprPort, appToken: APP_TOKEN, quietMs: 500 });
  await consumer.subscribe({
    topic: "code.events",
    group: "progress",
    handler: async (e) => {
      if (poisonIds.has(e.id)) throw new Error("poison");
      if (slowMs) {
        slowStarted = true;
        await sleep(slowMs);
      }
      handled.push(e);
    },
  });
  consumerApp = Fastify();
  consumer.mount(consumerApp);
  consumerApp.get("/api/echo", async (req) => ({
    correlationId: req.headers["x-correlation-id"],
    authorization: req.headers.authorization,
  }));
  await consumerApp.listen({ port: consumerPort, host: "127.0.0.1" });
  consumerSidecar = await cluster.start({
    appId: CONSUMER,
    appPort: consumerPort,
    httpPort: consumerDaprPort,
    env: { APP_API_TOKEN: APP_TOKEN },
  });
  const pub = await cluster.start({ appId: PUBLISHER, appPort: await freePort() });
  publisher = createDaprBus({ daprHttpPort: pub.httpPort });
  // the consumer's subscription is live once a first event arrives
  await publisher.publish("code.events", [event("warm-up", 0)]);
  await until("the subscription to start", () => (handled.length > 0 ? true : undefined), 60_000);
  handled.length = 0;
}, 240_000);

afterAll(async () => {
  await consumer?.close();
  await consumerApp?.close();
  await cluster?.stop();
  await kafka?.stop();
});

describe("Dapr event bus with a real sidecar", () => {
  it("delivers 60 of 60 events, each student's in order, keyed by student on sarama's partitions", async () => {
    const students = ["ada", "grace", "linus", "barbara", "edsger", "margaret"];
    const events = Array.from({ length: 10 }, (_, seq) => students.map((s) => event(s, seq))).flat();
    await publisher.publish("code.events", events);
    await until("60 events", () => (handled.length >= 60 ? true : undefined));
    expect(handled).toHaveLength(60);
    for (const s of students)
      expect(
        handled.filter((e) => e.subject === s).map((e) => (e.data as { durationMs: number }).durationMs),
        s,
      ).toEqual([...Array(10).keys()]);
    // daprd delivered our envelope: same id, type and correlation id
    expect(handled[0]).toMatchObject({ id: events[0].id, type: "code.executed", correlationid: "corr-ada-0" });

    // in Kafka, the student id is the key and the partition is sarama's FNV-1a hash of it: a Kafka
    // bus configured with KAFKA_PARTITIONER=sarama writes the same students to the same partitions
    const records = await readTopic(kafka.brokers, "code.events", 61);
    const ours = records.filter((r) => students.includes(r.key));
    expect(ours).toHaveLength(60);
    for (const r of ours) expect(r.partition, r.key).toBe(saramaFnv1a(r.key, 3));
    expect(new Set(ours.map((r) => r.partition)).size).toBeGreaterThan(1);
  }, 60_000);

  it("dead-letters an event that keeps failing, after Dapr's retries, and goes on with the rest", async () => {
    const poison = event("poisoned", 0);
    poisonIds.add(poison.id);
    await publisher.publish("code.events", [poison, event("poisoned", 1)]);
    // 5 retries at 0.5, 1, 2, 4, 8 s (deploy/dapr/resiliency.yaml), then code.events.dlq
    const letters = await readTopic(kafka.brokers, "code.events.dlq", 1, 40_000);
    expect(letters).toHaveLength(1);
    expect(JSON.parse(letters[0].value)).toMatchObject({ id: poison.id, subject: "poisoned" });
    await until("the event behind the poison", () =>
      handled.find((e) => e.id === event("poisoned", 1).id) ? true : undefined,
    );
    expect(handled.some((e) => e.id === poison.id)).toBe(false);
  }, 60_000);

  it("accepts deliveries only with the sidecar's app token", async () => {
    const port = (consumerApp.server.address() as { port: number }).port;
    const res = await fetch(`http://127.0.0.1:${port}/dapr/events/progress/code.events`, {
      method: "POST",
      headers: { "content-type": "application/cloudevents+json" },
      body: JSON.stringify(event("forger", 0)),
    });
    expect(res.status).toBe(401);
    expect(handled.some((e) => e.subject === "forger")).toBe(false);
  });

  it("invokes another app through both sidecars, forwarding the correlation id and token", async () => {
    const caller = await cluster.start({ appId: `caller-${run}`, appPort: await freePort() });
    const client = createServiceClient({
      baseUrl: `http://127.0.0.1:${caller.httpPort}/v1.0/invoke/${CONSUMER}/method`,
      service: "consumer",
    });
    const answer = await runWithContext({ correlationId: "corr-invoke-1", token: "tok-1" }, () =>
      client.call({ path: "/api/echo", schema: z.object({ correlationId: z.string(), authorization: z.string() }) }),
    );
    expect(answer).toEqual({ correlationId: "corr-invoke-1", authorization: "Bearer tok-1" });
    // the callee's sidecar received it from the caller's sidecar (not from the app directly)
    expect(await consumerSidecar.metrics()).toMatch(
      new RegExp(
        `dapr_runtime_service_invocation_req_recv_total\\{app_id="${CONSUMER}",src_app_id="caller-${run}"\\} 1`,
      ),
    );
  });

  it("is ready while its sidecar answers; close() lets a running handler finish, refuses new deliveries", async () => {
    await expect(consumer.ready()).resolves.toBeUndefined();
    slowMs = 1500;
    await publisher.publish("code.events", [event("slow", 0)]);
    await until("the slow handler to start", () => (slowStarted ? true : undefined));
    const started = Date.now();
    await consumer.close();
    const waited = Date.now() - started;
    expect(handled.some((e) => e.subject === "slow")).toBe(true);
    expect(waited).toBeGreaterThan(200);
    const port = (consumerApp.server.address() as { port: number }).port;
    const refused = await fetch(`http://127.0.0.1:${port}/dapr/events/progress/code.events`, {
      method: "POST",
      headers: { "content-type": "application/cloudevents+json", "dapr-api-token": APP_TOKEN },
      body: JSON.stringify(event("late", 0)),
    });
    expect(refused.status).toBe(503);
    expect(await refused.json()).toEqual({ status: "RETRY" });
    await consumerSidecar.stop();
    await expect(consumer.ready()).rejects.toThrow();
  }, 30_000);
});
