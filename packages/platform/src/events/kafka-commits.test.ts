import { describe, expect, it } from "vitest";
import { createCommitter } from "./kafka-commits.ts";

function record(partition: number, offset: number, log: string[], fail = () => false) {
  return {
    partition,
    async commit() {
      await new Promise((r) => setTimeout(r, 5));
      if (fail()) throw new Error("rebalance in progress");
      log.push(`${partition}@${offset}`);
    },
  };
}

describe("createCommitter", () => {
  it("commits only the newest offset per partition while a commit is in flight", async () => {
    const log: string[] = [];
    const c = createCommitter({ stopped: () => false, owns: () => true, wait: async () => {} });
    void c.add(record(0, 1, log));
    void c.add(record(0, 2, log));
    void c.add(record(1, 7, log));
    await c.add(record(0, 3, log));
    await c.flush();
    expect(log).toEqual(["0@1", "0@3", "1@7"]);
  });

  it("retries a failed commit while it owns the partition, and gives it up when closing or moved", async () => {
    const log: string[] = [];
    let failures = 2;
    const c = createCommitter({ stopped: () => false, owns: () => true, wait: async () => {} });
    await c.add(record(0, 5, log, () => failures-- > 0));
    expect(log).toEqual(["0@5"]);

    const moved = createCommitter({ stopped: () => false, owns: () => false, wait: async () => {} });
    await moved.add(record(0, 6, log, () => true));
    const closing = createCommitter({ stopped: () => true, owns: () => true, wait: async () => {} });
    await closing.add(record(0, 7, log, () => true));
    expect(log).toEqual(["0@5"]);
  });
});
