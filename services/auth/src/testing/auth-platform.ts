import { catalog } from "@emberlearn/contracts";
import {
  openDatabase,
  runServices,
  SERVICE_TOKEN_HEADER,
  serviceIdentity,
  type Database,
  type RunningPlatform,
  type ServiceModule,
} from "@emberlearn/platform";
import { freePort } from "@emberlearn/platform/testing/postgres";
import { authModule } from "../app.ts";
import { setRole } from "../repository/users-and-classes.ts";

// Services under test beside the real auth service, for integration tests of other services: each on a
// free loopback port over one in-memory PGlite, so every token is a real RS256 JWT from auth, checked
// against its JWKS (no test verifier). Services the test does not start answer "refused" at once.

export interface Account {
  id: string;
  email: string;
  token: string;
}

export interface AuthPlatform {
  platform: RunningPlatform;
  database: Database;
  url(service: string): string;
  /** fetch `path` on `service` as `token`; `asService` adds the identity triage presents to a specialist */
  call(
    service: string,
    path: string,
    init?: { method?: string; token?: string; body?: unknown; asService?: boolean },
  ): Promise<{ status: number; body: Record<string, unknown> }>;
  student(name?: string): Promise<Account>;
  teacher(name?: string): Promise<Account>;
  /** a class of `teacher` that `students` joined, through auth's own routes */
  classOf(teacher: Account, ...students: Account[]): Promise<string>;
  stop(): Promise<void>;
}

let n = 0;

export async function startAuthPlatform(
  modules: ServiceModule[],
  env: Record<string, string> = {},
): Promise<AuthPlatform> {
  const database = await openDatabase({});
  const started = [authModule, ...modules];
  const ports = Object.fromEntries(await Promise.all(started.map(async (m) => [m.name, await freePort()] as const)));
  const closed = `http://127.0.0.1:${await freePort()}`;
  const urls = Object.fromEntries(
    catalog.map((s) => [s.name, ports[s.name] ? `http://127.0.0.1:${ports[s.name]}` : closed]),
  );
  const platform = await runServices(started, {
    database,
    ports,
    env: {
      LOG_LEVEL: "silent",
      SANDBOX_WORKERS: "1",
      ...Object.fromEntries(catalog.map((s) => [`${s.name.toUpperCase().replace(/-/g, "_")}_URL`, urls[s.name]])),
      ...env,
    },
  });

  const call: AuthPlatform["call"] = async (service, path, init = {}) => {
    const headers: Record<string, string> = {};
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers["content-type"] = "application/json";
    if (init.asService) headers[SERVICE_TOKEN_HEADER] = serviceIdentity().token("triage", service);
    const res = await fetch(urls[service] + path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : {} };
  };
  const signIn = async (email: string) => {
    const res = await call("auth", "/api/auth/sign-in", { body: { email, password: "correct-horse-42" } });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  };
  const student = async (name = "Student") => {
    const email = `${name.toLowerCase().replace(/\W/g, "")}-${++n}-${Date.now()}@example.org`;
    const res = await call("auth", "/api/auth/sign-up", { body: { email, password: "correct-horse-42", name } });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: (res.body.user as { id: string }).id, email, token: res.body.accessToken as string };
  };

  return {
    platform,
    database,
    url: (service) => urls[service],
    call,
    student,
    async teacher(name = "Teacher") {
      const account = await student(name);
      await setRole(database.db, account.id, "teacher");
      // the role is in the token: sign in again for one that says teacher
      return { ...account, token: await signIn(account.email) };
    },
    async classOf(teacher, ...students) {
      const cls = await call("auth", "/api/auth/classes", { token: teacher.token, body: { name: `Class ${++n}` } });
      for (const s of students)
        await call("auth", "/api/auth/classes/join", { token: s.token, body: { code: cls.body.joinCode } });
      return cls.body.id as string;
    },
    async stop() {
      await platform.stop();
      await database.close();
    },
  };
}
