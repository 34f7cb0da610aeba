import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  configFor,
  createService,
  createServiceClient,
  createMemoryBus,
  UnauthorizedError,
  type App,
  type Database,
  type TokenVerifier,
} from "@emberlearn/platform";
import { captureLogger } from "@emberlearn/platform/testing/log-capture";
import { gatewayModule } from "./app.ts";

// The gateway in front of two real services on ephemeral ports: the sandbox
// (whose handler calls the triage service, to follow the correlation id) and triage.

const verifyToken: TokenVerifier = async (token) => {
  const m = /^user-(\w+)$/.exec(token);
  if (!m) throw new UnauthorizedError();
  return { id: m[1], role: "student", token };
};

describe("gateway", () => {
  const sandboxLogs = captureLogger("sandbox");
  const triageLogs = captureLogger("triage");
  const gatewayLogs = captureLogger("gateway");
  let sandbox: App, triage: App, gateway: App, web: App;
  let base: string;
  const internalHits: string[] = [];

  beforeAll(async () => {
    triage = await createService({ name: "triage", prefix: "/api/triage", logger: triageLogs.logger, verifyToken });
    triage.get("/api/triage/whoami", async (req) => ({ user: req.user!.id }));
    await triage.listen({ port: 0, host: "127.0.0.1" });
    const triageClient = createServiceClient({ baseUrl: `http://127.0.0.1:${port(triage)}`, service: "triage" });

    sandbox = await createService({ name: "sandbox", prefix: "/api/sandbox", logger: sandboxLogs.logger, verifyToken });
    sandbox.post("/api/sandbox/run", async (req) => {
      req.log.info("running code");
      const who = await triageClient.call({ path: "/api/triage/whoami", schema: z.object({ user: z.string() }) });
      return { ran: true, calledTriageAs: who.user, body: req.body };
    });
    // the internal route and a metrics path exist on the service, so only the edge's own check can hide them
    sandbox.post("/api/sandbox/test", async () => {
      internalHits.push("/api/sandbox/test");
      return { graded: true };
    });
    sandbox.get("/api/sandbox/metrics", { config: { public: true } }, async () => {
      internalHits.push("/api/sandbox/metrics");
      return "sandbox_queue_depth 0";
    });
    await sandbox.listen({ port: 0, host: "127.0.0.1" });

    web = await createService({ name: "web", prefix: "/web", logger: captureLogger("web").logger });
    web.get("/", { config: { public: true } }, async () => "<html>EmberLearn</html>");
    await web.listen({ port: 0, host: "127.0.0.1" });

    const config = configFor(gatewayModule, {
      SANDBOX_URL: `http://127.0.0.1:${port(sandbox)}`,
      TRIAGE_URL: `http://127.0.0.1:${port(triage)}`,
      WEB_URL: `http://127.0.0.1:${port(web)}`,
      CORS_ORIGINS: "https://school.example",
    });
    const handle = await gatewayModule.create({
      config,
      logger: gatewayLogs.logger,
      database: {} as Database,
      bus: createMemoryBus(),
      verifyToken,
      client: () => {
        throw new Error("unused");
      },
    });
    gateway = handle.app;
    await gateway.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${port(gateway)}`;
  });
  afterAll(async () => {
    for (const app of [gateway, sandbox, triage, web]) await app?.close();
  });

  const run = (headers: Record<string, string> = {}, body: unknown = { code: "print(1)" }) =>
    fetch(`${base}/api/sandbox/run`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });

  it("proxies to the service, which calls another, and the correlation id reaches both logs", async () => {
    const res = await run({ authorization: "Bearer user-ada", "x-correlation-id": "abc" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ran: true, calledTriageAs: "ada", body: { code: "print(1)" } });
    expect(res.headers.get("x-correlation-id")).toBe("abc");
    expect(
      sandboxLogs.lines().some((l) => l.msg === "running code" && l.correlationId === "abc" && l.userId === "ada"),
    ).toBe(true);
    expect(triageLogs.lines().some((l) => l.msg === "request" && l.correlationId === "abc" && l.userId === "ada")).toBe(
      true,
    );
  });

  it("logs one line per proxied request at the edge", async () => {
    const res = await run({ authorization: "Bearer user-ada", "x-correlation-id": "one-line" });
    expect(res.status).toBe(200);
    await res.text();
    // the line is written once the response has finished, which may be after the client has it all
    const lines = () => gatewayLogs.lines().filter((l) => l.correlationId === "one-line");
    for (let i = 0; i < 100 && !lines().some((l) => l.msg === "request"); i++) await sleep(20);
    await sleep(100); // and nothing more follows
    expect(lines().map((l) => [l.msg, l.url, l.status])).toEqual([["request", "/api/sandbox/run", 200]]);
  });

  it("makes a correlation id at the edge when the caller sends none", async () => {
    const res = await run({ authorization: "Bearer user-bob" });
    const id = res.headers.get("x-correlation-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(sandboxLogs.lines().some((l) => l.correlationId === id)).toBe(true);
  });

  it("demands a token where the route table says so, before the service sees the request", async () => {
    const before = sandboxLogs.lines().length;
    const res = await run();
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(sandboxLogs.lines().length).toBe(before);
    expect((await run({ authorization: "Bearer forged" })).status).toBe(401);
  });

  it("serves health and docs paths without a token and hides internal routes and metrics", async () => {
    expect((await fetch(`${base}/api/sandbox/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/api/sandbox/docs/json`)).status).toBe(200);
    const before = sandboxLogs.lines().length;
    const internal = await fetch(`${base}/api/sandbox/test`, {
      method: "POST",
      headers: { authorization: "Bearer user-ada", "content-type": "application/json" },
      body: JSON.stringify({ code: "print(1)" }),
    });
    expect(internal.status).toBe(404);
    expect((await internal.json()).detail).toMatch(/\/api\/sandbox\/test/);
    expect((await fetch(`${base}/api/sandbox/metrics`)).status).toBe(404);
    // refused at the edge: the sandbox never saw either request
    expect(internalHits).toEqual([]);
    expect(sandboxLogs.lines().length).toBe(before);
    expect((await fetch(`${base}/api/nothing-here`)).status).toBe(404);
  });

  it("answers 413 for an oversized body before it reaches the service", async () => {
    const res = await run({ authorization: "Bearer user-ada" }, { code: "x".repeat(700 * 1024) });
    expect(res.status).toBe(413);
    expect((await res.json()).detail).toMatch(/limit for this route is 655360/);
  });

  it("rate-limits sandbox runs per user with Retry-After", async () => {
    for (let i = 0; i < 30; i++) expect((await run({ authorization: "Bearer user-carol" })).status).toBe(200);
    const last = await run({ authorization: "Bearer user-carol" });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
    // another user has a bucket of their own
    expect((await run({ authorization: "Bearer user-dave" })).status).toBe(200);
  });

  it("sends CORS headers only to allowed origins", async () => {
    const ok = await fetch(`${base}/api/sandbox/healthz`, { headers: { origin: "https://school.example" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://school.example");
    const evil = await fetch(`${base}/api/sandbox/healthz`, { headers: { origin: "https://evil.example" } });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("serves the web app at /", async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("EmberLearn");
  });
});

function port(app: App): number {
  return (app.server.address() as { port: number }).port;
}
