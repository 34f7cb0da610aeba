import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, SandboxBusyError, type Sandbox } from "../src/domain/index.ts";

// One student's flood must not starve another: each user's jobs wait in their own line, one
// of them runs at a time, and users take turns for the workers.

describe("fair share between students", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ workers: 2 });
  });
  afterAll(() => sandbox.close());

  it("keeps another student's print(1) under a second while one student runs 8 hogs", async () => {
    const hog = "while True:\n    pass\n";
    const hogs = Array.from({ length: 8 }, () => sandbox.run({ code: hog, user: "flooder" }).catch((e) => e));
    await new Promise((r) => setTimeout(r, 200));
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = Date.now();
      const r = await sandbox.run({ code: "print(1)", user: "bystander" });
      waits.push(Date.now() - started);
      expect(r.stdout).toBe("1\n");
    }
    expect(Math.max(...waits), `waits ${waits.join(", ")} ms`).toBeLessThan(1000);
    const outcomes = await Promise.all(hogs);
    // the flooder's extra jobs are refused with a clear reason instead of queueing forever
    expect(outcomes.filter((o) => o instanceof SandboxBusyError).length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => !(o instanceof Error)).every((o) => o.status === "timeout")).toBe(true);
  }, 60_000);

  it("weighs as much as two processes against the rest of the host when the cores are contended", () => {
    // the kernel schedules a cgroup as one entity: without a weight, both workers together would
    // get the CPU of a single process of the service next to them
    const v2 = existsSync("/sys/fs/cgroup/cgroup.controllers");
    const base = v2 ? "/sys/fs/cgroup" : "/sys/fs/cgroup/cpu";
    const mine = readdirSync(base).filter((d) => d.startsWith(`emberlearn-sandbox-${process.pid}-`));
    expect(mine).toHaveLength(1);
    const weight = Number(readFileSync(join(base, mine[0]!, v2 ? "cpu.weight" : "cpu.shares"), "utf8"));
    expect(weight).toBe(v2 ? 200 : 2048);
  });

  it("takes users in turn when both have work waiting", async () => {
    const order: string[] = [];
    const job = (user: string) =>
      sandbox.run({ code: "import time\ntime.sleep(0.2)", user }).then(() => order.push(user));
    await Promise.all([job("a"), job("a"), job("a"), job("b"), job("b"), job("b")]);
    // with one running job per user, a and b alternate instead of a finishing first
    expect(order.slice(0, 4).sort()).toEqual(["a", "a", "b", "b"]);
  }, 30_000);
});
