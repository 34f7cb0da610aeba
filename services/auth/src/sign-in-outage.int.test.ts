import { Writable } from "node:stream";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  configFor,
  createLogger,
  createMemoryBus,
  migrateService,
  openDatabase,
  type App,
  type Database,
} from "@emberlearn/platform";
import { createTestDatabase } from "@emberlearn/platform/testing/postgres";
import { authModule } from "./app.ts";

// A database outage during sign-in must not read "Email or password is incorrect": the student would
// retype a right password, and the operator would see nothing. A wrong password stays a 401.

describe("sign-in while the database is down", () => {
  let database: Database;
  let app: App;
  let url: URL;
  const logged: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logged.push(JSON.parse(line));
      done();
    },
  });
  // the server's own admin connection: it can shut the test database's door and open it again
  const admin = () => new pg.Client({ connectionString: inject("postgresUrl") });
  const setConnections = async (allow: boolean) => {
    const c = admin();
    await c.connect();
    const name = url.pathname.slice(1);
    await c.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS ${allow}`);
    if (!allow) await c.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
    await c.end();
  };
  const signIn = (password: string) =>
    app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { email: "ada@example.org", password },
      remoteAddress: "10.9.0.1",
    });

  beforeAll(async () => {
    url = new URL(await createTestDatabase(inject("postgresUrl")));
    database = await openDatabase({ url: url.toString() });
    await migrateService(database, { service: "auth", folder: authModule.migrations ?? "" });
    const handle = await authModule.create({
      config: configFor(authModule, { AUTH_ISSUER: "http://localhost:8000" }),
      logger: createLogger("auth", "info", sink),
      database,
      bus: createMemoryBus(),
      verifyToken: async () => {
        throw new Error("unused");
      },
      client: () => {
        throw new Error("unused");
      },
    });
    app = handle.app;
    await app.ready();
    const up = await app.inject({
      method: "POST",
      url: "/api/auth/sign-up",
      payload: { email: "ada@example.org", password: "correct-horse-42", name: "Ada" },
      remoteAddress: "10.9.0.2",
    });
    expect(up.statusCode).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await setConnections(true);
    await app.close();
    await database.close();
  });

  it("answers 401 for a wrong password while the database is up", async () => {
    const res = await signIn("wrong-horse-42");
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe("Email or password is incorrect");
  });

  it("answers 503 with Retry-After, and logs the cause, while the database is down; then works again", async () => {
    await setConnections(false);
    const res = await signIn("correct-horse-42");
    expect(res.statusCode).toBe(503);
    expect(res.headers["retry-after"]).toBe("30");
    expect(res.json().detail).toBe("Signing in is not working right now. Try again soon.");
    // the operator sees why: the failed request at error level, with the driver's error as its cause
    const failure = logged.find((l) => l.msg === "request failed");
    expect(failure?.level).toBe(50);
    expect(JSON.stringify(failure)).toMatch(/cause/);

    await setConnections(true);
    let again = await signIn("correct-horse-42");
    // the pool may hand out one connection the server closed: the next request gets a fresh one
    if (again.statusCode === 503) again = await signIn("correct-horse-42");
    expect(again.statusCode).toBe(200);
  });
});
