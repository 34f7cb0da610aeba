import type { FastifyInstance } from "fastify";
import type { Logger } from "pino";
import { parseEvent, type CloudEvent, type Topic } from "@emberlearn/contracts";
import type { EventBus, Subscription } from "./bus.ts";

// The event bus through a Dapr sidecar (distributed mode with DAPR_HTTP_PORT).
// Publishing: the sidecar's pub/sub API with our CloudEvent passed through as
// is and the student id as partition key. Consuming: programmatic subscriptions
// (GET /dapr/subscribe) and one delivery route per subscription; the answer
// tells Dapr to retry, and after its retries a poison event goes to the
// subscription's dead-letter topic. The consumer group is the Dapr app id.

export interface DaprBusOptions {
  daprHttpPort: number;
  /** the pub/sub component's name (deploy/dapr/pubsub.yaml) */
  pubsubName?: string;
  logger?: Logger;
  deadLetterSuffix?: string;
}

export interface DaprBus extends EventBus {
  /** adds GET /dapr/subscribe and the delivery routes to the service's app (before it listens) */
  mount(app: FastifyInstance): void;
}

const routeOf = (s: Subscription) => `/dapr/events/${encodeURIComponent(s.group)}/${s.topic}`;

export function createDaprBus(options: DaprBusOptions): DaprBus {
  const pubsub = options.pubsubName ?? "pubsub";
  const base = `http://127.0.0.1:${options.daprHttpPort}/v1.0`;
  const subscriptions: Subscription[] = [];

  return {
    async publish(topic: Topic, events: CloudEvent[]) {
      for (const event of events) {
        const url = `${base}/publish/${pubsub}/${topic}?metadata.partitionKey=${encodeURIComponent(event.subject)}`;
        const res = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/cloudevents+json" },
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
      app.get("/dapr/subscribe", { schema: { hide: true }, config: { public: true } }, async () =>
        subscriptions.map((s) => ({
          pubsubname: pubsub,
          topic: s.topic,
          routes: { default: routeOf(s) },
          deadLetterTopic: `${s.topic}${options.deadLetterSuffix ?? ".dlq"}`,
        })),
      );
      app.post("/dapr/events/:group/:topic", { schema: { hide: true }, config: { public: true } }, async (request) => {
        const { group, topic } = request.params as { group: string; topic: string };
        const sub = subscriptions.find((s) => s.group === group && s.topic === topic);
        if (!sub) return { status: "DROP" };
        let event: CloudEvent;
        try {
          event = parseEvent(request.body);
        } catch (err) {
          options.logger?.error({ err, topic }, "dropping an event that does not match its schema");
          return { status: "DROP" };
        }
        try {
          await sub.handler(event);
          return { status: "SUCCESS" };
        } catch (err) {
          options.logger?.warn({ err, eventId: event.id }, "event handler failed; dapr will retry");
          return { status: "RETRY" };
        }
      });
    },

    // Dapr owns delivery: there is nothing in this process to wait for
    async drain() {},
    async close() {},
  };
}
