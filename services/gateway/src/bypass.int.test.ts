import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  configFor,
  createMemoryBus,
  createService,
  serviceIdentity,
  SERVICE_TOKEN_HEADER,
  UnauthorizedError,
  type App,
  type Database,
  type TokenVerifier,
} from "@emberlearn/platform";
import { captureLogger } from "@emberlearn/platform/testing/log-capture";
import { rawRequest } from "@emberlearn/platform/testing/raw-http";
import { gatewayModule } from "./app.ts";

// Every bypass of issue 13, sent through the real gateway exactly as an attacker would write it:
// other spellings of internal routes, of rate- and body-limited routes and of metrics, a forged
// service header, a slow body. The services behind it are real Fastify apps built by the factory.

// "user-<name>" and "user-<name>-<n>": several tokens of one user, as a student signing in again gets
const verifyToken: TokenVerifier = async (token) => {
  const m = /^user-([a-z]+)(?:-\d+)?$/.exec(token);
  if (!m) throw new UnauthorizedError();
  return { id: m[1], role: "student", token };
};

describe("gateway: one path decides policy and routing", () => {
  const reached: string[] = [];
  let gateway: App, sandbox: App, auth: App, web: App;
  let port = 0;

  beforeAll(async () => {
    sandbox = await createService({ name: "sandbox", prefix: "/api/sandbox", logger: silent(), verifyToken });
    sandbox.post("/api/sandbox/run", async () => {
      reached.push("run");
      return { ran: true };
    });
    sandbox.post("/api/sandbox/test", async () => {
      reached.push("test");
      return { graded: true };
    });
    sandbox.get("/api/sandbox/headers", async (req) => ({ service: req.headers[SERVICE_TOKEN_HEADER] ?? null }));
    auth = await createService({ name: "auth", prefix: "/api/auth", logger: silent() });
    auth.post("/api/auth/sign-in", async () => {
      reached.push("sign-in");
      return { ok: true };
    });
    web = await createService({ name: "web", prefix: "/web", logger: silent() });
    for (const app of [sandbox, auth, web]) await app.listen({ port: 0, host: "127.0.0.1" });
    const handle = await gatewayModule.create({
      config: configFor(gatewayModule, {
        SANDBOX_URL: url(sandbox),
        AUTH_URL: url(auth),
        WEB_URL: url(web),
        CORS_ORIGINS: "https://school.example",
      }),
      logger: silent(),
      database: {} as Database,
      bus: createMemoryBus(),
      verifyToken,
      client: () => {
        throw new Error("unused");
      },
    });
    gateway = handle.app;
    await gateway.listen({ port: 0, host: "127.0.0.1" });
    port = (gateway.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const app of [gateway, sandbox, auth, web]) await app?.close();
  });

  const send = (method: string, target: string, headers: Record<string, string> = {}, body?: string) =>
    rawRequest(port, {
      method,
      target,
      headers: { "content-type": "application/json", ...headers },
      body: body ?? (method === "GET" ? undefined : "{}"),
    });
  const student = { authorization: "Bearer user-ada" };

  it.each([
    "/api/sandbox/%74est",
    "/api/sandbox/te%73t",
    "/api/sandbox/./test",
    "/api/sandbox/%2E/test",
    "/api/sandbox/run/../test",
    "/api/sandbox//test",
    "/api/sandbox%2Ftest",
    "/api/sandbox/%2574est",
    "/api/sandbox/x/%C0%AE%C0%AE/test",
  ])("refuses %s with 400 problem+json; the grader is never reached", async (target) => {
    const res = await send("POST", target, student);
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(reached).not.toContain("test");
  });

  it("hides the internal route at the edge even with a genuine service identity", async () => {
    const token = serviceIdentity().token("exercise", "sandbox");
    expect((await send("POST", "/api/sandbox/test", { ...student, [SERVICE_TOKEN_HEADER]: token })).status).toBe(404);
    expect((await send("GET", "/api/sandbox/test", student)).status).toBe(404);
    expect(reached).not.toContain("test");
  });

  it("never forwards a service identity that arrives from outside: the service sees the gateway's own", async () => {
    const token = serviceIdentity().token("exercise", "sandbox");
    const res = await send("GET", "/api/sandbox/headers", { ...student, [SERVICE_TOKEN_HEADER]: token });
    expect(res.status).toBe(200);
    const seen = JSON.parse(res.body).service;
    expect(seen).not.toBe(token);
    expect(await serviceIdentity().verify(seen, "sandbox")).toEqual({ service: "gateway" });
  });

  it("cannot dodge a rate limit by spelling the path differently, or by using another token", async () => {
    const before = reached.filter((r) => r === "run").length;
    for (let i = 0; i < 35; i++) expect((await send("POST", "/api/sandbox/%72un", student)).status).toBe(400);
    expect(reached.filter((r) => r === "run").length).toBe(before);
    for (let i = 0; i < 30; i++) {
      const token = i % 2 ? "user-bob" : `user-bob-${i}`;
      expect((await send("POST", "/api/sandbox/run", { authorization: `Bearer ${token}` })).status).toBe(200);
    }
    const limited = await send("POST", "/api/sandbox/run", { authorization: "Bearer user-bob-99" });
    expect(limited.status).toBe(429);
    expect(limited.headers["content-type"]).toContain("application/problem+json");
  });

  it("limits sign-in per IP whatever the spelling, and never parses a large body on another path", async () => {
    const big = JSON.stringify({ email: "a@b.c", password: "x".repeat(30 * 1024) });
    const encoded = await send("POST", "/api/auth/%73ign-in", {}, big);
    expect(encoded.status).toBe(400);
    expect((await send("POST", "/api/auth/sign-in", {}, big)).status).toBe(413);
    for (let i = 0; i < 20; i++) await send("POST", i % 2 ? "/api/auth/sign-in" : "/api/auth/sign%2Din");
    expect(reached.filter((r) => r === "sign-in").length).toBe(10);
    expect((await send("POST", "/api/auth/sign-in")).status).toBe(429);
  });

  it.each([
    ["/metrics", 404],
    ["/api/sandbox/metrics", 404],
    ["/api/auth/metrics", 404],
    ["/api/sandbox/%6detrics", 400],
    ["/api/sandbox/./metrics", 400],
    ["/api/auth/%6Detrics", 400],
    ["/api/gateway/metrics", 404],
  ] as const)("serves no metrics at %s (%i)", async (target, status) => {
    const res = await send("GET", target);
    expect(res.status).toBe(status);
    expect(res.body).not.toContain("http_requests_total");
  });

  it("cuts off a body trickled 10 bytes every 5 s with 408 problem+json", async () => {
    const res = await rawRequest(port, {
      method: "POST",
      target: "/api/sandbox/run",
      headers: { ...student, "content-type": "application/json", "content-length": "1000" },
      body: `{"code":"${"x".repeat(988)}"}`,
      trickleBytes: 10,
      trickleEveryMs: 5000,
      timeoutMs: 28_000,
    });
    expect(res.status).toBe(408);
    expect(res.headers["content-type"]).toBe("application/problem+json");
    expect(res.ms).toBeLessThan(25_000);
  }, 30_000);
});

function silent() {
  return captureLogger("test").logger;
}

function url(app: App): string {
  return `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
}
