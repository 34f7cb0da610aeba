import { describe, expect, it } from "vitest";
import type { CloudEvent } from "@emberlearn/contracts";
import { createMemoryBus } from "./memory-bus.ts";

// The in-process bus (embedded mode) promises what Kafka gives the services: one student's events in
// the order they were published, other students not held up behind a slow one, every consumer group
// sees every event, and a failing handler is retried with doubling delays (parking: memory-bus.test.ts).

let n = 0;
const event = (subject: string, label: string): CloudEvent =>
  ({ id: `e${++n}`, subject, type: "code.executed", data: { label } }) as unknown as CloudEvent;
const label = (e: CloudEvent) => (e.data as unknown as { label: string }).label;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("in-process event bus", () => {
  it("delivers one student's events in publish order, one at a time, even when a handler is slow", async () => {
    const bus = createMemoryBus();
    const seen: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    await bus.subscribe({
      topic: "code.events",
      group: "progress",
      handler: async (e) => {
        maxInFlight = Math.max(maxInFlight, ++inFlight);
        // the first event is the slowest: a bus that ran them concurrently would finish it last
        await sleep(label(e) === "1" ? 30 : 1);
        seen.push(label(e));
        inFlight--;
      },
    });
    await bus.publish("code.events", [event("ada", "1"), event("ada", "2")]);
    await bus.publish("code.events", [event("ada", "3")]);
    await bus.drain();
    expect(seen).toEqual(["1", "2", "3"]);
    expect(maxInFlight).toBe(1);
  });

  it("does not hold another student's events behind a slow one", async () => {
    const bus = createMemoryBus();
    const seen: string[] = [];
    await bus.subscribe({
      topic: "code.events",
      group: "progress",
      handler: async (e) => {
        await sleep(e.subject === "ada" ? 40 : 1);
        seen.push(`${e.subject}:${label(e)}`);
      },
    });
    await bus.publish("code.events", [event("ada", "1"), event("bob", "1"), event("bob", "2")]);
    await bus.drain();
    expect(seen).toEqual(["bob:1", "bob:2", "ada:1"]);
  });

  it("gives every group every event of its topic, and nothing of other topics", async () => {
    const bus = createMemoryBus();
    const got: Record<string, string[]> = { progress: [], triage: [], alerts: [] };
    const handler = (group: string) => async (e: CloudEvent) => void got[group]!.push(label(e));
    await bus.subscribe({ topic: "code.events", group: "progress", handler: handler("progress") });
    await bus.subscribe({ topic: "code.events", group: "triage", handler: handler("triage") });
    await bus.subscribe({ topic: "struggle.alerts", group: "alerts", handler: handler("alerts") });
    await bus.publish("code.events", [event("ada", "run")]);
    await bus.publish("struggle.alerts", [event("ada", "alert")]);
    await bus.drain();
    expect(got).toEqual({ progress: ["run"], triage: ["run"], alerts: ["alert"] });
  });

  it("retries a failing handler with doubling delays, then delivers the next event", async () => {
    const bus = createMemoryBus({ retryDelayMs: 10 });
    const attempts: { label: string; at: number }[] = [];
    let failures = 2;
    await bus.subscribe({
      topic: "code.events",
      group: "progress",
      handler: async (e) => {
        attempts.push({ label: label(e), at: Date.now() });
        if (label(e) === "1" && failures-- > 0) throw new Error("database busy");
      },
    });
    await bus.publish("code.events", [event("ada", "1"), event("ada", "2")]);
    await bus.drain();
    expect(attempts.map((a) => a.label)).toEqual(["1", "1", "1", "2"]);
    // waits 10 ms, then 20 ms: the second pause is the longer
    const gaps = [attempts[1]!.at - attempts[0]!.at, attempts[2]!.at - attempts[1]!.at];
    expect(gaps[0]).toBeGreaterThanOrEqual(9);
    expect(gaps[1]).toBeGreaterThanOrEqual(19);
  });

  it("tries five times by default before it parks the event", async () => {
    const bus = createMemoryBus({ retryDelayMs: 0, parkedRetryMs: 60_000 });
    let attempts = 0;
    await bus.subscribe({
      topic: "code.events",
      group: "progress",
      handler: async () => {
        attempts++;
        throw new Error("always");
      },
    });
    await bus.publish("code.events", [event("ada", "x")]);
    await bus.drain();
    expect(attempts).toBe(5);
    expect(bus.parked()).toHaveLength(1);
    await bus.close();
  });

  it("drain waits for events published while draining; close drains, then refuses new events", async () => {
    const bus = createMemoryBus();
    const seen: string[] = [];
    await bus.subscribe({
      topic: "code.events",
      group: "progress",
      handler: async (e) => {
        await sleep(5);
        seen.push(label(e));
        // a handler that publishes (as a consumer raising an alert does)
        if (label(e) === "1") await bus.publish("code.events", [event("bob", "follow-up")]);
      },
    });
    await bus.publish("code.events", [event("ada", "1")]);
    await bus.drain();
    expect(seen).toEqual(["1", "follow-up"]);
    await bus.publish("code.events", [event("ada", "2")]);
    await bus.close();
    expect(seen).toEqual(["1", "follow-up", "2"]);
    await expect(bus.publish("code.events", [event("ada", "late")])).rejects.toThrow("event bus is closed");
  });
});
