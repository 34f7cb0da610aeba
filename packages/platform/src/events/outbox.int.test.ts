import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import type { CloudEvent } from "@emberlearn/contracts";
import { openDatabase, migrateService, type Database } from "../db/index.ts";
import { createTestDatabase } from "../testing/postgres.ts";
import { captureLogger } from "../testing/log-capture.ts";
import { createMemoryBus } from "./memory-bus.ts";
import { createEvent, createOutboxRelay, enqueueEvents } from "./outbox.ts";
import { handleOnce } from "./inbox.ts";
import { counters, inbox, notes, outbox } from "./fixture/schema.ts";

const tables = { outbox, inbox };
const migrations = new URL("./fixture/migrations", import.meta.url).pathname;
const { logger } = captureLogger("outbox-test");

// The same behaviour must hold on embedded PGlite and on a real PostgreSQL server.
const drivers = [
  { name: "PGlite", target: async () => join(mkdtempSync(join(tmpdir(), "pglite-")), "data") },
  { name: "PostgreSQL", target: async () => createTestDatabase(inject("postgresUrl")) },
];

describe.each(drivers)("outbox and inbox on $name", ({ target: makeTarget }) => {
  let target: string;
  let database: Database;

  beforeAll(async () => {
    target = await makeTarget();
    // the child process writes a change and its event, then dies before relaying
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", join(import.meta.dirname, "fixture/write-and-die.ts"), target],
      { encoding: "utf8" },
    );
    expect(child.stderr).toBe("");
    expect(child.stdout).toContain("committed");
    expect(child.signal).toBe("SIGKILL");
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    if (!target.startsWith("postgres")) rmSync(join(target, ".."), { recursive: true, force: true });
  });

  it("delivers after a restart an event committed with its change before the process died", async () => {
    database = await openDatabase(target.startsWith("postgres") ? { url: target } : { dataDir: target });
    await migrateService(database, { service: "outbox-fixture", folder: migrations });
    const [note] = await database.db.select().from(notes).where(eq(notes.id, "n1"));
    expect(note?.body).toBe("written just before the crash");

    const bus = createMemoryBus();
    const received: CloudEvent[] = [];
    await bus.subscribe({ topic: "learning.events", group: "test", handler: async (e) => void received.push(e) });
    const relay = createOutboxRelay({ db: database.db, tables, bus, logger });
    await relay.flush();
    await bus.drain();
    expect(received.map((e) => e.type)).toEqual(["concept.viewed"]);
    expect(received[0].subject).toBe("student-1");
    // relayed rows are marked, so a second flush publishes nothing more
    await relay.flush();
    await bus.drain();
    expect(received).toHaveLength(1);
  });

  it("applies an event delivered twice only once", async () => {
    const event = createEvent(
      "concept.viewed",
      { studentId: "student-2", conceptId: "loops", moduleId: "control-flow" },
      "test",
    );
    const increment = (tx: typeof database.db) =>
      tx
        .insert(counters)
        .values({ key: "views", value: 1 })
        .onConflictDoUpdate({ target: counters.key, set: { value: sql`${counters.value} + 1` } })
        .then(() => undefined);
    expect(await handleOnce(database.db, tables, "progress", event, increment)).toBe(true);
    expect(await handleOnce(database.db, tables, "progress", event, increment)).toBe(false);
    // another consumer group has its own inbox entry and applies it for itself
    expect(await handleOnce(database.db, tables, "analytics", event, increment)).toBe(true);
    const [row] = await database.db.select().from(counters).where(eq(counters.key, "views"));
    expect(row?.value).toBe(2);
  });

  it("rolls back the inbox entry when the effect fails, so a retry can apply it", async () => {
    const event = createEvent(
      "concept.viewed",
      { studentId: "student-3", conceptId: "loops", moduleId: "control-flow" },
      "test",
    );
    await expect(
      handleOnce(database.db, tables, "progress", event, async () => {
        throw new Error("effect failed");
      }),
    ).rejects.toThrow("effect failed");
    expect(await handleOnce(database.db, tables, "progress", event, async () => {})).toBe(true);
  });

  it("deletes published outbox rows and old inbox rows once they are past their retention", async () => {
    const bus = createMemoryBus();
    const keep = createOutboxRelay({ db: database.db, tables, bus, logger, cleanupIntervalMs: 0 });
    await database.db.transaction((tx) =>
      enqueueEvents(tx as never, tables, [
        createEvent("concept.viewed", { studentId: "student-4", conceptId: "loops", moduleId: "basics" }, "test"),
      ]),
    );
    const unpublished = await database.db.select().from(outbox).where(sql`published_at is null`);
    expect(unpublished).toHaveLength(1);
    await keep.flush(); // default retention (a day, 35 days): nothing is old enough yet
    expect((await database.db.select().from(outbox)).length).toBeGreaterThan(0);
    expect((await database.db.select().from(inbox)).length).toBeGreaterThan(0);
    const purge = createOutboxRelay({
      db: database.db,
      tables,
      bus,
      logger,
      cleanupIntervalMs: 0,
      outboxRetentionMs: -1000,
      inboxRetentionMs: -1000,
    });
    await purge.flush();
    expect(await database.db.select().from(outbox)).toEqual([]);
    expect(await database.db.select().from(inbox)).toEqual([]);
  });

  it("relays a steady stream of commits in a few shared cycles, not one cycle per commit", async () => {
    const bus = createMemoryBus();
    let cycles = 0;
    const publish = (...args: Parameters<typeof bus.publish>) => {
      cycles++;
      return bus.publish(...args);
    };
    const counted = { ...bus, publish };
    const received: CloudEvent[] = [];
    await bus.subscribe({ topic: "learning.events", group: "stream", handler: async (e) => void received.push(e) });
    const relay = createOutboxRelay({ db: database.db, tables, bus: counted, logger });
    await relay.flush(); // what earlier tests left
    cycles = 0;
    received.length = 0;
    // a commit every few milliseconds, each followed by a poke, as every service does
    const started = performance.now();
    for (let i = 0; i < 20; i++) {
      const event = createEvent("concept.viewed", { studentId: `s${i}`, conceptId: "loops", moduleId: "basics" }, "t");
      await enqueueEvents(database.db, tables, [event]);
      relay.poke();
      await new Promise((r) => setTimeout(r, 2));
    }
    const elapsed = performance.now() - started;
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(20);
    // at most one cycle per 25 ms of pokes (and the last one's), however many commits came
    expect(cycles).toBeLessThanOrEqual(Math.ceil(elapsed / 25) + 2);
    expect(cycles).toBeLessThan(20);
    await relay.stop();
  });

  it("rejects an event whose data does not match its schema", () => {
    expect(() =>
      createEvent("concept.viewed", { studentId: "", conceptId: "x", moduleId: "basics" }, "test"),
    ).toThrow();
  });
});
