import { describe, expect, it } from "vitest";
import type { CloudEvent } from "@emberlearn/contracts";
import { HEADER, backoffDelay, fromRecordValue, toDeadLetter, toRecord } from "./kafka-codec.ts";

const event = {
  specversion: "1.0",
  id: "e1",
  source: "sandbox",
  type: "code.executed",
  subject: "s1",
  time: "2026-01-01T00:00:00.000Z",
  correlationid: "c1",
  data: { studentId: "s1", status: "error", errorType: "NameError", durationMs: 12 },
} as CloudEvent;

describe("kafka codec", () => {
  it("keys a record by the student and carries type and correlation id in headers", () => {
    const r = toRecord("code.events", event);
    expect(r.key).toBe("s1");
    expect(Object.fromEntries(r.headers)).toEqual({
      [HEADER.contentType]: "application/cloudevents+json",
      [HEADER.id]: "e1",
      [HEADER.type]: "code.executed",
      [HEADER.correlationId]: "c1",
    });
    expect(fromRecordValue(r.value)).toEqual(event);
  });

  it("rejects values that are not valid events", () => {
    expect(() => fromRecordValue(undefined)).toThrow(/empty/);
    expect(() => fromRecordValue("{oops")).toThrow(SyntaxError);
    expect(() => fromRecordValue(JSON.stringify({ ...event, type: "nope" }))).toThrow(/unknown event type/);
    expect(() => fromRecordValue(JSON.stringify({ ...event, data: { studentId: "s1" } }))).toThrow();
  });

  it("keeps the original record in a dead letter and says why, briefly", () => {
    const r = toRecord("code.events", event);
    const dl = toDeadLetter("code.events.dlq", r, {
      topic: "code.events",
      partition: 2,
      offset: 41n,
      group: "progress",
      attempts: 5,
      error: new Error("x".repeat(5000)),
    });
    expect(dl).toMatchObject({ topic: "code.events.dlq", key: "s1", value: r.value });
    expect(dl.headers.get(HEADER.type)).toBe("code.executed");
    expect(dl.headers.get(HEADER.originalOffset)).toBe("41");
    expect(dl.headers.get(HEADER.originalPartition)).toBe("2");
    expect(dl.headers.get(HEADER.error)!.length).toBeLessThanOrEqual(1001);
    expect(r.headers.has(HEADER.error)).toBe(false); // the original is not modified
  });

  it("backs off exponentially up to a cap, with bounded jitter", () => {
    const exact = (attempt: number) => backoffDelay(attempt, 100, 1000, () => 0.5);
    expect([1, 2, 3, 4, 5, 9].map(exact)).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffDelay(1, 100, 1000, () => 0)).toBe(80);
    expect(backoffDelay(1, 100, 1000, () => 0.9999)).toBe(120);
  });
});
