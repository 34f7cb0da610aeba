import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type Database } from "../db/index.ts";
import { createTestDatabase } from "../testing/postgres.ts";
import { createLeaderLock } from "./relay-leader.ts";

// Two replicas (two connection pools) contending for one relay's lock on a real PostgreSQL server.

let url: string;
let a: Database;
let b: Database;
let observer: Database;
const name = `test.relay.${randomBytes(4).toString("hex")}`;

/** the backends holding an advisory lock on `name` */
async function holders(): Promise<number[]> {
  const result = await observer.db.execute(sql`
    select pid from pg_locks
    where locktype = 'advisory' and granted
      and objid = (hashtextextended(${name}, 0) & 4294967295)::oid`);
  return (result as unknown as { rows: { pid: number }[] }).rows.map((r) => r.pid);
}

async function until(what: string, probe: () => Promise<boolean>) {
  const deadline = Date.now() + 10_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

beforeAll(async () => {
  url = await createTestDatabase(inject("postgresUrl"));
  [a, b, observer] = await Promise.all([url, url, url].map((u) => openDatabase({ url: u, poolSize: 2 })));
});

afterAll(async () => {
  await Promise.all([a, b, observer].map((d) => d?.close()));
});

describe("relay leadership", () => {
  const leaderA = () => createLeaderLock(a.db, name);
  const leaderB = () => createLeaderLock(b.db, name);

  it("keeps the lock between cycles, so a leading cycle asks for nothing", async () => {
    const lock = leaderA();
    expect(await lock.whileLeading(async () => {})).toBe(true);
    const [holder] = await holders();
    expect(holder).toBeTypeOf("number"); // still held after the cycle
    expect(await lock.whileLeading(async () => {})).toBe(true);
    expect(await holders()).toEqual([holder]); // the same session, not a new one per cycle
    expect(await leaderB().whileLeading(async () => {})).toBe(false);
  });

  it("never runs two cycles of one relay at once in one process", async () => {
    let inside = 0;
    let most = 0;
    const cycle = async () => {
      inside++;
      most = Math.max(most, inside);
      await sleep(30);
      inside--;
    };
    const results = await Promise.all([leaderA().whileLeading(cycle), leaderA().whileLeading(cycle)]);
    expect(results.sort()).toEqual([false, true]);
    expect(most).toBe(1);
  });

  it("hands over when the leader's session dies, and the old leader stops leading", async () => {
    const [holder] = await holders();
    await observer.db.execute(sql`select pg_terminate_backend(${holder}::int)`);
    const b1 = leaderB();
    await until("the other replica to take over", () => b1.whileLeading(async () => {}));
    const a1 = leaderA();
    // the old leader notices (its session's error, or its heartbeat within a second)
    await until("the old leader to stop leading", () =>
      a1
        .whileLeading(async () => {})
        .then(
          (led) => !led,
          () => false,
        ),
    );
    expect(await holders()).toHaveLength(1);
  });

  it("hands over at once when the leader releases it", async () => {
    const b1 = leaderB();
    expect(await b1.whileLeading(async () => {})).toBe(true);
    await b1.release();
    expect(await holders()).toEqual([]);
    expect(await leaderA().whileLeading(async () => {})).toBe(true);
  });

  it("sends its session one query at a time when several relays lead at once", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on("warning", onWarning);
    try {
      const names = Array.from({ length: 5 }, (_, i) => `${name}.many.${i}`);
      const led = await Promise.all(names.map((n) => createLeaderLock(a.db, n).whileLeading(async () => {})));
      expect(led).toEqual([true, true, true, true, true]);
      await sleep(50); // warnings are emitted on the next tick
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.includes("already executing a query"))).toEqual([]);
  });

  it("does not keep a process alive", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "fixture/lead-and-exit.ts"), url, `${name}.exit`],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout!.on("data", (d) => (out += d));
    child.stderr!.on("data", (d) => (err += d));
    const code = await Promise.race([
      new Promise((resolve) => child.once("exit", resolve)),
      sleep(20_000).then(() => "still running"),
    ]);
    child.kill("SIGKILL");
    expect(err).toBe("");
    expect(out).toBe("led\n");
    expect(code).toBe(0);
  }, 30_000);
});
