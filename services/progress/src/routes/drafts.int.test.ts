import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, runServices, type Database, type RunningPlatform } from "@emberlearn/platform";
import { createTestDatabase, freePort } from "@emberlearn/platform/testing/postgres";
import { authModule } from "@emberlearn/auth";
import { progressModule } from "../app.ts";

// Drafts through HTTP with real tokens from the auth service, on PGlite and on PostgreSQL:
// a student's draft comes back on a new sign-in, nobody else can read it, bad input is named.

const drivers = [
  { name: "PGlite", open: () => openDatabase({}) },
  { name: "PostgreSQL", open: async () => openDatabase({ url: await createTestDatabase(inject("postgresUrl")) }) },
];

describe.each(drivers)("drafts on $name", ({ open }) => {
  let platform: RunningPlatform;
  let database: Database;
  let base: { auth: string; progress: string };
  beforeAll(async () => {
    database = await open();
    const ports = { auth: await freePort(), progress: await freePort() };
    base = { auth: `http://127.0.0.1:${ports.auth}`, progress: `http://127.0.0.1:${ports.progress}` };
    platform = await runServices([authModule, progressModule], {
      database,
      ports,
      env: { LOG_LEVEL: "silent", AUTH_URL: base.auth, PROGRESS_URL: base.progress },
    });
  }, 120_000);
  afterAll(async () => {
    await platform?.stop();
    await database?.close();
  });

  const call = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(base.progress + path, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  let n = 0;
  const account = async () => {
    const email = `draft-${++n}-${Date.now()}@example.org`;
    const res = await fetch(`${base.auth}/api/auth/sign-up`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "correct-horse-42", name: "Drafty" }),
    });
    const body = await res.json();
    return { email, token: body.accessToken as string };
  };
  const signIn = async (email: string) => {
    const res = await fetch(`${base.auth}/api/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "correct-horse-42" }),
    });
    return (await res.json()).accessToken as string;
  };

  it("saves a draft per page and gives it back after a new sign-in", async () => {
    const ada = await account();
    expect((await call("GET", "/api/progress/me/drafts/exercise/rectangle-area", ada.token)).body).toEqual({
      draft: null,
    });
    const code = "def area(w, h):\n    return w * h  # ünïcode ✓\n";
    const put = await call("PUT", "/api/progress/me/drafts/exercise/rectangle-area", ada.token, { code });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ page: "exercise/rectangle-area", code });
    await call("PUT", "/api/progress/me/drafts/concept/variables", ada.token, { code: "x = 1\n" });
    await call("PUT", "/api/progress/me/drafts/exercise/rectangle-area", ada.token, { code: `${code}# v2\n` });

    const again = await signIn(ada.email);
    const got = await call("GET", "/api/progress/me/drafts/exercise/rectangle-area", again);
    expect(got.body.draft.code).toBe(`${code}# v2\n`);
    expect(new Date(got.body.draft.updatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect((await call("GET", "/api/progress/me/drafts/concept/variables", again)).body.draft.code).toBe("x = 1\n");

    expect((await call("DELETE", "/api/progress/me/drafts/exercise/rectangle-area", again)).status).toBe(204);
    expect((await call("GET", "/api/progress/me/drafts/exercise/rectangle-area", again)).body.draft).toBeNull();
  });

  it("keeps each student's drafts to themself", async () => {
    const [ada, bob] = await Promise.all([account(), account()]);
    await call("PUT", "/api/progress/me/drafts/exercise/greeting", ada.token, { code: "print('ada')\n" });
    expect((await call("GET", "/api/progress/me/drafts/exercise/greeting", bob.token)).body.draft).toBeNull();
    expect((await call("GET", "/api/progress/me/drafts/exercise/greeting")).status).toBe(401);
  });

  it("names what is wrong with a bad page or a body that is too big", async () => {
    const ada = await account();
    const kind = await call("PUT", "/api/progress/me/drafts/quiz/basics", ada.token, { code: "" });
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body)).toContain("must be exercise or concept");
    const id = await call("PUT", "/api/progress/me/drafts/exercise/..%2Fsecrets", ada.token, { code: "" });
    expect(id.status).toBe(400);
    const big = await call("PUT", "/api/progress/me/drafts/exercise/greeting", ada.token, {
      code: "x".repeat(64 * 1024 + 1),
    });
    expect(big.status).toBeGreaterThanOrEqual(400);
    expect(big.status).toBeLessThan(500);
    const missing = await call("PUT", "/api/progress/me/drafts/exercise/greeting", ada.token, {});
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain("body.code");
  });
});
