import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  configFor,
  createJwtVerifier,
  createLogger,
  createMemoryBus,
  migrateService,
  openDatabase,
  type App,
  type Database,
} from "@emberlearn/platform";
import { createTestDatabase } from "@emberlearn/platform/testing/postgres";
import { authModule } from "./app.ts";
import { publicJwks } from "./repository/keys.ts";
import { setRole, findUserByEmail } from "./repository/users-and-classes.ts";

const ISS = "http://localhost:8000";
const drivers = [
  { name: "PGlite", open: () => openDatabase({}) },
  { name: "PostgreSQL", open: async () => openDatabase({ url: await createTestDatabase(inject("postgresUrl")) }) },
];

describe.each(drivers)("auth service on $name", ({ open }) => {
  let database: Database;
  let app: App;
  let seedDemo: () => Promise<unknown>;

  beforeAll(async () => {
    database = await open();
    await migrateService(database, { service: "auth", folder: authModule.migrations! });
    const handle = await authModule.create({
      config: configFor(authModule, { AUTH_ISSUER: ISS }),
      logger: createLogger("auth", "silent"),
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
    seedDemo = handle.seedDemo!;
    await app.ready();
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  // every call from its own address unless a test says otherwise: sign-in and sign-up are also limited
  // per IP (the gateway's tests cover that), and these tests are about accounts
  let calls = 0;
  const nextAddress = () => `10.${Math.floor(++calls / 250)}.0.${calls % 250}`;
  const post = (url: string, payload: unknown, token?: string, remoteAddress = nextAddress()) =>
    app.inject({
      method: "POST",
      url,
      payload: payload as object,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      remoteAddress,
    });
  const get = (url: string, token?: string) =>
    app.inject({ url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  let n = 0;
  const signUp = async (password = "correct-horse-42") => {
    const email = `user${++n}-${Date.now()}@example.org`;
    const res = await post("/api/auth/sign-up", { email, password, name: "Test User" });
    return { res, email, body: res.json() };
  };

  it("signs up a student with an RS256 token carrying the claims services need", async () => {
    const { res, body } = await signUp();
    expect(res.statusCode).toBe(201);
    expect(body.user.role).toBe("student");
    const [header, payload] = body.accessToken
      .split(".")
      .slice(0, 2)
      .map((p: string) => JSON.parse(Buffer.from(p, "base64url").toString()));
    expect(header).toMatchObject({ alg: "RS256" });
    expect(typeof header.kid).toBe("string");
    expect(payload).toMatchObject({ sub: body.user.id, role: "student", iss: ISS, aud: "emberlearn" });
    for (const claim of ["iat", "exp", "nbf", "jti"]) expect(payload[claim]).toBeDefined();
    expect(payload.exp - payload.iat).toBe(24 * 3600);
    const verified = await createJwtVerifier({
      issuer: ISS,
      audience: "emberlearn",
      getJwks: () => publicJwks(database.db),
    })(body.accessToken);
    expect(verified.id).toBe(body.user.id);
    expect((await get("/api/auth/me", body.accessToken)).json().email).toBe(body.user.email);
  });

  it.each([
    ["short1", "must be at least 10 characters long"],
    ["onlyletterspassword", "must mix letters with digits or symbols"],
  ])("refuses the password %s naming the field", async (password, message) => {
    const { res } = await signUp(password);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({ field: "body.password", message });
  });

  it("refuses a password built from the email, and a bad email", async () => {
    const res = await post("/api/auth/sign-up", {
      email: "marvellous@example.org",
      password: "marvellous-2026",
      name: "M",
    });
    expect(res.json().errors[0]).toEqual({ field: "body.password", message: "must not contain your email address" });
    expect(
      (await post("/api/auth/sign-up", { email: "nope", password: "correct-horse-42", name: "M" })).json().errors[0]
        .field,
    ).toBe("body.email");
  });

  it("does not reveal whether an email exists when sign-in fails", async () => {
    const { email } = await signUp();
    const wrongPassword = await post("/api/auth/sign-in", { email, password: "wrong-password-9" });
    const noAccount = await post("/api/auth/sign-in", { email: "ghost@example.org", password: "wrong-password-9" });
    expect(wrongPassword.statusCode).toBe(401);
    expect(noAccount.statusCode).toBe(401);
    expect(wrongPassword.json().detail).toBe(noAccount.json().detail);
    expect((await post("/api/auth/sign-in", { email, password: "correct-horse-42" })).statusCode).toBe(200);
  });

  it("stops password guessing per account: after 5 wrong passwords even the right one waits", async () => {
    const email = `guess-${n++}@example.org`;
    expect((await post("/api/auth/sign-up", { email, password: "correct-horse-42", name: "Guess" })).statusCode).toBe(
      201,
    );
    for (let i = 0; i < 5; i++)
      expect((await post("/api/auth/sign-in", { email, password: `wrong-password-${i}` })).statusCode).toBe(401);
    const blocked = await post("/api/auth/sign-in", {
      email: ` ${email.toUpperCase()} `,
      password: "correct-horse-42",
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers["content-type"]).toContain("application/problem+json");
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(60);
  });

  it("limits only the routes the catalog limits, even where routes share one config object", async () => {
    for (let i = 0; i < 35; i++) expect((await get("/api/auth/jwks")).statusCode).toBe(200);
  });

  it("refuses NUL in the name with 400 naming the field, and documents sign-out as 204", async () => {
    const res = await post("/api/auth/sign-up", {
      email: `nul-${n++}@example.org`,
      password: "correct-horse-42",
      name: "A\u0000",
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: "body.name", message: "must not contain the NUL character (U+0000)" }]);
    const doc = (await get("/api/auth/docs/json")).json();
    expect(doc.paths["/api/auth/sign-out"].post.responses["204"]).toEqual({
      description: "Signed out (also when the token was unknown or already revoked)",
    });
    expect(doc.paths["/api/auth/sign-out"].post.responses["200"]).toBeUndefined();
  });

  it("rotates refresh tokens; reusing one revokes the whole family", async () => {
    const { body } = await signUp();
    const first = await post("/api/auth/refresh", { refreshToken: body.refreshToken });
    expect(first.statusCode).toBe(200);
    const newer = first.json().refreshToken;
    expect(newer).not.toBe(body.refreshToken);
    // the old token again: theft is assumed, the family dies
    expect((await post("/api/auth/refresh", { refreshToken: body.refreshToken })).statusCode).toBe(401);
    expect((await post("/api/auth/refresh", { refreshToken: newer })).statusCode).toBe(401);
  });

  it("sign-out revokes the refresh token", async () => {
    const { body } = await signUp();
    const out = await post("/api/auth/sign-out", { refreshToken: body.refreshToken });
    expect(out.statusCode).toBe(204);
    expect(out.body).toBe("");
    expect((await post("/api/auth/refresh", { refreshToken: body.refreshToken })).statusCode).toBe(401);
  });

  it("rotates signing keys and keeps the old key until its tokens expire", async () => {
    const { body: student } = await signUp();
    const admin = await signUp();
    await setRole(database.db, admin.body.user.id, "admin");
    const adminToken = (await post("/api/auth/sign-in", { email: admin.email, password: "correct-horse-42" })).json()
      .accessToken;
    const oldKid = JSON.parse(Buffer.from(student.accessToken.split(".")[0], "base64url").toString()).kid;
    expect((await post("/api/auth/keys/rotate", {}, student.accessToken)).statusCode).toBe(403);
    const rotated = await post("/api/auth/keys/rotate", {}, adminToken);
    expect(rotated.statusCode).toBe(200);
    const kids = (await get("/api/auth/jwks")).json().keys.map((k: { kid: string }) => k.kid);
    expect(kids).toEqual(expect.arrayContaining([oldKid, rotated.json().kid]));
    expect((await get("/api/auth/me", student.accessToken)).statusCode).toBe(200);
    const fresh = await post("/api/auth/sign-in", { email: admin.email, password: "correct-horse-42" });
    expect(JSON.parse(Buffer.from(fresh.json().accessToken.split(".")[0], "base64url").toString()).kid).toBe(
      rotated.json().kid,
    );
  });

  it("lets teachers create classes and students join them; guards the roles", async () => {
    const accounts = await seedDemo();
    expect(accounts).toHaveLength(3);
    expect(await seedDemo()).toHaveLength(3); // idempotent
    const teacher = (
      await post("/api/auth/sign-in", { email: "teacher@emberlearn.local", password: "kindle-lessons-2026" })
    ).json();
    expect(teacher.user.role).toBe("teacher");
    const created = await post("/api/auth/classes", { name: "Year 9" }, teacher.accessToken);
    expect(created.statusCode).toBe(201);
    const { body: student } = await signUp();
    expect((await post("/api/auth/classes", { name: "Mine" }, student.accessToken)).statusCode).toBe(403);
    expect(
      (await post("/api/auth/classes/join", { code: created.json().joinCode.toLowerCase() }, student.accessToken))
        .statusCode,
    ).toBe(200);
    expect((await post("/api/auth/classes/join", { code: "DEMO2026" }, student.accessToken)).statusCode).toBe(200);
    expect((await post("/api/auth/classes/join", { code: "NOPE1234" }, student.accessToken)).statusCode).toBe(404);
    const mine = (await get("/api/auth/classes", student.accessToken)).json().classes;
    expect(mine.map((c: { name: string }) => c.name).sort()).toEqual(["Demo class", "Year 9"]);
    expect(mine[0].joinCode).toBeUndefined();
    const teacherView = (await get("/api/auth/classes", teacher.accessToken)).json().classes;
    expect(
      teacherView.find((c: { name: string }) => c.name === "Year 9").students.map((s: { id: string }) => s.id),
    ).toEqual([student.user.id]);
    expect((await findUserByEmail(database.db, "ada@emberlearn.local"))?.role).toBe("student");
  });
});
