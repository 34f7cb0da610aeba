import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CloudEvent } from "@emberlearn/contracts";
import { createLogger } from "../log.ts";
import { createMemoryBus } from "./memory-bus.ts";

const event = (id: string, subject = "student-1") =>
  ({
    specversion: "1.0",
    id,
    source: "/test",
    type: "code.submitted",
    subject,
    time: new Date().toISOString(),
    data: {},
  }) as unknown as CloudEvent;

function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { lines, logger: createLogger("test", "info", sink) };
}

const until = async (what: string, ok: () => boolean) => {
  for (let i = 0; i < 200; i++) {
    if (ok()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe("in-process event bus", () => {
  it("delivers each subject's events in order", async () => {
    const bus = createMemoryBus();
    const seen: string[] = [];
    await bus.subscribe({
      topic: "code.events",
      group: "g",
      handler: async (e) => {
        // the first event is slow: the second must still wait for it
        if (e.id === "a") await new Promise((r) => setTimeout(r, 20));
        seen.push(e.id);
      },
    });
    await bus.publish("code.events", [event("a"), event("b"), event("c")]);
    await bus.drain();
    expect(seen).toEqual(["a", "b", "c"]);
    await bus.close();
  });

  it("keeps an event whose handler keeps failing: parks it, logs it, delivers it once it can", async () => {
    const { lines, logger } = capture();
    const bus = createMemoryBus({ logger, maxAttempts: 3, retryDelayMs: 1, parkedRetryMs: 5, parkedRetryMaxMs: 20 });
    let failuresLeft = 6; // 3 quick attempts, then 3 background retries fail before the handler recovers
    const handled: string[] = [];
    await bus.subscribe({
      topic: "code.events",
      group: "progress",
      handler: async (e) => {
        if (e.id === "poison" && failuresLeft-- > 0) throw new Error("database briefly down");
        handled.push(e.id);
      },
    });
    await bus.publish("code.events", [event("poison"), event("next")]);
    await bus.drain();
    // the event behind it was not held up, and the failing one waits, not lost
    expect(handled).toEqual(["next"]);
    expect(bus.parked()).toEqual([{ eventId: "poison", group: "progress", attempts: 3 }]);
    const parkedLog = lines.find((l) => String(l.msg).startsWith("event handler keeps failing"));
    expect(parkedLog).toMatchObject({ level: 50, eventId: "poison", group: "progress", attempts: 3 });

    await until("the parked event to be handled", () => handled.includes("poison"));
    expect(handled).toEqual(["next", "poison"]);
    expect(bus.parked()).toEqual([]);
    expect(lines.some((l) => l.msg === "parked event handled" && l.attempts === 7)).toBe(true);
    await bus.close();
  });

  it("says at close which parked events were never handled", async () => {
    const { lines, logger } = capture();
    const bus = createMemoryBus({ logger, maxAttempts: 1, parkedRetryMs: 60_000 });
    await bus.subscribe({
      topic: "code.events",
      group: "progress",
      handler: async () => {
        throw new Error("always");
      },
    });
    await bus.publish("code.events", [event("stuck")]);
    await bus.drain();
    await bus.close();
    expect(lines.find((l) => String(l.msg).startsWith("bus closed with an event still parked"))).toMatchObject({
      level: 50,
      eventId: "stuck",
    });
  });
});
