import type { CloudEvent, Topic } from "@emberlearn/contracts";
import type { EventBus, Subscription } from "./bus.ts";
import type { Logger } from "pino";

// In-process bus for embedded mode. Per (group, partition key) it delivers in
// order, one event at a time; a failing handler is retried with backoff, so
// delivery is at-least-once like Kafka's.
// An event whose handler still fails after maxAttempts is not dropped: like Kafka mode's dead-letter
// topic it leaves the line (the events behind it go on) and is parked, logged at error, and tried again
// in the background with a slower backoff (up to parkedRetryMaxMs) until its handler succeeds. Parked
// events live in memory: close() logs any that never went through, so the operator knows what was lost.

interface Options {
  logger?: Logger;
  maxAttempts?: number;
  retryDelayMs?: number;
  /** the first background retry of a parked event; it doubles up to parkedRetryMaxMs */
  parkedRetryMs?: number;
  parkedRetryMaxMs?: number;
}

export interface MemoryBus extends EventBus {
  /** events whose handler keeps failing, waiting for their next background retry */
  parked(): { eventId: string; group: string; attempts: number }[];
}

export function createMemoryBus(options: Options = {}): MemoryBus {
  const maxAttempts = options.maxAttempts ?? 5;
  const retryDelayMs = options.retryDelayMs ?? 50;
  const parkedRetryMs = options.parkedRetryMs ?? 5_000;
  const parkedRetryMaxMs = options.parkedRetryMaxMs ?? 5 * 60_000;
  const subscriptions: Subscription[] = [];
  // one promise chain per group+key keeps per-student order without blocking other students
  const chains = new Map<string, Promise<void>>();
  const parked = new Map<string, { sub: Subscription; event: CloudEvent; attempts: number; timer: NodeJS.Timeout }>();
  let closed = false;

  async function deliver(sub: Subscription, event: CloudEvent) {
    for (let attempt = 1; ; attempt++) {
      try {
        await sub.handler(event);
        return;
      } catch (err) {
        if (attempt >= maxAttempts) return park(sub, event, attempt, err);
        await new Promise((r) => setTimeout(r, retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  }

  function park(sub: Subscription, event: CloudEvent, attempts: number, err: unknown) {
    if (closed) return;
    const key = `${sub.group}\u0000${event.id}`;
    const delay = Math.min(parkedRetryMaxMs, parkedRetryMs * 2 ** Math.max(0, attempts - maxAttempts));
    options.logger?.error(
      { err, eventId: event.id, type: event.type, group: sub.group, attempts, retryInMs: delay },
      "event handler keeps failing; event parked, retried in the background",
    );
    const timer = setTimeout(async () => {
      parked.delete(key);
      if (closed) return;
      try {
        await sub.handler(event);
        options.logger?.info({ eventId: event.id, group: sub.group, attempts: attempts + 1 }, "parked event handled");
      } catch (again) {
        park(sub, event, attempts + 1, again);
      }
    }, delay);
    timer.unref();
    parked.set(key, { sub, event, attempts, timer });
  }

  return {
    parked: () => [...parked.values()].map((p) => ({ eventId: p.event.id, group: p.sub.group, attempts: p.attempts })),
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
      for (const p of parked.values()) {
        clearTimeout(p.timer);
        options.logger?.error(
          { eventId: p.event.id, type: p.event.type, group: p.sub.group, attempts: p.attempts },
          "bus closed with an event still parked: it was never handled",
        );
      }
      parked.clear();
    },
  };
}
