import { describe, expect, it } from "vitest";
import type { ClusterMetadata, ExtendedGroupProtocolSubscription } from "@platformatic/kafka";
import { subscriptionAwareAssigner } from "./kafka-assigner.ts";

function metadata(counts: Record<string, number>): ClusterMetadata {
  const topics = new Map(Object.entries(counts).map(([name, partitionsCount]) => [name, { partitionsCount } as never]));
  return { id: "c", brokers: new Map(), controllerId: 1, topics, lastUpdate: 0 };
}

function members(subs: Record<string, string[]>) {
  return new Map<string, ExtendedGroupProtocolSubscription>(
    Object.entries(subs).map(([memberId, topics]) => [memberId, { memberId, topics, version: 0 }]),
  );
}

function flatten(result: ReturnType<typeof subscriptionAwareAssigner>) {
  return Object.fromEntries(
    result.map((m) => [m.memberId, Object.fromEntries([...m.assignments].map(([t, a]) => [t, a.partitions]))]),
  );
}

describe("subscriptionAwareAssigner", () => {
  it("gives a topic's partitions only to members subscribed to it", () => {
    const result = subscriptionAwareAssigner(
      "a",
      members({ a: ["code"], b: ["exercise"] }),
      new Set(["code"]),
      metadata({ code: 3, exercise: 2 }),
    );
    expect(flatten(result)).toEqual({ a: { code: [0, 1, 2] }, b: { exercise: [0, 1] } });
  });

  it("spreads shared topics across subscribers and assigns every partition exactly once", () => {
    const result = subscriptionAwareAssigner(
      "a",
      members({ a: ["t1", "t2"], b: ["t1", "t2"], c: ["t2"] }),
      new Set(["t1", "t2"]),
      metadata({ t1: 4, t2: 3 }),
    );
    const flat = flatten(result);
    expect(flat.c.t1).toBeUndefined();
    for (const [topic, count] of [
      ["t1", 4],
      ["t2", 3],
    ] as const) {
      const all = Object.values(flat)
        .flatMap((m) => m[topic] ?? [])
        .sort();
      expect(all).toEqual([...Array(count).keys()]);
    }
    expect(flat.a.t1.length + flat.b.t1.length).toBe(4);
    expect(Math.abs(flat.a.t1.length - flat.b.t1.length)).toBeLessThanOrEqual(1);
  });

  it("returns every member, even one left without partitions", () => {
    const result = subscriptionAwareAssigner("a", members({ a: ["t"], b: ["t"] }), new Set(["t"]), metadata({ t: 1 }));
    expect(result.map((m) => m.memberId).sort()).toEqual(["a", "b"]);
  });
});
