import type { CloudEvent, Topic } from "@emberlearn/contracts";
import type { EventBus, Subscription } from "./bus.ts";
import type { Logger } from "pino";

// In-process bus for embedded mode. Per (group, partition key) it delivers in
// order, one event at a time; a failing handler is retried with backoff, so
// delivery is at-least-once like Kafka's.

interface Options {
  logger?: Logger;
  maxAttempts?: number;
  retryDelayMs?: number;
}

export function createMemoryBus(options: Options = {}): EventBus {
  const maxAttempts = options.maxAttempts ?? 5;
  const retryDelayMs = options.retryDelayMs ?? 50;
  const subscriptions: Subscription[] = [];
  // one promise chain per group+key keeps per-student order without blocking other students
  const chains = new Map<string, Promise<void>>();
  let closed = false;

  async function deliver(sub: Subscription, event: CloudEvent) {
    for (let attempt = 1; ; attempt++) {
      try {
        await sub.handler(event);
        return;
      } catch (err) {
        if (attempt >= maxAttempts) {
          options.logger?.error({ err, eventId: event.id, group: sub.group }, "event handler failed; giving up");
          return;
        }
        await new Promise((r) => setTimeout(r, retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  }

  return {
    async publish(topic: Topic, events: CloudEvent[]) {
      if (closed) throw new Error("event bus is closed");
      for (const event of events) {
        for (const sub of subscriptions.filter((s) => s.topic === topic)) {
          const key = `${sub.group}\u0000${topic}\u0000${event.subject}`;
          const next = (chains.get(key) ?? Promise.resolve()).then(() => deliver(sub, event));
          chains.set(key, next);
          void next.finally(() => {
            if (chains.get(key) === next) chains.delete(key);
          });
        }
      }
    },
    async subscribe(sub: Subscription) {
      subscriptions.push(sub);
    },
    async drain() {
      while (chains.size > 0) await Promise.all([...chains.values()]);
    },
    async close() {
      closed = true;
      await this.drain();
    },
  };
}
