import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import {
  configFor,
  createMemoryBus,
  migrateService,
  openDatabase,
  type App,
  type Database,
} from "@emberlearn/platform";
import { captureLogger } from "@emberlearn/platform/testing/log-capture";
import { freePort } from "@emberlearn/platform/testing/postgres";
import { authModule } from "./app.ts";
import { setRole } from "./repository/users-and-classes.ts";

// Account recovery through Better Auth's reset flow: by email over a real SMTP conversation
// (nodemailer's smtp-server receiving), by the log when no SMTP is configured, and by a
// teacher for a student of their class.

const ISS = "http://localhost:8000";
const OLD = "correct-horse-42";
const NEW = "new-lantern-77";

async function startAuth(extra: Record<string, string>) {
  const database: Database = await openDatabase({});
  await migrateService(database, { service: "auth", folder: authModule.migrations! });
  const log = captureLogger("auth");
  const handle = await authModule.create({
    config: configFor(authModule, { AUTH_ISSUER: ISS, MAIL_FROM: "el@test", ...extra }),
    logger: log.logger,
    database,
    bus: createMemoryBus(),
    verifyToken: async () => {
      throw new Error("unused");
    },
    client: () => {
      throw new Error("unused");
    },
  });
  await handle.app.ready();
  return { app: handle.app as App, database, log };
}

const post = (app: App, url: string, payload: unknown, token?: string) =>
  app.inject({
    method: "POST",
    url,
    payload: payload as object,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
let n = 0;
async function signUp(app: App, name: string) {
  const email = `${name.toLowerCase()}-${++n}@example.org`;
  const r = await post(app, "/api/auth/sign-up", { email, password: OLD, name });
  return { ...r.json(), email } as { user: { id: string }; accessToken: string; refreshToken: string; email: string };
}
/** the mail body as the student's mail client shows it */
const quotedPrintable = (raw: string) =>
  raw.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
const tokenOf = (url: string) => new URL(url).searchParams.get("token")!;

describe("password reset by email (SMTP)", () => {
  let smtp: SMTPServer;
  const mails: string[] = [];
  let auth: Awaited<ReturnType<typeof startAuth>>;
  beforeAll(async () => {
    const port = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, done) {
        let text = "";
        stream.on("data", (c) => (text += c));
        stream.on("end", () => {
          mails.push(text);
          done();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(port, "127.0.0.1", r));
    auth = await startAuth({ SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true` });
  }, 60_000);
  afterAll(async () => {
    await auth.app.close();
    await auth.database.close();
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it("mails a one-time link, sets the new password, ends old sessions, refuses the link a second time", async () => {
    const ada = await signUp(auth.app, "Ada");
    const asked = await post(auth.app, "/api/auth/password-reset/request", { email: ada.email.toUpperCase() });
    expect(asked.statusCode).toBe(202);
    expect(mails).toHaveLength(1);
    const url = /http:\/\/localhost:8000\/reset-password\?token=[\w%-]+/.exec(quotedPrintable(mails[0]!))![0];
    const weak = await post(auth.app, "/api/auth/password-reset/complete", {
      token: tokenOf(url),
      newPassword: "short",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe("body.newPassword");
    const done = await post(auth.app, "/api/auth/password-reset/complete", { token: tokenOf(url), newPassword: NEW });
    expect(done.statusCode).toBe(200);
    expect((await post(auth.app, "/api/auth/sign-in", { email: ada.email, password: OLD })).statusCode).toBe(401);
    expect((await post(auth.app, "/api/auth/sign-in", { email: ada.email, password: NEW })).statusCode).toBe(200);
    expect((await post(auth.app, "/api/auth/refresh", { refreshToken: ada.refreshToken })).statusCode).toBe(401);
    const again = await post(auth.app, "/api/auth/password-reset/complete", { token: tokenOf(url), newPassword: NEW });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0].field).toBe("body.token");
  });

  it("answers the same for an unknown email and sends nothing", async () => {
    const before = mails.length;
    const r = await post(auth.app, "/api/auth/password-reset/request", { email: "nobody@example.org" });
    expect(r.statusCode).toBe(202);
    expect(mails.length).toBe(before);
    expect((await post(auth.app, "/api/auth/password-reset/request", { email: "not-an-email" })).statusCode).toBe(400);
    // a local part over RFC 5321's 64 characters can never receive the link
    const long = await post(auth.app, "/api/auth/password-reset/request", { email: `${"a".repeat(65)}@example.org` });
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0]).toEqual({
      field: "body.email",
      message: "the part before @ must be at most 64 characters",
    });
  });
});

describe("password reset without SMTP, and by a teacher", () => {
  let auth: Awaited<ReturnType<typeof startAuth>>;
  beforeAll(async () => {
    auth = await startAuth({});
  }, 60_000);
  afterAll(async () => {
    await auth.app.close();
    await auth.database.close();
  });

  it("writes the link to the log when no SMTP server is configured", async () => {
    const grace = await signUp(auth.app, "Grace");
    await post(auth.app, "/api/auth/password-reset/request", { email: grace.email });
    const line = auth.log.lines().find((l) => l.to === grace.email);
    expect(String(line?.url)).toMatch(/^http:\/\/localhost:8000\/reset-password\?token=/);
  });

  it("gives a teacher a one-time link for a student of their class only", async () => {
    const teacher = await signUp(auth.app, "Teacher");
    await setRole(auth.database.db, teacher.user.id, "teacher");
    const t = (await post(auth.app, "/api/auth/sign-in", { email: teacher.email, password: OLD })).json().accessToken;
    const locked = await signUp(auth.app, "Locked");
    const stranger = await signUp(auth.app, "Stranger");
    const cls = (await post(auth.app, "/api/auth/classes", { name: "Class A" }, t)).json();
    await post(auth.app, "/api/auth/classes/join", { code: cls.joinCode }, locked.accessToken);

    const refused = await post(auth.app, `/api/auth/students/${stranger.user.id}/password-reset`, {}, t);
    expect(refused.statusCode).toBe(403);
    const byStudent = await post(
      auth.app,
      `/api/auth/students/${locked.user.id}/password-reset`,
      {},
      locked.accessToken,
    );
    expect(byStudent.statusCode).toBe(403);

    const issued = await post(auth.app, `/api/auth/students/${locked.user.id}/password-reset`, {}, t);
    expect(issued.statusCode).toBe(201);
    expect(issued.json().student.name).toBe("Locked");
    const token = tokenOf(issued.json().url);
    expect((await post(auth.app, "/api/auth/password-reset/complete", { token, newPassword: NEW })).statusCode).toBe(
      200,
    );
    expect((await post(auth.app, "/api/auth/sign-in", { email: locked.email, password: NEW })).statusCode).toBe(200);
    // the link the teacher handed over is not also in the log
    expect(auth.log.lines().some((l) => String(l.url ?? "").includes(token))).toBe(false);
  });
});
