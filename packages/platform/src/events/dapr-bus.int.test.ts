import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import Fastify, { type FastifyInstance } from "fastify";
import { createDaprBus, type DaprBus } from "./dapr-bus.ts";
import { createEvent } from "./outbox.ts";
import type { CloudEvent } from "@emberlearn/contracts";

// No daprd binary can be had on our machines (docs/events.md), so this tests the
// adapter's HTTP contract with Dapr: the publish call it makes to the sidecar
// and the subscription and delivery endpoints the sidecar calls.

describe("Dapr bus HTTP contract", () => {
  let sidecar: Server;
  const published: { url: string; contentType: string; body: any }[] = [];
  let bus: DaprBus;
  let app: FastifyInstance;
  const handled: CloudEvent[] = [];
  let failNext = false;

  beforeAll(async () => {
    sidecar = createServer(async (req, res) => {
      let body = "";
      for await (const c of req) body += c;
      published.push({ url: req.url!, contentType: req.headers["content-type"]!, body: JSON.parse(body) });
      res.writeHead(204).end();
    });
    await new Promise<void>((r) => sidecar.listen(0, "127.0.0.1", r));
    bus = createDaprBus({ daprHttpPort: (sidecar.address() as { port: number }).port, pubsubName: "pubsub" });
    await bus.subscribe({
      topic: "code.events",
      group: "progress",
      handler: async (e) => {
        if (failNext) {
          failNext = false;
          throw new Error("boom");
        }
        handled.push(e);
      },
    });
    app = Fastify();
    bus.mount(app);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    sidecar.close();
  });

  const event = createEvent(
    "code.executed",
    { studentId: "ada", status: "error", errorType: "NameError", durationMs: 12 },
    "sandbox",
  );

  it("publishes the CloudEvent as is, keyed by the student", async () => {
    await bus.publish("code.events", [event]);
    expect(published[0]!.url).toBe("/v1.0/publish/pubsub/code.events?metadata.partitionKey=ada");
    expect(published[0]!.contentType).toBe("application/cloudevents+json");
    expect(published[0]!.body).toEqual(event);
  });

  it("declares programmatic subscriptions with a dead-letter topic", async () => {
    const res = await app.inject({ url: "/dapr/subscribe" });
    expect(res.json()).toEqual([
      {
        pubsubname: "pubsub",
        topic: "code.events",
        routes: { default: "/dapr/events/progress/code.events" },
        deadLetterTopic: "code.events.dlq",
      },
    ]);
  });

  it("acknowledges a handled event, asks for a retry on failure, drops an invalid one", async () => {
    // Dapr adds its own fields to the envelope; they are ignored
    const delivered = { ...event, pubsubname: "pubsub", topic: "code.events", traceid: "00-abc" };
    failNext = true;
    expect(
      (await app.inject({ method: "POST", url: "/dapr/events/progress/code.events", payload: delivered })).json(),
    ).toEqual({ status: "RETRY" });
    expect(
      (await app.inject({ method: "POST", url: "/dapr/events/progress/code.events", payload: delivered })).json(),
    ).toEqual({ status: "SUCCESS" });
    expect(handled.map((e) => e.id)).toEqual([event.id]);
    const invalid = { ...event, data: { studentId: "ada" } };
    expect(
      (await app.inject({ method: "POST", url: "/dapr/events/progress/code.events", payload: invalid })).json(),
    ).toEqual({ status: "DROP" });
  });
});
