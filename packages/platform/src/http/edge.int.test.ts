import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createService, type App } from "./service.ts";
import { createServiceClient } from "./client.ts";
import { metricsOf } from "./metrics.ts";
import { captureLogger } from "../testing/log-capture.ts";
import { rawRequest } from "../testing/raw-http.ts";
import { UnauthorizedError } from "../errors.ts";
import { createServiceIdentity, serviceIdentity, SERVICE_TOKEN_HEADER } from "../auth/service-identity.ts";

const serviceIdentityToken = (caller: string) => serviceIdentity().token(caller, "sandbox");
import { nonCanonicalPaths } from "./canonical-path-examples.ts";
import type { TokenVerifier } from "../auth/types.ts";

// A service's own edge, on a real port: what reaches it without the gateway meets the same rules.
// It is built as the sandbox (its name and prefix in the catalog), so the catalog's policy applies.

const verifyToken: TokenVerifier = async (token) => {
  const m = /^student-(\w+)$/.exec(token);
  if (!m) throw new UnauthorizedError();
  return { id: m[1], role: "student", token };
};

describe("service factory: the service's own edge", () => {
  let app: App;
  let port: number;
  const hits: string[] = [];
  const saved: unknown[] = [];

  beforeAll(async () => {
    app = await createService({
      name: "sandbox",
      prefix: "/api/sandbox",
      logger: captureLogger("sandbox").logger,
      verifyToken,
      requestTimeoutMs: 2500,
      headersTimeoutMs: 2000,
    });
    app.post("/api/sandbox/test", async () => {
      hits.push("test");
      return { graded: true };
    });
    app.post("/api/sandbox/run", async (req) => {
      hits.push("run");
      return { ran: true, size: JSON.stringify(req.body).length };
    });
    app.get("/api/sandbox/items/:itemId", async (req) => ({ id: (req.params as { itemId: string }).itemId }));
    app.post(
      "/api/sandbox/save",
      { schema: { body: z.object({ name: z.string(), answers: z.record(z.string(), z.string()).optional() }) } },
      async (req) => {
        saved.push(req.body);
        return { ok: true };
      },
    );
    app.get("/api/sandbox/open", { config: { public: true }, schema: { summary: "open" } }, async () => ({ ok: 1 }));
    await app.listen({ port: 0, host: "127.0.0.1" });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(() => app.close());

  const student = { authorization: "Bearer student-ada" };
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;

  it.each(nonCanonicalPaths.filter((p) => p.startsWith("/") && !/[\s"<>|`{}^[\]\u0080-\uffff\\]/.test(p)))(
    "refuses the non-canonical path %s with 400 problem+json before any handler",
    async (target) => {
      const before = hits.length;
      const res = await rawRequest(port, { method: "POST", target, headers: student, body: "{}" });
      expect(res.status).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(JSON.parse(res.body).detail).toMatch(/^The path |not valid/);
      expect(hits.length).toBe(before);
    },
  );

  it("answers problem+json for 414, 431 and a path the router cannot decode", async () => {
    const long = await rawRequest(port, { target: `/api/sandbox/items/${"a".repeat(600)}`, headers: student });
    expect(long.status).toBe(414);
    expect(long.headers["content-type"]).toContain("application/problem+json");
    const huge = await rawRequest(port, { target: "/api/sandbox/open", headers: { "x-big": "x".repeat(20_000) } });
    expect(huge.status).toBe(431);
    expect(JSON.parse(huge.body)).toMatchObject({ status: 431, title: "Request Header Fields Too Large" });
    const malformed = await rawRequest(port, { target: "/api/sandbox/items/%C0%AE", headers: student });
    expect(malformed.status).toBe(400);
    expect(malformed.headers["content-type"]).toContain("application/problem+json");
  });

  it("answers 405 with Allow for a known path and a wrong method", async () => {
    const res = await fetch(url("/api/sandbox/run"), { method: "GET", headers: student });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect((await fetch(url("/api/sandbox/nothing"), { headers: student })).status).toBe(404);
  });

  it("refuses NUL and lone surrogates in any text field or key with 400 naming it", async () => {
    const post = (body: string) =>
      fetch(url("/api/sandbox/save"), {
        method: "POST",
        headers: { ...student, "content-type": "application/json" },
        body,
      });
    for (const [body, field] of [
      ['{"name":"Ada\\u0000"}', "body.name"],
      ['{"name":"\\ud800x"}', "body.name"],
      ['{"name":"ok","answers":{"q1":"a\\u0000"}}', "body.answers.q1"],
      ['{"name":"ok","answers":{"q\\u0000":"a"}}', "body.answers.q\\u0000"],
    ] as const) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].field).toBe(field);
    }
    expect(saved).toEqual([]);
    const query = await fetch(url("/api/sandbox/open?q=%00"));
    expect((await query.json()).errors[0].field).toBe("query.q");
    const ok = await post('{"name":"Zoë 🐍 \\u00e9"}');
    expect(ok.status).toBe(200);
  });

  it("cuts off a body trickled slowly with 408 problem+json, with or without a token", async () => {
    for (const headers of [student, {}]) {
      const res = await rawRequest(port, {
        method: "POST",
        target: "/api/sandbox/save",
        headers: { ...headers, "content-type": "application/json", "content-length": "400" },
        body: `{"name":"${"x".repeat(390)}"}`,
        trickleBytes: 10,
        trickleEveryMs: 500,
      });
      expect(res.status).toBe(408);
      expect(res.headers["content-type"]).toBe("application/problem+json");
      expect(res.ms).toBeLessThan(5000);
    }
  });

  it("answers the catalog's internal route only to a service identity, never to a student's token", async () => {
    const before = hits.filter((h) => h === "test").length;
    expect((await fetch(url("/api/sandbox/test"), { method: "POST", headers: student })).status).toBe(403);
    const forged = createServiceIdentity(["another-deployment-secret-of-32-chars"]);
    for (const token of [forged.token("exercise", "sandbox"), "garbage", serviceIdentityToken("gateway")])
      expect(
        (
          await fetch(url("/api/sandbox/test"), {
            method: "POST",
            headers: { ...student, [SERVICE_TOKEN_HEADER]: token },
          })
        ).status,
      ).toBe(403);
    expect(hits.filter((h) => h === "test").length).toBe(before);
    // the platform's client presents the identity; a token meant for another service does not open this one
    const exercise = createServiceClient({ baseUrl: url(""), service: "sandbox", caller: "exercise" });
    const graded = await exercise.call({
      method: "POST",
      path: "/api/sandbox/test",
      token: "student-ada",
      schema: z.object({ graded: z.boolean() }),
    });
    expect(graded).toEqual({ graded: true });
    const wrongAudience = createServiceClient({ baseUrl: url(""), service: "debug", caller: "exercise" });
    await expect(
      wrongAudience.call({ method: "POST", path: "/api/sandbox/test", token: "student-ada", schema: z.unknown() }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it("applies the catalog's body and per-user rate limits on its own port; service calls are not counted", async () => {
    const run = (headers: Record<string, string>, body = "{}") =>
      fetch(url("/api/sandbox/run"), {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body,
      });
    const big = await run(student, JSON.stringify({ code: "x".repeat(700 * 1024) }));
    expect(big.status).toBe(413);
    for (let i = 0; i < 30; i++) expect((await run({ authorization: "Bearer student-carol" })).status).toBe(200);
    const limited = await run({ authorization: "Bearer student-carol" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await run({ authorization: "Bearer student-dave" })).status).toBe(200);
    const debug = createServiceClient({ baseUrl: url(""), service: "sandbox", caller: "debug" });
    const ran = await debug.call({
      method: "POST",
      path: "/api/sandbox/run",
      body: {},
      token: "student-carol",
      schema: z.object({ ran: z.boolean() }),
    });
    expect(ran.ran).toBe(true);
    // what the gateway forwards was counted there, not again here
    const viaGateway = {
      authorization: "Bearer student-carol",
      [SERVICE_TOKEN_HEADER]: serviceIdentityToken("gateway"),
    };
    expect((await run(viaGateway)).status).toBe(200);
  });

  it("documents error answers as problem+json and public operations as needing no token", async () => {
    const doc = await (await fetch(url("/api/sandbox/docs/json"))).json();
    expect(doc.components.schemas.Problem.required).toEqual(["type", "title", "status", "detail"]);
    const save = doc.paths["/api/sandbox/save"].post;
    expect(save.responses["400"].content["application/problem+json"].schema).toEqual({
      $ref: "#/components/schemas/Problem",
    });
    expect(Object.keys(save.responses)).toEqual(expect.arrayContaining(["401", "403", "404", "413", "429", "default"]));
    expect(doc.paths["/api/sandbox/open"].get.security).toEqual([]);
  });

  it("serves no metrics on the API port, under any spelling, yet counts requests", async () => {
    for (const path of ["/metrics", "/api/sandbox/metrics", "/api/sandbox/metrics/"])
      expect((await fetch(url(path))).status).toBe(404);
    expect(await metricsOf(app)!.metrics()).toMatch(
      /http_requests_total\{[^}]*route="\/api\/sandbox\/run"[^}]*status="200"/,
    );
  });
});
