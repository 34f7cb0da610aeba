import { inject } from "vitest";
import {
  openDatabase,
  runServices,
  SERVICE_TOKEN_HEADER,
  serviceIdentity,
  type Database,
  type RunningPlatform,
} from "@emberlearn/platform";
import { isInternalPath, serviceEntry, type ServiceName } from "@emberlearn/contracts";
import { createTestDatabase, freePort } from "@emberlearn/platform/testing/postgres";
import { authModule } from "@emberlearn/auth";
import { setRole } from "@emberlearn/auth/repository/users-and-classes";
import { sandboxModule } from "@emberlearn/sandbox";
import { progressModule } from "@emberlearn/progress";
import { exerciseModule } from "../app.ts";

// The exercise service as it runs embedded, for integration tests: the real
// auth service (tokens, JWKS, classes), the real sandbox (bubblewrap + CPython),
// the real progress service (mastery from the events), over one PGlite or one
// PostgreSQL database, each service on a free loopback port. Tests talk HTTP.

export const drivers = [
  { name: "PGlite", open: () => openDatabase({}) },
  { name: "PostgreSQL", open: async () => openDatabase({ url: await createTestDatabase(inject("postgresUrl")) }) },
];

export interface Account {
  id: string;
  token: string;
  email: string;
}

export interface ExercisePlatform {
  platform: RunningPlatform;
  database: Database;
  /** JSON over HTTP to a service; returns status, body and headers */
  call(
    service: "exercise" | "auth" | "progress" | "sandbox",
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: each test reads its route's fields
  ): Promise<{ status: number; body: any; headers: Headers }>;
  /** a GET whose body is not JSON (CSV exports) */
  raw(service: "exercise" | "auth" | "progress", path: string, token?: string): Promise<Response>;
  student(name?: string): Promise<Account>;
  teacher(name?: string): Promise<Account>;
  /** a class of `teacher` that `students` joined */
  classOf(teacher: Account, ...students: Account[]): Promise<string>;
  stop(): Promise<void>;
}

let n = 0;

export async function startExercisePlatform(open: () => Promise<Database>, env: Record<string, string> = {}) {
  const database = await open();
  const ports = {
    auth: await freePort(),
    sandbox: await freePort(),
    exercise: await freePort(),
    progress: await freePort(),
  };
  const url = (p: number) => `http://127.0.0.1:${p}`;
  // services this test does not start answer "refused" at once, never a neighbour's platform on the fixed ports
  const closed = url(await freePort());
  const platform = await runServices([authModule, sandboxModule, progressModule, exerciseModule], {
    database,
    ports,
    env: {
      LOG_LEVEL: "silent",
      SANDBOX_WORKERS: "2",
      AUTH_URL: url(ports.auth),
      SANDBOX_URL: url(ports.sandbox),
      EXERCISE_URL: url(ports.exercise),
      PROGRESS_URL: url(ports.progress),
      CODE_REVIEW_URL: closed,
      TRIAGE_URL: closed,
      CONCEPTS_URL: closed,
      DEBUG_URL: closed,
      ...env,
    },
  });
  const base = {
    exercise: url(ports.exercise),
    auth: url(ports.auth),
    progress: url(ports.progress),
    sandbox: url(ports.sandbox),
  };

  const call: ExercisePlatform["call"] = async (service, method, path, token, body) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    // internal routes (the tutor specialists) answer only a service: call them as triage does
    const entry = serviceEntry(service as ServiceName);
    if (path.startsWith(entry.prefix) && isInternalPath(entry, path.slice(entry.prefix.length).split("?")[0]))
      headers[SERVICE_TOKEN_HEADER] = serviceIdentity().token("triage", entry.name);
    const res = await fetch(base[service] + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  };

  const signUp = async (name: string) => {
    const email = `${name.toLowerCase().replace(/\W/g, "")}-${++n}-${Date.now()}@example.org`;
    const res = await call("auth", "POST", "/api/auth/sign-up", undefined, {
      email,
      password: "correct-horse-42",
      name,
    });
    if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.user.id as string, token: res.body.accessToken as string, email };
  };

  return {
    platform,
    database,
    call,
    raw: (service, path, token) =>
      fetch(base[service] + path, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
    student: (name = "Student") => signUp(name),
    async teacher(name = "Teacher") {
      const account = await signUp(name);
      await setRole(database.db, account.id, "teacher");
      const res = await call("auth", "POST", "/api/auth/sign-in", undefined, {
        email: account.email,
        password: "correct-horse-42",
      });
      return { ...account, token: res.body.accessToken as string };
    },
    async classOf(teacher, ...students) {
      const cls = await call("auth", "POST", "/api/auth/classes", teacher.token, { name: `Class ${++n}` });
      for (const s of students)
        await call("auth", "POST", "/api/auth/classes/join", s.token, { code: cls.body.joinCode });
      return cls.body.id as string;
    },
    async stop() {
      await platform.stop();
      await database.close();
    },
  } satisfies ExercisePlatform;
}
