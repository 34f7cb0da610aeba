import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, migrateService, type Database } from "../db/index.ts";
import { createEmitter } from "./emitter.ts";
import { createEvent } from "./outbox.ts";
import { inbox, notes, outbox } from "./fixture/schema.ts";

const tables = { outbox, inbox };
const migrations = new URL("./fixture/migrations", import.meta.url).pathname;

// The one emit path: the event goes into the caller's transaction (rolled back with it), carries
// this service as its source and the student as its key, and the relay is poked only after a
// transaction that emitted has committed.
describe("the emitter", () => {
  let database: Database;
  const pokes: string[] = [];
  let outboxCountAtPoke = -1;
  const count = async () => (await database.db.select().from(outbox)).length;
  const emitter = () =>
    createEmitter({
      db: database.db,
      tables,
      source: "concepts",
      relay: {
        poke: () => {
          pokes.push("poke");
          void count().then((n) => (outboxCountAtPoke = n));
        },
      },
    });

  beforeAll(async () => {
    database = await openDatabase({});
    await migrateService(database, { service: "outbox-fixture", folder: migrations });
  });
  afterAll(() => database.close());

  it("queues the event in the transaction and pokes the relay after the commit", async () => {
    const events = emitter();
    const emitted = await events.transaction(async (tx) => {
      await tx.insert(notes).values({ id: "n-emit", body: "with its event" });
      const e = await events.emit(tx, "concept.viewed", { studentId: "s-1", conceptId: "c", moduleId: "m" });
      expect(pokes).toEqual([]); // not before the commit
      return e;
    });
    expect(pokes).toEqual(["poke"]);
    await new Promise((r) => setTimeout(r, 50));
    expect(outboxCountAtPoke).toBe(1); // the relay's pass sees the committed row
    const [row] = await database.db.select().from(outbox);
    expect(row).toMatchObject({ id: emitted.id, topic: "learning.events", key: "s-1" });
    expect(emitted).toMatchObject({ source: "concepts", type: "concept.viewed", subject: "s-1" });
  });

  it("leaves nothing and does not poke when the transaction rolls back, or emitted nothing", async () => {
    pokes.length = 0;
    const events = emitter();
    await expect(
      events.transaction(async (tx) => {
        await events.emit(tx, "concept.viewed", { studentId: "s-2", conceptId: "c", moduleId: "m" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await events.transaction(async (tx) => void (await tx.insert(notes).values({ id: "n-quiet", body: "no event" })));
    expect(pokes).toEqual([]);
    expect(await count()).toBe(1);
  });

  it("refuses event data that does not match its schema, before anything is written", async () => {
    const events = emitter();
    await expect(
      events.transaction((tx) => events.emit(tx, "concept.viewed", { studentId: "s-3" } as never)),
    ).rejects.toThrow();
    expect(await count()).toBe(1);
  });

  it("handles an incoming event once and pokes after the handler's transaction commits", async () => {
    pokes.length = 0;
    const events = emitter();
    const incoming = createEvent("concept.viewed", { studentId: "s-4", conceptId: "c", moduleId: "m" }, "test");
    const effect = async (tx: Parameters<Parameters<typeof events.handleOnce>[2]>[0]) =>
      void (await events.emit(tx, "concept.viewed", { studentId: "s-4", conceptId: "d", moduleId: "m" }));
    expect(await events.handleOnce("g", incoming, effect)).toBe(true);
    expect(await events.handleOnce("g", incoming, effect)).toBe(false);
    expect(pokes).toEqual(["poke"]);
    expect(await count()).toBe(2);
  });
});
