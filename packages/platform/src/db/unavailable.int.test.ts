import { createServer } from "node:net";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createService, type App } from "../http/service.ts";
import { captureLogger } from "../testing/log-capture.ts";
import { openDatabase, type Database, type Db } from "./index.ts";

// A database that cannot serve a query answers 503 with Retry-After, never a 500 (issue 18: an
// overloaded platform answered 500s). The errors are the real driver's: a refused connection, and
// pg-pool giving up on a pool whose every connection is busy, the overload case.

const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe("a database that cannot serve a query", () => {
  let app: App;
  let down: Database;
  let busy: pg.Pool;
  let held: pg.PoolClient;
  let up: Database;
  const logs = captureLogger("demo");

  beforeAll(async () => {
    down = await openDatabase({ url: `postgres://nobody:x@127.0.0.1:${await closedPort()}/none` });
    busy = new pg.Pool({ connectionString: inject("postgresUrl"), max: 1, connectionTimeoutMillis: 300 });
    held = await busy.connect(); // the pool's only connection, taken: the next query waits, then fails
    const busyDb = drizzle(busy) as unknown as Db;
    up = await openDatabase({ url: inject("postgresUrl") });
    app = await createService({
      name: "demo",
      prefix: "/api/demo",
      logger: logs.logger,
      verifyToken: async () => {
        throw new Error("unused");
      },
    });
    app.get("/api/demo/down", { config: { public: true } }, async () => down.db.execute(sql`select 1`));
    app.get("/api/demo/busy", { config: { public: true } }, async () => busyDb.execute(sql`select 1`));
    app.get("/api/demo/bug", { config: { public: true } }, async () => up.db.execute(sql`select nonsense_column`));
    await app.ready();
  });
  afterAll(async () => {
    held.release();
    await app.close();
    await busy.end();
    await down.close();
    await up.close();
  });

  it.each(["down", "busy"])("answers 503 with Retry-After when the database is %s, and logs why", async (path) => {
    const res = await app.inject({ url: `/api/demo/${path}` });
    expect(res.statusCode).toBe(503);
    expect(res.headers["retry-after"]).toBe("5");
    expect(res.json()).toMatchObject({ type: "urn:emberlearn:problem:unavailable", status: 503 });
    expect(res.json().detail).toMatch(/try again/i);
    expect(logs.lines().some((l) => l.level === 50 && l.msg === "request failed")).toBe(true);
  });

  it("still answers 500 for a query that is wrong (our bug, not the database's state)", async () => {
    const res = await app.inject({ url: "/api/demo/bug" });
    expect(res.statusCode).toBe(500);
    expect(res.json().type).toBe("urn:emberlearn:problem:internal");
  });
});
