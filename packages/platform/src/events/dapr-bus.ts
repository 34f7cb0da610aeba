import { setTimeout as sleep } from "node:timers/promises";
import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { parseEvent, type CloudEvent, type Topic } from "@emberlearn/contracts";
import { runWithContext } from "../context.ts";
import type { EventBus, Subscription } from "./bus.ts";

// The event bus through a Dapr sidecar (distributed mode with DAPR_HTTP_PORT).
// Publishing: the sidecar's pub/sub API, our CloudEvent passed through as is, the student id as
// partition key, one event at a time so a retried send cannot overtake the next one.
// Consuming: programmatic subscriptions (GET /dapr/subscribe) and one delivery route each.
// daprd delivers `application/cloudevents+json`; the answer tells it SUCCESS, RETRY (its
// resiliency policy backs off, then dead-letters to <topic>.dlq) or DROP (not an event).
// The consumer group is the Dapr app id; broadcast subscriptions (every replica gets every
// event) use a second component whose consumer group is per pod (deploy/dapr).

export interface DaprBusOptions {
  daprHttpPort: number;
  /** the pub/sub component (deploy/dapr/pubsub.yaml) */
  pubsubName?: string;
  /** the component for broadcast subscriptions (deploy/dapr/pubsub-broadcast.yaml) */
  broadcastPubsubName?: string;
  logger?: Logger;
  deadLetterSuffix?: string;
  /** sent to the sidecar as dapr-api-token (DAPR_API_TOKEN) */
  apiToken?: string;
  /** the sidecar must send it as dapr-api-token on every delivery (APP_API_TOKEN) */
  appToken?: string;
  /** close() waits this long for running handlers (default 20 s) */
  closeTimeoutMs?: number;
  /** drain(): no delivery and no handler running for this long (default 1 s) */
  quietMs?: number;
  /** drain() gives up after this long (default 30 s) */
  drainTimeoutMs?: number;
}

export interface DaprBus extends EventBus {
  /** adds GET /dapr/subscribe and the delivery routes to the service's app (before it listens) */
  mount(app: FastifyInstance): void;
  /** the sidecar is up and its components are ready */
  ready(): Promise<void>;
}

const routeOf = (s: Subscription) => `/dapr/events/${encodeURIComponent(s.group)}/${s.topic}`;

export function createDaprBus(options: DaprBusOptions): DaprBus {
  const pubsub = options.pubsubName ?? "pubsub";
  const broadcast = options.broadcastPubsubName ?? "pubsub-broadcast";
  const base = `http://127.0.0.1:${options.daprHttpPort}`;
  const tokenHeader: Record<string, string> = options.apiToken ? { "dapr-api-token": options.apiToken } : {};
  const subscriptions: Subscription[] = [];
  let running = 0;
  let lastActivity = Date.now();
  let closing = false;
  let closed = false;

  async function deliver(sub: Subscription, body: unknown): Promise<{ status: "SUCCESS" | "RETRY" | "DROP" }> {
    let event: CloudEvent;
    try {
      event = parseEvent(body);
    } catch (err) {
      options.logger?.error({ err, topic: sub.topic }, "dropping an event that does not match its schema");
      return { status: "DROP" };
    }
    try {
      await runWithContext({ correlationId: event.correlationid ?? event.id }, () => sub.handler(event));
      return { status: "SUCCESS" };
    } catch (err) {
      options.logger?.warn({ err, eventId: event.id }, "event handler failed; dapr will retry");
      return { status: "RETRY" };
    }
  }

  return {
    async publish(topic: Topic, events: CloudEvent[]) {
      if (closed) throw new Error("event bus is closed");
      for (const event of events) {
        const key = encodeURIComponent(event.subject);
        const url = `${base}/v1.0/publish/${pubsub}/${topic}?metadata.partitionKey=${key}`;
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/cloudevents+json", ...tokenHeader },
          body: JSON.stringify(event),
          signal: AbortSignal.timeout(10_000),
        });
        if (!res.ok) throw new Error(`dapr publish to ${topic} failed: ${res.status} ${await res.text()}`);
      }
    },

    async subscribe(subscription: Subscription) {
      subscriptions.push(subscription);
    },

    mount(app: FastifyInstance) {
      // its own scope: the CloudEvents parser and the token check apply to these routes only
      app.register(async (scope) => {
        scope.addContentTypeParser("application/cloudevents+json", { parseAs: "string" }, (_req, text, done) => {
          try {
            done(null, JSON.parse(text as string));
          } catch (err) {
            (err as { statusCode?: number }).statusCode = 400;
            done(err as Error, undefined);
          }
        });
        scope.addHook("onRequest", async (request, reply) => {
          if (options.appToken && request.headers["dapr-api-token"] !== options.appToken)
            return reply.code(401).send({ status: "DROP", error: "missing or wrong dapr-api-token" });
        });
        const config = { public: true };
        scope.get("/dapr/subscribe", { schema: { hide: true }, config }, async () =>
          subscriptions.map((s) => ({
            pubsubname: s.broadcast ? broadcast : pubsub,
            topic: s.topic,
            routes: { default: routeOf(s) },
            // a live feed has nothing worth keeping: only shared work goes to the dead-letter topic
            ...(s.broadcast ? {} : { deadLetterTopic: `${s.topic}${options.deadLetterSuffix ?? ".dlq"}` }),
          })),
        );
        scope.post("/dapr/events/:group/:topic", { schema: { hide: true }, config }, async (request, reply) => {
          const { group, topic } = request.params as { group: string; topic: string };
          const sub = subscriptions.find((s) => s.group === group && s.topic === topic);
          if (!sub) return { status: "DROP" };
          // shutting down: not handled here, so dapr retries it (on this pod's successor)
          if (closing) return reply.code(503).send({ status: "RETRY" });
          running++;
          try {
            return await deliver(sub, request.body);
          } finally {
            running--;
            lastActivity = Date.now();
          }
        });
      });
    },

    async ready() {
      const res = await fetch(`${base}/v1.0/healthz/outbound`, { signal: AbortSignal.timeout(1500) });
      if (!res.ok) throw new Error(`dapr sidecar answered ${res.status}`);
    },

    // Dapr owns delivery, so "drained" is observed here: no handler running and no delivery for
    // a quiet moment. Best effort (a broker holding events for this app is invisible from here).
    async drain() {
      const deadline = Date.now() + (options.drainTimeoutMs ?? 30_000);
      const quiet = options.quietMs ?? 1_000;
      while (running > 0 || Date.now() - lastActivity < quiet) {
        if (Date.now() > deadline) throw new Error(`dapr bus drain timed out with ${running} handler(s) running`);
        await sleep(50);
      }
    },

    // New deliveries are refused (dapr retries them), running handlers finish, then publishing stops.
    async close() {
      if (closed) return;
      closing = true;
      const deadline = Date.now() + (options.closeTimeoutMs ?? 20_000);
      while (running > 0 && Date.now() < deadline) await sleep(25);
      if (running > 0) options.logger?.warn({ running }, "closing the dapr bus with handlers still running");
      closed = true;
    },
  };
}
